import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape } from './check-shape.js';
import { isTimestamp } from './is-timestamp.js';
import { describeShape, shape } from './shape.js';

const codesAndPaths = (
  issues: readonly { code: string; path: readonly (string | number)[] }[],
): string[] => issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);

describe('checkShape', () => {
  it('accepts data of the shape', () => {
    const spec = shape.object(
      {
        id: 'string',
        n: 'integer',
        at: 'timestamp',
        tags: shape.array('string'),
        note: shape.nullable('string'),
      },
      ['note'],
    );
    expect(
      checkShape({ id: 'a', n: 3, at: '2026-10-07T15:00:00Z', tags: ['x'], note: null }, spec),
    ).toEqual([]);
    expect(checkShape({ id: 'a', n: 3, at: '2026-10-07', tags: [] }, spec)).toEqual([]);
  });

  it('reports issues in document order with paths under the given prefix', () => {
    const spec = shape.object({ a: 'string', b: shape.array('number'), c: 'boolean' });
    const issues = checkShape({ a: 1, b: [1, 'two', 3, null], c: 'yes' }, spec, ['event']);
    expect(codesAndPaths(issues)).toEqual([
      'invalid_type event.a',
      'invalid_type event.b.1',
      'invalid_type event.b.3',
      'invalid_type event.c',
    ]);
  });

  it('refuses unknown and forbidden keys in strict objects, and ignores them in loose ones', () => {
    const fields = { id: 'string' } as const;
    const input = JSON.parse('{"id":"a","extra":1,"__proto__":{"polluted":true}}') as unknown;
    expect(codesAndPaths(checkShape(input, shape.object(fields)))).toEqual([
      'unrecognized_key ',
      'forbidden_key __proto__',
    ]);
    expect(checkShape(input, shape.looseObject(fields))).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports missing required fields with the expected shape', () => {
    const issues = checkShape(
      {},
      shape.object({ mentors: shape.array('string'), status: shape.nullable('string') }),
    );
    expect(issues.map((i) => (i.code === 'invalid_type' ? i.expected : i.code))).toEqual([
      'array',
      'string or null',
    ]);
  });

  it('checks ranges, enums and integers', () => {
    const spec = shape.looseObject({
      percent: shape.range(0, 100),
      status: shape.enum(['draft', 'submitted']),
      count: 'integer',
    });
    expect(codesAndPaths(checkShape({ percent: 101, status: 'done', count: 1.5 }, spec))).toEqual([
      'too_big percent',
      'invalid_value status',
      'invalid_type count',
    ]);
    expect(codesAndPaths(checkShape({ percent: -1, status: 'draft', count: 2 }, spec))).toEqual([
      'too_small percent',
    ]);
    expect(
      codesAndPaths(checkShape({ percent: Number.NaN, status: 'draft', count: Infinity }, spec)),
    ).toEqual(['invalid_type percent', 'invalid_type count']);
  });

  it('picks the shape of a variant by its key', () => {
    const spec = shape.variants('type', {
      scope: shape.looseObject({ scopeId: 'string' }),
      codes: shape.looseObject({ codes: shape.array('string') }),
    });
    expect(checkShape({ type: 'scope', scopeId: 'level-1' }, spec)).toEqual([]);
    expect(codesAndPaths(checkShape({ type: 'codes', codes: [1] }, spec, ['scope']))).toEqual([
      'invalid_type scope.codes.0',
    ]);
    const unknown = checkShape({ type: 'other' }, spec);
    expect(unknown).toMatchObject([
      { code: 'invalid_value', path: ['type'], expected: ['scope', 'codes'] },
    ]);
    expect(codesAndPaths(checkShape('scope', spec))).toEqual(['invalid_type ']);
  });

  it('checks every value of a record', () => {
    expect(codesAndPaths(checkShape({ a: 1, b: 'x' }, shape.record('number')))).toEqual([
      'invalid_type b',
    ]);
  });

  it('walks deep input without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    let spec: Parameters<typeof checkShape>[1] = 'number';
    for (let i = 0; i < 50_000; i += 1) {
      deep = [deep];
      spec = shape.array(spec);
    }
    expect(checkShape(deep, spec)).toHaveLength(1);
  });

  it('never throws, whatever the input', () => {
    const spec = shape.object(
      { id: 'string', items: shape.array(shape.looseObject({ percent: shape.range(0, 100) })) },
      ['items'],
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(checkShape(value, spec))).toBe(true);
      }),
    );
  });
});

describe('isTimestamp and describeShape', () => {
  it('accepts real ISO dates and date-times only', () => {
    expect(isTimestamp('2024-02-29')).toBe(true);
    expect(isTimestamp('2023-02-29')).toBe(false);
    expect(isTimestamp('2026-10-07T09:00-06:00')).toBe(true);
    expect(isTimestamp('2026-10-07T25:00Z')).toBe(false);
    expect(isTimestamp(20261007)).toBe(false);
  });

  it('names shapes for issue messages', () => {
    expect(describeShape('timestamp')).toBe('string');
    expect(describeShape(shape.enum(['a', 'b']))).toBe('one of a, b');
    expect(describeShape(shape.range(0, 100))).toBe('number');
    expect(describeShape(shape.record('string'))).toBe('object');
  });
});
