import { describe, expect, it } from 'vitest';
import { sampleAssessment } from './assessment/assessment.fixture.js';
import { riverbendCommunity } from './community/test-fixtures.js';
import { DOCUMENT_KINDS, FORMAT_VERSIONS, isDocumentKind } from './document-kinds.js';
import { baldrige20232024 } from './framework/baldrige-2023-2024.js';
import { nlcCohort } from './program/test-fixtures.js';
import { validateDocument } from './validate-document.js';

describe('validateDocument', () => {
  it('dispatches on kind and returns the typed document', () => {
    for (const doc of [riverbendCommunity(), sampleAssessment(), nlcCohort(), baldrige20232024]) {
      const result = validateDocument(doc);
      expect(result.ok, doc.kind).toBe(true);
      if (result.ok) expect(result.value.kind).toBe(doc.kind);
    }
  });

  it('runs the kind-specific semantic checks', () => {
    const assessment = sampleAssessment();
    const first = assessment.reviews[0]?.items[0];
    if (first === undefined) throw new Error('fixture changed');
    first.percent = 57;
    const result = validateDocument(assessment);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'percent_not_multiple_of_5',
        path: ['reviews', 0, 'items', 0, 'percent'],
      }),
    );
  });

  it('reports a missing or unknown kind once', () => {
    for (const input of [
      {},
      { kind: 'spreadsheet' },
      { kind: 'toString' },
      [],
      'community',
      null,
    ]) {
      const result = validateDocument(input);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        code: 'unknown_kind',
        path: ['kind'],
        expected: DOCUMENT_KINDS,
      });
    }
  });

  it('refuses prototype-polluting keys before anything else', () => {
    const input: unknown = JSON.parse('{"kind":"community","__proto__":{"polluted":true}}');
    expect(validateDocument(input).issues).toEqual([
      expect.objectContaining({ code: 'forbidden_key', path: ['__proto__'] }),
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reports an unsupported format version', () => {
    const result = validateDocument({ ...riverbendCommunity(), formatVersion: 2 });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'unsupported_format_version', found: 2, supported: [1] }),
    ]);
  });
});

describe('document kinds', () => {
  it('lists every kind with its format versions', () => {
    expect(DOCUMENT_KINDS).toEqual([
      'framework',
      'scoring-guidelines',
      'community',
      'assessment',
      'indicator-set',
      'observation-set',
      'cohort',
      'program-participation',
      'partnership-evidence',
      'recognition',
    ]);
    for (const kind of DOCUMENT_KINDS) expect(FORMAT_VERSIONS[kind]).toEqual([1]);
    expect(isDocumentKind('cohort')).toBe(true);
    expect(isDocumentKind('__proto__')).toBe(false);
    expect(isDocumentKind(1)).toBe(false);
  });
});

describe('validateDocument and frameworks', () => {
  it('checks an assessment against its built-in framework', () => {
    const assessment = sampleAssessment();
    const item = assessment.reviews[0]?.items[1];
    if (item === undefined) throw new Error('fixture changed');
    item.item = '8.1';
    const result = validateDocument(assessment);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'unknown_item',
        item: '8.1',
        path: ['reviews', 0, 'items', 1, 'item'],
      }),
    );
  });

  it('skips the framework check when asked, and for unknown frameworks', () => {
    const assessment = sampleAssessment();
    const item = assessment.reviews[0]?.items[1];
    if (item === undefined) throw new Error('fixture changed');
    item.item = '8.1';
    expect(
      validateDocument(assessment, { builtIns: false }).issues.filter(
        (i) => i.code === 'unknown_item',
      ),
    ).toEqual([]);
    expect(
      validateDocument({ ...assessment, framework: { id: 'my-rubric' } }).issues.filter(
        (i) => i.code === 'unknown_item',
      ),
    ).toEqual([]);
  });
});
