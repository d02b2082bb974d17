import type { Assessment } from './assessment.js';

const process = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'];

/**
 * A valid COE level-2 assessment used by the tests: two reviewers with submitted reviews of
 * the six items of categories 1-3, and a consensus on 1.1. Returns a fresh copy each time.
 */
export function sampleAssessment(): Assessment {
  return {
    kind: 'assessment',
    formatVersion: 1,
    id: 'riverbend-2026-level-2',
    communityId: 'riverbend',
    framework: { id: 'coe-community-2024', edition: '2024' },
    scope: { type: 'scope', scopeId: 'coe-level-2' },
    cycle: { label: '2026 recognition cycle', startDate: '2026-01-15', endDate: '2026-06-30' },
    status: 'consensus',
    keyFactors: [
      {
        id: 'kf-rural',
        text: 'Two thirds of residents live outside the county seat.',
        profileCode: 'P.1a',
      },
    ],
    reviewers: [
      { id: 'rev-ana', name: 'Ana Ruiz', role: 'team-leader' },
      { id: 'rev-ben', name: 'Ben Okafor', role: 'item-lead', leadsItems: ['1.1'] },
    ],
    reviews: ['rev-ana', 'rev-ben'].map((reviewerId, r) => ({
      id: `review-${reviewerId.slice(4)}`,
      reviewerId,
      status: 'submitted' as const,
      submittedOn: '2026-03-01',
      items: process.map((item) => ({
        item,
        factors: 'ADLI' as const,
        range: r === 0 ? '50-65' : '30-45',
        percent: r === 0 ? 55 : 40,
        notes: {
          approach: 'Monthly review of the shared dashboard.',
          deployment: 'All partner organizations.',
        },
        strengths: [
          { text: 'Leaders meet monthly and act on the dashboard.', keyFactors: ['kf-rural'] },
        ],
        opportunities: [
          {
            text: 'No evaluation of the review process itself is described.',
            priority: 'medium' as const,
          },
        ],
        evidence: [
          {
            description: 'Leadership team minutes',
            effectiveDate: '2026-02-01',
            enteredOn: '2026-02-20',
            source: 'application',
          },
        ],
      })),
    })),
    consensus: {
      status: 'in-progress',
      teamLeaderId: 'rev-ana',
      items: [
        {
          item: '1.1',
          range: '50-65',
          percent: 50,
          rationale: 'Systematic approach deployed to all partners; learning is just starting.',
          basedOn: ['review-ana', 'review-ben'],
        },
      ],
    },
  };
}
