import {
  createIssue,
  validateObservation,
  validateObservationSet,
  type Indicator,
  type Issue,
  type Observation,
  type ObservationSet,
  type ObservationValueKind,
  type SourceLocation,
} from '@community-excellence/schemas';
import { indexIndicators, prefixIssuePath } from '@community-excellence/schemas/internal';
import type { ImportOptions, ImportResult, ImportStats } from './import-types.js';
import { createUnitScaleAccumulator } from '../outcomes/unit-scale.js';
import { optionsOf } from '../options-of.js';

/**
 * Options of {@link importJson} and {@link importNdjson}: the common import options plus the
 * set's metadata (the rows are observation rows already, so no mapping is needed).
 *
 * @example
 * ```ts
 * const options: JsonImportOptions = { file: 'rows.ndjson', setId: 'my-rows', indicators: [graduation] };
 * ```
 */
export interface JsonImportOptions extends Omit<ImportOptions, 'chunkSize'> {
  readonly name?: string;
  readonly source?: string;
  readonly citations?: readonly string[];
}

const emptyStats = (): { -readonly [K in keyof ImportStats]: ImportStats[K] } & {
  values: Record<ObservationValueKind, number>;
} => ({
  rows: 0,
  emptyRows: 0,
  filteredRows: 0,
  observations: 0,
  rejected: 0,
  values: { exact: 0, interval: 0, bound: 0, suppressed: 0, missing: 0 },
  errors: 0,
  warnings: 0,
  bytes: 0,
});

const clip = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

class RowCollector {
  readonly stats = emptyStats();
  readonly issues: Issue[] = [];
  readonly observations: Observation[] = [];
  readonly rows: number[] = [];
  private readonly units = createUnitScaleAccumulator();
  private readonly catalogue: { indicators?: ReadonlyMap<string, Indicator> };

  constructor(
    private readonly options: JsonImportOptions,
    indicators: readonly Indicator[],
  ) {
    const all = [
      ...(options.indicators === undefined ? [] : indexIndicators(options.indicators).values()),
      ...indicators,
    ];
    this.catalogue = all.length > 0 ? { indicators: indexIndicators(all) } : {};
  }

  location(row: number, raw?: string): SourceLocation {
    return {
      ...(this.options.file === undefined ? {} : { file: this.options.file }),
      row,
      ...(raw === undefined ? {} : { raw: clip(raw) }),
    };
  }

  report(issue: Issue): void {
    this.issues.push(issue);
    if (issue.severity === 'error') this.stats.errors += 1;
    else if (issue.severity === 'warning') this.stats.warnings += 1;
  }

  add(input: unknown, row: number, raw: string | undefined): void {
    this.stats.rows += 1;
    const result = validateObservation(input, this.catalogue);
    const index = this.observations.length;
    for (const issue of result.issues)
      this.report({
        ...prefixIssuePath(issue, result.ok ? ['observations', index] : ['rows', row]),
        location: this.location(row, raw),
      });
    if (!result.ok) {
      this.stats.rejected += 1;
      return;
    }
    this.observations.push(result.value);
    this.units.add(result.value.indicatorId, result.value.value);
    this.rows.push(row);
    this.stats.observations += 1;
    this.stats.values[result.value.value.kind] += 1;
  }

