import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createIssue } from './issue.js';
import { validateWithSchema } from './validate-with-schema.js';
import { issueParams } from './zod-issues.js';

const Doc = z.strictObject({
  kind: z.literal('thing'),
  formatVersion: z.literal(1),
  size: z.number().int().min(0).max(10).multipleOf(2),
  tag: z.enum(['a', 'b']),
  // A refinement carries one of schemas' codes in its params (the fixture's duplicate is item 1).
  items: z.array(z.string()).refine((items) => new Set(items).size === items.length, {
    path: [1],
    params: issueParams('duplicate_id', { id: 'x', firstPath: ['items', 0] }),
  }),
});
const opts = { kind: 'thing', formatVersions: [1] } as const;

describe('validateWithSchema', () => {
  it('returns the parsed value when valid', () => {
    const result = validateWithSchema(
      Doc,
      { kind: 'thing', formatVersion: 1, size: 4, tag: 'a', items: ['x'] },
      opts,
    );
    expect(result).toEqual({
      ok: true,
      value: { kind: 'thing', formatVersion: 1, size: 4, tag: 'a', items: ['x'] },
      issues: [],
    });
  });

  it('maps zod issues to typed issues with paths', () => {
    const result = validateWithSchema(
      Doc,
      { kind: 'thing', formatVersion: 1, size: 3, tag: 'c', items: ['x', 'x'], extra: 1 },
      opts,
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['not_multiple_of', ['size']],
      ['invalid_value', ['tag']],
      ['duplicate_id', ['items', 1]],
      ['unrecognized_key', ['extra']],
    ]);
  });

  it('reports wrong types with what was received', () => {
    const result = validateWithSchema(
      Doc,
      { kind: 'thing', formatVersion: 1, size: '4', tag: 'a', items: [] },
      opts,
    );
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_type',
      expected: 'number',
      received: 'string',
      path: ['size'],
    });
  });

  it('gives one clear issue for an unsupported format version', () => {
    const result = validateWithSchema(
      Doc,
      { kind: 'thing', formatVersion: 2, size: 'nonsense' },
      opts,
    );
    expect(result.issues).toEqual([
      createIssue({
        code: 'unsupported_format_version',
        path: ['formatVersion'],
        kind: 'thing',
        found: 2,
        supported: [1],
      }),
    ]);
  });

  it('runs semantic checks only on valid structure and keeps warnings on success', () => {
    const result = validateWithSchema(
      Doc,
      { kind: 'thing', formatVersion: 1, size: 0, tag: 'b', items: [] },
      {
        ...opts,
        check: () => [createIssue({ code: 'sector_label_missing', severity: 'warning' })],
      },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toHaveLength(1);
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
      expect(() => validateWithSchema(Doc, input, opts)).not.toThrow();
      expect(validateWithSchema(Doc, input, opts).ok).toBe(false);
    }
  });
});

describe('discriminated unions', () => {
  it('reports a wrong discriminator once, at the discriminator key', () => {
    const Shape = z.strictObject({
      value: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a') }),
        z.strictObject({ kind: z.literal('b'), n: z.number() }),
      ]),
    });
    const result = validateWithSchema(Shape, { value: { kind: 'c' } });
    expect(result.issues).toMatchObject([
      { code: 'invalid_value', path: ['value', 'kind'], expected: ['a', 'b'] },
    ]);
  });

  it('turns a refinement without a carried code into refinement_failed, never an uncoded issue', () => {
    const Dated = z.strictObject({
      kind: z.literal('thing'),
      formatVersion: z.literal(1),
      start: z.string().refine((text) => text.length === 10, 'Start must be a date.'),
    });
    const result = validateWithSchema(Dated, { kind: 'thing', formatVersion: 1, start: 'x' }, opts);
    expect(result.issues).toEqual([
      createIssue({ code: 'refinement_failed', path: ['start'], note: 'Start must be a date.' }),
    ]);
  });
});
