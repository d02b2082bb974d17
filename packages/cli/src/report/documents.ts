import type {
  CommunityExcellenceDocument,
  DocumentKind,
  DocumentOf,
} from '@community-excellence/schemas';

/**
 * One valid document a report is built from, with the file name it came from (shown in the report,
 * so give a name relative to the folder, not an absolute path, to keep reports comparable).
 *
 * @example
 * ```ts
 * const entry: ReportDocument = { file: 'assessment.json', document: assessment };
 * ```
 */
export interface ReportDocument {
  readonly file: string;
  readonly document: CommunityExcellenceDocument;
}

/**
 * The documents of a report grouped by kind, each list in input order.
 *
 * @example
 * ```ts
 * const docs = groupDocuments(entries);
 * docs.assessment.length; // 1 for the Riverbend example
 * ```
 */
export type GroupedDocuments = { readonly [K in DocumentKind]: readonly DocumentOf<K>[] };

/**
 * Groups documents by kind, keeping their order.
 *
 * @example
 * ```ts
 * groupDocuments([{ file: 'indicators.json', document: indicators }])['indicator-set'][0]?.id; // 'riverbend-indicators'
 * ```
 */
export function groupDocuments(entries: readonly ReportDocument[]): GroupedDocuments {
  const of = <K extends DocumentKind>(kind: K): DocumentOf<K>[] =>
    entries.flatMap((e) => (e.document.kind === kind ? [e.document as DocumentOf<K>] : []));
  return {
    framework: of('framework'),
    'scoring-guidelines': of('scoring-guidelines'),
    community: of('community'),
    assessment: of('assessment'),
    'indicator-set': of('indicator-set'),
    'observation-set': of('observation-set'),
    cohort: of('cohort'),
    'program-participation': of('program-participation'),
    'partnership-evidence': of('partnership-evidence'),
    recognition: of('recognition'),
  };
}

/**
 * A one-line name of a document: its `name` when it has one, otherwise its id.
 *
 * @example
 * ```ts
 * documentLabel(community); // 'Riverbend County'
 * ```
 */
export function documentLabel(document: CommunityExcellenceDocument): string {
  const name = (document as { readonly name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name : document.id;
}
