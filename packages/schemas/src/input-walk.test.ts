import { describe, expect, it } from 'vitest';
import { findForbiddenKeys } from './forbidden-keys.js';
import { MAX_INPUT_DEPTH, walkInput } from './input-walk.js';
import { validateDocument } from './validate-document.js';
import { validateDocumentSet } from './validate-document-set.js';
import { checkShape } from './shape/check-shape.js';
import { shape } from './shape/shape.js';

const deepArray = (depth: number): unknown =>
  JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;

describe('walkInput', () => {
  it('answers the 100,000-deep array with one too_deep issue at the limit', () => {
    const issues = walkInput(deepArray(100_000));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'too_deep',
      depth: MAX_INPUT_DEPTH + 1,
      limit: MAX_INPUT_DEPTH,
    });
    expect(issues[0]?.path).toEqual(new Array(MAX_INPUT_DEPTH).fill(0));
  });

  it('reads documents as deep as the limit', () => {
    expect(walkInput(deepArray(MAX_INPUT_DEPTH))).toEqual([]);
    expect(walkInput(deepArray(MAX_INPUT_DEPTH + 1)).map((issue) => issue.code)).toEqual([
      'too_deep',
    ]);
  });

  it('reports throwing getters and Proxies as unreadable_value, with the path', () => {
    const getter = Object.defineProperty({ a: { b: 1 } }, 'c', {
      enumerable: true,
      get(): never {
        throw new Error('boom');
      },
    });
    expect(walkInput({ list: [getter] })).toMatchObject([
      { code: 'unreadable_value', path: ['list', 0, 'c'], error: 'Error: boom' },
    ]);
    const proxy = new Proxy(
      {},
      {
        ownKeys(): never {
          throw new TypeError('trap');
        },
      },
    );
    expect(walkInput({ x: proxy })).toMatchObject([
      { code: 'unreadable_value', path: ['x'], error: 'TypeError: trap' },
    ]);
  });

  it('reports cycles, but reads shared references once without complaint', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(walkInput(cyclic)).toMatchObject([{ code: 'circular_value', path: ['self'] }]);
    const shared = { x: 1 };
    expect(walkInput({ a: shared, b: [shared] })).toEqual([]);
  });

  it('keeps forbidden keys in document order', () => {
    const input: unknown = JSON.parse(
      '{"a":{"__proto__":1},"constructor":2,"b":[{"prototype":3}]}',
    );
    expect(walkInput(input).map((issue) => issue.path)).toEqual([
      ['a', '__proto__'],
      ['constructor'],
      ['b', 0, 'prototype'],
    ]);
    expect(findForbiddenKeys(input).map((issue) => issue.path)).toEqual([
      ['a', '__proto__'],
      ['constructor'],
      ['b', 0, 'prototype'],
    ]);
  });

  it('finds forbidden keys at any depth (no depth limit for findForbiddenKeys)', () => {
    const deep = JSON.parse(
      '{"a":'.repeat(5_000) + '{"__proto__":1}' + '}'.repeat(5_000),
    ) as unknown;
    expect(findForbiddenKeys(deep)).toHaveLength(1);
  });
});

describe('validators answer hostile input with issues', () => {
  it('validateDocument and validateDocumentSet answer the 100,000-deep array with too_deep', () => {
    const deep = deepArray(100_000);
    const single = validateDocument(deep);
    expect(single.ok).toBe(false);
    expect(single.issues.map((issue) => issue.code)).toEqual(['too_deep']);
    const set = validateDocumentSet([deep]);
    expect(set.ok).toBe(false);
    expect(set.issues.map((issue) => issue.code)).toEqual(['too_deep']);
    expect(set.issues[0]?.path[0]).toBe(0);
  });

  it('validateDocument reports a throwing getter instead of throwing', () => {
    const input = Object.defineProperty({ kind: 'community' }, 'id', {
      enumerable: true,
      get(): never {
        throw new Error('no');
      },
    });
    const result = validateDocument(input);
    expect(result.issues).toMatchObject([{ code: 'unreadable_value', path: ['id'] }]);
  });

  it('checkShape reports a Proxy whose traps throw as unreadable_value', () => {
    const proxy = new Proxy(
      { id: 'x' },
      {
        get(): never {
          throw new Error('trap');
        },
      },
    );
    expect(
      checkShape({ item: proxy }, shape.object({ item: shape.object({ id: 'string' }) })),
    ).toMatchObject([{ code: 'unreadable_value', path: ['item'] }]);
  });
});
