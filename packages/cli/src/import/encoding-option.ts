import { Option } from 'commander';
import type { ImportOptions } from '@community-excellence/theory-of-action/import';

/**
 * The encodings `--encoding` accepts: those of the importer's `encoding` option.
 *
 * @example
 * ```ts
 * const encoding: CsvFileEncoding = 'latin1';
 * ```
 */
export type CsvFileEncoding = NonNullable<ImportOptions['encoding']>;

const ENCODINGS: readonly CsvFileEncoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'latin1',
  'windows-1252',
];

/**
 * The `--encoding <name>` option of the commands that read CSV files.
 *
 * @example
 * ```ts
 * new Command('import').addOption(encodingOption());
 * ```
 */
export function encodingOption(): Option {
  return new Option(
    '--encoding <name>',
    'the encoding of the CSV bytes (default utf-8; a UTF-8 or UTF-16 byte-order mark wins; latin1 is read as windows-1252)',
  ).choices([...ENCODINGS]);
}
