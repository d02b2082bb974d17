import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CohortSchema, DEFAULT_COHORT_CAPACITY } from './cohort.js';
import { nlcCohort } from './test-fixtures.js';
import { validateCohort } from './validate-cohort.js';

const codesAndPaths = (input: unknown): [string, readonly (string | number)[]][] =>
  validateCohort(input).issues.map((issue) => [issue.code, issue.path]);

const enroll = (n: number, status?: 'withdrawn'): { communityId: string; status?: 'withdrawn' }[] =>
  Array.from({ length: n }, (_, i) => ({
    communityId: `c-${status ?? 'x'}-${i}`,
    ...(status === undefined ? {} : { status }),
  }));

describe('validateCohort', () => {
  it('accepts a realistic cohort', () => {
    const result = validateCohort(nlcCohort());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports repeated communities', () => {
    const doc = nlcCohort();
    const result = validateCohort({
      ...doc,
      communities: [...doc.communities, { communityId: 'maple-falls' }],
    });
    expect(result.issues).toMatchObject([
      {
        code: 'duplicate_id',
        id: 'maple-falls',
        path: ['communities', 4, 'communityId'],
        firstPath: ['communities', 1, 'communityId'],
      },
    ]);
  });

  it('reports enrollment over the declared capacity, not counting withdrawn communities', () => {
    const doc = nlcCohort();
    expect(validateCohort({ ...doc, capacity: 3 }).ok).toBe(true); // 3 active + 1 withdrawn
    const result = validateCohort({ ...doc, capacity: 2 });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { code: 'capacity_exceeded', path: ['communities'], limit: 2, count: 3 },
    ]);
    expect(result.issues[0]?.message).toBe('3 enrolled exceeds the capacity of 2.');
  });

  it('uses the default capacity of 6 when none is declared', () => {
    const { capacity: _capacity, ...doc } = nlcCohort();
    expect(DEFAULT_COHORT_CAPACITY).toBe(6);
    expect(
      validateCohort({ ...doc, communities: [...enroll(6), ...enroll(3, 'withdrawn')] }).ok,
    ).toBe(true);
    expect(validateCohort({ ...doc, communities: enroll(7) }).issues).toMatchObject([
      { code: 'capacity_exceeded', limit: 6, count: 7 },
    ]);
  });

  it('resolves mentor and facilitator ids against faculty, coaches and mentors', () => {
    const doc = nlcCohort();
    const communities = doc.communities.map((c, i) =>
      i === 1 ? { ...c, mentorIds: ['mentor-nobody'] } : c,
    );
    const sessions = (doc.sessions ?? []).map((s, i) =>
      i === 0 ? { ...s, facilitatorIds: ['fac-lee', 'ghost'] } : s,
    );
    const result = validateCohort({ ...doc, communities, sessions });
    expect(result.issues).toMatchObject([
      {
        code: 'unknown_reference',
        target: 'person',
        id: 'mentor-nobody',
        path: ['communities', 1, 'mentorIds', 0],
      },
      {
        code: 'unknown_reference',
        target: 'person',
        id: 'ghost',
        path: ['sessions', 0, 'facilitatorIds', 1],
      },
    ]);
  });

  it('reports duplicate people within a list and duplicate session ids, but allows one person in two lists', () => {
    const doc = nlcCohort();
    const twoRoles = {
      ...doc,
      mentors: [...(doc.mentors ?? []), { id: 'coach-baker', name: 'Jordan Baker' }],
    };
    expect(validateCohort(twoRoles).ok).toBe(true);
    const result = validateCohort({
      ...doc,
      faculty: [...(doc.faculty ?? []), { id: 'fac-lee', name: 'Pat Lee again' }],
      sessions: [
        ...(doc.sessions ?? []),
        { id: 's-2', date: '2026-11-18', topic: 'P.2', kind: 'regular' },
      ],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['faculty', 2, 'id']],
      ['duplicate_id', ['sessions', 3, 'id']],
    ]);
  });

  it('reports a course session number above its count', () => {
    const doc = nlcCohort();
    const result = validateCohort({
      ...doc,
      sessions: [
        {
          date: '2027-01-06',
          topic: 'Course',
          kind: 'introductory-course',
          courseSession: { number: 7, of: 6 },
        },
      ],
    });
    expect(result.issues).toMatchObject([
      { code: 'too_big', path: ['sessions', 0, 'courseSession', 'number'], maximum: 6 },
    ]);
  });

  it('reports structural problems with exact paths', () => {
    const doc = nlcCohort();
    const result = validateCohort({
      ...doc,
      kickoffOn: '2026-13-01',
      capacity: 0,
      sessions: [{ date: '2026-10-07', topic: 'x', kind: 'party' }],
      colour: 'red',
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_format', ['kickoffOn']],
      ['too_small', ['capacity']],
      ['invalid_value', ['sessions', 0, 'kind']],
      ['unrecognized_key', ['colour']],
    ]);
  });

  it('refuses __proto__ keys', () => {
    const input: unknown = JSON.parse(
      '{"kind":"cohort","formatVersion":1,"communities":[{"communityId":"a","__proto__":{"x":1}}]}',
    );
    expect(codesAndPaths(input)).toEqual([['forbidden_key', ['communities', 0, '__proto__']]]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateCohort(input);
        return result.ok === false && result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('exports to JSON Schema 2020-12', () => {
    const schema = z.toJSONSchema(CohortSchema, { target: 'draft-2020-12' });
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'kind',
        'formatVersion',
        'id',
        'program',
        'name',
        'stage',
        'communities',
      ]),
    );
    expect(schema.required).not.toContain('capacity');
  });

  it('agrees with its JSON Schema on the realistic example and a misspelt key', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      z.toJSONSchema(CohortSchema, { target: 'draft-2020-12' }),
    );
    const example = nlcCohort();
    expect(validate(example)).toBe(true);
    expect(CohortSchema.safeParse(example).success).toBe(true);
    const misspelt = { ...example, nmae: 'x' };
    expect(validate(misspelt)).toBe(false);
    expect(CohortSchema.safeParse(misspelt).success).toBe(false);
  });
});
