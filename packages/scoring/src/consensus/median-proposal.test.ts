import { baldrigeScoringGuidelines } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { medianProposal } from './median-proposal.js';

const g = baldrigeScoringGuidelines;

describe('medianProposal', () => {
  it('takes the middle value of an odd count, labelled as a proposal', () => {
    expect(medianProposal([70, 40, 55], g)).toEqual({
      kind: 'proposal',
      percent: 55,
      range: '50-65',
      basis: 'median',
    });
  });

  it('takes the mean of the two middle values of an even count and rounds halves up to a multiple of 5', () => {
    expect(medianProposal([50, 55], g)?.percent).toBe(55); // 52.5 -> 55
    expect(medianProposal([25, 30], g)?.percent).toBe(30); // 27.5 -> 30
    expect(medianProposal([10, 30, 40, 90], g)?.percent).toBe(35); // (30 + 40) / 2 = 35
    expect(medianProposal([20, 30, 40, 90], g)?.percent).toBe(35); // (30 + 40) / 2 = 35
    expect(medianProposal([20, 25, 40, 90], g)?.percent).toBe(35); // 32.5 -> 35
    expect(medianProposal([0, 5], g)).toEqual({
      kind: 'proposal',
      percent: 5,
      range: '0-5',
      basis: 'median',
    });
  });

  it('is not the mean: one outlier does not pull it', () => {
    expect(medianProposal([40, 40, 45, 100], g)?.percent).toBe(45); // 42.5 -> 45; the mean would be 56.25
    expect(medianProposal([30, 30, 30, 30, 95], g)?.percent).toBe(30);
  });

  it('returns the single value for one rating', () => {
    expect(medianProposal([65], g)).toEqual({
      kind: 'proposal',
      percent: 65,
      range: '50-65',
      basis: 'median',
    });
  });

  it('returns undefined for no ratings or non-finite input', () => {
    expect(medianProposal([], g)).toBeUndefined();
    expect(medianProposal([50, Number.NaN], g)).toBeUndefined();
  });

  it("keeps off-grid input within the reviewers' span, or gives up when the span holds no multiple of 5", () => {
    expect(medianProposal([51, 54], g)).toBeUndefined();
    expect(medianProposal([51, 53, 56], g)?.percent).toBe(55);
    expect(medianProposal([46, 49, 52], g)?.percent).toBe(50);
  });

  it('returns undefined when the rounded median falls in a gap of custom guidelines', () => {
    const gappy = { step: 5, ranges: g.ranges.filter((r) => r.id !== '30-45') };
    expect(medianProposal([25, 40, 50], gappy)).toBeUndefined();
  });
});