  result(
    id: string,
    meta: {
      name?: string;
      source?: string;
      citations?: readonly string[];
      indicators?: readonly Indicator[];
    },
  ): ImportResult {
    const candidate = {
      kind: 'observation-set',
      formatVersion: 1,
      id,
      ...(meta.name === undefined ? {} : { name: meta.name }),
      ...(meta.source === undefined ? {} : { source: meta.source }),
      ...(meta.citations === undefined ? {} : { citations: meta.citations }),
      ...(meta.indicators === undefined || meta.indicators.length === 0
        ? {}
        : { indicators: meta.indicators }),
      observations: this.observations,
    };
    const validated = validateObservationSet(
      candidate,
      this.options.indicators === undefined ? {} : { indicators: this.options.indicators },
    );
    for (const issue of validated.issues) {
      // Row-level issues were reported per row; keep the set-level ones (and unknown indicators when rows had no catalogue).
      const rowsChecked =
        issue.code !== 'duplicate_id' &&
        !(issue.code === 'unknown_reference' && this.catalogue.indicators === undefined);
      if (issue.path[0] === 'observations' && rowsChecked) continue;
      const row =
        issue.path[0] === 'observations' && typeof issue.path[1] === 'number'
          ? this.rows[issue.path[1]]
          : undefined;
      this.report(row === undefined ? issue : { ...issue, location: this.location(row) });
    }
    // The unit of each indicator against its values as a whole (the same rule as the CSV import).
    if (this.catalogue.indicators !== undefined)
      for (const issue of this.units.issues(this.catalogue.indicators)) this.report(issue);
    const set: ObservationSet | undefined = validated.ok ? validated.value : undefined;
    return {
      ok: this.stats.errors === 0,
      set,
      issues: this.issues,
      stats: { ...this.stats, values: { ...this.stats.values } },
    };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Imports observation rows written as JSON: an array of rows, or an `observation-set`
 * document (whose metadata is kept). Each row is validated on its own (row = its 1-based
 * position), rows with errors are left out and reported, the rest forms a validated set. An
 * indicator whose values as a whole contradict its unit gets one `unit_scale_mismatch` warning
 * (the rule of `checkUnitScale`). Never throws; invalid JSON is one `invalid_format` issue.
 *
 * @example
 * ```ts
 * const result = importJson('[{"indicatorId":"acgr-4yr","place":{"code":"0100005","level":"district"},"period":{"label":"2021-2022"},"subgroup":{"dimension":"all","value":"all"},"value":{"kind":"exact","raw":"90%","value":90,"unit":"percent"}}]', { setId: 'rows' });
 * result.stats.observations; // 1
 * ```
 */
export function importJson(text: string, options: JsonImportOptions = {}): ImportResult {
  options = optionsOf(options);
  let parsed: unknown;
  const source = typeof text === 'string' ? text : '';
  try {
    parsed = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    const collector = new RowCollector(options, []);
    collector.report(
      createIssue({
        code: 'invalid_format',
        format: 'json',
        path: [],
        message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        location: collector.location(1, source),
      }),
    );
    return { ok: false, set: undefined, issues: collector.issues, stats: collector.stats };
  }
  const isSet = isRecord(parsed) && Array.isArray(parsed['observations']);
  const rows: unknown = isSet ? (parsed as Record<string, unknown>)['observations'] : parsed;
  const setIndicators =
    isSet && Array.isArray((parsed as Record<string, unknown>)['indicators'])
      ? ((parsed as Record<string, unknown>)['indicators'] as Indicator[])
      : [];
  const collector = new RowCollector(options, setIndicators);
  collector.stats.bytes = source.length;
  if (!Array.isArray(rows)) {
    collector.report(
      createIssue({
        code: 'invalid_type',
        expected: 'an array of observation rows or an observation-set document',
        received: parsed === null ? 'null' : typeof parsed,
        path: [],
        location: collector.location(1),
      }),
    );
    return { ok: false, set: undefined, issues: collector.issues, stats: collector.stats };
  }
  rows.forEach((row, i) => collector.add(row, i + 1, undefined));
  const document = isSet ? (parsed as Record<string, unknown>) : {};
  const text_ = (key: string): string | undefined =>
    typeof document[key] === 'string' ? (document[key] as string) : undefined;
  const name = options.name ?? text_('name');
  const src = options.source ?? text_('source');
  const citations =
    options.citations ??
    (Array.isArray(document['citations']) ? (document['citations'] as string[]) : undefined);
  return collector.result(options.setId ?? text_('id') ?? 'imported-observations', {
    ...(name === undefined ? {} : { name }),
    ...(src === undefined ? {} : { source: src }),
    ...(citations === undefined ? {} : { citations }),
    indicators: setIndicators,
  });
}

/**
 * Imports newline-delimited JSON: one observation row per line (LF, CRLF or CR; blank lines
 * skipped). A line that is not JSON is an `invalid_format` issue with its line number and
 * text; the import goes on with the next line. Never throws.
 *
 * @example
 * ```ts
 * const result = importNdjson(lines.join('\n'), { file: 'rows.ndjson', setId: 'rows', indicators: [graduation] });
 * for (const issue of result.issues) console.log(issue.location?.row, issue.code);
 * ```
 */
export function importNdjson(text: string, options: JsonImportOptions = {}): ImportResult {
  options = optionsOf(options);
  const source = typeof text === 'string' ? text : '';
  const collector = new RowCollector(options, []);
  collector.stats.bytes = source.length;
  const lines = (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (i < lines.length - 1) collector.stats.emptyRows += 1;
      return;
    }
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      collector.stats.rows += 1;
      collector.stats.rejected += 1;
      collector.report(
        createIssue({
          code: 'invalid_format',
          format: 'json',
          path: ['rows', i + 1],
          message: `Line ${i + 1} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          location: collector.location(i + 1, line),
        }),
      );
      return;
    }
    collector.add(row, i + 1, line);
    options.onProgress?.({ rows: collector.stats.rows, bytes: 0 });
  });
  return collector.result(options.setId ?? 'imported-observations', {
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.citations === undefined ? {} : { citations: options.citations }),
  });
}
