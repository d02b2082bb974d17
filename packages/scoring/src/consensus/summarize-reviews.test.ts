import { readFileSync } from 'node:fs';
import {
  baldrige20232024,
  baldrigeScoringGuidelines,
  coeBaldrigeDerivedPoints,
  listScoredItems,
  type Assessment,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { buildAssessment } from './assessment.fixture.js';
import {
  summarizeReviews,
  type ItemReviewSummary,
  type RatedItemSummary,
} from './summarize-reviews.js';

const riverbend = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Assessment;

const rated = (
  summary: { items: readonly ItemReviewSummary[] },
  code: string,
): RatedItemSummary => {
  const item = summary.items.find((i) => i.item === code);
  if (item === undefined || item.status === 'no-ratings')
    throw new Error(`item ${code} is not rated`);
  return item;
};

describe('summarizeReviews on the Riverbend example (3 reviewers, level 3, 17 items)', () => {
  const summary = summarizeReviews(riverbend, coeBaldrigeDerivedPoints);

  it("summarizes every scored item in scope with every reviewer's range and percent", () => {
    expect(summary.items.map((i) => i.item)).toEqual(
      listScoredItems(coeBaldrigeDerivedPoints).map((i) => i.code),
    );
    expect(summary.panel).toEqual(['rev-maria-santos', 'rev-james-oduya', 'rev-linda-cho']);
    expect(
      summary.items.every(
        (i) => i.status === 'compared' && i.ratings.length === 3 && i.missing.length === 0,
      ),
    ).toBe(true);
    expect(rated(summary, '1.1').ratings.map((r) => [r.reviewerId, r.range, r.percent])).toEqual([
      ['rev-maria-santos', '30-45', 45],
      ['rev-james-oduya', '30-45', 40],
      ['rev-linda-cho', '30-45', 35],
    ]);
  });

  it('flags exactly the items whose reviewers are two or more ranges apart', () => {
    // 4.1: 55 (50-65), 40 (30-45), 20 (10-25); 7.4: 50 (50-65), 30 (30-45), 15 (10-25)
    expect(summary.flaggedItems).toEqual(['4.1', '7.4']);
    expect(rated(summary, '4.1').spread).toEqual({
      lowestRange: '10-25',
      highestRange: '50-65',
      rangesApart: 2,
      minPercent: 20,
      maxPercent: 55,
      percentSpread: 35,
    });
    // 2.1: 40, 50, 35 spans adjacent ranges: not flagged
    expect(rated(summary, '2.1')).toMatchObject({ flagged: false, spread: { rangesApart: 1 } });
  });

  it("proposes the median as a starting point and sets the team's consensus beside it", () => {
    expect(rated(summary, '4.1').proposal).toEqual({
      kind: 'proposal',
      percent: 40,
      range: '30-45',
      basis: 'median',
    });
    expect(rated(summary, '4.1').consensus).toMatchObject({
      kind: 'consensus',
      percent: 40,
      range: '30-45',
      withinReviewerRange: true,
    });
    expect(summary.items.every((i) => i.consensus?.withinReviewerRange === true)).toBe(true);
  });

  it('reports no issues for this valid, complete assessment', () => {
    expect(summary.issues).toEqual([]);
  });
});

describe('summarizeReviews rules', () => {
  const five = buildAssessment(
    baldrige20232024,
    {
      a: { '1.1': 20, '1.2': 45, '7.1': 'na' },
      b: { '1.1': 25, '1.2': 55, '7.1': 40 },
      c: { '1.1': 30, '1.2': 55 },
      d: { '1.1': 45, '1.2': 60, '7.1': null },
      e: { '1.1': 50, '1.2': 65, '7.1': 45 },
    },
    {
      scope: { type: 'codes', codes: ['1.1', '1.2', '7.1', '7.2'] },
      consensus: { '1.1': 30, '1.2': 70 },
    },
  );
  const summary = summarizeReviews(five, baldrige20232024);

  it('lists missing and not-applicable ratings without imputing them', () => {
    const item = rated(summary, '7.1');
    expect(item.ratings.map((r) => r.percent)).toEqual([40, 45]);
    expect(item.notApplicable).toEqual(['a']);
    expect(item.missing).toEqual([
      { reviewerId: 'c', reason: 'not-evaluated' },
      { reviewerId: 'd', reason: 'no-score' },
    ]);
    expect(item.proposal?.percent).toBe(45); // (40 + 45) / 2 = 42.5 rounds half up
    const none = summary.items.find((i) => i.item === '7.2');
    expect(none).toMatchObject({
      status: 'no-ratings',
      spread: null,
      flagged: false,
      proposal: null,
    });
    expect(none?.missing.map((m) => m.reason)).toEqual([
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
    ]);
  });

  it('flags 20 (10-25) vs 50 (50-65) and proposes the median 30', () => {
    expect(rated(summary, '1.1')).toMatchObject({
      status: 'compared',
      flagged: true,
      spread: {
        lowestRange: '10-25',
        highestRange: '50-65',
        rangesApart: 2,
        minPercent: 20,
        maxPercent: 50,
      },
      proposal: { kind: 'proposal', percent: 30, range: '30-45', basis: 'median' },
    });
  });

  it("warns when the consensus lies outside the reviewers' percents, but keeps it", () => {
    expect(rated(summary, '1.2').consensus).toMatchObject({
      percent: 70,
      range: '70-85',
      withinReviewerRange: false,
    });
    // issue #13: its own code, so that percent_outside_range keeps one severity (error)
    const warning = summary.issues.find((i) => i.code === 'consensus_outside_reviews');
    expect(warning).toMatchObject({
      severity: 'warning',
      path: ['consensus', 'items', 1, 'percent'],
      item: '1.2',
      percent: 70,
      lowest: 45,
      highest: 65,
    });
    expect(warning?.message).toContain("outside the reviewers' percents 45..65");
    expect(rated(summary, '1.1').consensus?.withinReviewerRange).toBe(true);
  });

  it('honours a custom flag threshold', () => {
    const strict = summarizeReviews(five, baldrige20232024, { flagRangesApart: 1 });
    expect(strict.flaggedItems).toEqual(['1.1', '1.2']);
    expect(
      summarizeReviews(five, baldrige20232024, { guidelines: baldrigeScoringGuidelines })
        .flaggedItems,
    ).toEqual(['1.1']);
    expect(summarizeReviews(five, baldrige20232024, { flagRangesApart: 3 }).flaggedItems).toEqual(
      [],
    );
  });
});

describe('summarizeReviews on bad input never throws', () => {
  const all = listScoredItems(baldrige20232024).map((i) => i.code);
  const sheet = (codes: readonly string[], percent: number): Record<string, number> =>
    Object.fromEntries(codes.map((c) => [c, percent]));

  it('a reviewer missing half the items: listed per item, one incomplete_review warning', () => {
    const half = all.slice(0, 8);
    const summary = summarizeReviews(
      buildAssessment(baldrige20232024, { a: sheet(all, 40), b: sheet(half, 50) }),
      baldrige20232024,
    );
    expect(summary.items.filter((i) => i.status === 'single-rating').map((i) => i.item)).toEqual(
      all.slice(8),
    );
    expect(rated(summary, '7.5').missing).toEqual([{ reviewerId: 'b', reason: 'not-evaluated' }]);
    expect(summary.issues).toEqual([
      expect.objectContaining({
        code: 'incomplete_review',
        severity: 'warning',
        reviewer: 'b',
        missing: all.slice(8),
        path: ['reviews', 1, 'items'],
      }),
    ]);
  });

  // issue #13: the one assessment check decides, with the severities validateDocument uses
  it('unknown items, out-of-scope items and scored profile codes are left out, with the check issues', () => {
    const a = buildAssessment(
      baldrige20232024,
      { a: { '1.1': 40, '8.1': 50, 'P.1': 10, '2.1': 30 } },
      { scope: { type: 'codes', codes: ['1'] } },
    );
    const summary = summarizeReviews(a, baldrige20232024);
    expect(summary.items.map((i) => i.item)).toEqual(['1.1', '1.2']);
    expect(summary.issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['unknown_item', 'error', 'reviews.0.items.1.item'],
      ['profile_scored', 'error', 'reviews.0.items.2.item'],
      ['wrong_evaluation_factors', 'error', 'reviews.0.items.2.factors'],
      ['item_out_of_scope', 'warning', 'reviews.0.items.2.item'],
      ['item_out_of_scope', 'warning', 'reviews.0.items.3.item'],
      ['incomplete_review', 'warning', 'reviews.0.items'],
    ]);
  });

  it('an empty assessment: every item unrated, an empty_assessment info', () => {
    const empty = { ...buildAssessment(baldrige20232024, {}), reviewers: [] };
    const summary = summarizeReviews(empty, baldrige20232024);
    expect(summary.items).toHaveLength(17);
    expect(summary.items.every((i) => i.status === 'no-ratings' && i.proposal === null)).toBe(true);
    expect(summary.flaggedItems).toEqual([]);
    expect(summary.issues).toEqual([
      expect.objectContaining({
        code: 'empty_assessment',
        severity: 'info',
        assessment: 'test-assessment',
      }),
    ]);
  });

  it('a reviewer on the team without a review: every item missing with reason no-review', () => {
    const a = buildAssessment(baldrige20232024, { a: sheet(all, 40) });
    const withSilent = {
      ...a,
      reviewers: [
        ...a.reviewers,
        { id: 'z', name: 'Z', role: 'examiner' as const },
        { id: 'obs', name: 'O', role: 'observer' as const },
      ],
    };
    const summary = summarizeReviews(withSilent, baldrige20232024);
    expect(summary.panel).toEqual(['a', 'z']);
    expect(rated(summary, '1.1').missing).toEqual([{ reviewerId: 'z', reason: 'no-review' }]);
    expect(summary.issues).toEqual([
      expect.objectContaining({ code: 'incomplete_review', reviewer: 'z', path: ['reviewers', 1] }),
    ]);
  });

  it('a single reviewer: items labelled single-rating, spread 0, no flag, proposal = their percent', () => {
    const summary = summarizeReviews(
      buildAssessment(baldrige20232024, { solo: sheet(all, 35) }),
      baldrige20232024,
    );
    expect(
      summary.items.every(
        (i) =>
          i.status === 'single-rating' &&
          !i.flagged &&
          i.spread.rangesApart === 0 &&
          i.proposal?.percent === 35,
      ),
    ).toBe(true);
    expect(summary.issues).toEqual([]);
  });

  // issue #13: a percent of 57 (or 42) is the same error as in validateDocument; still never imputed
  it('off-grid percents, percents outside the chosen range, missing scores, duplicates: left out, each with the check issue', () => {
    const a = buildAssessment(
      baldrige20232024,
      { a: { '1.1': 40, '1.2': 40 }, b: { '1.1': 40, '1.2': 40 } },
      { scope: { type: 'codes', codes: ['1'] } },
    );
    const reviews = a.reviews.map((r) => ({ ...r, items: [...r.items] }));
    const [ra, rb] = reviews;
    if (ra === undefined || rb === undefined) throw new Error('fixture');
    ra.items[0] = { item: '1.1', factors: 'ADLI', percent: 42, range: '30-45' };
    ra.items[1] = { item: '1.2', factors: 'ADLI', percent: 70, range: '30-45' };
    rb.items.push({ item: '1.1', factors: 'ADLI', percent: 90, range: '90-100' });
    const broken: Assessment = {
      ...a,
      reviews: [...reviews, { ...rb, id: 'again' }],
      consensus: {
        status: 'agreed',
        items: [{ item: '9.9', percent: 50, rationale: 'x', basedOn: ['a'] }],
      },
    };
    const summary = summarizeReviews(broken, baldrige20232024);
    expect(rated(summary, '1.1').missing).toEqual([{ reviewerId: 'a', reason: 'invalid-score' }]);
    expect(rated(summary, '1.1').ratings.map((r) => r.percent)).toEqual([40]);
    expect(rated(summary, '1.2').missing).toEqual([{ reviewerId: 'a', reason: 'invalid-score' }]);
    expect(summary.issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['duplicate_id', 'error', 'reviews.2.reviewerId'],
      ['percent_not_multiple_of_5', 'error', 'reviews.0.items.0.percent'],
      ['percent_outside_range', 'error', 'reviews.0.items.1.percent'],
      ['duplicate_id', 'error', 'reviews.1.items.2.item'],
      ['duplicate_id', 'error', 'reviews.2.items.2.item'],
      ['missing_score', 'error', 'consensus.items.0.range'],
      ['unknown_item', 'error', 'consensus.items.0.item'],
    ]);
  });

  it('an unknown scope id or another framework: summarizes every item and warns', () => {
    const a = buildAssessment(
      baldrige20232024,
      { a: sheet(all, 40) },
      { scope: { type: 'scope', scopeId: 'nope' } },
    );
    const summary = summarizeReviews({ ...a, framework: { id: 'other' } }, baldrige20232024);
    expect(summary.items).toHaveLength(17);
    expect(summary.issues.map((i) => i.code)).toEqual(['framework_mismatch', 'unknown_reference']);
  });

  it('a consensus marking an item not applicable is reported without a percent', () => {
    const a = buildAssessment(
      baldrige20232024,
      { a: { '1.1': 40 }, b: { '1.1': 45 } },
      { scope: { type: 'codes', codes: ['1.1'] } },
    );
    const summary = summarizeReviews(
      {
        ...a,
        consensus: {
          status: 'agreed',
          items: [
            {
              item: '1.1',
              notApplicable: true,
              rationale: 'Not relevant here.',
              basedOn: ['review-a'],
            },
          ],
        },
      },
      baldrige20232024,
    );
    expect(rated(summary, '1.1').consensus).toEqual({
      kind: 'consensus',
      status: 'agreed',
      percent: null,
      range: null,
      notApplicable: true,
      withinReviewerRange: null,
      rationale: 'Not relevant here.',
      basedOn: ['review-a'],
    });
  });
});
