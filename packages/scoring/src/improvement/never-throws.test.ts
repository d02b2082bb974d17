import { coeBaldrigeDerivedPoints } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { compareCycles } from './compare-cycles.js';
import { cycleComparisonSentences, cycleOpportunitySentence } from './compare-cycles-text.js';
import { nextSteps } from './next-steps.js';
import {
  nextStepActionSentence,
  nextStepOpportunitySentence,
  nextStepsSentences,
} from './next-steps-text.js';
import { opportunitiesOf } from './opportunities.js';
import { roadmap } from './roadmap.js';
import { roadmapSentences } from './roadmap-text.js';
import { riverbendAssessment, riverbendPlan, scoreDerived } from './riverbend.fixture.js';

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile');
    },
    has() {
      throw new Error('hostile');
    },
    ownKeys() {
      throw new Error('hostile');
    },
    getPrototypeOf() {
      throw new Error('hostile');
    },
  },
);
const HOSTILE: unknown[] = [
  throwing,
  null,
  undefined,
  Number.NaN,
  'text',
  [],
  JSON.parse('{"__proto__": {"polluted": true}, "items": [{"__proto__": 1}]}'),
];

describe('the improvement functions never throw', () => {
  const assessment = riverbendAssessment();
  const scorecard = scoreDerived(assessment);
  const plan = riverbendPlan();
  const calls: Record<string, (x: unknown) => unknown> = {
    opportunitiesOf: (x) => opportunitiesOf(x as never, x as never),
    nextSteps: (x) => nextSteps(x as never, x as never, x as never),
    'nextSteps (hostile plan)': (x) => nextSteps(assessment, scorecard, { plan: x as never }),
    'nextSteps (hostile scorecard)': (x) => nextSteps(assessment, x as never, { plan }),
    roadmap: (x) => roadmap(x as never, x as never),
    'roadmap (hostile target)': (x) => roadmap(scorecard, { target: x as never }),
    'roadmap (hostile assessment)': (x) =>
      roadmap(scorecard, { target: 400, assessment: x as never }),
    compareCycles: (x) => compareCycles(x as never, x as never, x as never),
    'compareCycles (hostile plan)': (x) =>
      compareCycles(assessment, assessment, {
        framework: coeBaldrigeDerivedPoints,
        plan: x as never,
      }),
    roadmapSentences: (x) => roadmapSentences(x as never),
    nextStepsSentences: (x) => nextStepsSentences(x as never),
    nextStepOpportunitySentence: (x) => nextStepOpportunitySentence(x as never),
    nextStepActionSentence: (x) => nextStepActionSentence(x as never),
    cycleComparisonSentences: (x) => cycleComparisonSentences(x as never),
    cycleOpportunitySentence: (x) => cycleOpportunitySentence(x as never),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(name, () => {
      for (const value of HOSTILE) expect(() => call(value)).not.toThrow();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
