import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '@community-excellence/schemas';
import { importJson, importNdjson } from './index.js';

const acgr: Indicator = {
  id: 'acgr-4yr',
  name: 'Graduation',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
};
const row = (code: string, raw = '90%'): Record<string, unknown> => ({
  indicatorId: 'acgr-4yr',
  place: { code, level: 'district' },
  period: { label: '2021-2022' },
  subgroup: { dimension: 'all', value: 'all' },
  value: { kind: 'exact', raw, value: 90, unit: 'percent' },
});

describe('importJson', () => {
  it('reads an array of rows; bad rows are reported with their position and left out', () => {
    const result = importJson(
      JSON.stringify([row('1'), { ...row('2'), value: { kind: 'nope' } }, row('3')]),
      { file: 'rows.json', setId: 'rows', indicators: [acgr] },
    );
    expect(result.stats).toMatchObject({ rows: 3, observations: 2, rejected: 1 });
    expect(result.set?.observations.map((o) => o.place.code)).toEqual(['1', '3']);
    expect(result.issues[0]).toMatchObject({
      location: { file: 'rows.json', row: 2 },
      path: ['rows', 2, 'value', 'kind'],
    });
  });

  it('reads an observation-set document and keeps its metadata', () => {
    const set = {
      kind: 'observation-set',
      formatVersion: 1,
      id: 'set-1',
      source: 'EDFacts',
      indicators: [acgr],
      observations: [row('1'), row('1')],
    };
    const result = importJson(JSON.stringify(set));
    expect(result.set?.id).toBe('set-1');
    expect(result.set?.source).toBe('EDFacts');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'duplicate_id', severity: 'warning', location: { row: 2 } }),
    ]);
  });

  it('invalid JSON and wrong shapes are issues, never exceptions', () => {
    expect(importJson('{oops').issues).toEqual([
      expect.objectContaining({ code: 'invalid_format', format: 'json' }),
    ]);
    expect(importJson('42').issues).toEqual([expect.objectContaining({ code: 'invalid_type' })]);
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof importJson(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof importJson(JSON.stringify(value)).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('importNdjson', () => {
  it('reads one row per line (any line ending), reports bad lines with their number and goes on', () => {
    const text = [JSON.stringify(row('1')), '', '{not json', JSON.stringify(row('2'))].join('\r\n');
    const result = importNdjson(text, { file: 'rows.ndjson', setId: 'rows', indicators: [acgr] });
    expect(result.stats).toMatchObject({ rows: 3, emptyRows: 1, observations: 2, rejected: 1 });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        location: { file: 'rows.ndjson', row: 3, raw: '{not json' },
      }),
    ]);
    expect(
      importNdjson(text.replaceAll('\r\n', '\r'), {
        file: 'rows.ndjson',
        setId: 'rows',
        indicators: [acgr],
      }).set,
    ).toEqual(result.set);
  });

  it('without any indicator, unknown indicator ids are reported (not silently dropped)', () => {
    const result = importNdjson(JSON.stringify(row('1')), { setId: 'rows' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        target: 'indicator',
        location: { row: 1 },
      }),
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof importNdjson(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
