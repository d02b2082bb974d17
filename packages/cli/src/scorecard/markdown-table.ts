/**
 * Text made safe for the structure of one Markdown table cell: pipes and backslashes escaped, line
 * breaks turned into spaces, surrounding space trimmed; other Markdown (emphasis, code) is kept.
 * For text that must render literally, see `escapeLiteralCell` in `report/format.ts`.
 *
 * @example
 * ```ts
 * escapeTableCell('a | b\nc'); // 'a \\| b c'
 * ```
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')
    .trim();
}

/**
 * A GitHub-flavoured Markdown table (header, separator, one line per row), cells escaped with
 * {@link escapeTableCell}. Columns listed in `right` are right-aligned (numbers).
 *
 * @example
 * ```ts
 * markdownTable(['item', 'points'], [['1.1', '28']], { right: [1] });
 * // '| item | points |\n|---|---:|\n| 1.1 | 28 |'
 * ```
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { readonly right?: readonly number[] } = {},
): string {
  const right = new Set(options.right ?? []);
  const line = (cells: readonly string[]): string =>
    `| ${cells.map(escapeTableCell).join(' | ')} |`;
  const separator = `|${header.map((_, i) => (right.has(i) ? '---:' : '---')).join('|')}|`;
  return [line(header), separator, ...rows.map(line)].join('\n');
}
