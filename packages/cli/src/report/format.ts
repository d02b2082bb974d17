/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b> & "x"'); // '&lt;b&gt; &amp; &quot;x&quot;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Escapes text for a Markdown table cell that must render literally: everything
 * {@link markdownText} escapes (emphasis, code, links, angle brackets) plus pipes, and line breaks
 * (a cell is one line). For cells that may carry Markdown, see `escapeTableCell` in
 * `scorecard/markdown-table.ts`.
 *
 * @example
 * ```ts
 * escapeLiteralCell('a | b\nc'); // 'a \\| b c'
 * ```
 */
export function escapeLiteralCell(text: string): string {
  return markdownText(text)
    .replace(/\|/g, '\\|')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/**
 * Escapes text for Markdown prose: backslashes, the characters that start emphasis, code or links,
 * and angle brackets (so no HTML reaches a renderer).
 *
 * @example
 * ```ts
 * markdownText('*not* <b>bold</b>'); // '\\*not\\* &lt;b&gt;bold&lt;/b&gt;'
 * ```
 */
export function markdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A measured value as the report prints it: three decimals below 1, one decimal below 1,000,
 * none above; trailing zeros dropped; `-` for a value that is not there.
 *
 * @example
 * ```ts
 * formatNumber(87.65); // '87.7'
 * formatNumber(0.1234); // '0.123'
 * formatNumber(-9.4); // '-9.4'
 * formatNumber(null); // '-'
 * ```
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const abs = Math.abs(value);
  const decimals = abs < 1 ? 3 : abs < 1000 ? 1 : 0;
  let text = value.toFixed(decimals);
  if (text.includes('.')) {
    while (text.endsWith('0')) text = text.slice(0, -1);
    if (text.endsWith('.')) text = text.slice(0, -1);
  }
  return text === '-0' ? '0' : text;
}

/**
 * A fraction as a percent with one decimal.
 *
 * @example
 * ```ts
 * formatShare(0.3333); // '33.3%'
 * ```
 */
export function formatShare(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
