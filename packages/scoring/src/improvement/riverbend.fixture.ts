import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import type { ActionPlan } from './action-plan-imports.js';
import { scoreAssessment } from '../score/score-assessment.js';
import type { Scorecard } from '../score/scorecard.js';

/**
 * Test helper (not exported from the package): the Riverbend example assessment, read from the
 * repository root, a fresh copy on every call.
 */
export function riverbendAssessment(): Assessment {
  return JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../../examples/riverbend/assessment.json', import.meta.url)),
      'utf8',
    ),
  ) as Assessment;
}

/** Test helper: scores an assessment with the Baldrige-derived COE points; throws when it cannot. */
export function scoreDerived(assessment: Assessment): Scorecard {
  const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.scorecard;
}

/**
 * Test helper: a constructed action plan for Riverbend that tries to fool the next steps (as of
 * 2026-06-30): an overdue action, one closed by a report-back, one closed after the as-of
 * date, one citing the finding of another assessment, one without a due date.
 */
export function riverbendPlan(): ActionPlan {
  return {
    kind: 'action-plan',
    formatVersion: 1,
    id: 'riverbend-plan-2026',
    communityId: 'riverbend',
    createdOn: '2026-05-15',
    assessmentIds: ['riverbend-2026-baseline-level-3'],
    asOf: '2026-06-30',
    actions: [
      {
        id: 'act-no-date',
        title: 'Collect partner stories',
        status: 'planned',
        serves: { indicators: ['ind-graduation'] },
      },
      {
        id: 'act-dashboard',
        title: 'Publish the results dashboard',
        owner: 'Riverbend Thrives',
        dueDate: '2026-04-15',
        status: 'in-progress',
        serves: { findings: [{ findingId: 'consensus-7.1-o1' }], items: ['7.1'] },
      },
      {
        id: 'act-trends',
        title: 'Add three-year trends to the health results',
        owner: 'Data team',
        dueDate: '2026-09-30',
        status: 'planned',
        serves: { findings: [{ findingId: 'consensus-7.4-o1' }] },
      },
      {
        id: 'act-survey',
        title: 'Survey partner staff on the vision',
        owner: 'Leadership table',
        dueDate: '2026-03-31',
        status: 'planned',
        serves: { findings: [{ findingId: 'consensus-1.1-o1' }] },
      },
      {
        id: 'act-benchmarks',
        title: 'Find comparison communities',
        owner: 'Data team',
        dueDate: '2026-05-31',
        status: 'planned',
        serves: { findings: [{ findingId: 'consensus-7.4-o1' }] },
      },
      {
        id: 'act-workforce',
        title: 'Map workforce results',
        owner: 'Data team',
        dueDate: '2026-05-31',
        status: 'done',
        completedOn: '2026-05-20',
        serves: { findings: [{ findingId: 'consensus-7.2-o1' }] },
      },
      {
        id: 'act-late-close',
        title: 'Write the engagement results page',
        dueDate: '2026-06-01',
        status: 'done',
        startedOn: '2026-05-01',
        completedOn: '2026-07-15',
        serves: { findings: [{ findingId: 'consensus-6.2-o1' }] },
      },
      {
        id: 'act-other-cycle',
        title: 'An action on the 2025 assessment',
        dueDate: '2026-12-31',
        status: 'planned',
        serves: {
          findings: [{ assessmentId: 'riverbend-2025', findingId: 'consensus-7.3-o1' }],
        },
      },
    ],
    reportBacks: [
      {
        actionId: 'act-benchmarks',
        date: '2026-06-10',
        text: 'Three comparison communities agreed to share data.',
        status: 'done',
      },
    ],
  };
}
