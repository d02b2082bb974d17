'use strict';
// CommonJS consumer: `require` of every installed package (their "require" conditions: dist/*.cjs).
const { runFlow } = require('./flow.cjs');

const packages = {
  schemas: require('@community-excellence/schemas'),
  data: require('@community-excellence/schemas/data'),
  scoring: require('@community-excellence/scoring'),
  cohorts: require('@community-excellence/cohorts'),
  theoryOfAction: require('@community-excellence/theory-of-action'),
  cli: require('@community-excellence/cli'),
};
const assessmentSchema = require('@community-excellence/schemas/json-schema/assessment.schema.json');
const [dataDir, invalidDir] = process.argv.slice(2);
runFlow(packages, {
  dataDir,
  invalidDir,
  moduleSystem: typeof module === 'object' ? 'cjs' : 'esm',
}).then((result) => {
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
      entries: entries.map((name) => require.resolve(name)),
      jsonSchema: assessmentSchema.$id,
    }),
  );
});
