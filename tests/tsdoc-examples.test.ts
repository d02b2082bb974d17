import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  exportsOfModule,
  namesOfExample,
  packageSourceFiles,
  tsdocExamples,
  type ExportedName,
  type TsdocExample,
} from './support/tsdoc-examples.js';
import { runSnippets } from './support/run-snippets.js';
import { listEntryPoints } from '../scripts/api-report.mjs';
import { repositoryCompilerOptions, typecheckSnippets } from './support/typecheck-snippets.js';

// Every ```ts block of a TSDoc @example in packages/*/src type-checks under the repository's
// strict settings, and the self-contained ones run. An example may use without importing them the
// names the packages' entry points export (an example of internal code also those of its own file
// and package), imported here for it, and the variables of ASSUMED (declared here with their
// types). Any other unknown name, or a name that no longer exists, fails.
const root = fileURLToPath(new URL('..', import.meta.url));
const examples = tsdocExamples(root);

/**
 * The variables examples take as given, with their types. A key `path:name` applies to the
 * examples of that one source file and wins over the plain `name`.
 */
const ASSUMED: Readonly<Record<string, string>> = {
  text: 'string',
  input: 'unknown',
  doc: 'unknown',
  stdout: 'string',
  file: 'string',
  lines: 'readonly string[]',
  size: 'number',
  bytes: 'number',
  rows: 'number',
  code: 'number',
  total: 'number',
  assessment: 'Assessment',
  assessment2024: 'Assessment',
  old: 'Assessment',
  framework: 'Framework',
  framework2026: 'Framework',
  newFramework: 'Framework',
  scorecard: 'Scorecard',
  scorecard2025: 'Scorecard',
  scorecard2026: 'Scorecard',
  lastYear: 'Scorecard',
  thisYear: 'Scorecard',
  diff: 'ScorecardDiff',
  summary: 'ReviewSummary',
  save: '(assessment: Assessment) => void',
  cohort: 'Cohort',
  community: 'Community',
  participation: 'ProgramParticipation',
  myProgram: '{ readonly characteristics: readonly { readonly id: string }[] }',
  evidence: 'PartnershipEvidence',
  runBenchmarks: '(evidence: PartnershipEvidence) => void',
  indicator: 'Indicator',
  graduation: 'Indicator',
  grade3Ela: 'Indicator',
  childPoverty: 'Indicator',
  indicators: 'readonly Indicator[]',
  observations: 'readonly Observation[]',
  indicatorSet: 'IndicatorSet',
  set: 'IndicatorSet',
  observationSet: 'ObservationSet',
  catalogue: 'IndicatorCatalogue',
  row: 'Observation',
  rest: "Omit<Observation, 'subgroup'>",
  value: 'ObservationValue',
  codec: 'ValueCodec',
  issue: 'Issue',
  issues: 'Issue[]',
  result: 'ValidationResult<unknown>',
  use: '(value: unknown) => void',
  someSchema: 'z.ZodType',
  ctx: 'z.RefinementCtx',
  snapshot: 'Snapshot<CohortTypes>',
  report: 'TheoryOfActionReport',
  mapping: 'ImportMapping',
  chunks: 'AsyncIterable<string>',
  store: '(observations: readonly Observation[]) => void',
  header: 'HeaderIndex',
  'packages/theory-of-action/src/import/row-mapper.ts:header': 'readonly string[]',
  'packages/theory-of-action/src/import/row-mapper.ts:row': 'readonly string[]',
  'packages/theory-of-action/src/import/field-source.ts:row': 'readonly string[]',
  'packages/scoring/src/score/migrate-assessment.ts:result': 'MigrationResult & { ok: true }',
  'packages/cli/src/demo/theory-of-action-section.ts:indicators': 'IndicatorSet',
  'packages/cli/src/demo/theory-of-action-section.ts:observations': 'ObservationSet',
  'packages/cli/src/report/charts/outcome-charts.ts:indicator': 'OutcomeIndicator',
  colourOf: '(group: string) => string',
  program: 'Command',
  io: 'CliIo',
  setCode: '(code: ExitCode) => void',
  read: '{ readonly issues: readonly Issue[] }',
  bar: 'ProgressBar',
  documents: 'readonly ReportDocument[]',
  entries: 'readonly ReportDocument[]',
  model: 'ReportModel',
  section: 'AssessmentSection',
  scored: 'ScoredAssessment',
  status: 'SnapshotStatus',
  'packages/cli/src/snapshot/snapshot-file-text.ts:snapshot': 'Snapshot<MachineTypes>',
  'packages/cli/src/report/documents.ts:indicators': 'IndicatorSet',
  'packages/cli/src/report/sections-text.ts:indicator': 'OutcomeIndicator',
};

/** Names of other modules that examples use as their users would import them. */
const LIBRARIES: Readonly<Record<string, string>> = {
  readFileSync: 'node:fs',
  writeFileSync: 'node:fs',
  createReadStream: 'node:fs',
  statSync: 'node:fs',
  Command: 'commander',
  z: 'zod',
};

// The packages' public entry points, from their package.json `exports` maps. The unstable
// `/internal` entries are left out: an example shows what users import.
const ENTRIES = listEntryPoints()
  .filter(({ specifier }) => !specifier.endsWith('/internal'))
  .map(({ specifier, source }) => ({
    specifier,
    file: relative(root, source),
    pkg: specifier.replace('@community-excellence/', '').split('/')[0] ?? '',
  }));
