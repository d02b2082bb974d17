import {
  createIssue,
  type Indicator,
  type Issue,
  type Observation,
  type ObservationValueKind,
} from '@community-excellence/schemas';
import {
  indexIndicators,
  observationCell,
  prefixIssuePath,
} from '@community-excellence/schemas/internal';
import { CellFingerprints } from './cell-fingerprints.js';
import {
  createCsvRecordReader,
  type CsvRecordReader,
  type CsvRecords,
  type CsvSyntaxProblem,
} from './csv-records.js';
import {
  createCsvDecoder,
  csvEncodings,
  type CsvDecoder,
  type CsvEncoding,
} from './csv-decoder.js';
import { indexHeader, mappingColumns, type HeaderIndex } from './field-source.js';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { ImportBatch, ImportOptions, ImportStats } from './import-types.js';
import type { ImportMapping } from './mapping.js';
import { compileMapping, type CompiledMapping } from './row-mapper.js';
import { createCompactScaleCheck, type CompactScaleCheck } from './scale-check.js';
import { createUnitScaleAccumulator, type UnitScaleAccumulator } from '../outcomes/unit-scale.js';
import { validateImportMapping } from './validate-mapping.js';
import { optionsOf } from '../options-of.js';

/**
 * An incremental CSV import: push chunks (strings or UTF-8 bytes), get the observations of
 * each chunk, then `end()`. The drivers {@link importCsv} and {@link importCsvStream} are
 * built on it; use it directly to feed an import from any source (a `FileReader`, a
 * socket). Never throws on any input.
 *
 * @example
 * ```ts
 * const importer = createCsvImporter(builtInMappings['co-graduation'], { file: 'grad.csv' });
 * const first = importer.push('Location,TimeFrame,DataFormat,Data\nColorado,2010,Percent,0.724\n');
 * const last = importer.end();
 * first.observations.length + last.observations.length; // 1
 * ```
 */
export interface CsvImporter {
  push(chunk: string | Uint8Array): ImportBatch;
  end(): ImportBatch;
  /** Where each observation came from (row and value column), in output order; kept only when `keepLocations` is set. */
  readonly locations: readonly { readonly row: number; readonly column: number | undefined }[];
}

const MAX_RAW = 200;
const clip = (text: string): string =>
  text.length > MAX_RAW ? `${text.slice(0, MAX_RAW)}…` : text;

interface Counters {
  rows: number;
  emptyRows: number;
  filteredRows: number;
  observations: number;
  rejected: number;
  values: Record<ObservationValueKind, number>;
  errors: number;
  warnings: number;
  bytes: number;
}

/**
 * Creates a {@link CsvImporter}. `keepLocations` keeps the source row of every observation
 * (used to locate set-level issues such as duplicate cells). `checkCells` reports a cell
 * (indicator, place, period, subgroup) seen before as `duplicate_id` (warning) in the batch of
 * its row, as `validateObservationSet` would, in bounded memory (a 64-bit fingerprint a cell:
 * see `cell-fingerprints.ts`), and, when neither the mapping nor `indicators` define any
 * indicator, every row's indicator as `unknown_reference` (error), as a whole-set import does:
 * the set-level checks of a streamed import, each in the batch of its row.
 *
 * @example
 * ```ts
 * const importer = createCsvImporter(mapping, { file: 'data.csv', onProgress: (p) => console.log(p.rows) });
 * ```
 */
