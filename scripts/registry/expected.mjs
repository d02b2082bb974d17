// What every consumer of the matrix must find in the Riverbend example: the same numbers as
// `node packages/cli/dist/bin.js demo` prints (consensus total 278 of 1000, process 170 of 550 in
// band 2, results 108 of 450 in band 1, alpha 0.577, 71 benchmarks with EMERGING reached, the cohort
// in phase-one after 24 recorded events).
import { isDeepStrictEqual } from 'node:util';

/** The flow's result, apart from `node` and `moduleSystem` (which depend on the combination). */
export const EXPECTED_FLOW = {
  documents: {
    ok: true,
    count: 7,
    errors: 0,
    kinds: [
      'community',
      'assessment',
      'indicator-set',
      'observation-set',
      'cohort',
      'program-participation',
      'partnership-evidence',
    ],
  },
  invalidDocument: { ok: false, paths: ['reviewers'] },
  score: {
    framework: 'coe-community-2024-baldrige-derived-points',
    total: '278',
    totalMax: '1000',
    process: '170',
    results: '108',
    processBand: 2,
    resultsBand: 1,
    categories: [
      ['1', '40.5'],
      ['2', '30'],
      ['3', '25.25'],
      ['4', '27'],
      ['5', '30'],
      ['6', '17.25'],
      ['7', '108'],
    ],
  },
  agreement: '0.577',
  theoryOfAction: {
    highestGateway: 'EMERGING',
    benchmarks: 71,
    counts: { met: 46, 'not-met': 2, 'insufficient-evidence': 7, 'not-applicable': 16 },
  },
  cohort: {
    state: 'phase-one',
    recordedEvents: 24,
    asOf: '2026-04-14',
    advanceOnAsOf: ['phase_not_finished'],
    advanceAfterPhaseOne: 'phase-two',
  },
  frameworks: ['baldrige-2023-2024', 'coe-community-2024'],
  cli: { validateExit: 0, invalidExit: 1, exitCodes: { Ok: 0, InvalidData: 1, UsageOrIo: 2 } },
};

/** The `$id` of the assessment JSON Schema the JavaScript consumers load from the schemas package. */
export const EXPECTED_JSON_SCHEMA_ID = 'urn:community-excellence:schema:assessment:1';

/**
 * The module system each consumer script runs as.
 *
 * @param {string} label a run's label (`esm.mjs`, `cjs.cjs`, `ts/node16-esm/flow.mts`...)
 * @returns {'esm' | 'cjs'}
 */
export function expectedModuleSystem(label) {
  return label.endsWith('.cjs') || label.endsWith('.cts') ? 'cjs' : 'esm';
}

/**
 * What is wrong with one run of the flow (empty when nothing is): used by `pnpm release:rehearse`
 * to print the matrix; the test asserts the same things one by one.
 *
 * @param {{ label: string, result: any, typeFiles?: string[], expectedTypes?: string }} run
 * @param {string} nodeVersion
 * @returns {string[]}
 */
export function runProblems(run, nodeVersion) {
  const problems = [];
  const { node, moduleSystem, entries, jsonSchema, ...flow } = run.result ?? {};
  if (node !== nodeVersion) problems.push(`ran on ${node}, not ${nodeVersion}`);
  if (moduleSystem !== expectedModuleSystem(run.label)) problems.push(`ran as ${moduleSystem}`);
  for (const [key, value] of Object.entries(EXPECTED_FLOW)) {
    if (!isDeepStrictEqual(flow[key], value))
      problems.push(`${key}: ${JSON.stringify(flow[key])} instead of ${JSON.stringify(value)}`);
  }
  if (entries !== undefined) {
    const extension = moduleSystem === 'cjs' ? '.cjs' : '.js';
    const wrong = entries.filter(
      (entry) =>
        !/[\\/]node_modules[\\/]@community-excellence[\\/]/.test(entry) ||
        !entry.endsWith(extension),
    );
    if (wrong.length > 0) problems.push(`loaded ${wrong.join(', ')}`);
  }
  if (jsonSchema !== undefined && jsonSchema !== EXPECTED_JSON_SCHEMA_ID)
    problems.push(`assessment JSON Schema ${jsonSchema}`);
  if (run.typeFiles !== undefined) {
    const wrong = run.typeFiles.filter((file) => !file.endsWith(run.expectedTypes ?? '.d.ts'));
    if (run.typeFiles.length === 0) problems.push('tsc read no declaration files of the packages');
    if (wrong.length > 0) problems.push(`tsc read ${wrong.join(', ')}`);
  }
  return problems;
}
