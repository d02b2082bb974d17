import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

const data = (file: string): string =>
  new URL(`../../../../../shared/data/${file}`, import.meta.url).pathname;
const tempDir = tempDirs('init-evidence');
const v024 = data('county-health-rankings/v024_subgroup_how.csv');

describe('init evidence', () => {
  it('writes a valid starter for a place of a real file, by code, that validate accepts and check uses', async () => {
    const dir = tempDir();
    const out = join(dir, 'partnership-evidence.json');
    const io = captureIo();
    expect(
      await runCli(
        ['init', 'evidence', v024, '--place', '01001', '--out', out, '--as-of', '2026-05-01'],
        io,
      ),
    ).toBe(ExitCode.Ok);
    expect(io.out()).toBe(
      `Wrote ${out}: a starter partnership-evidence document for Autauga County (county 01001). Replace its TODO placeholders and add what the partnership has in place, then: coe report ${out} ${v024}\n`,
    );
    expect(io.err()).toContain(
      `${v024}: built-in mapping chrr-v024-children-in-poverty, recognised`,
    );
    const doc = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({
      kind: 'partnership-evidence',
      id: 'autauga-county-evidence-2026-05-01',
      name: 'TODO: name of the partnership serving Autauga County',
      asOf: '2026-05-01',
      geography: {
        name: 'Autauga County',
        type: 'county',
        codes: [{ system: 'fips', value: '01001' }],
      },
      outcomes: [
        {
          id: 'out-economic-vitality',
          area: 'ECONOMIC_VITALITY',
          label: 'Children in poverty',
          contributingIndicatorIds: ['v024'],
        },
      ],
    });
    expect(doc['notes']).toContain('Every text that starts with "TODO:" is a placeholder');

    const valid = captureIo();
    expect(await runCli(['validate', out], valid)).toBe(ExitCode.Ok);

    // The starter's geography code picks the place: check runs on the raw CSV without --place.
    const check = captureIo();
    expect(await runCli(['check', out, v024], check)).toBe(ExitCode.Ok);
    expect(check.out()).toContain('Autauga County');
  });

  it('finds a place by its name, and lists candidates when the data have no such place', async () => {
    const csv = data('colorado-kids-count/high-school-graduation-rates.csv');
    const io = captureIo();
    expect(
      await runCli(['init', 'evidence', csv, '--place', 'ACADEMY 20', '--as-of', '2026-05-01'], io),
    ).toBe(ExitCode.Ok);
    expect(JSON.parse(io.out())).toMatchObject({
      geography: {
        name: 'ACADEMY 20',
        type: 'school-district',
        codes: [{ system: 'name', value: 'ACADEMY 20' }],
      },
      outcomes: [{ area: 'HIGH_SCHOOL_GRADUATION', coreIndicatorIds: ['co-graduation'] }],
    });
    const byName = captureIo();
    expect(
      await runCli(
        ['init', 'evidence', v024, '--place', 'Autauga County', '--as-of', '2026-05-01'],
        byName,
      ),
    ).toBe(ExitCode.Ok);
    expect(JSON.parse(byName.out())).toMatchObject({
      geography: { name: 'Autauga County', codes: [{ system: 'fips', value: '01001' }] },
    });
    const missing = captureIo();
    expect(
      await runCli(
        ['init', 'evidence', csv, '--place', 'Atlantis', '--out', join(tempDir(), 'x.json')],
        missing,
      ),
    ).toBe(ExitCode.InvalidData);
    expect(missing.err()).toContain('hint: pass --place with one of the codes listed');
    expect(missing.err()).toContain('nothing written.');
  });

  it('writes a starter without data, a code or a name, and refuses bad dates and overwrites', async () => {
    const byCode = captureIo();
    expect(
      await runCli(['init', 'evidence', '--place', '39061', '--as-of', '2026-05-01'], byCode),
    ).toBe(ExitCode.Ok);
    expect(JSON.parse(byCode.out())).toMatchObject({
      name: 'TODO: name of the partnership serving TODO: name of the place 39061',
      geography: {
        name: 'TODO: name of the place 39061',
        codes: [{ system: 'code', value: '39061' }],
      },
    });
    const byName = captureIo();
    expect(
      await runCli(
        ['init', 'evidence', '--place', 'Kanawha County', '--as-of', '2026-05-01'],
        byName,
      ),
    ).toBe(ExitCode.Ok);
    expect(JSON.parse(byName.out())).toMatchObject({
      geography: { name: 'Kanawha County', type: 'other' },
    });
    const date = captureIo();
    expect(await runCli(['init', 'evidence', '--place', '1', '--as-of', '2026-02-30'], date)).toBe(
      ExitCode.UsageOrIo,
    );
    expect(date.err()).toContain(
      '--as-of must be a calendar date like 2026-05-01, not "2026-02-30"',
    );
    const out = join(tempDir(), 'e.json');
    writeFileSync(out, 'mine');
    const exists = captureIo();
    expect(await runCli(['init', 'evidence', '--place', '1', '--out', out], exists)).toBe(
      ExitCode.UsageOrIo,
    );
    expect(exists.err()).toContain('exists (use --force to overwrite); nothing written');
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });
});

describe('check with raw CSV files', () => {
  it('says what evidence the check needs when the first file is a CSV file', async () => {
    const io = captureIo();
    expect(await runCli(['check', v024, v024], io)).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain(
      `is outcome data, not partnership evidence: check needs a partnership-evidence document first`,
    );
    expect(io.err()).toContain('Write a starter with: coe init evidence --place <code>');
  });
});
