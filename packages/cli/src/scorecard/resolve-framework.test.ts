import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_FRAMEWORKS } from '@community-excellence/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveFramework } from './resolve-framework.js';

const dir = mkdtempSync(join(tmpdir(), 'coe-framework-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveFramework', () => {
  it('finds a built-in framework by id, or the one the assessment names', () => {
    const byId = resolveFramework('baldrige-2023-2024', 'coe-community-2024');
    expect(byId.ok && byId.framework.id).toBe('baldrige-2023-2024');
    expect(byId.ok && byId.from).toBe('built-in');
    const named = resolveFramework(undefined, 'coe-community-2024');
    expect(named.ok && named.framework).toBe(
      BUILT_IN_FRAMEWORKS.find((f) => f.id === 'coe-community-2024'),
    );
  });

  it('reads and validates a framework document from a file', () => {
    const file = join(dir, 'rubric.json');
    const own = { ...BUILT_IN_FRAMEWORKS[0], id: 'our-rubric' };
    writeFileSync(file, JSON.stringify(own));
    const result = resolveFramework(file, 'our-rubric');
    expect(result.ok && result.from).toBe('file');
    expect(result.ok && result.framework.id).toBe('our-rubric');
  });

  it('reports an unknown id with the known ones', () => {
    const result = resolveFramework('nope', 'x');
    expect(result).toMatchObject({ ok: false, reason: 'unknown-id', id: 'nope' });
    expect(!result.ok && result.reason === 'unknown-id' && result.message).toContain(
      'baldrige-2023-2024, coe-community-2024',
    );
    const named = resolveFramework(undefined, 'custom-rubric');
    expect(!named.ok && named.reason === 'unknown-id' && named.message).toContain(
      'pass --framework <file>',
    );
  });

  it('reports a missing file as I/O and a bad document as invalid', () => {
    expect(resolveFramework(join(dir, 'missing.json'), 'x')).toMatchObject({
      ok: false,
      reason: 'io',
    });
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ kind: 'framework', formatVersion: 1, id: 'bad' }));
    const bad = resolveFramework(file, 'x');
    expect(
      bad.ok === false &&
        bad.reason === 'invalid' &&
        bad.issues.every((i) => i.location?.file === file),
    ).toBe(true);
    const community = join(dir, 'community.json');
    writeFileSync(
      community,
      JSON.stringify({
        kind: 'indicator-set',
        formatVersion: 1,
        id: 'i',
        name: 'i',
        indicators: [],
      }),
    );
    const wrong = resolveFramework(community, 'x');
    expect(
      wrong.ok === false && wrong.reason === 'invalid' && wrong.issues.map((i) => i.code),
    ).toEqual(['unknown_kind']);
  });
});
