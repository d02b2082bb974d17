import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Indicator } from './indicator.js';
import { ObservationSchema, type Observation } from './observation.js';
import { validateObservation } from './validate-observation.js';

const graduation: Indicator = {
  id: 'acgr-4yr',
  name: 'Four-year adjusted cohort graduation rate',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
  disaggregations: ['race'],
};
const poverty: Indicator = {
  ...graduation,
  id: 'v024',
  unit: { type: 'proportion' },
  direction: 'lower-is-better',
  role: 'contributing',
};
const catalogue = [graduation, poverty];

const row: Observation = {
  indicatorId: 'acgr-4yr',
  place: { code: '0100005', scheme: 'nces-lea', name: 'Albertville City', level: 'district' },
  period: { label: '2021-2022', start: '2021-07-01', end: '2022-06-30' },
  subgroup: { dimension: 'all', value: 'all' },
  value: { kind: 'exact', raw: '90%', value: 90, unit: 'percent' },
  numerator: 345.6,
  denominator: 384,
  ci: { low: 87, high: 93, level: 0.9 },
  quality: 1,
  source: 'EDFacts 2021-2022',
  footnotes: ['Adjusted cohort.'],
};

const codesAndPaths = (input: unknown, options = { indicators: catalogue }): unknown =>
  validateObservation(input, options).issues.map((i) => [i.code, i.severity, i.path]);

