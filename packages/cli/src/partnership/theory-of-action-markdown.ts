import type { BenchmarkStatus, TheoryOfActionReport } from '@community-excellence/theory-of-action';
import { formatPath } from '@community-excellence/schemas';
import { escapeTableCell, markdownTable } from '../scorecard/markdown-table.js';
import { outcomeSummary } from './outcome-summary.js';

const STATUSES: readonly BenchmarkStatus[] = [
  'met',
  'not-met',
  'insufficient-evidence',
  'not-applicable',
];

/**
 * A theory-of-action report as a Markdown document: what was checked (partnership, evidence,
 * date, catalogue), the highest gateway reached (self-assessed: a StriveTogether designation is
 * not inferred), the analysed place and how it was chosen, the outcome analysis (comparisons,
 * reference groups and why, each core indicator's trend and gap sentences), a table of gateways, a
 * table of every benchmark with its status, reasons and the places in the documents it was judged
 * on (each listed once), and the input issues. The same report always gives the same text.
 *
 * @example
 * ```ts
 * const report = assessPartnership({ evidence, indicators, observations });
 * writeFileSync('theory-of-action.md', theoryOfActionMarkdown(report));
 * ```
 */
export function theoryOfActionMarkdown(report: TheoryOfActionReport): string {
  const out: string[] = [];
  out.push(
    `# Theory-of-action report: ${escapeTableCell(report.partnershipId ?? '(unknown partnership)')}`,
    '',
  );
  const summary = outcomeSummary(report.outcomes);
  out.push(
    markdownTable(
      ['', ''],
      [
        ['Evidence', report.evidenceId ?? '-'],
        ['As of', report.asOf ?? '-'],
        [
          'Catalogue',
          `${report.catalogue.id} ${report.catalogue.version} (${report.catalogue.size} benchmarks)`,
        ],
        ['Place analysed', summary.place],
        ['Highest gateway reached', `${report.highestGateway ?? 'none'} (${report.assessment})`],
        ['Benchmarks', STATUSES.map((s) => `${report.counts[s]} ${s}`).join(', ')],
      ],
    ),
    '',
  );
  if (report.outcomes.place !== null) {
    out.push('## Outcomes', '');
    out.push(`Compared with: ${escapeTableCell(summary.comparisons)}`, '');
    if (summary.references.length === 0)
      out.push('Reference groups: none (no subgroup data at this place)', '');
    else {
      out.push('Reference groups:', '');
      for (const r of summary.references) out.push(`- ${escapeTableCell(r)}`);
      out.push('');
    }
    for (const c of summary.core) {
      out.push(`### ${escapeTableCell(c.title)}`, '');
      out.push(`- Trend: ${escapeTableCell(c.trend)}`);
      for (const r of c.references)
        out.push(`- Reference for this indicator: ${escapeTableCell(r)}`);
      for (const g of c.gaps)
        out.push(
          `- ${escapeTableCell(`${g.focal} - ${g.reference} (${g.dimension}): ${g.sentence}`)}`,
        );
      out.push('');
    }
  }
  out.push('## Gateways', '');
  out.push(
    markdownTable(
      ['gateway', 'reached', ...STATUSES, 'blocking'],
      report.gateways.map((g) => [
        g.gateway,
        g.reached ? 'yes' : 'no',
        ...STATUSES.map((s) => String(g.counts[s])),
        g.blocking.join(', '),
      ]),
      { right: [2, 3, 4, 5] },
    ),
    '',
  );
  out.push('## Benchmarks', '');
  out.push(
    markdownTable(
      ['id', 'family', 'gateway', 'status', 'benchmark', 'reasons', 'evidence'],
      report.results.map((r) => [
        r.id,
        r.family,
        r.gateway ?? '',
        r.status,
        r.text,
        r.reasons.join('; '),
        [...new Set(r.evidence.map((e) => `${e.document} ${formatPath(e.path)}`))].join('; '),
      ]),
    ),
    '',
  );
  if (report.issues.length > 0) {
    out.push('## Input issues', '');
    for (const issue of report.issues)
      out.push(
        `- ${issue.severity} \`${formatPath(issue.path)}\` ${issue.code}: ${escapeTableCell(issue.message)}`,
      );
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