export function createCsvImporter(
  mapping: ImportMapping,
  options: ImportOptions & {
    readonly keepLocations?: boolean;
    readonly checkCells?: boolean;
  } = {},
): CsvImporter {
  options = optionsOf(options);
  const file = options.file;
  const counters: Counters = {
    rows: 0,
    emptyRows: 0,
    filteredRows: 0,
    observations: 0,
    rejected: 0,
    values: { exact: 0, interval: 0, bound: 0, suppressed: 0, missing: 0 },
    errors: 0,
    warnings: 0,
    bytes: 0,
  };
  // Rows and columns of the observations in two growing typed arrays (no object per row); the
  // `locations` list is built from them when asked for.
  let locationRows = new Uint32Array(options.keepLocations === true ? 1024 : 0);
  let locationColumns = new Uint32Array(locationRows.length);
  let located = 0;
  const keepLocation = (row: number, column: number): void => {
    if (located === locationRows.length) {
      const size = Math.max(1024, Math.ceil(located * 1.5));
      const rows = new Uint32Array(size);
      rows.set(locationRows);
      locationRows = rows;
      const columns = new Uint32Array(size);
      columns.set(locationColumns);
      locationColumns = columns;
    }
    locationRows[located] = row;
    locationColumns[located] = column;
    located += 1;
  };
  const checked = validateImportMapping(mapping);
  const mappingIssues: Issue[] = checked.issues.map((issue) => prefixIssuePath(issue, ['mapping']));
  const usable = checked.ok;
  let catalogue: ReadonlyMap<string, Indicator> = new Map();
  if (usable) {
    const own = mapping.indicators ?? [];
    const extra =
      options.indicators === undefined ? [] : [...indexIndicators(options.indicators).values()];
    catalogue = indexIndicators([...extra, ...own]);
  }
  const reader: CsvRecordReader = createCsvRecordReader({
    ...(usable && mapping.delimiter !== undefined ? { delimiter: mapping.delimiter } : {}),
    ...(options.quotedFieldLimits === undefined
      ? {}
      : { quotedFieldLimits: options.quotedFieldLimits }),
  });
  const decoder: CsvDecoder = createCsvDecoder(
    csvEncodings.includes(options.encoding as CsvEncoding) ? options.encoding : 'utf-8',
  );
  const scale: CompactScaleCheck | undefined =
    usable && mapping.scaleCheck !== false
      ? createCompactScaleCheck(mapping.scaleCheck ?? {}, file)
      : undefined;
  // Per indicator: a count and a range, never the rows (a streamed import stays flat in memory).
  const units: UnitScaleAccumulator | undefined = usable ? createUnitScaleAccumulator() : undefined;
  let cells = usable && options.checkCells === true ? new CellFingerprints() : undefined;
  // Without any indicator catalogue no row's indicator can be known (validateObservationSet's rule).
  const uncatalogued =
    cells !== undefined &&
    (mapping.indicators ?? []).length === 0 &&
    options.indicators === undefined;
  let compiled: CompiledMapping | undefined;
  let headerLength = 0;
  let pending: Issue[] = [...mappingIssues];
  let finished = false;
  if (options.encoding !== undefined && !csvEncodings.includes(options.encoding)) {
    pending.push(
      createIssue({
        code: 'invalid_value',
        expected: [...csvEncodings],
        path: ['options', 'encoding'],
        message: `Unknown encoding ${typeof options.encoding === 'string' ? JSON.stringify(options.encoding) : `(a ${typeof options.encoding})`}; the bytes were read as UTF-8. Known encodings: ${csvEncodings.join(', ')}.`,
      }),
    );
  }

  const count = (issues: readonly Issue[]): void => {
    for (const issue of issues) {
      if (issue.severity === 'error') counters.errors += 1;
      else if (issue.severity === 'warning') counters.warnings += 1;
    }
  };
  count(pending);

  /** The reader's whole-text findings (replacement and NUL characters) as issues; `undefined` for row problems. */
  const textIssue = (problem: CsvSyntaxProblem): Issue | undefined => {
    const at = {
      ...(file === undefined ? {} : { file }),
      row: problem.row,
      ...(problem.column === undefined ? {} : { column: problem.column }),
    };
    if (problem.code === 'ReplacementCharacter')
      return createTheoryOfActionIssue({
        code: 'csv_replacement_characters',
        count: problem.count ?? 1,
        encoding: decoder.encoding,
        path: [],
        location: at,
      });
    if (problem.code === 'NulCharacter')
      return createTheoryOfActionIssue({
        code: 'csv_nul_characters',
        count: problem.count ?? 1,
        path: [],
        location: at,
      });
    return undefined;
  };

  const unusedDuplicates = (header: HeaderIndex): Issue[] => {
    if (header.duplicates.size === 0) return [];
    const used = mappingColumns(mapping);
    const found: Issue[] = [];
    for (const [name, positions] of header.duplicates) {
      if (used.has(name)) continue;
      found.push(
        createTheoryOfActionIssue({
          code: 'csv_header_duplicated',
          column: name,
          positions: positions.map((i) => i + 1),
          path: [],
          location: {
            ...(file === undefined ? {} : { file }),
            row: 1,
            column: (positions[1] ?? positions[0] ?? 0) + 1,
            raw: name,
          },
        }),
      );
    }
    return found;
  };

  const consume = (part: CsvRecords): { observations: Observation[]; issues: Issue[] } => {
    const observations: Observation[] = [];
    const issues: Issue[] = pending;
    pending = [];
    const syntax = new Map<number, CsvSyntaxProblem>();
    for (const problem of part.problems) {
      const summary = textIssue(problem);
      if (summary === undefined) syntax.set(problem.row, problem);
      else if (usable) {
        issues.push(summary);
        count([summary]);
      }
    }
    const rows = part.rows;
    part.records.forEach((record, i) => {
      const rowNumber = rows === undefined ? part.firstRow + i : (rows[i] ?? part.firstRow + i);
      if (compiled === undefined) {
        if (!usable) return;
        const header = indexHeader(record, mapping.columnOccurrences);
        compiled = compileMapping(mapping, header, { file, indicators: catalogue });
        headerLength = record.length;
        const headerIssues = [...compiled.issues, ...unusedDuplicates(header)];
        issues.push(...headerIssues);
        count(headerIssues);
        return;
      }
      if (record.length === 1 && record[0] === '') {
        counters.emptyRows += 1;
        return;
      }
      counters.rows += 1;
      const location = file === undefined ? { row: rowNumber } : { file, row: rowNumber };
      const problem = syntax.get(rowNumber);
      if (problem !== undefined && problem.code === 'UnbalancedQuote') {
        const issue = createTheoryOfActionIssue({
          code: 'csv_quote_unbalanced',
          column: problem.column ?? 1,
          lines: problem.lines ?? 0,
          ...(problem.limit === undefined ? {} : { limit: problem.limit }),
          path: ['rows', rowNumber],
          location: {
            ...location,
            ...(problem.column === undefined ? {} : { column: problem.column }),
            raw: clip(record.join(',')),
          },
        });
        issues.push(issue);
        count([issue]);
        return;
      }
      if (problem !== undefined) {
        const issue = createIssue({
          code: 'invalid_format',
          format: 'csv',
          path: ['rows', rowNumber],
          message: `CSV syntax error in row ${rowNumber}: ${problem.code}: ${problem.message}.`,
          location: {
            ...location,
            ...(problem.column === undefined ? {} : { column: problem.column }),
            raw: clip(record.join(',')),
          },
        });
        issues.push(issue);
        count([issue]);
        return;
      }
      if (record.length !== headerLength) {
        const extraBlank =
          record.length > headerLength &&
          record.slice(headerLength).every((cell) => cell.trim() === '');
        const issue = createIssue({
          code: 'invalid_format',
          format: `a row of ${headerLength} fields`,
          path: ['rows', rowNumber],
          severity: extraBlank ? 'warning' : 'error',
          message: `Row ${rowNumber} has ${record.length} fields; the header has ${headerLength}.${extraBlank ? ' The extra fields are empty and were ignored.' : ' The row was not imported.'}`,
          location: {
            ...location,
            column: Math.min(record.length, headerLength) + 1,
            raw: clip(record.join(',')),
          },
        });
        issues.push(issue);
        count([issue]);
        if (!extraBlank) return;
      }
      const mapped = compiled.mapRow(record, rowNumber);
      if (mapped.filtered) {
        counters.filteredRows += 1;
        return;
      }
      counters.rejected += mapped.rejectedCount;
      if (mapped.rejected.length > 0) {
        for (const issue of mapped.rejected) issues.push(issue);
        count(mapped.rejected);
      }
      for (const item of mapped.observations) {
        const index = counters.observations;
        counters.observations += 1;
        counters.values[item.observation.value.kind] += 1;
        observations.push(item.observation);
        const column = item.column + 1;
        if (options.keepLocations === true) keepLocation(rowNumber, column);
        scale?.addCell(item.observation, index, rowNumber, column, record[item.column] ?? '');
        const first = cells === undefined ? -1 : cells.add(item.observation, index);
        if (first >= 0) {
          const duplicate: Issue = {
            ...createIssue({
              code: 'duplicate_id',
              severity: 'warning',
              path: ['observations', index],
              id: observationCell(item.observation),
              firstPath: ['observations', first],
            }),
            location:
              file === undefined ? { row: rowNumber, column } : { file, row: rowNumber, column },
          };
          issues.push(duplicate);
          count([duplicate]);
        }
        if (uncatalogued) {
          const unknown: Issue = {
            ...createIssue({
              code: 'unknown_reference',
              path: ['observations', index, 'indicatorId'],
              target: 'indicator',
              id: item.observation.indicatorId,
            }),
            location:
              file === undefined ? { row: rowNumber, column } : { file, row: rowNumber, column },
          };
          issues.push(unknown);
          count([unknown]);
        }
        units?.add(item.observation.indicatorId, item.observation.value);
        if (item.issues.length === 0) continue;
        for (const issue of item.issues)
          issues.push(prefixIssuePath(issue, ['observations', index]));
        count(item.issues);
      }
    });
    return { observations, issues };
  };

  const stats = (): ImportStats => ({ ...counters, values: { ...counters.values } });
  const progress = (): void => {
    try {
      options.onProgress?.({ rows: counters.rows, bytes: counters.bytes });
    } catch {
      // A failing progress hook must not break the import.
    }
  };

  return {
    push(chunk) {
      if (finished) return { observations: [], issues: [], stats: stats(), done: true };
      let text: string;
      if (typeof chunk === 'string') {
        text = chunk;
        counters.bytes += chunk.length;
      } else {
        text = decoder.decode(chunk);
        counters.bytes += chunk.byteLength;
      }
      const batch = consume(reader.push(text));
      progress();
      return { ...batch, stats: stats(), done: false };
    },
    end() {
      if (finished) return { observations: [], issues: [], stats: stats(), done: true };
      finished = true;
      const tail = decoder.end();
      const batch = consume(
        tail.length > 0 ? reader.push(tail) : { firstRow: 0, records: [], problems: [] },
      );
      const last = consume(reader.end());
      const issues = [...batch.issues, ...last.issues];
      if (compiled === undefined && usable) {
        const issue = createIssue({
          code: 'invalid_format',
          format: 'a CSV file with a header row',
          path: [],
          message: 'The file is empty: it has no header row.',
          location: { ...(file === undefined ? {} : { file }), row: 1, raw: '' },
        });
        issues.push(issue);
        count([issue]);
      }
      // Every row is in: the cell table (about 100 MB at 6 million cells) is not needed while
      // the scale check sorts its values.
      cells = undefined;
      if (scale !== undefined) {
        const flagged = scale.finish();
        issues.push(...flagged);
        count(flagged);
      }
      if (units !== undefined) {
        const mismatched = units.issues(catalogue);
        issues.push(...mismatched);
        count(mismatched);
      }
      progress();
      return {
        observations: [...batch.observations, ...last.observations],
        issues,
        stats: stats(),
        done: true,
      };
    },
    get locations() {
      const list: { row: number; column: number | undefined }[] = [];
      for (let i = 0; i < located; i += 1)
        list.push({ row: locationRows[i] as number, column: locationColumns[i] as number });
      return list;
    },
  };
}
