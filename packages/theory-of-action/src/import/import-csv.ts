import {
  validateObservationSet,
  type Indicator,
  type Issue,
  type Observation,
  type ObservationSet,
  type ValidationResult,
} from '@community-excellence/schemas';
import { indexIndicators } from '@community-excellence/schemas/internal';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import { createCsvImporter, type CsvImporter } from './csv-importer.js';
import type { ImportBatch, ImportOptions, ImportResult, ImportStats } from './import-types.js';
import type { ImportMapping } from './mapping.js';
import { pushSetLevelIssues } from './set-checks.js';
import { optionsOf } from '../options-of.js';

/**
 * What the importers read: a whole text, or chunks of text or UTF-8 bytes (an array, a
 * generator, a Node `Readable`, a WHATWG `ReadableStream` in runtimes where it is async
 * iterable, or any other async iterable).
 *
 * @example
 * ```ts
 * const input: CsvInput = createReadStream('edfactsdownload.csv');
 * ```
 */
export type CsvInput = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

const DEFAULT_CHUNK = 1 << 20;

function* slices(text: string, size: number): Generator<string> {
  const step = Number.isInteger(size) && size > 0 ? size : DEFAULT_CHUNK;
  for (let i = 0; i < text.length; i += step) yield text.slice(i, i + step);
}

