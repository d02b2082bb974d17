import {
  rangeForPercent,
  baldrigeScoringGuidelines,
  type Assessment,
  type Framework,
} from '@community-excellence/schemas/data';

/**
 * Test helper (not exported from the package): a valid assessment whose consensus scores the
 * given items at the given percents. One reviewer, no reviews, so no incomplete-review warnings.
 */
export function consensusAssessment(
  framework: Pick<Framework, 'id' | 'edition'>,
  percents: Readonly<Record<string, number>>,
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'test-assessment',
    communityId: 'test-community',
    framework: { id: framework.id, edition: framework.edition },
    cycle: { label: 'test cycle', startDate: '2026-01-01' },
    status: 'consensus',
    reviewers: [{ id: 'rev-a', name: 'Reviewer A', role: 'team-leader' }],
    reviews: [],
    consensus: {
      status: 'agreed',
      items: Object.entries(percents).map(([item, percent]) => ({
        item,
        percent,
        range: rangeForPercent(baldrigeScoringGuidelines, percent)?.id ?? '0-5',
        rationale: 'Test rationale.',
        basedOn: ['rev-a'],
      })),
    },
    ...extra,
  };
}

/** The same percents as one submitted review by reviewer `rev-a` (no consensus). */
export function reviewAssessment(
  framework: Framework,
  percents: Readonly<Record<string, number>>,
): Assessment {
  const kinds = new Map(
    framework.categories.flatMap((c) => c.items.map((i) => [i.code, i.kind] as const)),
  );
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'test-review-assessment',
    communityId: 'test-community',
    framework: { id: framework.id, edition: framework.edition },
    cycle: { label: 'test cycle', startDate: '2026-01-01' },
    status: 'independent-review',
    reviewers: [{ id: 'rev-a', name: 'Reviewer A', role: 'examiner' }],
    reviews: [
      {
        id: 'review-a',
        reviewerId: 'rev-a',
        status: 'submitted',
        items: Object.entries(percents).map(([item, percent]) => ({
          item,
          factors: kinds.get(item) === 'results' ? ('LeTCI' as const) : ('ADLI' as const),
          percent,
          range: rangeForPercent(baldrigeScoringGuidelines, percent)?.id ?? '0-5',
        })),
      },
    ],
  };
}
