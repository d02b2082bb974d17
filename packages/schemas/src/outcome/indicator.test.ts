import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  IndicatorSchema,
  IndicatorSetSchema,
  OutcomeAreaSchema,
  type Indicator,
} from './indicator.js';
import { IndicatorUnitSchema } from './indicator-unit.js';
import { unitRange } from './unit-range.js';
import { IndicatorTargetSchema, OutcomeTargetSchema } from './indicator-target.js';
import { validateIndicatorSet } from './validate-indicator-set.js';

const graduation: Indicator = {
  id: 'acgr-4yr',
  name: 'Four-year adjusted cohort graduation rate',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
  definition: 'Share of the adjusted cohort graduating within four years.',
  source: 'EDFacts',
  disaggregations: ['race', 'sex'],
};
const set = {
  kind: 'indicator-set',
  formatVersion: 1,
  id: 'riverbend-outcomes',
  name: 'Riverbend',
  indicators: [graduation],
};

describe('indicator schemas', () => {
  it('lists the seven cradle-to-career outcomes first and in order', () => {
    expect(OutcomeAreaSchema.options.slice(0, 7)).toEqual([
      'KINDERGARTEN_READINESS',
      'EARLY_GRADE_READING',
      'MIDDLE_GRADE_MATH',
      'HIGH_SCHOOL_GRADUATION',
      'POSTSECONDARY_ENROLLMENT',
      'POSTSECONDARY_COMPLETION',
      'EMPLOYMENT',
    ]);
    expect(OutcomeAreaSchema.options.slice(7)).toEqual([
      'HEALTH',
      'SAFETY',
      'ECONOMIC_VITALITY',
      'QUALITY_OF_LIFE',
      'OTHER',
    ]);
  });

  it('accepts every unit shape and refuses bad ones', () => {
    for (const unit of [
      { type: 'percent' },
      { type: 'proportion' },
      { type: 'rate', per: 100000 },
      { type: 'count' },
      { type: 'score', min: 0, max: 5, label: 'grade levels' },
      { type: 'years' },
      { type: 'currency', currency: 'USD' },
      { type: 'other', label: 'index' },
    ]) {
      expect(IndicatorUnitSchema.safeParse(unit).success, JSON.stringify(unit)).toBe(true);
    }
    for (const unit of [
      { type: 'rate' },
      { type: 'rate', per: 0 },
      { type: 'currency', currency: 'dollars' },
      { type: 'percent', per: 1 },
      { type: 'kelvin' },
    ]) {
      expect(IndicatorUnitSchema.safeParse(unit).success, JSON.stringify(unit)).toBe(false);
    }
  });

  it('gives plausible unit ranges', () => {
    expect(unitRange({ type: 'percent' })).toEqual({ minimum: 0, maximum: 100 });
    expect(unitRange({ type: 'proportion' })).toEqual({ minimum: 0, maximum: 1 });
    expect(unitRange({ type: 'rate', per: 1000 })).toEqual({
      minimum: 0,
      maximum: Number.POSITIVE_INFINITY,
    });
    expect(unitRange({ type: 'score', max: 5 })).toEqual({
      minimum: Number.NEGATIVE_INFINITY,
      maximum: 5,
    });
    expect(unitRange({ type: 'score' })).toBeUndefined();
    expect(unitRange({ type: 'currency', currency: 'USD' })).toBeUndefined();
  });

  it('parses an indicator and refuses unknown keys', () => {
    expect(IndicatorSchema.parse(graduation)).toEqual(graduation);
    expect(IndicatorSchema.safeParse({ ...graduation, polarity: 'up' }).success).toBe(false);
  });

  it('carries targets by period, subgroup and place, strictly', () => {
    const targets = [
      { period: '2027-28', value: 90 },
      {
        period: '2027-28',
        value: 86,
        subgroup: { dimension: 'race', value: 'Black' },
        place: '0100005',
        note: 'Halve the 2024-25 gap to White students.',
        source: 'Graduation action plan, 2025',
      },
    ];
    expect(IndicatorSchema.parse({ ...graduation, targets })).toEqual({ ...graduation, targets });
    expect(IndicatorTargetSchema.parse(targets[1])).toEqual(targets[1]);
    const bad = (target: unknown): boolean =>
      IndicatorSchema.safeParse({ ...graduation, targets: [target] }).success;
    expect(bad({ period: '2027-28' })).toBe(false);
    expect(bad({ period: '2027-28', value: '90' })).toBe(false);
    expect(bad({ period: '2027-28', value: Number.NaN })).toBe(false);
    expect(bad({ period: '', value: 90 })).toBe(false);
    expect(bad({ period: '2027-28', value: 90, subgroup: { dimension: 'race' } })).toBe(false);
    expect(bad({ period: '2027-28', value: 90, indicatorId: 'acgr-4yr' })).toBe(false);
    expect(
      IndicatorSchema.safeParse({
        ...graduation,
        targets: Array.from({ length: 201 }, () => targets[0]),
      }).success,
    ).toBe(false);
    expect(OutcomeTargetSchema.parse({ indicatorId: 'acgr-4yr', ...targets[0] })).toEqual({
      indicatorId: 'acgr-4yr',
      ...targets[0],
    });
    expect(OutcomeTargetSchema.safeParse(targets[0]).success).toBe(false);
  });

  it('exports IndicatorSetSchema to JSON Schema 2020-12', () => {
    expect(() => z.toJSONSchema(IndicatorSetSchema, { target: 'draft-2020-12' })).not.toThrow();
    const schema = z.toJSONSchema(IndicatorSetSchema, { target: 'draft-2020-12' }) as {
      additionalProperties?: unknown;
      required?: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['kind', 'formatVersion', 'id', 'indicators']);
  });
});

describe('validateIndicatorSet', () => {
  it('accepts a valid set', () => {
    expect(validateIndicatorSet(set)).toEqual({ ok: true, value: set, issues: [] });
  });

  it('reports duplicate ids and inverted score scales with paths', () => {
    const result = validateIndicatorSet({
      ...set,
      indicators: [
        graduation,
        { ...graduation, name: 'again' },
        { ...graduation, id: 'reading-scale', unit: { type: 'score', min: 5, max: 0 } },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['indicators', 1, 'id']],
      ['inconsistent_interval', ['indicators', 2, 'unit']],
    ]);
    expect(result.issues[0]).toMatchObject({ id: 'acgr-4yr', firstPath: ['indicators', 0, 'id'] });
  });

  it('reports structural problems as typed issues', () => {
    const result = validateIndicatorSet({
      ...set,
      indicators: [{ ...graduation, outcomeArea: 'READING', direction: 'up' }],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['indicators', 0, 'outcomeArea']],
      ['invalid_value', ['indicators', 0, 'direction']],
    ]);
  });

  it('refuses a newer format version with one issue', () => {
    const result = validateIndicatorSet({ ...set, formatVersion: 2 });
    expect(result.issues.map((i) => i.code)).toEqual(['unsupported_format_version']);
  });
});
