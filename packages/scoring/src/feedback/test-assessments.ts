import {
  coeCommunity2024,
  type Assessment,
  type ConsensusItem,
  type ItemEvaluation,
} from '@community-excellence/schemas/data';

/**
 * Test helper (not exported from the package): a small valid assessment of the COE framework
 * whose consensus holds the given items (each with a rationale, based on the one review).
 */
export function feedbackAssessment(
  items: readonly Omit<ConsensusItem, 'basedOn' | 'rationale'>[],
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'feedback-test',
    communityId: 'test-community',
    framework: { id: coeCommunity2024.id, edition: coeCommunity2024.edition },
    cycle: { label: 'test cycle', startDate: '2026-01-01' },
    status: 'feedback',
    reviewers: [{ id: 'rev-a', name: 'Ana Reviewer', role: 'team-leader' }],
    reviews: [],
    consensus: {
      status: 'agreed',
      items: items.map((item) => ({
        rationale: `Rationale for ${item.item}.`,
        basedOn: ['rev-a'],
        ...item,
      })),
    },
    ...extra,
  };
}

/** Test helper: one review by `rev-a` (status given) holding the given evaluations, no consensus. */
export function reviewOnlyAssessment(
  status: 'draft' | 'submitted',
  items: readonly ItemEvaluation[],
): Assessment {
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'feedback-review-test',
    communityId: 'test-community',
    framework: { id: coeCommunity2024.id, edition: coeCommunity2024.edition },
    cycle: { label: 'test cycle', startDate: '2026-01-01' },
    status: 'independent-review',
    reviewers: [{ id: 'rev-a', name: 'Ana Reviewer', role: 'examiner' }],
    reviews: [{ id: 'review-a', reviewerId: 'rev-a', status, items: [...items] }],
  };
}
