import type { IndicatorSet, ObservationSet } from '@community-excellence/schemas';

/**
 * What a data source asks of every output built from its data: the lines to print, and the words
 * in a source label that identify it. A report carries the lines of every source whose `match` words
 * appear (case-insensitively) in the `source` label of an observation set, an observation row or an
 * indicator.
 */
export interface SourceCitation {
  /** The source's name as the report shows it. */
  readonly name: string;
  /** Words that identify the source in a `source` label (compared case-insensitively). */
  readonly match: readonly string[];
  /** The citation lines, printed exactly as written. */
  readonly lines: readonly string[];
  /** True when the source's terms require the lines on every output; false for a courtesy attribution. */
  readonly required: boolean;
  /** Why the lines are there, or where they come from. */
  readonly note?: string;
}

/** The county-health-rankings line, exactly as the data's README and the CHR&R terms write it (2025 release). */
const CHRR_2025 =
  'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';

/**
 * The citation lines of the data sources this project knows, keyed by source. Extend or replace
 * an entry by key: `{ ...KNOWN_SOURCE_CITATIONS, 'my-survey': { ... } }` in code, or with
 * `report --citations <file.json>` (an object of the same shape) on the command line.
 *
 * The County Health Rankings line names the 2025 release (the release of the files this project is
 * tested on); data from another release should override the `county-health-rankings` key with its year.
 *
 * @example
 * ```ts
 * KNOWN_SOURCE_CITATIONS['county-health-rankings']?.lines[0];
 * // 'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.'
 * ```
 */
export const KNOWN_SOURCE_CITATIONS: Readonly<Record<string, SourceCitation>> = {
  'county-health-rankings': {
    name: 'County Health Rankings & Roadmaps 2025',
    match: ['County Health Rankings', 'chrr_measure_calcs', 'CHR&R'],
    lines: [CHRR_2025],
    required: true,
    note: 'Required on any output built from County Health Rankings & Roadmaps data (County-Health-Rankings-and-Roadmaps/chrr_measure_calcs).',
  },
  edfacts: {
    name: 'EDFacts adjusted cohort graduation rates (as republished in chrr_measure_calcs)',
    match: ['EDFacts'],
    lines: [CHRR_2025],
    required: true,
    note: 'The EDFacts extracts are republished in the County Health Rankings & Roadmaps measure repository, whose citation line covers them.',
  },
  'kids-count-colorado': {
    name: 'Colorado KIDS COUNT district data 2004-2014',
    match: ['KIDS COUNT', 'adriennedomingus/headcount'],
    lines: [
      'Colorado KIDS COUNT district data 2004-2014, originally from the Annie E. Casey Foundation KIDS COUNT data, republished in adriennedomingus/headcount.',
    ],
    required: false,
    note: 'US public-agency data republished by a third party; no licence asks for a fixed line, so this is a courtesy attribution.',
  },
};

/**
 * The citations a report carries: each observation set's own lines (which its data require), and
 * the lines of every known source its labels name.
 *
 * @example
 * ```ts
 * const c: ReportCitations = {
 *   datasets: [{ id: 'chrr-2025-v024', name: 'Children in poverty', source: 'County Health Rankings & Roadmaps 2025', lines: [] }],
 *   sources: [{ key: 'county-health-rankings', citation: KNOWN_SOURCE_CITATIONS['county-health-rankings']! }],
 *   lines: ['University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.'],
 * };
 * ```
 */
export interface ReportCitations {
  /** Every observation set, with its source label and its own citation lines. */
  readonly datasets: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly source: string | null;
    readonly lines: readonly string[];
  }[];
  /** The known sources the documents name, in key order of the table. */
  readonly sources: readonly { readonly key: string; readonly citation: SourceCitation }[];
  /** Every citation line, once each, in order: the data sets' own lines first, then the known sources'. */
  readonly lines: readonly string[];
}

/**
 * Collects the citations of a report from its observation and indicator sets and a table of known
 * sources (default {@link KNOWN_SOURCE_CITATIONS}). Deterministic: the same inputs give the same lines
 * in the same order.
 *
 * @example
 * ```ts
 * const citations = collectCitations([observationSet], [indicatorSet]);
 * citations.lines; // ['Riverbend Thrives (2025). ...']
 * ```
 */
export function collectCitations(
  observationSets: readonly ObservationSet[],
  indicatorSets: readonly IndicatorSet[],
  table: Readonly<Record<string, SourceCitation>> = KNOWN_SOURCE_CITATIONS,
): ReportCitations {
  const labels: string[] = [];
  for (const set of observationSets) {
    if (set.source !== undefined) labels.push(set.source);
    for (const row of set.observations) if (row.source !== undefined) labels.push(row.source);
  }
  for (const set of indicatorSets)
    for (const indicator of set.indicators)
      if (indicator.source !== undefined) labels.push(indicator.source);
  const haystack = labels.map((label) => label.toLowerCase());
  const sources = Object.keys(table)
    .sort()
    .flatMap((key) => {
      const citation = table[key];
      if (citation === undefined) return [];
      const named = citation.match.some(
        (word) =>
          word.trim() !== '' && haystack.some((label) => label.includes(word.toLowerCase())),
      );
      return named ? [{ key, citation }] : [];
    });
  const datasets = observationSets.map((set) => ({
    id: set.id,
    name: set.name ?? null,
    source: set.source ?? null,
    lines: set.citations ?? [],
  }));
  const lines = [
    ...new Set([...datasets.flatMap((d) => d.lines), ...sources.flatMap((s) => s.citation.lines)]),
  ];
  return { datasets, sources, lines };
}

/**
 * Reads a user's citation table (`report --citations <file>`): an object keyed by source, each entry a
 * {@link SourceCitation}. Returns the problems found instead of throwing.
 *
 * @example
 * ```ts
 * parseCitationTable({ 'my-survey': { name: 'My survey', match: ['my survey'], lines: ['Cite me.'], required: true } }).ok; // true
 * parseCitationTable({ bad: { name: 'x' } }).ok; // false
 * ```
 */
export function parseCitationTable(
  value: unknown,
):
  | { readonly ok: true; readonly table: Readonly<Record<string, SourceCitation>> }
  | { readonly ok: false; readonly problems: readonly string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: ['the citation table must be a JSON object keyed by source'] };
  const problems: string[] = [];
  const table: Record<string, SourceCitation> = {};
  const isStrings = (x: unknown): x is string[] =>
    Array.isArray(x) && x.every((s) => typeof s === 'string');
  for (const [key, entry] of Object.entries(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      problems.push(`${key}: not allowed as a source key`);
      continue;
    }
    const e = entry as Partial<Record<keyof SourceCitation, unknown>> | null;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      problems.push(`${key}: must be an object with name, match, lines and required`);
      continue;
    }
    const before = problems.length;
    if (typeof e.name !== 'string' || e.name.trim() === '')
      problems.push(`${key}.name: must be a non-empty string`);
    if (!isStrings(e.match)) problems.push(`${key}.match: must be an array of strings`);
    if (!isStrings(e.lines)) problems.push(`${key}.lines: must be an array of strings`);
    if (typeof e.required !== 'boolean') problems.push(`${key}.required: must be true or false`);
    if (e.note !== undefined && typeof e.note !== 'string')
      problems.push(`${key}.note: must be a string`);
    if (problems.length > before) continue;
    table[key] = {
      name: e.name as string,
      match: e.match as string[],
      lines: e.lines as string[],
      required: e.required as boolean,
      ...(typeof e.note === 'string' ? { note: e.note } : {}),
    };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, table };
}
