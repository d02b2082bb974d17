import type { Observation } from '@community-excellence/schemas/data';

const QUALITY_WORDS: Readonly<Record<2 | 3, string>> = {
  2: 'Quality: use with caution (flag 2)',
  3: 'Quality: weak (flag 3)',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The notes a report keeps beside one cell, so that source footnotes and quality notes are not
 * lost when the value becomes a table cell or a chart point (see `displayValue`). In order:
 *
 * - a footnote mark after the number: `Marked "*" in the source (81.6*)`;
 * - why a cell has no number: `Suppressed in the source (LNE: low-number)`,
 *   `Spreadsheet error in the source (#DIV/0!)`, `Not applicable (N/A)`;
 * - the quality flag when it warns: `Quality: use with caution (flag 2)`, `Quality: weak (flag 3)`,
 *   or the source's label, `Quality: unreliable`. Flag 1 (good) gives no note;
 * - the row's footnotes as written;
 * - the row's own source, `Source: ...`.
 *
 * Duplicates are dropped. Never throws: an observation that cannot be read has no notes.
 *
 * @example
 * ```ts
 * cellNotes({ ...row, value: { kind: 'exact', raw: '81.6*', value: 81.6, footnote: '*' }, quality: 2 });
 * // ['Marked "*" in the source (81.6*)', 'Quality: use with caution (flag 2)']
 * ```
 */
export function cellNotes(observation: Observation): string[] {
  try {
    return cellNotesUnchecked(observation);
  } catch {
    return [];
  }
}

function cellNotesUnchecked(observation: Observation): string[] {
  const notes: string[] = [];
  const add = (note: string | undefined): void => {
    if (note !== undefined && !notes.includes(note)) notes.push(note);
  };
  const value = observation.value;
  const raw = text(value?.raw);
  if (value?.kind === 'exact') {
    const mark = text(value.footnote);
    if (mark !== undefined)
      add(`Marked "${mark}" in the source${raw === undefined ? '' : ` (${raw})`}`);
  } else if (value?.kind === 'suppressed') {
    const detail = [raw, text(value.reason)].filter((part) => part !== undefined).join(': ');
    add(`Suppressed in the source${detail === '' ? '' : ` (${detail})`}`);
  } else if (value?.kind === 'missing') {
    const code = raw === undefined ? '' : ` (${raw})`;
    if (value.reason === 'error') add(`Spreadsheet error in the source${code}`);
    else if (value.reason === 'not-applicable') add(`Not applicable${code}`);
  }
  const quality: unknown = observation.quality;
  if (quality === 2 || quality === 3) add(QUALITY_WORDS[quality]);
  else if (quality !== 1) {
    const label = text(quality);
    if (label !== undefined) add(`Quality: ${label}`);
  }
  const footnotes: unknown = observation.footnotes;
  if (Array.isArray(footnotes)) for (const footnote of footnotes) add(text(footnote));
  const source = text(observation.source);
  if (source !== undefined) add(`Source: ${source}`);
  return notes;
}
