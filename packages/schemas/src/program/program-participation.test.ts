import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProgramParticipationSchema } from './program-participation.js';
import { NLC_READINESS } from './readiness-characteristics.js';
import { riverbendParticipation } from './test-fixtures.js';
import { validateProgramParticipation } from './validate-program-participation.js';

const codesAndPaths = (input: unknown): [string, readonly (string | number)[]][] =>
  validateProgramParticipation(input).issues.map((issue) => [issue.code, issue.path]);

describe('validateProgramParticipation', () => {
  it('accepts a realistic participation record', () => {
    const result = validateProgramParticipation(riverbendParticipation());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports history dates that go back in time', () => {
    const doc = riverbendParticipation();
    const history = (doc.history ?? []).map((entry, i) =>
      i === 3 ? { ...entry, date: '2026-04-01' } : entry,
    );
    const result = validateProgramParticipation({ ...doc, history });
    expect(result.issues).toMatchObject([
      {
        code: 'out_of_order',
        path: ['history', 3, 'date'],
        value: '2026-04-01',
        previous: '2026-05-01',
        previousPath: ['history', 2, 'date'],
      },
    ]);
  });

  it('accepts several changes on the same day', () => {
    const doc = riverbendParticipation();
    const history = [
      { date: '2026-02-10', to: 'inquiry' as const },
      { date: '2026-02-10', from: 'inquiry' as const, to: 'application' as const },
    ];
    expect(validateProgramParticipation({ ...doc, stage: 'application', history }).issues).toEqual(
      [],
    );
  });

  it('warns when history is not continuous or the stage differs from it', () => {
    const doc = riverbendParticipation();
    const history = (doc.history ?? []).map((entry, i) =>
      i === 4 ? { ...entry, from: 'readiness' as const } : entry,
    );
    const result = validateProgramParticipation({ ...doc, history, stage: 'paused' });
    expect(result.ok).toBe(true);
    expect(result.issues).toMatchObject([
      {
        code: 'history_discontinuous',
        severity: 'warning',
        path: ['history', 4, 'from'],
      },
      {
        code: 'stage_differs_from_history',
        severity: 'warning',
        path: ['stage'],
      },
    ]);
  });

  it('reports overlapping, inverted and repeated commitments', () => {
    const doc = riverbendParticipation();
    const commitments = [
      { year: 1, startsOn: '2026-10-01', endsOn: '2027-09-30' },
      { year: 2, startsOn: '2027-09-30', endsOn: '2028-09-30' },
      { year: 3, startsOn: '2029-10-01', endsOn: '2029-09-30' },
      { year: 3, startsOn: '2030-10-01', endsOn: '2031-09-30' },
    ];
    const result = validateProgramParticipation({ ...doc, commitments });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['commitments', 3, 'year']],
      ['out_of_order', ['commitments', 2, 'endsOn']],
      ['overlapping_periods', ['commitments', 1]],
    ]);
    expect(result.issues[2]).toMatchObject({ otherPath: ['commitments', 0] });
  });

  it('finds an overlap with an earlier long period, whatever the order of entries', () => {
    const doc = riverbendParticipation();
    const commitments = [
      { year: 3, startsOn: '2028-01-01', endsOn: '2028-02-01' },
      { year: 1, startsOn: '2026-01-01', endsOn: '2030-01-01' },
      { year: 2, startsOn: '2027-01-01', endsOn: '2027-02-01' },
    ];
    expect(validateProgramParticipation({ ...doc, commitments }).issues).toMatchObject([
      { code: 'overlapping_periods', path: ['commitments', 2], otherPath: ['commitments', 1] },
      { code: 'overlapping_periods', path: ['commitments', 0], otherPath: ['commitments', 1] },
    ]);
  });

  it('checks readiness characteristic ids against the NLC catalogue or a given one', () => {
    const doc = riverbendParticipation();
    const readinessChecklist = [
      ...(doc.readinessChecklist ?? []),
      { characteristicId: 'R10', status: 'met' as const },
      { characteristicId: 'R1', status: 'unknown' as const },
    ];
    const result = validateProgramParticipation({ ...doc, readinessChecklist });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { code: 'duplicate_id', path: ['readinessChecklist', 5, 'characteristicId'], id: 'R1' },
      {
        code: 'unknown_reference',
        severity: 'warning',
        target: 'readiness characteristic',
        id: 'R10',
        path: ['readinessChecklist', 4, 'characteristicId'],
      },
    ]);
    const own = validateProgramParticipation(
      { ...doc, readinessChecklist: [{ characteristicId: 'R10', status: 'met' }] },
      {
        readinessCharacteristics: [...NLC_READINESS.characteristics, { id: 'R10' }],
      },
    );
    expect(own.issues).toEqual([]);
    const otherProgram = validateProgramParticipation({
      ...doc,
      program: 'state-cop',
      readinessChecklist: [{ characteristicId: 'Q1', status: 'met' }],
    });
    expect(otherProgram.issues).toEqual([]);
  });

  it('reports structural problems with exact paths', () => {
    const doc = riverbendParticipation();
    const result = validateProgramParticipation({
      ...doc,
      stage: 'year-4',
      readinessSelfAssessment: { date: '2026-03-01', scores: [5] },
      history: [{ date: '2026-02-10', to: 'inquiry', who: 'x' }],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['stage']],
      ['too_big', ['readinessSelfAssessment', 'scores', 0]],
      ['unrecognized_key', ['history', 0, 'who']],
    ]);
  });

  it('refuses __proto__ keys', () => {
    const input: unknown = JSON.parse(
      '{"kind":"program-participation","formatVersion":1,"history":[{"__proto__":{}}]}',
    );
    expect(codesAndPaths(input)).toEqual([['forbidden_key', ['history', 0, '__proto__']]]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateProgramParticipation(input);
        return result.ok === false && result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('exports to JSON Schema 2020-12', () => {
    const schema = z.toJSONSchema(ProgramParticipationSchema, { target: 'draft-2020-12' });
    expect(schema.required).toEqual(
      expect.arrayContaining(['kind', 'formatVersion', 'id', 'communityId', 'program', 'stage']),
    );
  });

  it('agrees with its JSON Schema on the realistic example and a misspelt key', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      z.toJSONSchema(ProgramParticipationSchema, { target: 'draft-2020-12' }),
    );
    const example = riverbendParticipation();
    expect(validate(example)).toBe(true);
    expect(ProgramParticipationSchema.safeParse(example).success).toBe(true);
    const misspelt = { ...example, nmae: 'x' };
    expect(validate(misspelt)).toBe(false);
    expect(ProgramParticipationSchema.safeParse(misspelt).success).toBe(false);
  });
});
