import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndicatorSet, ObservationSet } from '@community-excellence/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { readNdjsonObservations } from './read-ndjson-observations.js';

const read = <T>(file: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${file}`, import.meta.url), 'utf8'),
  ) as T;
const indicators = read<IndicatorSet>('indicators.json').indicators;
const rows = read<ObservationSet>('observations.json').observations;
const dir = mkdtempSync(join(tmpdir(), 'coe-ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readNdjsonObservations', () => {
  it('reads one valid row per line, skipping blank lines and CRLF endings', () => {
    const file = join(dir, 'rows.ndjson');
    writeFileSync(
      file,
      `${rows
        .slice(0, 3)
        .map((r) => JSON.stringify(r))
        .join('\r\n')}\r\n\n`,
    );
    const result = readNdjsonObservations(file, indicators);
    expect(result.ok && result.rows).toEqual(rows.slice(0, 3));
    expect(result.ok && result.issues).toEqual([]);
  });

  it('gives the file, row and column of malformed lines and the row of invalid ones', () => {
    const file = join(dir, 'bad.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify(rows[0]),
        '{"indicatorId": ',
        JSON.stringify({ ...rows[1], indicatorId: 'nope' }),
      ].join('\n'),
    );
    const result = readNdjsonObservations(file, indicators);
    if (!result.ok) throw new Error('expected rows');
    expect(result.rows).toHaveLength(1);
    expect(result.issues.map((i) => [i.code, i.location?.file, i.location?.row])).toEqual([
      ['invalid_format', file, 2],
      ['unknown_reference', file, 3],
    ]);
    expect(result.issues[0]?.location?.column).toBe(17);
  });

  it('reports a missing file as an I/O error', () => {
    expect(readNdjsonObservations(join(dir, 'missing.ndjson'), [])).toMatchObject({
      ok: false,
      reason: 'io',
    });
  });
});
