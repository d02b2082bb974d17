import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coeCommunity2024 } from '../framework/coe-community.js';
import { baldrigeScoringGuidelines } from '../framework/baldrige-scoring-guidelines.js';
import { checkAssessmentAgainstFramework } from './check-against-framework.js';
import { validateAssessment } from './validate-assessment.js';

// The JSON example in docs/assessments.md must stay valid and behave as the page says.
const page = readFileSync(
  fileURLToPath(new URL('../../../../docs/assessments.md', import.meta.url)),
  'utf8',
);
const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];

describe('docs/assessments.md example', () => {
  it('is valid and gets exactly the warnings the page describes', () => {
    expect(example).toBeDefined();
    const result = validateAssessment(JSON.parse(example ?? 'null'));
    expect(result.issues).toEqual([]);
    if (!result.ok) return;
    expect(
      checkAssessmentAgainstFramework(result.value, coeCommunity2024, baldrigeScoringGuidelines),
    ).toEqual([
      expect.objectContaining({
        code: 'incomplete_review',
        severity: 'warning',
        reviewer: 'rev-ana',
        missing: ['1.2', '2.1', '2.2', '3.1', '3.2'],
      }),
      // issue #13: a non-observer reviewer without a review is one incomplete_review, in every check
      expect.objectContaining({
        code: 'incomplete_review',
        severity: 'warning',
        path: ['reviewers', 1],
        reviewer: 'rev-ben',
        missing: ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'],
      }),
    ]);
  });
});
