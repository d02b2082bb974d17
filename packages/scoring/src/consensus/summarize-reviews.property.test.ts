import { baldrige20232024 } from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { buildAssessment, type ScoreSheet } from './assessment.fixture.js';
import { summarizeReviews } from './summarize-reviews.js';

const items = ['1.1', '4.2', '7.1'] as const;
const scope = { type: 'codes' as const, codes: [...items] };
// The six Baldrige ranges by their upper bound, written out independently of the guidelines data.
const rangeIndexOf = (percent: number): number =>
  [5, 25, 45, 65, 85, 100].findIndex((max) => percent <= max);

const score = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => k * 5) },
  { weight: 1, arbitrary: fc.constant<'na' | null>('na') },
  { weight: 1, arbitrary: fc.constant<'na' | null>(null) },
);
const sheetArb: fc.Arbitrary<ScoreSheet> = fc.record(
  { '1.1': score, '4.2': score, '7.1': score },
  { requiredKeys: [] },
);
const sheetsArb = fc
  .array(sheetArb, { minLength: 1, maxLength: 7 })
  .map((sheets) => Object.fromEntries(sheets.map((s, i) => [`r${i}`, s])));

describe('summarizeReviews properties', () => {
  it("the proposal is a multiple of 5 within the reviewers' lowest..highest percent, and labelled a proposal", () => {
    fc.assert(
      fc.property(sheetsArb, (sheets) => {
        const summary = summarizeReviews(
          buildAssessment(baldrige20232024, sheets, { scope }),
          baldrige20232024,
        );
        return summary.items.every((item) => {
          const percents = Object.values(sheets)
            .map((sheet) => sheet[item.item])
            .filter((p): p is number => typeof p === 'number');
          if (percents.length === 0) return item.status === 'no-ratings' && item.proposal === null;
          const proposal = item.proposal;
          return (
            proposal !== null &&
            proposal.kind === 'proposal' &&
            proposal.basis === 'median' &&
            proposal.percent % 5 === 0 &&
            proposal.percent >= Math.min(...percents) &&
            proposal.percent <= Math.max(...percents) &&
            rangeIndexOf(proposal.percent) === rangeIndexOf(Number(proposal.range.split('-')[1]))
          );
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('an item is flagged iff its highest and lowest range indexes differ by two or more', () => {
    fc.assert(
      fc.property(sheetsArb, (sheets) => {
        const summary = summarizeReviews(
          buildAssessment(baldrige20232024, sheets, { scope }),
          baldrige20232024,
        );
        return summary.items.every((item) => {
          const indexes = Object.values(sheets)
            .map((sheet) => sheet[item.item])
            .filter((p): p is number => typeof p === 'number')
            .map(rangeIndexOf);
          const expected = indexes.length > 0 && Math.max(...indexes) - Math.min(...indexes) >= 2;
          return item.flagged === expected && summary.flaggedItems.includes(item.item) === expected;
        });
      }),
      { numRuns: 10_000 },
    );
  });
});
