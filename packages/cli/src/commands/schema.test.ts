import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

const capture = captureIo;

const tempDir = tempDirs('schema');

const NAMES = [
  'assessment',
  'cohort',
  'community',
  'framework',
  'indicator-set',
  'observation',
  'observation-set',
  'partnership-evidence',
  'program-participation',
  'recognition',
  'scoring-guidelines',
];

describe('schema', () => {
  it('lists the schema names without --out', async () => {
    const io = capture();
    expect(await runCli(['schema'], io)).toBe(ExitCode.Ok);
    expect(io.out().trim().split('\n').sort()).toEqual(NAMES);
  });

  it('writes 11 schema files that parse as JSON, and nothing else', async () => {
    const dir = join(tempDir(), 'schemas');
    const io = capture();
    expect(await runCli(['schema', '--out', dir], io)).toBe(ExitCode.Ok);
    expect(io.out()).toContain(`Wrote 11 JSON Schemas to ${dir}.`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(NAMES.map((n) => `${n}.schema.json`).sort());
    for (const name of NAMES) {
      const schema = JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8')) as {
        $id: string;
        title: string;
      };
      expect(schema.$id).toBe(`urn:community-excellence:schema:${name}:1`);
      expect(schema.title).toBe(name);
    }
  });

  it('refuses to overwrite existing files without --force (exit 2, nothing written), and overwrites with it', async () => {
    const dir = tempDir();
    const existing = join(dir, 'cohort.schema.json');
    writeFileSync(existing, 'keep me');
    const refused = capture();
    expect(await runCli(['schema', '--out', dir], refused)).toBe(ExitCode.UsageOrIo);
    expect(refused.err()).toContain(`${existing} exists (use --force to overwrite)`);
    expect(readdirSync(dir)).toEqual(['cohort.schema.json']);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');

    const forced = capture();
    expect(await runCli(['schema', '--out', dir, '--force'], forced)).toBe(ExitCode.Ok);
    expect(readdirSync(dir).sort()).toEqual(NAMES.map((n) => `${n}.schema.json`).sort());
    expect((JSON.parse(readFileSync(existing, 'utf8')) as { title: string }).title).toBe('cohort');
    expect(existsSync(join(dir, 'assessment.schema.json'))).toBe(true);
  });
});
