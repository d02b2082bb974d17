import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMutations,
  jsonPaths,
  mutationsArbitrary,
  type Json,
} from '../../../../tests/support/json-mutations.js';
import { AssessmentSchema } from './assessment.js';
import { sampleAssessment } from './assessment.fixture.js';
import { checkAssessmentStructure } from './assessment-structure.js';

const riverbend = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Json;
const level1 = JSON.parse(
  readFileSync(
    new URL('../../../../examples/riverbend/level-1-review.json', import.meta.url),
    'utf8',
  ),
) as Json;

/** Bad values per field that engines read, by the kind of check zod makes on it. */
const BAD: Record<string, readonly Json[]> = {
  percent: [57.5, -5, 101, '55', null, true],
  notApplicable: ['yes', 1, null],
  factors: ['adli', 'Profile', 5, null],
  status: ['done', 5, null],
  role: ['chair', null],
  priority: ['urgent', 2, null],
  type: ['level', null],
  item: [5, null, {}],
  range: [50, null, []],
  id: [5, null],
  reviewerId: [5, null],
  scopeId: [5, null],
  communityId: [5, null],
  basedOn: ['review-a', 5, null],
  codes: ['1', null],
  items: [{}, 'x', null],
  reviews: [{}, null],
  reviewers: [{}, null],
};

function replaceAt(document: Json, path: readonly (string | number)[], value: Json): Json {
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

describe('checkAssessmentStructure agrees with AssessmentSchema', () => {
  it.each([
    ['the sample', sampleAssessment() as unknown as Json],
    ['the Riverbend assessment', riverbend],
    ['the Riverbend Level 1 review', level1],
  ])('accepts %s, which zod accepts', (_, document) => {
    expect(AssessmentSchema.safeParse(document).success).toBe(true);
    expect(checkAssessmentStructure(document)).toEqual([]);
  });

  it('refuses every bad value of a field engines read wherever zod refuses it (targeted mutations)', () => {
    let compared = 0;
    for (const document of [sampleAssessment() as unknown as Json, level1]) {
      for (const path of jsonPaths(document)) {
        const key = path[path.length - 1];
        const values = typeof key === 'string' ? BAD[key] : undefined;
        if (values === undefined) continue;
        for (const value of values) {
          const mutated = replaceAt(document, path, value);
          if (AssessmentSchema.safeParse(mutated).success) continue;
          compared += 1;
          expect(
            checkAssessmentStructure(mutated).length,
            `${path.join('.')} = ${JSON.stringify(value)}`,
          ).toBeGreaterThan(0);
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('never refuses what zod accepts, and never throws (random mutations)', () => {
    fc.assert(
      fc.property(mutationsArbitrary, (mutations) => {
        const input = applyMutations(sampleAssessment() as unknown as Json, mutations);
        const issues = checkAssessmentStructure(input);
        if (AssessmentSchema.safeParse(input).success) expect(issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a non-integer percent with the path zod gives', () => {
    const a = sampleAssessment();
    const entry = a.reviews[0]?.items[0];
    if (entry === undefined) throw new Error('fixture');
    entry.percent = 57.5;
    const zod = AssessmentSchema.safeParse(a);
    expect(zod.success).toBe(false);
    expect(zod.error?.issues[0]?.path).toEqual(['reviews', 0, 'items', 0, 'percent']);
    expect(checkAssessmentStructure(a)).toEqual([
      expect.objectContaining({
        code: 'invalid_type',
        path: ['reviews', 0, 'items', 0, 'percent'],
        expected: 'int',
      }),
    ]);
  });
});
