// The calls that issue 11 found throwing TypeError on plain JSON values, each answered now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baldrige20232024,
  checkAssessmentAgainstFramework,
  createValueCodec,
  validateDocumentSet,
} from '@community-excellence/schemas';
import { decodeHtmlEntities } from '@community-excellence/schemas/internal';
import {
  diffScorecards,
  krippendorffAlpha,
  reviewAgreement,
  summarizeReviews,
} from '@community-excellence/scoring';
// No longer exported (building blocks of the results above), still called by them.
import { coincidenceMatrix } from '../packages/scoring/src/consensus/coincidence-matrix.js';
import { ratingSpread } from '../packages/scoring/src/consensus/rating-spread.js';
import { cohortDocumentEvents, replayCohortDocument } from '@community-excellence/cohorts';
import {
  indicatorTrend,
  subgroupGapTrend,
  subgroupGaps,
} from '@community-excellence/theory-of-action';
import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';

const fw = baldrige20232024;
const never = (value: unknown): never => value as never;

describe('issue 11: plain JSON values no longer throw', () => {
  it('scoring answers with issues or an empty answer', () => {
    // issue #13: the one assessment check answers a wrong shape with structure issues first
    expect(summarizeReviews(never({}), fw).issues[0]).toMatchObject({
      code: 'invalid_value',
      path: ['kind'],
    });
    expect(reviewAgreement(never(null), fw).issues.length).toBeGreaterThan(0);
    expect(krippendorffAlpha(never({}), never(undefined))).toMatchObject({ defined: false });
    expect(coincidenceMatrix(never(null)).values).toEqual([]);
    expect(ratingSpread(never(null))).toBeUndefined();
    expect(diffScorecards(never({}), never({})).issues?.[0]?.code).toBe('unexpected_shape');
  });

  it('schemas answers with issues or an empty answer', () => {
    expect(checkAssessmentAgainstFramework(never({}), fw).length).toBeGreaterThan(0);
    expect(validateDocumentSet(never({}))).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type', expected: 'array' }],
    });
    expect(createValueCodec(never(null)).parse('12')).toMatchObject({ ok: true });
    expect(decodeHtmlEntities(never(null))).toBe('');
  });

  it('theory-of-action answers with empty reports', () => {
    expect(() => indicatorTrend(never(null))).not.toThrow();
    expect(() => subgroupGaps(never(null))).not.toThrow();
    expect(() => subgroupGapTrend(never(null))).not.toThrow();
    const mapping = Object.values(builtInMappings)[0];
    expect(() => importCsv('a,b\n1,2\n', never(mapping), never(null))).not.toThrow();
  });

  it('cohorts refuse a cohort whose session date is 5.5 with a shape issue', () => {
    const cohort = JSON.parse(
      readFileSync(new URL('../examples/riverbend/cohort.json', import.meta.url), 'utf8'),
    ) as { sessions: { date: unknown }[] };
    expect(cohortDocumentEvents(never({}))).toEqual([]);
    const first = cohort.sessions[0];
    if (first !== undefined) first.date = 5.5;
    const replay = replayCohortDocument(never(cohort));
    expect(replay).toMatchObject({ ok: false, stage: 'start' });
    if (!replay.ok && replay.stage === 'start')
      expect(replay.issues[0]).toMatchObject({
        code: 'invalid_type',
        path: ['sessions', 0, 'date'],
      });
  });
});
