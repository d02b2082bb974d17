import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coeCommunity2024 } from '../framework/coe-community.js';
import { validateDocument } from '../validate-document.js';
import { validateDocumentSet } from '../validate-document-set.js';
import { checkRecognition, checkRecognitionAssessments } from './check-recognition.js';
import type { Recognition } from './recognition.js';
import { validateRecognition } from './validate-recognition.js';

const read = (file: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${file}`, import.meta.url), 'utf8'),
  ) as unknown;
const example = read('recognition.json') as Recognition;
const levels = coeCommunity2024.scopes ?? [];
const copy = (): Recognition => structuredClone(example);

describe('recognition document', () => {
  it('validates the Riverbend example on its own and with its framework levels', () => {
    expect(validateRecognition(example)).toMatchObject({ ok: true, issues: [] });
    expect(validateRecognition(example, { levels })).toMatchObject({ ok: true, issues: [] });
    const result = validateDocument(example);
    expect(result.ok && result.value.kind).toBe('recognition');
    expect(result.issues).toEqual([]);
  });

  it('validates in the Riverbend set: the Level 3 application is backed by the coe-level-3 assessment', () => {
    const set = validateDocumentSet([read('community.json'), read('assessment.json'), example]);
    expect(set.ok).toBe(true);
    // The Level 1 review assessment is a file of its own; without it the reference is a warning.
    expect(set.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['unknown_reference', 'warning', [2, 'applications', 0, 'assessmentId']],
    ]);
    const withLevel1 = validateDocumentSet([
      read('community.json'),
      read('assessment.json'),
      { ...(read('assessment.json') as object), id: 'riverbend-level-1-review-2024' },
      example,
    ]);
    expect(withLevel1.issues.map((i) => [i.code, i.path])).toEqual([
      // A copy of the Level 3 assessment under the Level 1 id: its scope is not the level applied for.
      ['assessment_scope_mismatch', [3, 'applications', 0, 'assessmentId']],
    ]);
    expect(withLevel1.issues[0]?.message).toBe(
      'Assessment riverbend-level-1-review-2024 covers coe-level-3, not coe-level-1, the level applied for.',
    );
  });

  it('gives level_prerequisite_missing for a Level 2 application without Level 1, at the application', () => {
    const doc = copy();
    doc.applications = doc.applications.slice(1);
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'level_prerequisite_missing',
        severity: 'error',
        path: ['applications', 0],
        scopeId: 'coe-level-2',
        requires: 'coe-level-1',
        requiresName: 'Commitment to Community Excellence',
        message:
          'coe-level-2 requires Commitment to Community Excellence (coe-level-1), which was not recognised before this application.',
      },
    ]);
    // The same input in a document set gives the same issue, prefixed with the document's index.
    const set = validateDocumentSet([read('community.json'), doc]);
    expect(set.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual([
      ['level_prerequisite_missing', [1, 'applications', 0]],
    ]);
  });

  it('needs the required level recognised on or before the application date, not later', () => {
    const doc = copy();
    const level2 = doc.applications[1];
    if (level2 === undefined) throw new Error('example changed');
    level2.appliedOn = '2024-05-01'; // before Level 1 was recognised on 2024-05-20
    level2.reviewStartedOn = '2024-06-01';
    expect(checkRecognition(doc, { levels }).map((i) => [i.code, i.path])).toEqual([
      ['level_prerequisite_missing', ['applications', 1]],
    ]);
    level2.appliedOn = '2024-05-20';
    expect(checkRecognition(doc, { levels })).toEqual([]);
  });

  it('refuses a level applied for again after its recognition or while an earlier application is open', () => {
    const doc = copy();
    doc.applications.push({
      id: 'riverbend-level-1-again',
      scopeId: 'coe-level-1',
      appliedOn: '2026-02-01',
      status: 'applied',
    });
    doc.applications.push({
      id: 'riverbend-level-3-twice',
      scopeId: 'coe-level-3',
      appliedOn: '2026-03-01',
      status: 'applied',
    });
    expect(checkRecognition(doc, { levels }).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'level_already_recognised',
        ['applications', 3],
        'coe-level-1 was already recognised before this application.',
      ],
      [
        'level_in_progress',
        ['applications', 4],
        'An earlier application for coe-level-3 was still open on this date.',
      ],
    ]);
    // After a decline, the level may be sought again.
    const declined = copy();
    const level3 = declined.applications[2];
    if (level3 === undefined) throw new Error('example changed');
    level3.status = 'not-recognised';
    level3.decidedOn = '2026-06-01';
    declined.applications.push({
      id: 'riverbend-level-3-2027',
      scopeId: 'coe-level-3',
      appliedOn: '2027-01-11',
      status: 'applied',
    });
    expect(checkRecognition(declined, { levels })).toEqual([]);
  });

  it('reports unknown levels, dates out of journey order, decisions without a date and repeated ids', () => {
    const doc = copy();
    const [level1, level2, level3] = doc.applications;
    if (level1 === undefined || level2 === undefined || level3 === undefined)
      throw new Error('example changed');
    level1.feedbackOn = '2024-01-10';
    delete level2.decidedOn;
    level3.scopeId = 'coe-level-4';
    level3.id = level1.id;
    const issues = checkRecognition(doc, { levels });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['applications', 2, 'id']],
      ['out_of_order', ['applications', 0, 'feedbackOn']],
      ['decision_date_missing', ['applications', 1, 'decidedOn']],
      ['unknown_reference', ['applications', 2, 'scopeId']],
    ]);
    expect(issues.map((i) => i.message)).toContain(
      'A recognised application needs its decision date (decidedOn).',
    );
    // Without its framework's levels, a document is checked for its own consistency only.
    expect(checkRecognition(doc).map((i) => i.code)).toEqual([
      'duplicate_id',
      'out_of_order',
      'decision_date_missing',
    ]);
  });

  it('counts an assessment that failed validation as present, without checking its scope', () => {
    const broken = { ...(read('assessment.json') as object), status: 'lost' };
    const set = validateDocumentSet([read('community.json'), broken, example]);
    expect(set.issues.filter((i) => i.path[0] === 2).map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', [2, 'applications', 0, 'assessmentId']],
    ]);
  });

  it('refuses the shortened example of docs/recognition.md as its text says', () => {
    const page = readFileSync(new URL('../../../../docs/recognition.md', import.meta.url), 'utf8');
    const json = /```json\n([\s\S]*?)\n```/.exec(page)?.[1] ?? '';
    const result = validateDocument(JSON.parse(json) as unknown);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['level_prerequisite_missing', ['applications', 1]],
    ]);
    const level2 = validateDocument({ ...copy(), applications: copy().applications.slice(1) });
    expect(page).toContain(
      `applications[0] level_prerequisite_missing: ${level2.issues[0]?.message ?? ''}\n`,
    );
  });

  it('names an unknown framework in a document set, and leaves it alone on its own', () => {
    const doc = { ...copy(), frameworkId: 'coe-community-2031' };
    expect(validateDocument(doc).issues).toEqual([]);
    const set = validateDocumentSet([read('community.json'), read('assessment.json'), doc]);
    expect(set.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', [2, 'frameworkId']],
    ]);
  });

  it('refuses a structurally wrong document and never throws', () => {
    const wrong = validateRecognition({ ...copy(), applications: [{ id: 'x', status: 'won' }] });
    expect(wrong.ok).toBe(false);
    expect(wrong.issues.map((i) => i.path.join('.'))).toContain('applications.0.status');
    expect(validateRecognition({ ...copy(), formatVersion: 2 }).issues.map((i) => i.code)).toEqual([
      'unsupported_format_version',
    ]);
    expect(checkRecognition(null as unknown as Recognition).map((i) => i.code)).toEqual([
      'unexpected_shape',
    ]);
    expect(
      checkRecognitionAssessments(copy(), null as unknown as Map<string, never>).map((i) => i.code),
    ).toEqual(['unexpected_shape']);
  });
});