function isAsync(input: unknown): input is AsyncIterable<string | Uint8Array> {
  try {
    return (
      typeof input === 'object' &&
      input !== null &&
      typeof (input as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
    );
  } catch {
    // An input that throws when read (a Proxy) is read as a synchronous iterable, whose errors
    // become an issue below.
    return false;
  }
}

class Collector {
  readonly observations: Observation[] = [];
  readonly issues: Issue[] = [];
  stats: ImportStats | undefined;
  private failures = 0;

  constructor(
    private readonly importer: CsvImporter,
    private readonly mapping: ImportMapping,
    private readonly options: ImportOptions,
  ) {}

  add(batch: ImportBatch): void {
    for (const observation of batch.observations) this.observations.push(observation);
    for (const issue of batch.issues) this.issues.push(issue);
    this.stats = batch.stats;
  }

  fail(issue: Issue): void {
    this.issues.push(issue);
    this.failures += 1;
  }

  result(): ImportResult {
    this.add(this.importer.end());
    const stats = this.stats as ImportStats;
    const mappingBroken = this.issues.some(
      (issue) => issue.severity === 'error' && issue.path[0] === 'mapping',
    );
    let set: ObservationSet | undefined;
    const mapping = this.mapping;
    if (!mappingBroken || this.observations.length > 0) {
      const candidate = {
        kind: 'observation-set',
        formatVersion: 1,
        id: this.options.setId ?? mapping.id,
        ...(mapping.name === undefined ? {} : { name: mapping.name }),
        ...(mapping.source === undefined ? {} : { source: mapping.source }),
        ...(mapping.citations === undefined ? {} : { citations: mapping.citations }),
        ...(mapping.indicators === undefined ? {} : { indicators: mapping.indicators }),
        observations: this.observations,
      };
      const outside = this.options.indicators;
      // Rows were checked one by one while importing; without any indicator catalogue they could not check indicator ids.
      const noCatalogue = (mapping.indicators ?? []).length === 0 && outside === undefined;
      const validated = validateSet(candidate, outside);
      const locations = this.importer.locations;
      const setLevel = (issue: Issue): boolean =>
        issue.code === 'duplicate_id' || (noCatalogue && issue.code === 'unknown_reference');
      const file = this.options.file;
      for (const issue of validated.issues) {
        // Row-level issues were reported (with their cells) while importing; keep the set-level ones.
        if (issue.path[0] === 'observations' && !setLevel(issue)) continue;
        const index =
          issue.path[0] === 'observations' && typeof issue.path[1] === 'number'
            ? issue.path[1]
            : undefined;
        const at = index === undefined ? undefined : locations[index];
        this.issues.push(
          at === undefined
            ? issue
            : {
                ...issue,
                location: {
                  ...(file === undefined ? {} : { file }),
                  row: at.row,
                  ...(at.column === undefined ? {} : { column: at.column }),
                },
              },
        );
      }
      if (validated.ok) set = validated.value;
      const errors = validated.issues.filter(
        (i) => i.severity === 'error' && (i.path[0] !== 'observations' || setLevel(i)),
      ).length;
      const warnings = validated.issues.filter(
        (i) => i.severity === 'warning' && (i.path[0] !== 'observations' || setLevel(i)),
      ).length;
      this.stats = {
        ...stats,
        errors: stats.errors + errors + this.failures,
        warnings: stats.warnings + warnings,
      };
    }
    const final =
      this.stats === stats && this.failures > 0
        ? { ...stats, errors: stats.errors + this.failures }
        : (this.stats ?? stats);
    return { ok: final.errors === 0, set, issues: this.issues, stats: final };
  }
}

/**
 * Imports a CSV file into a validated observation set through a mapping. Every problem is
 * an {@link Issue} with `location: { file, row, column, raw }` and the import goes on: rows
 * with errors are left out and reported, the rest is imported. Values off by a factor of 100
 * from their series are flagged (warnings), never changed, and so is an indicator whose values
 * as a whole contradict its unit (`unit_scale_mismatch`: 0-1 data declared `percent`, 0-100 data
 * declared `proportion`; the rule of `checkUnitScale`). Handles CR, LF and CRLF line
 * endings, a byte-order mark, quoted fields and HTML entities in text fields. Never throws.
 *
 * A whole string or a synchronous iterable of chunks gives the result directly; an async
 * iterable (a Node stream) gives a promise. For files larger than memory, use
 * {@link importCsvStream}.
 *
 * @example
 * ```ts
 * import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';
 *
 * const result = importCsv(readFileSync('edfactsdownload.csv', 'utf8'), builtInMappings['edfacts-acgr'], { file: 'edfactsdownload.csv' });
 * result.stats.values; // { exact: 3602, interval: 4008, bound: 4435, suppressed: 233, missing: 3 }
 * ```
 */
export function importCsv(
  input: string | Iterable<string | Uint8Array>,
  mapping: ImportMapping,
  options?: ImportOptions,
): ImportResult;
/**
 * Imports a CSV file from an async iterable of chunks (for example a Node `Readable`).
 *
 * @example
 * ```ts
 * const result = await importCsv(createReadStream('v024_subgroup_how.csv'), builtInMappings['chrr-v024-children-in-poverty']);
 * ```
 */
export function importCsv(
  input: AsyncIterable<string | Uint8Array>,
  mapping: ImportMapping,
  options?: ImportOptions,
): Promise<ImportResult>;
export function importCsv(
  input: CsvInput,
  mapping: ImportMapping,
  options: ImportOptions = {},
): ImportResult | Promise<ImportResult> {
  options = optionsOf(options);
  const importer = createCsvImporter(mapping, { ...options, keepLocations: true });
  const collector = new Collector(importer, mapping, options);
  if (typeof input === 'string') {
    for (const chunk of options.chunkSize === undefined
      ? [input]
      : slices(input, options.chunkSize))
      collector.add(importer.push(chunk));
    return collector.result();
  }
  if (isAsync(input)) {
    return (async () => {
      try {
        for await (const chunk of input) collector.add(importer.push(chunk));
      } catch (error) {
        collector.fail(streamIssue(error, options.file));
      }
      return collector.result();
    })();
  }
  try {
    for (const chunk of input) collector.add(importer.push(chunk));
  } catch (error) {
    collector.fail(streamIssue(error, options.file));
  }
  return collector.result();
}

/**
 * Validates the set around rows that were validated one by one while importing: the set's own
 * fields are validated on their own (with no rows), and the cross-row checks of
 * `validateObservationSet` run in one pass over the rows (see {@link pushSetLevelIssues}). The
 * result is the one `validateObservationSet` gives for the whole set, except that row-level
 * issues, which the importer reported with their cells already, are not repeated. When the
 * set's own fields are invalid, the whole set is validated as before.
 */
function validateSet(
  candidate: { readonly indicators?: readonly Indicator[]; readonly observations: Observation[] },
  outside: ImportOptions['indicators'],
): ValidationResult<ObservationSet> {
  const options = outside === undefined ? {} : { indicators: outside };
  const head = validateObservationSet({ ...candidate, observations: [] }, options);
  if (!head.ok) return validateObservationSet(candidate, options);
  const known = new Map<string, Indicator>();
  for (const indicator of candidate.indicators ?? [])
    if (!known.has(indicator.id)) known.set(indicator.id, indicator);
  if (outside !== undefined)
    for (const [id, indicator] of indexIndicators(outside))
      if (!known.has(id)) known.set(id, indicator);
  const issues = [...head.issues];
  pushSetLevelIssues(candidate.observations, { indicators: known }, issues);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  const set = head.value as { observations: Observation[] };
  set.observations = candidate.observations;
  return { ok: true, value: head.value, issues };
}

function streamIssue(error: unknown, file: string | undefined): Issue {
  return createTheoryOfActionIssue({
    code: 'input_stream_failed',
    path: [],
    error: error instanceof Error ? error.message : String(error),
    ...(file === undefined ? {} : { location: { file } }),
  });
}

/**
 * Streams a CSV import: yields one {@link ImportBatch} per chunk of input, so a file larger
 * than memory can be imported and stored batch by batch. Row-level checks run in every batch;
 * the last batch (`done: true`) carries the factor-100 plausibility warnings, which need the
 * whole file (the check keeps 33 bytes of typed arrays per exact value; set `scaleCheck: false`
 * in the mapping to keep nothing), and the unit-scale
 * warnings (`unit_scale_mismatch`, one per indicator), which keep only a count and a range per
 * indicator, never the rows. A cell (indicator, place, period, subgroup) seen before is reported
 * in the batch of its row (`duplicate_id`, warning, as `importCsv` reports it), from a 64-bit
 * fingerprint a cell (15 to 23 bytes a distinct cell; two different cells are confused with a
 * probability of about n² / 2⁶⁵).
 *
 * @example
 * ```ts
 * let stored = 0;
 * for await (const batch of importCsvStream(createReadStream('big.csv'), mapping, { onProgress: ({ rows }) => console.log(rows) })) {
 *   stored += batch.observations.length;
 *   for (const issue of batch.issues) console.warn(issue.location?.row, issue.code);
 * }
 * ```
 */
export async function* importCsvStream(
  input: CsvInput,
  mapping: ImportMapping,
  options: ImportOptions = {},
): AsyncGenerator<ImportBatch, void, undefined> {
  const importer = createCsvImporter(mapping, { ...options, checkCells: true });
  const chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> =
    typeof input === 'string' ? slices(input, options.chunkSize ?? DEFAULT_CHUNK) : input;
  let failure: Issue | undefined;
  try {
    for await (const chunk of chunks) {
      const batch = importer.push(chunk);
      if (batch.observations.length > 0 || batch.issues.length > 0) yield batch;
    }
  } catch (error) {
    failure = streamIssue(error, options.file);
  }
  const last = importer.end();
  if (failure === undefined) {
    yield last;
  } else {
    yield {
      ...last,
      issues: [...last.issues, failure],
      stats: { ...last.stats, errors: last.stats.errors + 1 },
    };
  }
}
