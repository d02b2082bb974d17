import {
  formatIssues,
  validateDocumentSet,
  type CommunityExcellenceDocument,
  type DocumentOf,
  type Issue,
} from '@community-excellence/schemas';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { exampleDocuments } from '../demo/example-documents.js';
import { cohortSection } from '../demo/cohort-section.js';
import { demoFeedback } from '../demo/feedback-section.js';
import { scoreSection } from '../demo/score-section.js';
import { theoryOfActionSection } from '../demo/theory-of-action-section.js';
import { ExitCode } from '../exit-codes.js';
import type { ReportDocument } from '../report/documents.js';
import { writeReport } from '../report/write-report.js';
import { countNoun } from '../count-noun.js';

/** Options of the `demo` command. */
export interface DemoOptions {
  readonly format: 'text' | 'json';
  /** Where to write the report; default: a new folder in the system temp folder (never an existing one). */
  readonly out?: string;
  /** With `out`: overwrite an existing report.html or report.md. */
  readonly force?: boolean;
}

/**
 * Writes the example community's report (`report.html`, `report.md`). Without `out`, into a new
 * folder under the system temp folder, so a demo never overwrites anything and leaves nothing in the
 * working folder; with `out`, existing files are kept unless `force` is set.
 */
function writeDemoReport(
  io: CliIo,
  documents: readonly ReportDocument[],
  options: DemoOptions,
): { html: string; markdown: string } | undefined {
  let out: string;
  try {
    out = options.out ?? mkdtempSync(join(tmpdir(), 'community-excellence-demo-'));
  } catch (error) {
    io.stderr(
      `community-excellence demo: cannot create a report folder: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return undefined;
  }
  const result = writeReport({ documents }, out, { force: options.force === true });
  if (result.write.ok) return result.paths;
  if (result.write.reason === 'exists') {
    for (const file of result.write.existing)
      io.stderr(
        `community-excellence demo: ${file} exists (use --force to overwrite); report not written\n`,
      );
  } else
    io.stderr(
      `community-excellence demo: cannot write ${result.write.path}: ${result.write.message}\n`,
    );
  return undefined;
}

const describe = (doc: CommunityExcellenceDocument): string => {
  switch (doc.kind) {
    case 'community':
      return `${doc.name}: ${doc.partners?.length ?? 0} partners, ${doc.excellenceGroup?.members.length ?? 0} excellence-group members`;
    case 'assessment':
      return `${doc.framework.id}, ${doc.reviewers.length} reviewers, ${doc.reviews.reduce((n, r) => n + r.items.length, 0)} item evaluations${doc.consensus === undefined ? '' : `, consensus on ${doc.consensus.items.length} items`}`;
    case 'indicator-set':
      return `${doc.indicators.length} indicators`;
    case 'observation-set': {
      const kinds = new Map<string, number>();
      for (const row of doc.observations)
        kinds.set(row.value.kind, (kinds.get(row.value.kind) ?? 0) + 1);
      return `${doc.observations.length} observations (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`;
    }
    case 'cohort':
      return `${doc.name}: ${doc.communities.length} ${doc.communities.length === 1 ? 'community' : 'communities'} enrolled`;
    case 'program-participation':
      return `${doc.communityId} in ${doc.program}, stage ${doc.stage}`;
    case 'partnership-evidence':
      return `${doc.name}`;
    case 'action-plan':
      return `${doc.name ?? doc.id}: ${doc.actions.length} actions, ${doc.reportBacks?.length ?? 0} report-backs`;
    default:
      return doc.id;
  }
};

/**
 * The `demo` command: validates the built-in example community's documents, alone and as a set,
 * prints what it found (scoring, theory of action, cohort), and writes the example's HTML and
 * Markdown report (see `report`), printing where. Exit code 0 when everything is valid and the
 * report is written, 1 when a document is invalid, 2 when the report cannot be written.
 *
 * @example
 * ```ts
 * const code = await runDemo(processIo(), { format: 'text' });
 * ```
 */
export async function runDemo(io: CliIo, options: DemoOptions): Promise<ExitCode> {
  const result = validateDocumentSet(exampleDocuments.map((d) => d.json));
  const issuesFor = (index: number): Issue[] =>
    result.issues.filter((issue) => issue.path[0] === index);
  const documents: ReportDocument[] = exampleDocuments.flatMap((d, index) => {
    const entry = result.documents[index];
    return entry?.result.ok ? [{ file: d.file, document: entry.result.value }] : [];
  });
  if (options.format === 'json') {
    const report = exampleDocuments.map((d, index) => {
      const entry = result.documents[index];
      return {
        file: d.file,
        ok: entry?.result.ok ?? false,
        kind: entry?.result.ok ? entry.result.value.kind : undefined,
        issues: issuesFor(index),
      };
    });
    if (!result.ok) {
      io.stdout(`${JSON.stringify({ ok: result.ok, documents: report }, null, 2)}\n`);
      return ExitCode.InvalidData;
    }
    const paths = writeDemoReport(io, documents, options);
    const feedback =
      paths === undefined
        ? undefined
        : demoFeedback(documents, dirname(paths.html), options.force === true);
    if (feedback !== undefined && feedback.problem !== null)
      io.stderr(`community-excellence demo: ${feedback.problem}\n`);
    io.stdout(
      `${JSON.stringify({ ok: result.ok, documents: report, ...(paths === undefined ? {} : { report: paths }), ...(feedback === undefined || feedback.paths === null ? {} : { feedback: feedback.paths }) }, null, 2)}\n`,
    );
    return paths === undefined || feedback === undefined || feedback.paths === null
      ? ExitCode.UsageOrIo
      : ExitCode.Ok;
  }
  io.stdout('community-excellence demo: the Riverbend example community\n\n');
  exampleDocuments.forEach((d, index) => {
    const entry = result.documents[index];
    const status = entry?.result.ok ? 'valid  ' : 'INVALID';
    const detail = entry?.result.ok
      ? `${entry.result.value.kind}: ${describe(entry.result.value)}`
      : '';
    io.stdout(`  ${status} ${d.file.padEnd(26)} ${detail}\n`);
    const issues = issuesFor(index).map((issue) => ({ ...issue, path: issue.path.slice(1) }));
    if (issues.length > 0)
      io.stdout(`${formatIssues(issues, { file: `    examples/riverbend/${d.file}` })}\n`);
  });
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  io.stdout(
    `\n${result.ok ? 'All documents are valid' : 'Some documents are invalid'}: ${countNoun(exampleDocuments.length, 'document')}, ${countNoun(errors, 'error')}, ${countNoun(warnings, 'warning')}.\n`,
  );
  if (!result.ok) return ExitCode.InvalidData;

  const byKind = <K extends CommunityExcellenceDocument['kind']>(
    kind: K,
  ): DocumentOf<K> | undefined => {
    for (const entry of result.documents)
      if (entry.result.ok && entry.result.value.kind === kind)
        return entry.result.value as DocumentOf<K>;
    return undefined;
  };
  const assessment = byKind('assessment');
  if (assessment !== undefined) {
    io.stdout('\nScoring\n');
    const section = scoreSection(assessment);
    io.stdout(`${section.lines.join('\n')}\n`);
  }
  const evidence = byKind('partnership-evidence');
  const indicators = byKind('indicator-set');
  const observations = byKind('observation-set');
  if (evidence !== undefined && indicators !== undefined && observations !== undefined) {
    io.stdout('\nTheory of action\n');
    io.stdout(`${theoryOfActionSection(evidence, indicators, observations).lines.join('\n')}\n`);
  }
  const cohort = byKind('cohort');
  if (cohort !== undefined) {
    io.stdout('\nCohort\n');
    io.stdout(`${cohortSection(cohort).lines.join('\n')}\n`);
  }
  const paths = writeDemoReport(io, documents, options);
  if (paths === undefined) return ExitCode.UsageOrIo;
  const feedback = demoFeedback(documents, dirname(paths.html), options.force === true);
  io.stdout(`\nFeedback\n${feedback.lines.join('\n')}\n`);
  if (feedback.problem !== null) {
    io.stderr(`community-excellence demo: ${feedback.problem}\n`);
    return ExitCode.UsageOrIo;
  }
  io.stdout(
    `\nReport (open the HTML file in a browser; it needs no network)\n  ${paths.html}\n  ${paths.markdown}\n`,
  );
  return ExitCode.Ok;
}
