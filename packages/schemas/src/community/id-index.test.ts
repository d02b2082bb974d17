import { describe, expect, it } from 'vitest';
import type { Issue } from '../issue.js';
import { checkNotBefore } from './date-order.js';
import { checkReference, idEntries, indexIds } from './id-index.js';

describe('indexIds / checkReference', () => {
  it('indexes first paths and reports repeats', () => {
    const issues: Issue[] = [];
    const index = indexIds(
      [...idEntries([{ id: 'a' }, { id: 'b' }], ['xs']), ...idEntries([{ id: 'a' }], ['ys'])],
      issues,
    );
    expect([...index.keys()]).toEqual(['a', 'b']);
    expect(issues).toMatchObject([
      { code: 'duplicate_id', id: 'a', path: ['ys', 0, 'id'], firstPath: ['xs', 0, 'id'] },
    ]);
  });

  it('reports unknown references with the chosen severity and ignores missing ids', () => {
    const issues: Issue[] = [];
    const index = indexIds(idEntries([{ id: 'a' }], ['xs']), []);
    checkReference(index, 'a', 'thing', ['r'], issues);
    checkReference(index, undefined, 'thing', ['r'], issues);
    checkReference(index, 'z', 'thing', ['r', 1], issues, 'warning');
    expect(issues).toMatchObject([
      { code: 'unknown_reference', target: 'thing', id: 'z', path: ['r', 1], severity: 'warning' },
    ]);
  });
});

describe('checkNotBefore', () => {
  it('reports a date before its predecessor only', () => {
    const issues: Issue[] = [];
    checkNotBefore('2026-03-01', ['b'], '2026-03-01', ['a'], issues);
    checkNotBefore('2026-03-02', ['b'], '2026-03-01', ['a'], issues);
    checkNotBefore(undefined, ['b'], '2026-03-01', ['a'], issues);
    checkNotBefore('2026-02-28', ['b'], '2026-03-01', ['a'], issues);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'out_of_order',
        path: ['b'],
        value: '2026-02-28',
        previous: '2026-03-01',
        previousPath: ['a'],
        severity: 'error',
      }),
    ]);
    expect(issues[0]?.message).toBe(
      '"2026-02-28" comes before "2026-03-01" (at a), which it must not precede.',
    );
  });
});
