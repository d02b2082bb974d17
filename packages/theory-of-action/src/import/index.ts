/**
 * `@community-excellence/theory-of-action/import`: import of real outcome files (CSV, JSON,
 * NDJSON) into validated observation documents through mappings. See `docs/importing.md`. A
 * subpath of its own, so that apps that only check partnerships or compute metrics do not load it.
 *
 * @example
 * ```ts
 * import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';
 *
 * const result = importCsv('...csv text...', builtInMappings['edfacts-acgr']);
 * ```
 *
 * @packageDocumentation
 */
export type {
  CasesSource,
  ColumnSource,
  ConstantSource,
  FieldSource,
  ImportGroup,
  ImportMapping,
  JoinedColumnsSource,
  MeasureColumns,
  RowCondition,
  ScaleCheckSpec,
  ValueSpec,
} from './mapping.js';
export { validateImportMapping } from './validate-mapping.js';
export {
  createCsvRecordReader,
  type CsvRecordReader,
  type CsvRecordReaderOptions,
  type CsvRecords,
  type CsvSyntaxProblem,
  type QuotedFieldLimits,
} from './csv-records.js';
export {
  createCsvDecoder,
  csvEncodings,
  type CsvDecoder,
  type CsvEncoding,
} from './csv-decoder.js';
export type {
  ImportBatch,
  ImportOptions,
  ImportProgress,
  ImportResult,
  ImportStats,
} from './import-types.js';
export { createCsvImporter, type CsvImporter } from './csv-importer.js';
export { importCsv, importCsvStream, type CsvInput } from './import-csv.js';
export { importJson, importNdjson, type JsonImportOptions } from './json-import.js';
export { createScaleCheck, type ScaleCheck } from './scale-check.js';
export { builtInMappings, type BuiltInMappingName } from './built-in-mappings.js';
export { readCsvSample, type CsvSample } from './csv-sample.js';
export {
  recognizeMapping,
  type MappingFit,
  type MappingRecognition,
  type MappingSampleFit,
} from './recognize-mapping.js';
export {
  inferMapping,
  type InferMappingOptions,
  type InferredMapping,
  type InferredRole,
  type MappingGuess,
  type UndecidedRole,
} from './infer-mapping.js';
