import { textWidth } from './measure-text.js';

/**
 * Breaks a label into lines of at most `max` characters at spaces (a longer word stays whole),
 * joined with `\n` as ECharts expects.
 *
 * @example
 * ```ts
 * wrapLabel('4  Measurement, Analysis, and Knowledge Management', 28);
 * // '4  Measurement, Analysis,\nand Knowledge Management'
 * ```
 */
export function wrapLabel(text: string, max: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length > max && line.trim() !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * The width in pixels of the widest line of some labels, plus a little room, measured for a wide
 * sans-serif (see {@link textWidth}), so that margins fit the labels in any common font.
 *
 * @example
 * ```ts
 * labelWidth(['1  Community Leadership'], 13); // 176
 * ```
 */
export function labelWidth(labels: readonly string[], fontSize: number): number {
  const widest = Math.max(
    0,
    ...labels.flatMap((label) => label.split('\n').map((line) => textWidth(line, fontSize))),
  );
  return Math.ceil(widest) + 8;
}
