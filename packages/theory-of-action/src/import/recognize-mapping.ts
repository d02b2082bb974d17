import Papa from 'papaparse';
import { builtInMappings, type BuiltInMappingName } from './built-in-mappings.js';
import { importCsv } from './import-csv.js';
import { mappingColumns } from './mapping-columns.js';
import type { ImportMapping } from './mapping.js';

/**
 * How one built-in mapping fits a file: the columns it reads that the header has (`matched`) and
 * lacks (`missing`), the header's columns it does not read (`unread`), and, when the header has
 * every column, what importing the sample rows with it gave (`sample`). `fileName` is `true` when
 * the file's name is the one the mapping was written for.
 *
 * @example
 * ```ts
 * const fit: MappingFit = { name: 'co-graduation', matched: ['Location', 'TimeFrame', 'Data', 'DataFormat'], missing: [], unread: [], fileName: false };
 * ```
 */
export interface MappingFit {
  readonly name: BuiltInMappingName;
  readonly matched: readonly string[];
  readonly missing: readonly string[];
  readonly unread: readonly string[];
  readonly sample?: MappingSampleFit;
  readonly fileName: boolean;
}

/**
 * What importing the sample rows with a mapping gave: rows read, observations made, error issues
 * and duplicate cells (`duplicate_id` warnings: two rows giving the same indicator, place, period
 * and subgroup, the sign of a mapping that reads the wrong place column).
 *
 * @example
 * ```ts
 * const sample: MappingSampleFit = { rows: 63, observations: 63, errors: 0, duplicates: 0 };
 * ```
 */
export interface MappingSampleFit {
  readonly rows: number;
  readonly observations: number;
  readonly errors: number;
  readonly duplicates: number;
}

/**
 * The answer of {@link recognizeMapping}:
 * - `recognised`: exactly one built-in mapping fits; `fit` is its evidence, `reason` says why
 *   it won over the other `candidates` (every mapping whose columns the header has);
 * - `ambiguous`: several fit equally well (the same header and sample behaviour, and the file's
 *   name does not decide): `candidates` lists them, and choosing is the caller's business;
 * - `none`: no built-in mapping fits; `nearest` lists the mappings with the most columns
 *   matched, with the columns they lack.
 *
 * @example
 * ```ts
 * declare const answer: MappingRecognition;
 * if (answer.status === 'recognised') console.log(answer.name, answer.fit.matched);
 * ```
 */
export type MappingRecognition =
  | {
      readonly status: 'recognised';
      readonly name: BuiltInMappingName;
      readonly mapping: ImportMapping;
      readonly fit: MappingFit;
      readonly reason: string;
      readonly candidates: readonly MappingFit[];
    }
  | {
      readonly status: 'ambiguous';
      readonly candidates: readonly MappingFit[];
      readonly reason: string;
    }
  | { readonly status: 'none'; readonly nearest: readonly MappingFit[]; readonly reason: string };

/** The file each built-in mapping was written for (the shared real data). */
const FILES: Readonly<Record<BuiltInMappingName, string>> = {
  'chrr-v024-children-in-poverty': 'v024_subgroup_how.csv',
  'chrr-v159-reading-scores': 'v159_subgroup_how.csv',
  'chrr-v160-math-scores': 'v160_subgroup_how.csv',
  'chrr-v021-graduation': 'v021_how.csv',
  'chrr-v147-life-expectancy': 'v147_other_r2024_long.csv',
  'edfacts-acgr': 'edfactsdownload.csv',
  'edfacts-acgr-schools': 'edfactsdownload_hi.csv',
  'co-3rd-grade-proficient': '3rd-grade-students-scoring-proficient-or-above.csv',
  'co-8th-grade-proficient': '8th-grade-students-scoring-proficient-or-above.csv',
  'co-proficiency-by-race-math': 'average-proficiency-by-race-ethnicity-math.csv',
  'co-proficiency-by-race-reading': 'average-proficiency-by-race-ethnicity-reading.csv',
  'co-dropout-by-race-and-sex': 'dropout-rates-by-race-and-ethnicity.csv',
  'co-graduation': 'high-school-graduation-rates.csv',
  'co-graduation-cr': 'high-school-graduation-rates.cr-line-endings.csv',
  'co-full-day-kindergarten': 'kindergartners-in-full-day-program.csv',
  'co-remediation': 'remediation-in-higher-education.csv',
};

/** How many sample rows are imported per candidate mapping: enough to see duplicate cells. */
const SAMPLE_IMPORT_ROWS = 1000;

const baseName = (file: string): string =>
  file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

const cells = (row: unknown): string[] =>
  Array.isArray(row)
    ? row.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? '')))
    : [];

function sampleFit(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ImportMapping,
): MappingSampleFit {
  const text = Papa.unparse([header, ...rows.slice(0, SAMPLE_IMPORT_ROWS)] as string[][], {
    quotes: true,
    newline: '\n',
  });
  const result = importCsv(text, mapping, {});
  let duplicates = 0;
  for (const issue of result.issues) if (issue.code === 'duplicate_id') duplicates += 1;
  return {
    rows: result.stats.rows,
    observations: result.stats.observations,
    errors: result.stats.errors,
    duplicates,
  };
}

