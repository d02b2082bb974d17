import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateObservation,
  type Indicator,
  type Observation,
  type ObservationValue,
} from '@community-excellence/schemas';
import { createObservationGate } from './observation-gate.js';

// Texts at and around the schema's length limits, ids with and without the id pattern, dates
// valid and not (a leap day, the 31st of a short month).
const lengths = [0, 1, 2, 20, 21, 100, 101, 200, 201, 500, 501, 1000, 1001];
const sized = fc.constantFrom(...lengths).map((n) => 'a'.repeat(n));
const texts = fc.oneof(
  { arbitrary: fc.constantFrom('all', 'race', 'Black', '2021-2022', '90%'), weight: 40 },
  { arbitrary: sized, weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });
const ids = fc.oneof(
  { arbitrary: fc.constantFrom('acgr-4yr', 'v024'), weight: 40 },
  { arbitrary: fc.constantFrom('a.b:c_d-1', '-bad', 'has space', ''), weight: 1 },
  { arbitrary: sized.map((t) => `x${t}`), weight: 1 },
);
const levels = fc.oneof(
  { arbitrary: fc.constantFrom('county', 'district', 'school', 'nation'), weight: 40 },
  { arbitrary: fc.constantFrom('planet', ''), weight: 1 },
);
const dates = fc.constantFrom(
  '2021-07-01',
  '2022-06-30',
  '2024-02-29',
  '2023-02-29',
  '2021-04-31',
  '2021-7-1',
);
const numbers = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 120 }), weight: 40 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.constantFrom(0.5, -1, Number.NaN, Number.POSITIVE_INFINITY), weight: 1 },
);
const unit = maybe(fc.constant('percent' as const));
const values: fc.Arbitrary<ObservationValue> = fc.oneof(
  fc
    .record({ raw: texts, value: numbers, footnote: maybe(texts), unit })
    .map(({ raw, value, footnote, unit }) => {
      const v: Record<string, unknown> = { kind: 'exact', raw, value };
      if (footnote !== undefined) v.footnote = footnote;
      if (unit !== undefined) v.unit = unit;
      return v as ObservationValue;
    }),
  fc
    .record({ raw: texts, low: numbers, high: numbers, unit })
    .map(
      ({ raw, low, high, unit }) =>
        (unit === undefined
          ? { kind: 'interval', raw, low, high }
          : { kind: 'interval', raw, low, high, unit }) as ObservationValue,
    ),
  fc
    .record({ raw: texts, op: fc.constantFrom('<', '<=', '>', '>=', '=='), value: numbers, unit })
    .map(
      ({ raw, op, value, unit }) =>
        (unit === undefined
          ? { kind: 'bound', raw, op, value }
          : { kind: 'bound', raw, op, value, unit }) as ObservationValue,
    ),
  fc
    .record({ raw: texts, reason: maybe(texts) })
    .map(
      ({ raw, reason }) =>
        (reason === undefined
          ? { kind: 'suppressed', raw }
          : { kind: 'suppressed', raw, reason }) as ObservationValue,
    ),
  fc
    .record({ raw: texts, reason: maybe(fc.constantFrom('blank', 'other', 'error', 'odd')) })
    .map(
      ({ raw, reason }) =>
        (reason === undefined
          ? { kind: 'missing', raw }
          : { kind: 'missing', raw, reason }) as ObservationValue,
    ),
);

/** An observation as the row mapper builds it: the schema's keys, in its order. */
const observations: fc.Arbitrary<Observation> = fc
  .record({
    indicatorId: ids,
    code: texts,
    scheme: maybe(texts),
    name: maybe(texts),
    level: levels,
    label: texts,
    start: maybe(dates),
    end: maybe(dates),
    dimension: fc.oneof(texts, fc.constantFrom('all', 'race', 'sex')),
    subgroup: texts,
    value: values,
    numerator: maybe(numbers),
    denominator: maybe(numbers),
    ci: maybe(fc.record({ low: numbers, high: numbers, level: maybe(numbers) })),
    quality: maybe(fc.oneof(fc.constantFrom(1, 2, 3, 4), texts)),
  })
  .map((r) => {
    const place: Record<string, unknown> = { code: r.code };
    if (r.scheme !== undefined) place.scheme = r.scheme;
    if (r.name !== undefined) place.name = r.name;
    place.level = r.level;
    const period: Record<string, unknown> = { label: r.label };
    if (r.start !== undefined) period.start = r.start;
    if (r.end !== undefined) period.end = r.end;
    const o: Record<string, unknown> = {
      indicatorId: r.indicatorId,
      place,
      period,
      subgroup: { dimension: r.dimension, value: r.subgroup },
      value: r.value,
    };
    if (r.numerator !== undefined) o.numerator = r.numerator;
    if (r.denominator !== undefined) o.denominator = r.denominator;
    if (r.ci !== undefined)
      o.ci =
        r.ci.level === undefined
          ? { low: r.ci.low, high: r.ci.high }
          : { low: r.ci.low, high: r.ci.high, level: r.ci.level };
    if (r.quality !== undefined) o.quality = r.quality;
    return o as unknown as Observation;
  });

const indicator = (id: string, unit: Indicator['unit'], disaggregations?: string[]): Indicator =>
  ({
    id,
    name: id,
    outcomeArea: 'HIGH_SCHOOL_GRADUATION',
    unit,
    direction: 'higher-is-better',
    role: 'core',
    ...(disaggregations === undefined ? {} : { disaggregations }),
  }) as Indicator;

const catalogues: (ReadonlyMap<string, Indicator> | undefined)[] = [
  undefined,
  new Map([['acgr-4yr', indicator('acgr-4yr', { type: 'percent' }, ['race', 'sex'])]]),
  new Map([
    ['acgr-4yr', indicator('acgr-4yr', { type: 'proportion' })],
    ['v024', indicator('v024', { type: 'score', min: 0, max: 60 })],
  ]),
];

describe('the observation gate', () => {
  it('accepts only what validateObservation accepts as it is, with no issue and the same value', () => {
    let accepted = 0;
    fc.assert(
      fc.property(observations, fc.constantFrom(0, 1, 2), (observation, c) => {
        const catalogue = catalogues[c];
        if (!createObservationGate(catalogue)(observation)) return;
        accepted += 1;
        const validated = validateObservation(
          observation,
          catalogue === undefined ? {} : { indicators: catalogue },
        );
        expect(validated.issues).toEqual([]);
        expect(validated.ok).toBe(true);
        if (validated.ok) expect(JSON.stringify(validated.value)).toBe(JSON.stringify(observation));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('accepts a clean row, and leaves every row with an issue to validateObservation', () => {
    const row = {
      indicatorId: 'acgr-4yr',
      place: { code: '0100005', scheme: 'nces-lea', name: 'Albertville City', level: 'district' },
      period: { label: '2021-2022' },
      subgroup: { dimension: 'race', value: 'Black' },
      value: { kind: 'exact', raw: '90%', value: 90, unit: 'percent' },
      denominator: 384,
    } as Observation;
    const gate = createObservationGate(catalogues[1]);
    expect(gate(row)).toBe(true);
    expect(
      gate({ ...row, place: { ...row.place, level: 'planet' } } as unknown as Observation),
    ).toBe(false);
    expect(gate({ ...row, subgroup: { dimension: 'age', value: '5' } })).toBe(false);
    expect(gate({ ...row, indicatorId: 'v024' })).toBe(false);
    expect(createObservationGate(catalogues[2])(row)).toBe(false);
  });
});