const sourceFiles = packageSourceFiles(root);
const program = ts.createProgram(
  [...sourceFiles, ...ENTRIES.map((e) => join(root, e.file))],
  repositoryCompilerOptions(root),
);
const entryExports = ENTRIES.map((entry) => ({
  ...entry,
  names: exportsOfModule(program, join(root, entry.file)),
}));
// Internal modules, for examples on internal code: imported by absolute path (without `.ts`).
const moduleExports = sourceFiles.map((file) => ({
  specifier: file.slice(0, -3) + '.js',
  pkg: file.slice(root.length).split(/[\\/]/)[1] ?? '',
  names: exportsOfModule(program, file),
}));

/** Whether the example documents a name its package exports to users. */
const isPublic = (example: TsdocExample): boolean =>
  example.owner
    .split(',')
    .some((name) => entryExports.some((e) => e.pkg === example.pkg && e.names.has(name)));

/**
 * Where a name an example uses comes from. An example of a public export uses what users can
 * import: the packages' entry points. An example of internal code may also use its own file and
 * the other modules of its package.
 */
function resolve(example: TsdocExample, name: string): ExportedName | undefined {
  const library = LIBRARIES[name];
  if (library !== undefined) return { from: library, isType: false };
  const entries = [
    ...entryExports.filter((e) => e.pkg === example.pkg),
    ...entryExports.filter((e) => e.pkg !== example.pkg),
  ];
  const ordered = isPublic(example)
    ? entries
    : [
        {
          specifier: `./${basename(example.file, '.ts')}.js`,
          names: exportsOfModule(program, example.file),
        },
        ...entries,
        ...moduleExports.filter((e) => e.pkg === example.pkg),
      ];
  const found = ordered.find((module) => module.names.has(name));
  return found === undefined
    ? undefined
    : { from: found.specifier, isType: found.names.get(name)?.isType ?? false };
}

const assumedType = (example: TsdocExample, name: string): string | undefined =>
  ASSUMED[`${example.relativeFile}:${name}`] ?? ASSUMED[name];

/**
 * The example as a module: one first line of imports and declarations of what it assumes, then
 * the code at its own line of the source file.
 */
function snippetOf(example: TsdocExample): {
  readonly text: string;
  readonly selfContained: boolean;
} {
  const { used, declared } = namesOfExample(example.code);
  const imports = new Map<string, ExportedName>();
  const declarations: string[] = [];
  const free = [...used].filter((name) => !declared.has(name));
  for (const name of free) {
    const source = resolve(example, name);
    if (source !== undefined) {
      imports.set(name, source);
      continue;
    }
    const type = assumedType(example, name);
    if (type === undefined) continue;
    declarations.push(`declare let ${name}: ${type};`);
    for (const typeName of type.match(/\b[A-Za-z_]\w*\b/g) ?? []) {
      const typeSource = typeName === 'z' ? LIBRARIES.z : undefined;
      const found =
        typeSource !== undefined ? { from: typeSource, isType: false } : resolve(example, typeName);
      if (found !== undefined && !free.includes(typeName) && !declared.has(typeName))
        imports.set(typeName, found);
    }
  }
  const byModule = new Map<string, string[]>();
  for (const [name, source] of imports)
    byModule.set(source.from, [
      ...(byModule.get(source.from) ?? []),
      source.isType ? `type ${name}` : name,
    ]);
  const header = [
    ...[...byModule].map(([from, names]) => `import { ${names.join(', ')} } from '${from}';`),
    ...declarations,
  ].join(' ');
  // Self-contained: it assumes and declares no variable and touches no file, so it can run as it is.
  const selfContained =
    declarations.length === 0 &&
    !/^\s*declare\s/m.test(example.code) &&
    [...imports.values()].every((i) => i.from !== 'node:fs');
  return { text: header + '\n'.repeat(example.line - 1) + example.code, selfContained };
}

const snippetName = (example: TsdocExample): string =>
  `${example.file.slice(0, -3)}.example-${example.line}.ts`;

describe('TSDoc @example blocks', () => {
  it('finds the examples of every package', () => {
    expect(examples.length).toBeGreaterThan(400);
    expect(new Set(examples.map((e) => e.pkg))).toEqual(
      new Set(['schemas', 'scoring', 'cohorts', 'theory-of-action', 'cli']),
    );
  });

  it('type-checks every example under the strict settings', () => {
    const { errors } = typecheckSnippets(
      root,
      examples.map((example) => ({
        fileName: snippetName(example),
        text: snippetOf(example).text,
      })),
      program,
    );
    const failures = examples.flatMap((example) =>
      (errors.get(snippetName(example)) ?? []).map(
        (error) => `${example.relativeFile}:${error.line} ${error.message}`,
      ),
    );
    expect(failures).toEqual([]);
  });

  it('runs every self-contained example (one that assumes or declares no variable and reads no file)', async () => {
    const runnable = examples.filter((example) => snippetOf(example).selfContained);
    expect(runnable.length).toBeGreaterThan(100);
    const cwd = mkdtempSync(join(tmpdir(), 'tsdoc-examples-'));
    try {
      const outcomes = await runSnippets(
        root,
        runnable.map((example) => ({
          fileName: snippetName(example),
          text: snippetOf(example).text,
        })),
        cwd,
      );
      const failures = runnable.flatMap((example, i) =>
        outcomes[i] === null ? [] : [`${example.relativeFile}:${example.line}: ${outcomes[i]}`],
      );
      expect(failures).toEqual([]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
