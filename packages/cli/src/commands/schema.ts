import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allJsonSchemas } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';

/** Options of the `schema` command. */
export interface SchemaOptions {
  readonly out?: string;
  readonly force?: boolean;
}

const ioMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Writes `text` to `file` through a temporary file in the same folder and a rename, so a killed run never leaves a truncated file. */
function writeAtomically(file: string, text: string, dir: string, name: string): void {
  const temp = join(dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
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
  const targets = names.map((name) => ({ name, file: join(dir, `${name}.schema.json`) }));
  const existing = targets.filter((t) => existsSync(t.file));
  if (existing.length > 0 && options.force !== true) {
    for (const { file } of existing) io.stderr(`community-excellence schema: ${file} exists (use --force to overwrite)\n`);
    return ExitCode.UsageOrIo;
  }
  try {
    mkdirSync(dir, { recursive: true });
    for (const { name, file } of targets) writeAtomically(file, `${JSON.stringify(schemas[name], null, 2)}\n`, dir, `${name}.schema.json`);
  } catch (error) {
    io.stderr(`community-excellence schema: cannot write to ${dir}: ${ioMessage(error)}\n`);
    return ExitCode.UsageOrIo;
  }
  io.stdout(`Wrote ${targets.length} JSON Schemas to ${dir}.\n`);
  return ExitCode.Ok;
}
