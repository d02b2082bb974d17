import type { BenchmarkStatus, TheoryOfActionReport } from '@community-excellence/theory-of-action';
import { outcomeSummary } from './outcome-summary.js';

const pad = (text: string, width: number): string =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);

/**
 * The headline of a theory-of-action report as text lines: the highest gateway reached
 * (self-assessed), the counts by status, and which benchmarks block the next gateway. Nested
 * lines are indented by two spaces; the lines end without a newline.
 *
 * @example
 * ```ts
 * theoryOfActionSummaryLines(assessPartnership({ evidence, indicators, observations }));
 * // ['Highest gateway reached (self-assessed): EMERGING',
 * //  '  71 benchmarks: 46 met, 2 not-met, 7 insufficient-evidence, 16 not-applicable',
 * //  '  SUSTAINING is blocked by S.1.3, S.3.2']
 * ```
 */
export function theoryOfActionSummaryLines(report: TheoryOfActionReport): string[] {
  const lines: string[] = [];
  lines.push(`Highest gateway reached (self-assessed): ${report.highestGateway ?? 'none'}`);
  lines.push(
    `  ${report.results.length} benchmarks: ${Object.entries(report.counts)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ')}`,
  );
  const next = report.gateways.find((g) => !g.reached);
  if (next !== undefined && next.blocking.length > 0)
    lines.push(`  ${next.gateway} is blocked by ${next.blocking.join(', ')}`);
  return lines;
}

const statusCounts = (counts: Readonly<Record<BenchmarkStatus, number>>): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');

/**
 * The outcome analysis of a theory-of-action report as text lines: the analysed place and how it
 * was chosen, its comparisons, the reference group of each dimension and why, and per core
 * indicator the trend sentence, any reference group of its own, and one sentence per gap (see
 * {@link outcomeSummary}). Nested lines are indented by two spaces; the lines end without a newline.
 *
 * @example
 * ```ts
 * theoryOfActionOutcomeLines(assessPartnership({ evidence, indicators, observations }));
 * // ["Outcomes at county riverbend-county Riverbend County (chosen by a code of the evidence's geography)",
 * //  '  Compared with: none in the data', '  Reference groups:', ...]
 * ```
 */
export function theoryOfActionOutcomeLines(report: TheoryOfActionReport): string[] {
  const s = outcomeSummary(report.outcomes);
  const lines: string[] = [`Outcomes at ${s.place}`];
  if (report.outcomes.place === null) return lines;
  lines.push(`  Compared with: ${s.comparisons}`);
  lines.push(
    s.references.length === 0
      ? '  Reference groups: none (no subgroup data at this place)'
      : '  Reference groups:',
  );
  for (const r of s.references) lines.push(`    ${r}`);
  if (s.core.length === 0) lines.push('  Core indicators: none named');
  else lines.push('  Core indicators:');
  for (const c of s.core) {
    lines.push(`    ${c.title}`);
    lines.push(`      trend: ${c.trend}`);
    for (const r of c.references) lines.push(`      reference for this indicator: ${r}`);
    for (const g of c.gaps)
      lines.push(`      ${g.focal} - ${g.reference} (${g.dimension}): ${g.sentence}`);
  }
  return lines;
}

/**
 * A whole theory-of-action report as text: what was checked, the headline
 * ({@link theoryOfActionSummaryLines}), the outcome analysis ({@link theoryOfActionOutcomeLines}),
 * each gateway, and every benchmark with its status (the reasons are listed under benchmarks that
 * are not met or lack evidence). Ends with a newline.
 *
 * @example
 * ```ts
 * process.stdout.write(theoryOfActionText(report));
 * ```
 */
export function theoryOfActionText(report: TheoryOfActionReport): string {
  const lines: string[] = [];
  lines.push(
    `Theory-of-action report for ${report.partnershipId ?? '(unknown partnership)'} (evidence ${report.evidenceId ?? '-'}, as of ${report.asOf ?? '-'}), catalogue ${report.catalogue.id} ${report.catalogue.version}`,
  );
  lines.push(...theoryOfActionSummaryLines(report));
  lines.push(...theoryOfActionOutcomeLines(report));
  lines.push('Gateways:');
  const gatewayWidth = Math.max(0, ...report.gateways.map((g) => g.gateway.length)) + 1;
  for (const g of report.gateways)
    lines.push(
      `  ${pad(g.gateway, gatewayWidth)} ${g.reached ? 'reached    ' : 'not reached'} ${statusCounts(g.counts)}`,
    );
  lines.push('Benchmarks:');
  const idWidth = Math.max(0, ...report.results.map((r) => r.id.length)) + 1;
  for (const r of report.results) {
    lines.push(`  ${pad(r.id, idWidth)} ${pad(r.status, 21)} ${r.text}`);
    if (r.status === 'not-met' || r.status === 'insufficient-evidence')
      for (const reason of r.reasons) lines.push(`  ${' '.repeat(idWidth)} - ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}
