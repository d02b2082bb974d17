import { describe, expect, it } from 'vitest';
import * as data from './data.js';
import * as full from './index.js';
import * as internal from './internal.js';

// That the entry bundles without zod is checked on the built output by tests/bundle-size.test.ts.
describe('the zod-free data entry point', () => {
  it('exports the same values as the main entry for what it shares', () => {
    // Helpers the packages read without zod, which the main entry does not list (they are in the
    // unstable internal entry too): the same functions, not copies.
    const dataOnly = new Set(['indexIndicators', 'unitRange']);
    for (const [name, value] of Object.entries(data)) {
      if (dataOnly.has(name)) expect(value, name).toBe((internal as Record<string, unknown>)[name]);
      else expect((full as Record<string, unknown>)[name], name).toBe(value);
    }
    expect(Object.keys(data).sort()).toEqual(
      [
        'BALDRIGE_DERIVED_LABEL',
        'NLC_READINESS',
        'actionState',
        'actionStates',
        'assessmentFindings',
        'isActionOrphaned',
        'isCheckedAssessment',
        'isClosedStatus',
        'planAsOf',
        'profileSectionsOf',
        'baldrige20232024',
        'baldrigeScoringGuidelines',
        'checkAssessment',
        'checkAssessmentAgainstFramework',
        'checkAssessmentStructure',
        'checkShape',
        'coeBaldrigeDerivedPoints',
        'coeCommunity2024',
        'coeLevel2PreviousScope',
        'createIssue',
        'defaultIssueMessage',
        'defineIssueCodes',
        'describeShape',
        'findItem',
        'formatIssues',
        'formatPath',
        'hasErrors',
        'indexIndicators',
        'isTimestamp',
        'itemsInScope',
        'levelApplicationVerdict',
        'listFrameworkCodes',
        'listScoredItems',
        'parseRangeId',
        'rangeForPercent',
        'resolveAssessmentScope',
        'runAssessmentCheck',
        'schemasIssueCodes',
        'shape',
        'unitRange',
        'withBaldrigeDerivedPoints',
      ].sort(),
    );
  });
});
