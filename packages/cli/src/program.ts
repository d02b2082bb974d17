import { Command, Option } from 'commander';
import type { CliIo } from './cli-io.js';
import type { CommandContext } from './command-context.js';
import { defineCheckCommand } from './commands/check-command.js';
import { defineCohortCommand } from './commands/cohort-command.js';
import { defineFeedbackCommand } from './commands/feedback-command.js';
import { defineImportCommand } from './commands/import-command.js';
import { defineInitCommand } from './commands/init-command.js';
import { defineReportCommand } from './commands/report-command.js';
import { defineScoreCommand } from './commands/score-command.js';
import type { ExitCode } from './exit-codes.js';
import { encodingOption } from './import/encoding-option.js';
// A type-only import: erased at build time, so the implementation is still loaded lazily.
import type { ValidateOptions } from './commands/validate.js';

/** The CLI's version, replaced at build time from package.json. */
declare const __CLI_VERSION__: string | undefined;
const version = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';

/**
 * The command definitions. Each command's implementation is imported only when it runs, so that
 * `--help` and the other commands stay fast. The CLI reference in `docs/cli-reference.md` is generated
 * from this program.
 */
export function buildProgram(io: CliIo, setCode: (code: ExitCode) => void): Command {
  const context: CommandContext = { io, setCode };
  const program = new Command();
  program
    .name('community-excellence')
    .alias('coe')
    .description('Validate, import, score, check and report on Communities of Excellence data.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('demo')
    .description(
      'Run the whole flow on the built-in example community, print what it found and write its HTML and Markdown report.',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option(
      '--out <dir>',
      'folder to write report.html and report.md to (default: a new folder in the system temp folder)',
    )
    .option('--force', 'with --out: overwrite an existing report.html or report.md', false)
    .action(async (options: { format: 'text' | 'json'; out?: string; force: boolean }) => {
      const { runDemo } = await import('./commands/demo.js');
      setCode(await runDemo(io, options));
    });

  program
    .command('validate')
    .description(
      'Validate documents (*.json, any kind) and observation rows (*.ndjson, and *.csv through --mapping) in files and folders.',
    )
    .argument(
      '<paths...>',
      'files or folders (searched recursively for *.json and *.ndjson, and *.csv with --mapping)',
    )
    .option(
      '--mapping <name|file>',
      'read CSV files through this mapping: a built-in mapping name (for example edfacts-acgr) or a mapping JSON file',
    )
    .addOption(encodingOption())
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      const { runValidate } = await import('./commands/validate.js');
      setCode(await runValidate(io, paths, options));
    });

  defineImportCommand(program, context);
  defineScoreCommand(program, context);
  defineFeedbackCommand(program, context);
  defineCheckCommand(program, context);
  defineCohortCommand(program, context);

  program
    .command('schema')
    .description('List the JSON Schemas, or write them to a folder as <name>.schema.json.')
    .option('--out <dir>', 'folder to write the schemas to')
    .option('--force', 'overwrite existing schema files', false)
    .action(async (options: { out?: string; force: boolean }) => {
      const { runSchema } = await import('./commands/schema.js');
      setCode(await runSchema(io, options));
    });

  defineReportCommand(program, context);
  defineInitCommand(program, context);
  return program;
}
