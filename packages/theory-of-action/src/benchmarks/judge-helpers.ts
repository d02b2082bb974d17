import type { PathSegment } from '@community-excellence/schemas/data';
import type { BenchmarkStatus, EvidenceRef, Judgement, JudgeContext } from './types.js';

/** An evidence reference into the partnership-evidence document. @internal */
export const evidenceRef = (path: readonly PathSegment[], note: string): EvidenceRef => ({
  document: 'partnership-evidence',
  path,
  note,
});

/** A judgement. @internal */
export const judgement = (
  status: BenchmarkStatus,
  reasons: readonly string[],
  evidence: readonly EvidenceRef[] = [],
): Judgement => ({ status, reasons, evidence });

/** Items of an optional array field, with their index. @internal */
export const items = <T>(list: readonly T[] | undefined): { item: T; index: number }[] =>
  Array.isArray(list) ? list.map((item, index) => ({ item, index })) : [];

/** Evidence items tagged with a benchmark id. @internal */
export function taggedClaims(
  ctx: JudgeContext,
  benchmarkId: string,
): { item: { id: string; claim: string; confidence: string }; index: number }[] {
  return items(ctx.evidence.evidence).filter(
    ({ item }) => Array.isArray(item?.benchmarkIds) && item.benchmarkIds.includes(benchmarkId),
  );
}

/**
 * A judge for benchmarks no structured fact can show: met when an evidence item tagged with the id is
 * `verified` or `partial`; insufficient when only `inferred` claims or none exist.
 * @internal
 */
export function claimJudge(
  benchmarkId: string,
  whenNone: BenchmarkStatus = 'insufficient-evidence',
  noneReason?: string,
): (ctx: JudgeContext) => Judgement {
  return (ctx) => {
    const claims = taggedClaims(ctx, benchmarkId);
    const refs = claims.map(({ item, index }) =>
      evidenceRef(['evidence', index], `${item.id} (${item.confidence}): ${item.claim}`),
    );
    const strong = claims.filter(
      ({ item }) => item.confidence === 'verified' || item.confidence === 'partial',
    );
    if (strong.length > 0)
      return judgement(
        'met',
        [
          `asserted by ${strong.map(({ item }) => `${item.id} (${item.confidence})`).join(', ')}; no structured fact checks this benchmark`,
        ],
        refs,
      );
    if (claims.length > 0)
      return judgement(
        'insufficient-evidence',
        ['only inferred claims are tagged with this benchmark'],
        refs,
      );
    return judgement(
      whenNone,
      [
        noneReason ??
          `no structured fact covers this benchmark and no evidence item is tagged ${benchmarkId}`,
      ],
      [
        evidenceRef(
          ['evidence'],
          `looked for evidence items with benchmarkIds containing ${benchmarkId}: none`,
        ),
      ],
    );
  };
}

/** Distinct values. @internal */
export const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** `a of b (pct%)`. @internal */
export const share = (a: number, b: number): string =>
  `${a} of ${b} (${b === 0 ? 0 : Math.round((a / b) * 1000) / 10}%)`;

/** Months between two ISO dates (fractional), or undefined. @internal */
export function monthsBetween(from: string, to: string): number | undefined {
  const fromTime = Date.parse(`${from}T00:00:00Z`);
  const toTime = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(fromTime) || !Number.isFinite(toTime)) return undefined;
  return (toTime - fromTime) / (1000 * 60 * 60 * 24 * 30.4375);
}

/** Whether an ISO date range covers a day (missing ends are open). @internal */
export const activeOn = (day: string, start?: string, end?: string): boolean =>
  (start === undefined || start <= day) && (end === undefined || end >= day);
