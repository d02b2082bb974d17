import {
  baldrigeScoringGuidelines,
  listScoredItems,
  rangeForPercent,
  type Assessment,
  type Framework,
  type ItemEvaluation,
} from '@community-excellence/schemas/data';

/** The percent typed for each item code; an item without one is left unscored. */
export type Percents = ReadonlyMap<string, number>;

/**
 * The form's state as an assessment document: one self-assessor with one draft review. A draft may
 * leave items out (they count as unscored). Each percent gets the scoring range that contains it,
 * so the person only types percents (0, 5, ..., 100).
 */
export function selfAssessment(framework: Framework, percents: Percents): Assessment {
  const items = listScoredItems(framework).flatMap((item): ItemEvaluation[] => {
    const percent = percents.get(item.code);
    if (percent === undefined) return [];
    const range = rangeForPercent(baldrigeScoringGuidelines, percent)?.id;
    const factors = item.kind === 'process' ? 'ADLI' : 'LeTCI';
    return [{ item: item.code, factors, percent, ...(range === undefined ? {} : { range }) }];
  });
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'browser-self-assessment',
    communityId: 'my-community',
    framework: { id: framework.id, edition: framework.edition },
    cycle: { label: 'Self-assessment in the browser', startDate: '2026-01-12' },
    status: 'independent-review',
    reviewers: [{ id: 'me', name: 'Me', role: 'self-assessor' }],
    reviews: [{ id: 'my-review', reviewerId: 'me', status: 'draft', items }],
  };
}
