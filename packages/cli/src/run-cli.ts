import { Command, CommanderError, Option } from 'commander';
import { type CliIo, processIo } from './cli-io.js';
import { ExitCode } from './exit-codes.js';

/** The CLI's version, replaced at build time from package.json. */
declare const __CLI_VERSION__: string | undefined;
const version = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';

function buildProgram(io: CliIo, setCode: (code: ExitCode) => void): Command {
  const program = new Command();
  program
    .name('community-excellence')
    .alias('coe')
    .description('Validate, score and report on Communities of Excellence data.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('demo')
    .description('Run the whole flow on the built-in example community and print what it found.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: { format: 'text' | 'json' }) => {
      // Commands are loaded lazily so that `--help` and other commands stay fast.
      const { runDemo } = await import('./commands/demo.js');
      setCode(await runDemo(io, options));
    });

  program
    .command('validate')
    .description('Validate documents (*.json, any kind) and observation rows (*.ndjson) in files and folders.')
    .argument('<paths...>', 'files or folders (searched recursively for *.json and *.ndjson)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], options: { format: 'text' | 'json' }) => {
      const { runValidate } = await import('./commands/validate.js');
      setCode(await runValidate(io, paths, options));
    });

  program
    .command('schema')
    .description('List the JSON Schemas, or write them to a folder as <name>.schema.json.')
    .option('--out <dir>', 'folder to write the schemas to')
    .option('--force', 'overwrite existing schema files', false)
    .action(async (options: { out?: string; force: boolean }) => {
      const { runSchema } = await import('./commands/schema.js');
      setCode(await runSchema(io, options));
    });

  return program;
}

/**
 * Runs the `community-excellence` command with the given arguments (without `node` and the
 * script name) and resolves to its exit code. It never calls `process.exit`.
 *
 * @example
 * ```ts
 * import { runCli } from '@community-excellence/cli';
 * const code = await runCli(['demo', '--format', 'json']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  let code: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (next) => {
    code = next;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every other parser error is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrIo;
    }
    io.stderr(`community-excellence: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.UsageOrIo;
  }
  return code;
}
