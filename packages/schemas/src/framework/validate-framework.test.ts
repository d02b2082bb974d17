import { describe, expect, it } from 'vitest';
import type { Issue } from '../issue.js';
import { baldrige20232024 } from './baldrige-2023-2024.js';
import { coeCommunity2024 } from './coe-community.js';
import type { Framework } from './framework.js';
import { checkFramework, validateFramework } from './validate-framework.js';

const copy = (framework: Framework): Framework => structuredClone(framework);
const codesAndPaths = (issues: readonly Issue[]): [string, readonly (string | number)[]][] =>
  issues.map((i) => [i.code, i.path]);

/** A small custom rubric: what a user would write for their own framework. */
const customRubric = (): Framework => ({
  kind: 'framework',
  formatVersion: 1,
  id: 'riverbend-rubric-2026',
  family: 'riverbend',
  edition: '2026',
  name: 'Riverbend partnership self-check',
  publisher: 'Riverbend Community Partnership',
  version: '0.1.0',
  pointsStatus: 'official',
  totalPoints: 100,
  profile: [{ code: 'P.1', name: 'Who we are', areas: [{ code: 'P.1a', name: 'Members' }] }],
  categories: [
    {
      code: 'A',
      name: 'How we work',
      points: 60,
      itemKind: 'process',
      items: [
        {
          code: 'A.1',
          name: 'Shared agenda',
          kind: 'process',
          points: 30,
          areas: [{ code: 'A.1a', name: 'Agreement' }],
        },
        { code: 'A.2', name: 'Data use', kind: 'process', points: 30 },
      ],
    },
    {
      code: 'B',
      name: 'What changed',
      points: 40,
      itemKind: 'results',
      items: [
        {
          code: 'B.1',
          name: 'Outcomes',
          kind: 'results',
          points: 40,
          subAreas: [{ code: 'B.1(1)', name: 'Graduation' }],
        },
      ],
    },
  ],
  scopes: [
    { id: 'starter', name: 'Starter', level: 1, codes: ['P.1', 'A'] },
    { id: 'full', name: 'Full', level: 2, requires: 'starter', codes: ['P.1', 'A', 'B.1(1)'] },
  ],
});

describe('validateFramework on a custom rubric', () => {
  it('accepts a well-formed custom framework', () => {
    expect(validateFramework(customRubric())).toEqual({
      ok: true,
      value: customRubric(),
      issues: [],
    });
  });

  it('applies the same checks to the custom framework', () => {
    const rubric = customRubric();
    const [a, b] = rubric.categories;
    if (a === undefined || b === undefined) throw new Error('fixture');
    a.items[1] = { code: 'B.2', name: 'Data use', kind: 'results', points: 20 };
    b.points = 45;
    const result = validateFramework(rubric);
    expect(result.ok).toBe(false);
    expect(codesAndPaths(result.issues)).toEqual([
      ['code_parent_mismatch', ['categories', 0, 'items', 1, 'code']],
      ['item_kind_mismatch', ['categories', 0, 'items', 1, 'kind']],
      ['points_mismatch', ['categories', 0, 'points']],
      ['points_mismatch', ['categories', 1, 'points']],
      // 60 + 45 = 105 (declared category points count toward the total)
      ['points_mismatch', ['totalPoints']],
    ]);
  });
});

