import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

const tempDir = tempDirs('validate-hostile');

describe('validate on hostile JSON', () => {
  it('answers a 100,000-deep array with one too_deep issue', async () => {
    const dir = tempDir();
    const file = join(dir, 'deep.json');
    writeFileSync(file, '['.repeat(100_000) + ']'.repeat(100_000));
    const io = captureIo();
    expect(await runCli(['validate', file, '--format', 'json'], io)).toBe(ExitCode.InvalidData);
    const report = JSON.parse(io.out()) as {
      files: { file: string; ok: boolean; issues: { code: string; limit?: number }[] }[];
    };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]?.ok).toBe(false);
    expect(report.files[0]?.issues.map((issue) => issue.code)).toEqual(['too_deep']);
    expect(report.files[0]?.issues[0]?.limit).toBe(256);
  });

  it('reports __proto__ keys as forbidden_key, without polluting Object.prototype', async () => {
    const dir = tempDir();
    const file = join(dir, 'proto.json');
    writeFileSync(file, '{"kind":"community","__proto__":{"polluted":true}}');
    const io = captureIo();
    expect(await runCli(['validate', file, '--format', 'json'], io)).toBe(ExitCode.InvalidData);
    expect(io.out()).toContain('forbidden_key');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
