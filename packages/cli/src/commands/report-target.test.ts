import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

const riverbend = fileURLToPath(new URL('../../../../examples/riverbend', import.meta.url));
const tempDir = tempDirs('report-target');

describe('report --target', () => {
  it('plans the Riverbend roadmap toward the given total', async () => {
    const out = tempDir();
    const io = captureIo();
    expect(await runCli(['report', riverbend, '--out', out, '--target', '500'], io)).toBe(
      ExitCode.Ok,
    );
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('Target given with --target.');
    expect(md).toContain(
      '- Phase 2: raise 7.1 to 70-85 (70%, +24, high-priority OFI), 7.5 to 50-65 (50%, +18), 7.2 to 50-65 (50%, +16, high-priority OFI), 7.3 to 50-65 (50%, +16, high-priority OFI), 7.4 to 70-85 (70%, +16, high-priority OFI), 1.1 to 70-85 (70%, +14). Projected: 509 of 1000 points',
    );
    expect(md).toContain('- Phase 2 reaches the target of 500 points.\n');
  });

  it('refuses a target that is not a number of 0 or more, writing nothing', async () => {
    for (const bad of ['lots', '-5', '', 'Infinity']) {
      const out = tempDir();
      const io = captureIo();
      expect(await runCli(['report', riverbend, '--out', out, '--target', bad], io)).toBe(
        ExitCode.UsageOrIo,
      );
      expect(io.err()).toBe(
        `community-excellence report: --target must be a number of points (or a mean item percent without points), 0 or more, not ${JSON.stringify(bad)}\n`,
      );
      expect(readdirSync(out)).toEqual([]);
    }
  });
});