describe('validateFramework on broken copies of the real data', () => {
  it('reports a duplicated item code with both paths', () => {
    const broken = copy(baldrige20232024);
    const item = broken.categories[0]?.items[1];
    if (item === undefined) throw new Error('fixture');
    item.code = '1.1';
    const result = validateFramework(broken);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate_id',
        id: '1.1',
        path: ['categories', 0, 'items', 1, 'code'],
        firstPath: ['categories', 0, 'items', 0, 'code'],
      }),
    );
  });

  it('reports a duplicated code anywhere (a sub-area reusing an area code)', () => {
    const broken = copy(baldrige20232024);
    const sub = broken.categories[0]?.items[0]?.areas?.[0]?.subAreas?.[0];
    if (sub === undefined) throw new Error('fixture');
    sub.code = '1.1b';
    const issues = checkFramework(broken);
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate_id',
        id: '1.1b',
        path: ['categories', 0, 'items', 0, 'areas', 1, 'code'],
      }),
    );
  });

  it('reports changed item points against the category and the total', () => {
    const broken = copy(baldrige20232024);
    const item = broken.categories[0]?.items[0];
    if (item === undefined) throw new Error('fixture');
    item.points = 75;
    expect(codesAndPaths(validateFramework(broken).issues)).toEqual([
      ['points_mismatch', ['categories', 0, 'points']],
    ]);
    expect(validateFramework(broken).issues[0]).toMatchObject({ declared: 120, sum: 125 });
  });

  it('reports changed category points against the total', () => {
    const broken = copy(baldrige20232024);
    broken.totalPoints = 900;
    expect(validateFramework(broken).issues).toEqual([
      expect.objectContaining({
        code: 'points_mismatch',
        path: ['totalPoints'],
        declared: 900,
        sum: 1000,
      }),
    ]);
  });

  it('reports a results item placed in category 3', () => {
    const broken = copy(baldrige20232024);
    const item = broken.categories[2]?.items[0];
    if (item === undefined) throw new Error('fixture');
    item.kind = 'results';
    expect(validateFramework(broken).issues).toEqual([
      expect.objectContaining({
        code: 'item_kind_mismatch',
        path: ['categories', 2, 'items', 0, 'kind'],
        item: '3.1',
        expectedKind: 'process',
        actualKind: 'results',
      }),
    ]);
  });

  it('reports a process item placed in category 7', () => {
    const broken = copy(baldrige20232024);
    const item = broken.categories[6]?.items[4];
    if (item === undefined) throw new Error('fixture');
    item.kind = 'process';
    expect(codesAndPaths(validateFramework(broken).issues)).toEqual([
      ['item_kind_mismatch', ['categories', 6, 'items', 4, 'kind']],
    ]);
  });

  it('reports a scope referring to 9.9 and a scope requiring an unknown scope', () => {
    const broken = copy(coeCommunity2024);
    const scope = broken.scopes?.[1];
    if (scope === undefined) throw new Error('fixture');
    scope.codes.push('9.9');
    scope.requires = 'coe-level-0';
    expect(validateFramework(broken).issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        path: ['scopes', 1, 'codes', 5],
        target: 'framework code',
        id: '9.9',
      }),
      expect.objectContaining({
        code: 'unknown_reference',
        path: ['scopes', 1, 'requires'],
        target: 'scope',
        id: 'coe-level-0',
      }),
    ]);
  });

  it('reports a duplicated scope id', () => {
    const broken = copy(coeCommunity2024);
    const scope = broken.scopes?.[2];
    if (scope === undefined) throw new Error('fixture');
    scope.id = 'coe-level-1';
    expect(validateFramework(broken).issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate_id',
        path: ['scopes', 2, 'id'],
        firstPath: ['scopes', 0, 'id'],
      }),
    );
  });

  it('reports an item code that does not start with its category code', () => {
    const broken = copy(baldrige20232024);
    const item = broken.categories[1]?.items[0];
    if (item === undefined) throw new Error('fixture');
    item.code = '3.9';
    const issues = validateFramework(broken).issues;
    expect(issues[0]).toMatchObject({
      code: 'code_parent_mismatch',
      path: ['categories', 1, 'items', 0, 'code'],
      child: '3.9',
      parent: '2',
    });
    // its areas 2.1a and 2.1b are no longer under their item either
    expect(codesAndPaths(issues.slice(1))).toEqual([
      ['code_parent_mismatch', ['categories', 1, 'items', 0, 'areas', 0, 'code']],
      ['code_parent_mismatch', ['categories', 1, 'items', 0, 'areas', 1, 'code']],
    ]);
  });

  it('reports an area code outside its item (1.10a is not under 1.1)', () => {
    const broken = copy(baldrige20232024);
    const area = broken.categories[0]?.items[0]?.areas?.[1];
    if (area === undefined) throw new Error('fixture');
    area.code = '1.10b';
    expect(codesAndPaths(validateFramework(broken).issues)).toEqual([
      ['code_parent_mismatch', ['categories', 0, 'items', 0, 'areas', 1, 'code']],
    ]);
  });

  it('reports points on the Profile', () => {
    const broken = copy(baldrige20232024);
    const section = broken.profile[0];
    if (section === undefined) throw new Error('fixture');
    section.points = 0;
    expect(validateFramework(broken).issues).toEqual([
      expect.objectContaining({
        code: 'profile_scored',
        path: ['profile', 0, 'points'],
        item: 'P.1',
      }),
    ]);
  });

  it('reports points that contradict the points status', () => {
    const coe = copy(coeCommunity2024);
    const item = coe.categories[0]?.items[0];
    if (item === undefined) throw new Error('fixture');
    item.points = 70;
    expect(validateFramework(coe).issues).toEqual([
      expect.objectContaining({
        code: 'points_status_conflict',
        path: ['categories', 0, 'items', 0, 'points'],
        status: 'none',
        found: 'number',
      }),
    ]);
    const baldrige = copy(baldrige20232024);
    baldrige.totalPoints = null;
    expect(validateFramework(baldrige).issues).toEqual([
      expect.objectContaining({
        code: 'points_status_conflict',
        path: ['totalPoints'],
        status: 'official',
        found: 'null',
      }),
    ]);
  });

  it('reports an entry citing a source key that is not listed', () => {
    const broken = copy(coeCommunity2024);
    const category = broken.categories[3];
    if (category === undefined) throw new Error('fixture');
    category.sources = ['C1', 'Z9'];
    expect(validateFramework(broken).issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        path: ['categories', 3, 'sources', 1],
        target: 'source',
        id: 'Z9',
      }),
    ]);
  });

  it('warns when derived points carry no label', () => {
    const rubric = customRubric();
    rubric.pointsStatus = 'derived';
    const result = validateFramework(rubric);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'points_label_missing',
        severity: 'warning',
        path: ['pointsLabel'],
      }),
    ]);
  });
});

describe('validateFramework structure', () => {
  it('reports typos, wrong kinds and missing fields with paths', () => {
    const input = JSON.parse(JSON.stringify(baldrige20232024)) as Record<string, unknown> & {
      categories: Record<string, unknown>[];
    };
    const first = input.categories[0] as Record<string, unknown>;
    first.pionts = 120;
    delete first.points;
    const result = validateFramework(input);
    expect(result.ok).toBe(false);
    expect(codesAndPaths(result.issues)).toEqual([
      ['invalid_type', ['categories', 0, 'points']],
      ['unrecognized_key', ['categories', 0, 'pionts']],
    ]);
  });

  it('gives one issue for an unsupported formatVersion', () => {
    const result = validateFramework({ ...baldrige20232024, formatVersion: 2 });
    expect(codesAndPaths(result.issues)).toEqual([
      ['unsupported_format_version', ['formatVersion']],
    ]);
  });

  it('never throws on hostile or empty input', () => {
    for (const input of [
      undefined,
      null,
      0,
      '',
      [],
      {},
      { kind: 'framework' },
      JSON.parse('{"__proto__":{"x":1}}'),
    ]) {
      expect(() => validateFramework(input)).not.toThrow();
      expect(validateFramework(input).ok).toBe(false);
    }
  });
});
