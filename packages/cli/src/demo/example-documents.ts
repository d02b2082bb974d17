import actionPlan from '../../../../examples/riverbend/action-plan.json' with { type: 'json' };
import assessment from '../../../../examples/riverbend/assessment.json' with { type: 'json' };
import cohort from '../../../../examples/riverbend/cohort.json' with { type: 'json' };
import community from '../../../../examples/riverbend/community.json' with { type: 'json' };
import indicators from '../../../../examples/riverbend/indicators.json' with { type: 'json' };
import levelOneReview from '../../../../examples/riverbend/level-1-review.json' with { type: 'json' };
import observations from '../../../../examples/riverbend/observations.json' with { type: 'json' };
import participation from '../../../../examples/riverbend/participation.json' with { type: 'json' };
import evidence from '../../../../examples/riverbend/partnership-evidence.json' with { type: 'json' };
import recognition from '../../../../examples/riverbend/recognition.json' with { type: 'json' };

/** One built-in example file: its name in `examples/riverbend/` and its parsed JSON. */
export interface ExampleDocument {
  readonly file: string;
  readonly json: unknown;
}

/** The example community's documents, bundled into the CLI so that `demo` needs no files. */
export const exampleDocuments: readonly ExampleDocument[] = [
  { file: 'community.json', json: community },
  { file: 'assessment.json', json: assessment },
  { file: 'indicators.json', json: indicators },
  { file: 'observations.json', json: observations },
  { file: 'cohort.json', json: cohort },
  { file: 'participation.json', json: participation },
  { file: 'partnership-evidence.json', json: evidence },
  { file: 'action-plan.json', json: actionPlan },
  { file: 'level-1-review.json', json: levelOneReview },
  { file: 'recognition.json', json: recognition },
];
