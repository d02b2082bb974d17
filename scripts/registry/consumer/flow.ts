// The consumer's flow in TypeScript (strict, skipLibCheck false): flow.cjs's steps, written against
// the packages' published types. The round trip compiles this one text three times: as flow.mts
// and flow.cts with `moduleResolution: node16` (the types of the "import" and of the "require"
// conditions) and as flow.ts with `moduleResolution: bundler`, then runs what tsc emitted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, runCli, type CliIo } from '@community-excellence/cli';
import {
  cohortMachine,
  replayCohortDocument,
  type CohortState,
} from '@community-excellence/cohorts';
import {
  BUILT_IN_FRAMEWORKS,
  validateDocument,
  validateDocumentSet,
  type CommunityExcellenceDocument,
  type DocumentKind,
  type DocumentOf,
  type Issue,
} from '@community-excellence/schemas';
import { baldrige20232024, coeCommunity2024 } from '@community-excellence/schemas/data';
import { reviewAgreement, scoreAssessment, type Scorecard } from '@community-excellence/scoring';
import {
  assessPartnership,
  type TheoryOfActionReport,
} from '@community-excellence/theory-of-action';

const FILES = [
  'community.json',
  'assessment.json',
  'indicators.json',
  'observations.json',
  'cohort.json',
  'participation.json',
  'partnership-evidence.json',
] as const;

function byKind<K extends DocumentKind>(
  docs: readonly CommunityExcellenceDocument[],
  kind: K,
): DocumentOf<K> {
  const doc = docs.find((candidate) => candidate.kind === kind);
  if (doc === undefined) throw new Error(`no ${kind} document`);
  return doc as DocumentOf<K>;
}

const exact = (value: { readonly exact: string } | null): string | null => value?.exact ?? null;

async function main(dataDir: string, invalidDir: string) {
  const inputs: unknown[] = FILES.map(
    (file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as unknown,
  );

  const set = validateDocumentSet(inputs);
  const valid: CommunityExcellenceDocument[] = set.documents.flatMap((entry) =>
    entry.result.ok ? [entry.result.value] : [],
  );
  const assessment = byKind(valid, 'assessment');
  const invalid = validateDocument({ ...assessment, reviewers: 'nobody' });
  const issues: readonly Issue[] = invalid.issues;

  const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id);
  if (framework === undefined)
    throw new Error(`framework ${assessment.framework.id} is not built in`);
  const scored = scoreAssessment(assessment, framework);
  if (!scored.ok) throw new Error(`scoring failed: ${JSON.stringify(scored.issues)}`);
  const card: Scorecard = scored.scorecard;
  const agreement = reviewAgreement(assessment, framework, 'ordinal');

  const report: TheoryOfActionReport = assessPartnership({
    evidence: byKind(valid, 'partnership-evidence'),
    indicators: byKind(valid, 'indicator-set').indicators,
    observations: byKind(valid, 'observation-set').observations,
  });

  const cohort = byKind(valid, 'cohort');
  const replay = replayCohortDocument(cohort);
  if (!replay.ok) throw new Error(`cohort replay: ${JSON.stringify(replay)}`);
  const { snapshot, asOf } = replay;
  const tooEarly = cohortMachine.transition(snapshot, { type: 'advance', at: asOf });
  const advanced = cohortMachine.transition(snapshot, { type: 'advance', at: '2026-10-14' });
  const state: CohortState = snapshot.state;

  const quiet: CliIo = { stdout: () => {}, stderr: () => {} };
  const validateExit: ExitCode = await runCli(['validate', dataDir], quiet);
  const invalidExit: ExitCode = await runCli(['validate', invalidDir], quiet);

  return {
    node: process.version,
    moduleSystem: typeof module === 'object' ? 'cjs' : 'esm',
    documents: {
      ok: set.ok,
      count: set.documents.length,
      errors: set.issues.filter((issue) => issue.severity === 'error').length,
      kinds: valid.map((doc) => doc.kind),
    },
    invalidDocument: {
      ok: invalid.ok,
      paths: [...new Set(issues.map((issue) => String(issue.path[0])))],
    },
    score: {
      framework: card.framework.id,
      total: exact(card.total.earned),
      totalMax: exact(card.total.max),
      process: exact(card.process.earned),
      results: exact(card.results.earned),
      processBand: card.bands.process.band,
      resultsBand: card.bands.results.band,
      categories: card.categories.map((category) => [category.code, exact(category.earned)]),
    },
    agreement: agreement.defined ? agreement.alpha.toFixed(3) : null,
    theoryOfAction: {
      highestGateway: report.highestGateway,
      benchmarks: report.results.length,
      counts: report.counts,
    },
    cohort: {
      state,
      recordedEvents: snapshot.history.length,
      asOf,
      advanceOnAsOf: tooEarly.ok ? 'accepted' : tooEarly.reasons.map((reason) => reason.code),
      advanceAfterPhaseOne: advanced.ok
        ? advanced.snapshot.state
        : advanced.reasons.map((reason) => reason.code),
    },
    frameworks: [baldrige20232024.id, coeCommunity2024.id],
    cli: { validateExit, invalidExit, exitCodes: ExitCode },
  };
}

const [dataDir, invalidDir] = process.argv.slice(2);
if (dataDir === undefined || invalidDir === undefined)
  throw new Error('usage: flow <data folder> <folder with an invalid document>');
main(dataDir, invalidDir).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
