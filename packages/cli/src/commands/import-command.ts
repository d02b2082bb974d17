import { Option, type Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { encodingOption } from '../import/encoding-option.js';
// A type-only import: erased at build time, so the implementation is still loaded lazily.
import type { ImportCommandOptions } from './import.js';

/**
 * Defines the `import` command on `program`. Its implementation (the importer, the validators and
 * the progress bar) is loaded only when it runs, so `--help` stays fast.
 *
 * @example
 * ```ts
 * const program = new Command();
 * defineImportCommand(program, { io: processIo(), setCode: (code) => (process.exitCode = code) });
 * ```
 */
export function defineImportCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('import')
    .description(
      'Import a CSV file through a mapping (a built-in mapping name or a mapping JSON file), streaming it into observation rows (NDJSON) or an observation-set document (JSON) in bounded memory. ' +
        'Rows with errors: nothing is written (exit 1) unless --allow-invalid. Never overwrites an input or (without --force) an existing file. Shows a progress bar on a terminal.',
    )
    .argument('<csv>', 'the CSV file to import')
    .requiredOption(
      '--mapping <name|file>',
      'a built-in mapping name (for example edfacts-acgr) or a mapping JSON file',
    )
    .requiredOption(
      '--out <file>',
      'the file to write: observation rows (.ndjson, with the indicators in <name>.indicators.json) or an observation-set document (.json)',
    )
    .addOption(
      new Option(
        '--out-format <format>',
        'ndjson or json (default: from the extension of --out; otherwise ndjson for inputs over 64 MiB, json for smaller ones)',
      ).choices(['json', 'ndjson']),
    )
    .option('--force', 'overwrite the output file if it exists', false)
    .option(
      '--allow-invalid',
      'write the valid observations even when some rows have errors (the exit code stays 1)',
      false,
    )
    .option('--id <id>', 'the id of the observation set (default: the mapping id)')
    .addOption(encodingOption())
    .option('--quiet', 'no progress bar and no summary line (issues are still printed)', false)
    .addOption(
      new Option('--format <format>', 'format of the report on standard output')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (csv: string, options: ImportCommandOptions) => {
      const { runImport } = await import('./import.js');
      setCode(await runImport(io, csv, options));
    });
}
