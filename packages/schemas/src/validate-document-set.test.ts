import { describe, expect, it } from 'vitest';
import { sampleAssessment } from './assessment/assessment.fixture.js';
import { riverbendCommunity } from './community/test-fixtures.js';
import { riverbendEvidence } from './evidence/test-fixtures.js';
import { nlcCohort, riverbendParticipation } from './program/test-fixtures.js';
import { BUILT_IN_FRAMEWORKS } from './built-in-frameworks.js';
import { validateDocumentSet } from './validate-document-set.js';

const community = (id: string) => ({ ...riverbendCommunity(), id });
const assessment = () => ({ ...sampleAssessment(), communityId: 'riverbend-county' });
const indicator = (id: string, outcomeArea: string) => ({
  id,
  name: id,
  outcomeArea,
  unit: { type: 'percent' },
  direction: id === 'chronic-absence-k3' ? 'lower-is-better' : 'higher-is-better',
  role: id === 'chronic-absence-k3' ? 'contributing' : 'core',
});
const indicators = {
  kind: 'indicator-set',
  formatVersion: 1,
  id: 'riverbend-indicators',
  indicators: [
    indicator('ela-g3-proficient', 'EARLY_GRADE_READING'),
    indicator('chronic-absence-k3', 'EARLY_GRADE_READING'),
    indicator('acgr-4yr', 'HIGH_SCHOOL_GRADUATION'),
  ],
};
const cohortCommunities = ['riverbend-county', 'maple-falls', 'lakeside-region', 'hill-county'].map(
  community,
);

describe('validateDocumentSet', () => {
  it('accepts a consistent set with no issues', () => {
    const result = validateDocumentSet([
      ...cohortCommunities,
      assessment(),
      nlcCohort(),
      riverbendParticipation(),
      riverbendEvidence(),
      indicators,
    ]);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.documents.map((d) => d.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('prefixes each document issue with the document index', () => {
    const broken = assessment();
    const item = broken.reviews[1]?.items[2];
    if (item === undefined) throw new Error('fixture changed');
    item.percent = 57;
    const result = validateDocumentSet([community('riverbend-county'), broken]);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'percent_not_multiple_of_5',
        path: [1, 'reviews', 1, 'items', 2, 'percent'],
      }),
    );
  });

  it('checks assessments against their framework', () => {
    const doc = assessment();
    const item = doc.reviews[0]?.items[0];
    if (item === undefined) throw new Error('fixture changed');
    item.item = '9.9';
    const result = validateDocumentSet([community('riverbend-county'), doc]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'unknown_item',
        item: '9.9',
        path: [1, 'reviews', 0, 'items', 0, 'item'],
      }),
    );
  });

  it('reports an unknown framework as an error and missing documents as warnings', () => {
    const doc = { ...assessment(), framework: { id: 'my-rubric' } };
    const result = validateDocumentSet([doc, riverbendParticipation()]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unknown_reference',
          target: 'framework',
          id: 'my-rubric',
          severity: 'error',
          path: [0, 'framework', 'id'],
        }),
        expect.objectContaining({
          code: 'unknown_reference',
          target: 'community',
          id: 'riverbend-county',
          severity: 'warning',
          path: [0, 'communityId'],
        }),
        expect.objectContaining({
          code: 'unknown_reference',
          target: 'cohort',
          id: 'nlc-2026-10',
          severity: 'warning',
          path: [1, 'cohortId'],
        }),
      ]),
    );
  });

  it("resolves partnership-evidence indicators against the set's indicator sets", () => {
    const result = validateDocumentSet([community('riverbend-county'), riverbendEvidence()]);
    expect(result.issues.filter((i) => i.code === 'unknown_reference').map((i) => i.path)).toEqual([
      [1, 'outcomes', 0, 'coreIndicatorIds', 0],
      [1, 'outcomes', 0, 'contributingIndicatorIds', 0],
      [1, 'outcomes', 1, 'coreIndicatorIds', 0],
    ]);
  });

  it('resolves partnership-evidence indicators against the indicators observation sets define', () => {
    const observations = {
      kind: 'observation-set',
      formatVersion: 1,
      id: 'graduation-rows',
      indicators: [indicator('acgr-4yr', 'HIGH_SCHOOL_GRADUATION')],
      observations: [],
    };
    const result = validateDocumentSet([
      community('riverbend-county'),
      riverbendEvidence(),
      observations,
    ]);
    expect(result.issues.filter((i) => i.code === 'unknown_reference').map((i) => i.path)).toEqual([
      [1, 'outcomes', 0, 'coreIndicatorIds', 0],
      [1, 'outcomes', 0, 'contributingIndicatorIds', 0],
    ]);
  });

  it('can make missing references errors', () => {
    const result = validateDocumentSet([assessment()], { missingReferenceSeverity: 'error' });
    expect(result.ok).toBe(false);
  });

  it('resolves a custom framework given as an option', () => {
    const custom = { ...BUILT_IN_FRAMEWORKS[1], id: 'my-rubric' };
    const doc = { ...assessment(), framework: { id: 'my-rubric', edition: custom.edition } };
    const result = validateDocumentSet([community('riverbend-county'), doc], {
      frameworks: [custom as (typeof BUILT_IN_FRAMEWORKS)[number]],
    });
    expect(result.issues.filter((i) => i.code === 'unknown_reference')).toEqual([]);
  });

  it('finds duplicate ids of the same kind', () => {
    const result = validateDocumentSet([community('a'), community('a')]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'duplicate_id',
        id: 'a',
        path: [1, 'id'],
        firstPath: [0, 'id'],
      }),
    ]);
  });

  it('never throws on garbage', () => {
    const result = validateDocumentSet([null, 1, 'x', { kind: 'assessment' }]);
    expect(result.ok).toBe(false);
    expect(result.documents).toHaveLength(4);
  });
});

describe('validateDocumentSet and broken documents', () => {
  it('does not cascade: a broken community still counts as present for references', () => {
    const broken = { ...community('riverbend-county'), name: 42 };
    const result = validateDocumentSet([broken, assessment()]);
    expect(result.issues.filter((i) => i.code === 'unknown_reference')).toEqual([]);
    expect(result.issues.map((i) => i.path[0])).toEqual([0]);
  });
});
