import { join } from 'node:path';
import { allJsonSchemas } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { writeOutputs } from '../files/write-outputs.js';

/** Options of the `schema` command. */
export interface SchemaOptions {
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * The `schema` command: without `--out`, prints the names of the JSON Schemas; with `--out <dir>`,
 * writes `<name>.schema.json` for each of them, atomically, and refuses to overwrite existing files
 * unless `--force` is given (exit code 2, nothing written).
 */
export async function runSchema(io: CliIo, options: SchemaOptions): Promise<ExitCode> {
  const schemas = allJsonSchemas();
  const names = Object.keys(schemas) as (keyof typeof schemas)[];
  if (options.out === undefined) {
    io.stdout(`${names.join('\n')}\n`);
    return ExitCode.Ok;
  }
  const dir = options.out;
  const result = writeOutputs(
    names.map((name) => ({
      path: join(dir, `${name}.schema.json`),
      text: `${JSON.stringify(schemas[name], null, 2)}\n`,
    })),
    { force: options.force === true },
  );
  if (!result.ok) {
    if (result.reason === 'exists')
      for (const file of result.existing)
        io.stderr(`community-excellence schema: ${file} exists (use --force to overwrite)\n`);
    else io.stderr(`community-excellence schema: cannot write to ${dir}: ${result.message}\n`);
    return ExitCode.UsageOrIo;
  }
  io.stdout(`Wrote ${result.written.length} JSON Schemas to ${dir}.\n`);
  return ExitCode.Ok;
}
