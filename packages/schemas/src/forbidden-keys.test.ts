import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findForbiddenKeys } from './forbidden-keys.js';
import { validateWithSchema } from './validate-with-schema.js';

describe('findForbiddenKeys', () => {
  it('finds __proto__, constructor and prototype at any depth, with paths', () => {
    const input: unknown = JSON.parse(
      '{"a":{"__proto__":{"polluted":true}},"list":[{"constructor":{"prototype":{"x":1}}}]}',
    );
    const issues = findForbiddenKeys(input);
    expect(issues.map((i) => i.path)).toEqual([
      ['a', '__proto__'],
      ['list', 0, 'constructor'],
    ]);
    expect(issues.every((i) => i.code === 'forbidden_key')).toBe(true);
  });

  it('returns nothing for clean or primitive input and survives cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(findForbiddenKeys(cyclic)).toEqual([]);
    expect(findForbiddenKeys(42)).toEqual([]);
    expect(findForbiddenKeys(null)).toEqual([]);
  });

  it('handles very deep nesting without a stack overflow', () => {
    let deep: unknown = { leaf: true };
    for (let i = 0; i < 20_000; i += 1) deep = { child: deep };
    expect(findForbiddenKeys(deep)).toEqual([]);
  });
});

describe('validateWithSchema refuses polluting input', () => {
  it('never lets __proto__ reach Object.prototype, even through a record schema', () => {
    const schema = z.record(z.string(), z.record(z.string(), z.boolean()));
    const input: unknown = JSON.parse(
      '{"x":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true}}',
    );
    const result = validateWithSchema(schema, input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['forbidden_key', 'forbidden_key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
