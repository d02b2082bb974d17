'use strict';
// The consumer's flow in plain JavaScript, shared by esm.mjs and cjs.cjs: each loads the installed
// packages its own way (import or require) and hands them in. It validates the Riverbend example
// documents, scores the assessment, checks the partnership's theory of action, replays and advances
// the cohort, and runs the CLI's validate command in-process; it returns the numbers it found.
// flow.ts does the same in TypeScript.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const FILES = [
  'community.json',
  'assessment.json',
  'indicators.json',
  'observations.json',
  'cohort.json',
  'participation.json',
  'partnership-evidence.json',
];

/**
 * @param {{ schemas: any, data: any, scoring: any, cohorts: any, theoryOfAction: any, cli: any }} packages
 * @param {{ dataDir: string, invalidDir: string, moduleSystem: 'esm' | 'cjs' }} options
 */
async function runFlow(packages, { dataDir, invalidDir, moduleSystem }) {
  const { schemas, data, scoring, cohorts, theoryOfAction, cli } = packages;
  const inputs = FILES.map((file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')));

  const set = schemas.validateDocumentSet(inputs);
  const valid = set.documents.flatMap((entry) => (entry.result.ok ? [entry.result.value] : []));
  const byKind = (kind) => valid.find((doc) => doc.kind === kind);
  const assessment = byKind('assessment');
  const invalid = schemas.validateDocument({ ...assessment, reviewers: 'nobody' });

  const framework = schemas.BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id);
  const scored = scoring.scoreAssessment(assessment, framework);
  const card = scored.scorecard;
  const agreement = scoring.reviewAgreement(assessment, framework, 'ordinal');

  const report = theoryOfAction.assessPartnership({
    evidence: byKind('partnership-evidence'),
    indicators: byKind('indicator-set').indicators,
    observations: byKind('observation-set').observations,
  });

  const cohort = byKind('cohort');
  const machine = cohorts.cohortMachine;
  const replay = cohorts.replayCohortDocument(cohort);
  if (!replay.ok) throw new Error(`cohort replay: ${JSON.stringify(replay)}`);
  const { snapshot, asOf } = replay;
  const tooEarly = machine.transition(snapshot, { type: 'advance', at: asOf });
  const advanced = machine.transition(snapshot, { type: 'advance', at: '2026-10-14' });

  const quiet = { stdout: () => {}, stderr: () => {} };
  const validateExit = await cli.runCli(['validate', dataDir], quiet);
  const invalidExit = await cli.runCli(['validate', invalidDir], quiet);

  return {
    node: process.version,
    moduleSystem,
    documents: {
      ok: set.ok,
      count: set.documents.length,
      errors: set.issues.filter((issue) => issue.severity === 'error').length,
      kinds: valid.map((doc) => doc.kind),
    },
    invalidDocument: {
      ok: invalid.ok,
      paths: [...new Set(invalid.issues.map((issue) => String(issue.path[0])))],
    },
    score: {
      framework: card.framework.id,
      total: card.total.earned.exact,
      totalMax: card.total.max.exact,
      process: card.process.earned.exact,
      results: card.results.earned.exact,
      processBand: card.bands.process.band,
      resultsBand: card.bands.results.band,
      categories: card.categories.map((category) => [category.code, category.earned.exact]),
    },
    agreement: agreement.defined ? agreement.alpha.toFixed(3) : null,
    theoryOfAction: {
      highestGateway: report.highestGateway,
      benchmarks: report.results.length,
      counts: report.counts,
    },
    cohort: {
      state: snapshot.state,
      recordedEvents: snapshot.history.length,
      asOf,
      advanceOnAsOf: tooEarly.ok ? 'accepted' : tooEarly.reasons.map((reason) => reason.code),
      advanceAfterPhaseOne: advanced.ok
        ? advanced.snapshot.state
        : advanced.reasons.map((reason) => reason.code),
    },
    frameworks: [data.baldrige20232024.id, data.coeCommunity2024.id],
    cli: { validateExit, invalidExit, exitCodes: cli.ExitCode },
  };
}

module.exports = { runFlow };
