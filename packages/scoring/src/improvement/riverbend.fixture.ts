import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
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
