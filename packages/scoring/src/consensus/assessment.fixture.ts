import {
  findItem,
  type Assessment,
  type Framework,
  type ItemEvaluation,
} from '@community-excellence/schemas/data';

/** A reviewer's scores for a test assessment: item code -> percent, `'na'` (not applicable) or `null` (evaluated without a score). */
export type ScoreSheet = Readonly<Record<string, number | 'na' | null>>;

/**
 * Builds an assessment for tests: one submitted review per reviewer (in the order given), each
 * listing exactly the items of its score sheet with the range that contains the percent, and an
 * optional consensus (item -> agreed percent).
 */
export function buildAssessment(
  framework: Framework,
  sheets: Readonly<Record<string, ScoreSheet>>,
  extra: {
    readonly consensus?: Readonly<Record<string, number>>;
    readonly scope?: Assessment['scope'];
  } = {},
): Assessment {
  const rangeOf = (percent: number): string => {
    const bounds: [number, number][] = [
      [0, 5],
      [10, 25],
      [30, 45],
      [50, 65],
      [70, 85],
      [90, 100],
    ];
    const found = bounds.find(([min, max]) => min <= percent && percent <= max) ?? [0, 5];
    return `${found[0]}-${found[1]}`;
  };
  const evaluation = (item: string, score: number | 'na' | null): ItemEvaluation => {
    const factors = findItem(framework, item)?.kind === 'results' ? 'LeTCI' : 'ADLI';
    if (score === 'na') return { item, factors, notApplicable: true };
    if (score === null) return { item, factors };
    return { item, factors, percent: score, range: rangeOf(score) };
  };
  const reviewerIds = Object.keys(sheets);
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'test-assessment',
    communityId: 'test-community',
    framework: { id: framework.id },
    ...(extra.scope === undefined ? {} : { scope: extra.scope }),
    cycle: { label: 'test', startDate: '2026-01-01' },
    status: 'consensus',
    reviewers: reviewerIds.map((id) => ({ id, name: id, role: 'examiner' as const })),
    reviews: reviewerIds.map((reviewerId) => ({
      id: `review-${reviewerId}`,
      reviewerId,
      status: 'submitted' as const,
      items: Object.entries(sheets[reviewerId] ?? {}).map(([item, score]) =>
        evaluation(item, score),
      ),
    })),
    ...(extra.consensus === undefined
      ? {}
      : {
          consensus: {
            status: 'in-progress' as const,
            items: Object.entries(extra.consensus).map(([item, percent]) => ({
              item,
              percent,
              range: rangeOf(percent),
              rationale: 'Agreed after discussing the evidence.',
              basedOn: reviewerIds.map((id) => `review-${id}`),
            })),
          },
        }),
  };
}
