import type { BenchmarkStatus, TheoryOfActionReport } from '@community-excellence/theory-of-action';
import type { PlaceBasis } from '@community-excellence/theory-of-action/outcomes';
import { formatPath } from '@community-excellence/schemas';
import { escapeTableCell, markdownTable } from '../scorecard/markdown-table.js';

const STATUSES: readonly BenchmarkStatus[] = [
  'met',
  'not-met',
  'insufficient-evidence',
  'not-applicable',
];

/**
 * A theory-of-action report as a Markdown document: what was checked (partnership, evidence,
 * date, catalogue), the highest gateway reached (self-assessed: a StriveTogether designation is
 * not inferred), a table of gateways, a table of every benchmark with its status, reasons and the
 * places in the documents it was judged on (each listed once), and the input issues. The same report always gives the same text.
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
        ['Place analysed', placeWords(report)],
        ['Highest gateway reached', `${report.highestGateway ?? 'none'} (${report.assessment})`],
        ['Benchmarks', STATUSES.map((s) => `${report.counts[s]} ${s}`).join(', ')],
      ],
    ),
    '',
  );
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

/** The analysed place as the report names it: `county 39061 Hamilton County (chosen by the evidence's geography code)`. */
function placeWords(report: TheoryOfActionReport): string {
  const place = report.outcomes.place;
  if (place === null)
    return report.outcomes.candidates.length > 0 ? 'none chosen (see the input issues)' : '-';
  return `${place.level} ${place.code}${place.name === undefined ? '' : ` ${place.name}`} (${PLACE_BASIS_WORDS[place.basis]})`;
}

const PLACE_BASIS_WORDS: Readonly<Record<PlaceBasis, string>> = {
  option: 'chosen with --place',
  'evidence-code': "a code of the evidence's geography",
  'evidence-name': "the evidence's geography name",
  'only-place': 'the only place in the data',
};
