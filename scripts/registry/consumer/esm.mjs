// ESM consumer: `import` of every installed package (their "import" conditions: dist/*.js).
import * as cli from '@community-excellence/cli';
import * as cohorts from '@community-excellence/cohorts';
import * as schemas from '@community-excellence/schemas';
import * as data from '@community-excellence/schemas/data';
import assessmentSchema from '@community-excellence/schemas/json-schema/assessment.schema.json' with { type: 'json' };
import * as scoring from '@community-excellence/scoring';
import * as theoryOfAction from '@community-excellence/theory-of-action';
import { fileURLToPath } from 'node:url';
import { runFlow } from './flow.cjs';

const [dataDir, invalidDir] = process.argv.slice(2);
const result = await runFlow(
  { schemas, data, scoring, cohorts, theoryOfAction, cli },
  { dataDir, invalidDir, moduleSystem: typeof module === 'object' ? 'cjs' : 'esm' },
);
const entries = [
  '@community-excellence/schemas',
  '@community-excellence/schemas/data',
  '@community-excellence/scoring',
  '@community-excellence/cohorts',
  '@community-excellence/theory-of-action',
  '@community-excellence/cli',
];
console.log(
  JSON.stringify({
    ...result,
    entries: entries.map((name) => fileURLToPath(import.meta.resolve(name))),
    jsonSchema: assessmentSchema.$id,
  }),
);