const trouble = (fit: MappingFit): number =>
  fit.sample === undefined ? Infinity : fit.sample.errors + fit.sample.duplicates;

const describeSample = (fit: MappingFit): string =>
  fit.sample === undefined
    ? 'not tried'
    : `${fit.sample.observations} observations from ${fit.sample.rows} sample rows, ${fit.sample.errors} errors, ${fit.sample.duplicates} duplicate cells`;

/**
 * Recognises which of the {@link builtInMappings} fits a CSV file, from its header and a few
 * sample rows (as read by `createCsvRecordReader`), and says why. A mapping fits when the header
 * has every column it reads (its field sources, conditions and measure columns) and importing
 * the sample (its first 1,000 rows) with it gives observations. Among several fits, the ones whose sample import gives the fewest errors and
 * duplicate cells win (the EDFacts school file has the district file's header, but read per
 * district its rows collide); then the file's name, when given, picks the mapping written for
 * that file (several Colorado files share one header). What is left is the answer: one mapping,
 * several (`ambiguous`: the caller chooses, nothing is guessed) or none. Never throws.
 *
 * @example
 * ```ts
 * const answer = recognizeMapping(['Location', 'Category', 'TimeFrame', 'DataFormat', 'Data'], [['Colorado', 'All Students', '2011', 'Percent', '0.03']]);
 * answer.status; // 'recognised'
 * if (answer.status === 'recognised') answer.name; // 'co-dropout-by-race-and-sex'
 * ```
 */
export function recognizeMapping(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { readonly fileName?: string } = {},
): MappingRecognition {
  try {
    return recognize(cells(header), Array.isArray(rows) ? rows.map(cells) : [], options);
  } catch (error) {
    return {
      status: 'none',
      nearest: [],
      reason: `the header could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function recognize(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { readonly fileName?: string },
): MappingRecognition {
  const fileName =
    typeof options === 'object' && options !== null && typeof options.fileName === 'string'
      ? baseName(options.fileName)
      : undefined;
  const present = new Set(header);
  const fits: MappingFit[] = [];
  for (const name of Object.keys(builtInMappings) as BuiltInMappingName[]) {
    const mapping: ImportMapping = builtInMappings[name];
    const read = mappingColumns(mapping);
    const readSet = new Set(read);
    const matched = read.filter((column) => present.has(column));
    const missing = read.filter((column) => !present.has(column));
    const unread = header.filter((column) => !readSet.has(column));
    const fit: MappingFit = {
      name,
      matched,
      missing,
      unread,
      fileName: fileName !== undefined && FILES[name] === fileName,
    };
    fits.push(
      missing.length === 0 && rows.length > 0
        ? { ...fit, sample: sampleFit(header, rows, mapping) }
        : fit,
    );
  }
  const candidates = fits.filter(
    (fit) => fit.missing.length === 0 && (rows.length === 0 || (fit.sample?.observations ?? 0) > 0),
  );
  if (candidates.length === 0) {
    const best = Math.max(0, ...fits.map((fit) => fit.matched.length));
    // The mappings with the most columns found, when they find at least half of theirs.
    const nearest = fits.filter(
      (fit) => best > 0 && fit.matched.length === best && fit.matched.length >= fit.missing.length,
    );
    const lacking = fits.filter((fit) => fit.missing.length === 0);
    return {
      status: 'none',
      nearest,
      reason:
        lacking.length > 0
          ? `the header has every column of ${lacking.map((f) => f.name).join(', ')}, but importing the sample rows with it gave no observations`
          : nearest.length === 0
            ? 'no built-in mapping finds its columns in this header'
            : `no built-in mapping finds all its columns; nearest: ${nearest.map((f) => `${f.name} (lacks ${f.missing.join(', ')})`).join('; ')}`,
    };
  }
  let left = candidates;
  const reasons: string[] = [
    `the header has every column ${candidates.length === 1 ? 'this mapping reads' : `of ${candidates.map((f) => f.name).join(', ')}`}`,
  ];
  if (left.length > 1 && rows.length > 0) {
    const least = Math.min(...left.map(trouble));
    const better = left.filter((fit) => trouble(fit) === least);
    if (better.length < left.length) {
      reasons.push(
        `importing the sample rows: ${left.map((fit) => `${fit.name}: ${describeSample(fit)}`).join('; ')}`,
      );
      left = better;
    }
  }
  if (left.length > 1 && left.some((fit) => fit.fileName)) {
    left = left.filter((fit) => fit.fileName);
    reasons.push(
      `the file name ${fileName ?? ''} is the one ${left.map((f) => f.name).join(', ')} was written for`,
    );
  }
  const [only] = left;
  if (left.length === 1 && only !== undefined)
    return {
      status: 'recognised',
      name: only.name,
      mapping: builtInMappings[only.name],
      fit: only,
      reason: reasons.join('; '),
      candidates,
    };
  return {
    status: 'ambiguous',
    candidates: left,
    reason: `${reasons.join('; ')}; nothing in the header${rows.length > 0 ? ', the sample rows' : ''} or the file name tells ${left.map((f) => f.name).join(', ')} apart`,
  };
}