describe('validateObservation', () => {
  it('accepts a full row and returns it', () => {
    expect(validateObservation(row, { indicators: catalogue })).toEqual({
      ok: true,
      value: row,
      issues: [],
    });
    expect(validateObservation(row)).toEqual({ ok: true, value: row, issues: [] });
  });

  it('accepts every value kind, a negative CI low and a quality label', () => {
    for (const value of [
      { kind: 'interval', raw: '85-89%', low: 85, high: 89, unit: 'percent' },
      { kind: 'bound', raw: '>=95%', op: '>=', value: 95, unit: 'percent' },
      { kind: 'suppressed', raw: 'S' },
      { kind: 'missing', raw: '', reason: 'blank' },
    ] as const) {
      expect(
        validateObservation({
          ...row,
          value,
          ci: { low: -2.5, high: 10 },
          quality: 'use with caution',
        }).ok,
      ).toBe(true);
    }
  });

  it('reports an unknown indicator only when a catalogue is given', () => {
    expect(codesAndPaths({ ...row, indicatorId: 'nope' })).toEqual([
      ['unknown_reference', 'error', ['indicatorId']],
    ]);
    expect(validateObservation({ ...row, indicatorId: 'nope' }).ok).toBe(true);
    expect(
      validateObservation(
        { ...row, indicatorId: 'nope' },
        { indicators: new Map([[graduation.id, graduation]]) },
      ).ok,
    ).toBe(false);
  });

  it('reports inconsistent intervals', () => {
    expect(codesAndPaths({ ...row, ci: { low: 95, high: 85 } })).toEqual([
      ['inconsistent_interval', 'error', ['ci']],
    ]);
    expect(
      codesAndPaths({
        ...row,
        value: { kind: 'interval', raw: '89-85%', low: 89, high: 85, unit: 'percent' },
      }),
    ).toEqual([['inconsistent_interval', 'error', ['value']]]);
    expect(codesAndPaths({ ...row, ci: { low: 91, high: 99 } })).toEqual([
      ['inconsistent_interval', 'warning', ['value']],
    ]);
  });

  it('reports inconsistent counts: numerator above denominator (error), a number from an empty group (warning)', () => {
    expect(codesAndPaths({ ...row, numerator: 400 })).toEqual([
      ['inconsistent_counts', 'error', ['numerator']],
    ]);
    const { ci: _ci, ...noCi } = row;
    expect(codesAndPaths({ ...noCi, numerator: 0, denominator: 0 })).toEqual([
      ['inconsistent_counts', 'warning', ['denominator']],
    ]);
    expect(
      codesAndPaths({
        ...noCi,
        numerator: 0,
        denominator: 0,
        value: { kind: 'suppressed', raw: 'NA' },
      }),
    ).toEqual([]);
    expect(codesAndPaths({ ...row, numerator: -1 })).toEqual([
      ['too_small', 'error', ['numerator']],
    ]);
  });

  it('reports a period that ends before it starts', () => {
    const result = validateObservation({
      ...row,
      period: { label: 'x', start: '2022-07-01', end: '2022-06-30' },
    });
    expect(result.issues).toMatchObject([
      {
        code: 'out_of_order',
        path: ['period', 'end'],
        value: '2022-06-30',
        previous: '2022-07-01',
        previousPath: ['period', 'start'],
      },
    ]);
  });

  it('warns about values outside the unit range, percent tokens on other units and undeclared dimensions', () => {
    const { ci: _ci, numerator: _n, denominator: _d, ...plain } = row;
    expect(codesAndPaths({ ...plain, value: { kind: 'exact', raw: '101', value: 101 } })).toEqual([
      ['value_outside_unit_range', 'warning', ['value']],
    ]);
    expect(
      codesAndPaths({
        ...plain,
        indicatorId: 'v024',
        value: { kind: 'exact', raw: '55.7', value: 55.7 },
      }),
    ).toEqual([['value_outside_unit_range', 'warning', ['value']]]);
    expect(
      codesAndPaths({
        ...plain,
        indicatorId: 'v024',
        value: { kind: 'exact', raw: '0.5%', value: 0.5, unit: 'percent' },
      }),
    ).toEqual([['unit_mismatch', 'warning', ['value', 'unit']]]);
    expect(
      codesAndPaths({ ...plain, value: { kind: 'interval', raw: '-5-10', low: -5, high: 10 } }),
    ).toEqual([['value_outside_unit_range', 'warning', ['value']]]);
    expect(codesAndPaths({ ...plain, subgroup: { dimension: 'income', value: 'low' } })).toEqual([
      ['unknown_reference', 'warning', ['subgroup', 'dimension']],
    ]);
    expect(codesAndPaths({ ...plain, subgroup: { dimension: 'race', value: 'Black' } })).toEqual(
      [],
    );
  });

  it('maps structural problems to typed issues with paths', () => {
    expect(
      codesAndPaths({
        ...row,
        place: { ...row.place, level: 'planet' },
        value: { kind: 'exact', raw: '9', value: '9' },
        ci: { low: 1, high: 2, level: 90 },
        extra: true,
      }),
    ).toEqual([
      ['invalid_value', 'error', ['place', 'level']],
      ['invalid_type', 'error', ['value', 'value']],
      ['too_big', 'error', ['ci', 'level']],
      ['unrecognized_key', 'error', ['extra']],
    ]);
    expect(
      validateObservation({ ...row, value: { kind: 'exact', raw: '9', value: '9' } }).issues[0],
    ).toMatchObject({ received: 'string' });
  });

  it('refuses __proto__, constructor and prototype keys as forbidden_key', () => {
    const hostile = JSON.parse(
      `{"indicatorId":"acgr-4yr","__proto__":{"polluted":true},"place":{"code":"1","level":"state","constructor":1}}`,
    ) as unknown;
    const result = validateObservation(hostile);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['__proto__']],
      ['forbidden_key', ['place', 'constructor']],
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses a __proto__ key on an otherwise valid row', () => {
    const text = JSON.stringify(row).replace('{', '{"__proto__":{"isAdmin":true},');
    const hostile = JSON.parse(text) as unknown;
    expect(Object.keys(hostile as object)).toContain('__proto__');
    expect(validateObservation(hostile).issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['__proto__']],
    ]);
    const inValue = JSON.parse(
      JSON.stringify(row).replace('"kind":"exact"', '"constructor":1,"kind":"exact"'),
    ) as unknown;
    expect(validateObservation(inValue).issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['value', 'constructor']],
    ]);
  });

  it('never throws on hostile input', () => {
    for (const input of [
      undefined,
      null,
      1,
      'x',
      [],
      Symbol('s'),
      () => 1,
      new Date(),
      Object.create(null),
    ]) {
      expect(validateObservation(input, { indicators: catalogue }).ok).toBe(false);
    }
  });

  it('exports ObservationSchema to JSON Schema 2020-12', () => {
    expect(() => z.toJSONSchema(ObservationSchema, { target: 'draft-2020-12' })).not.toThrow();
  });
});
