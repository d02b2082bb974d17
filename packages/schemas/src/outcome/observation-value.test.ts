import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZodIssues } from '../zod-issues.js';
import {
  hasNumber,
  isExactValue,
  ObservationValueSchema,
  type ObservationValue,
} from './observation-value.js';

const samples: ObservationValue[] = [
  { kind: 'exact', raw: '81.6*', value: 81.6, footnote: '*' },
  { kind: 'interval', raw: '85-89%', low: 85, high: 89, unit: 'percent' },
  { kind: 'bound', raw: '>=95%', op: '>=', value: 95, unit: 'percent' },
  { kind: 'suppressed', raw: 'S', reason: 'suppressed' },
  { kind: 'missing', raw: '#DIV/0!', reason: 'error' },
];

describe('ObservationValueSchema', () => {
  it.each(samples)('accepts $kind', (value) => {
    expect(ObservationValueSchema.parse(value)).toEqual(value);
  });

  it.each([
    [{ kind: 'exact', value: 1 }, 'raw'],
    [{ kind: 'exact', raw: '1', value: Number.POSITIVE_INFINITY }, 'value'],
    [{ kind: 'bound', raw: '~5', op: '~', value: 5 }, 'op'],
    [{ kind: 'suppressed', raw: 'S', value: 0 }, 'value'],
    [{ kind: 'missing', raw: '', reason: 'lost' }, 'reason'],
    [{ kind: 'exact', raw: '1', value: 1, unit: 'proportion' }, 'unit'],
  ])('refuses %j (problem at %s)', (value, key) => {
    const result = ObservationValueSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(fromZodIssues(result.error?.issues ?? []).map((issue) => issue.path.at(-1))).toContain(
      key,
    );
  });

  it('refuses an unknown kind', () => {
    expect(ObservationValueSchema.safeParse({ kind: 'estimate', raw: '1', value: 1 }).success).toBe(
      false,
    );
  });

  it('exports to JSON Schema 2020-12 with a oneOf of five shapes', () => {
    const schema = z.toJSONSchema(ObservationValueSchema, { target: 'draft-2020-12' }) as {
      oneOf?: unknown[];
      anyOf?: unknown[];
    };
    expect((schema.oneOf ?? schema.anyOf)?.length).toBe(5);
  });
});

describe('hasNumber / isExactValue', () => {
  it('separates numeric from non-numeric values', () => {
    expect(samples.map(hasNumber)).toEqual([true, true, true, false, false]);
    expect(samples.map(isExactValue)).toEqual([true, false, false, false, false]);
  });
});
