import type { ItemShare } from '@community-excellence/schemas/data';
import type {
  Framework,
  FrameworkCategory,
  FrameworkItem,
  ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { assignBand, type BandScaling } from './bands.js';
import { toExactValue, type ExactNumber } from './exact-number.js';
import { itemPointsRational } from './item-points.js';
import { assignProcessMaturity, stageForPercent } from './maturity.js';
import {
  divideRational,
  multiplyRational,
  rational,
  rationalFromNumber,
  sumRationals,
  type Rational,
} from './rational.js';
import type {
  ExcludedItem,
  ItemInput,
  ItemStatus,
  Scorecard,
  ScorecardCategory,
  ScorecardItem,
  ScorecardTotal,
  TableRef,
} from './scorecard.js';

/** One framework item with what the source says about it, before any arithmetic. */
export interface ScoringRow {
  readonly item: FrameworkItem;
  readonly category: FrameworkCategory;
  readonly status: ItemStatus;
  readonly percent: number | null;
  readonly range: string | null;
  readonly input: ItemInput | null;
  readonly reason: string | null;
  /** The share of the item's points the scope counts (null or absent: the whole item). */
  readonly share?: ItemShare | null;
  /** The scope's note on the item (a part of it listed), if any. */
  readonly scopeNote?: string | null;
}

/** The identifying part of a scorecard, decided before scoring. */
export type ScorecardHeader = Pick<
  Scorecard,
  'id' | 'assessmentId' | 'communityId' | 'scope' | 'source'
>;

const counted = (status: ItemStatus): boolean => status === 'scored' || status === 'unscored';

interface Computed {
  readonly row: ScoringRow;
  readonly max: Rational | null;
  readonly earned: Rational | null;
  readonly maxExact: ExactNumber | null;
  readonly earnedExact: ExactNumber | null;
}

function pointsInfo(framework: Framework, rows: readonly ScoringRow[]): Scorecard['points'] {
  const label = framework.pointsLabel ?? null;
  if (framework.pointsStatus === 'none') {
    return {
      available: false,
      label,
      reason: `The framework ${framework.id} publishes no points (pointsStatus "none"); percents and ranges are reported without points.`,
      suggestion:
        framework.family === 'coe'
          ? 'For a numeric scale, score against coeBaldrigeDerivedPoints (unofficial, Baldrige-derived) and show its label next to the points.'
          : 'For a numeric scale, add points to a copy of the framework (pointsStatus "derived" with a pointsLabel).',
    };
  }
  const missing = rows.filter(
    (r) =>
      counted(r.status) && (typeof r.item.points !== 'number' || !Number.isFinite(r.item.points)),
  );
  if (missing.length > 0) {
    return {
      available: false,
      label,
      reason: `Items ${missing.map((r) => r.item.code).join(', ')} have no points in ${framework.id}; percents and ranges are reported without points.`,
      suggestion: 'Give every item in scope its points (validateFramework reports the gaps).',
    };
  }
  return { available: true, label, reason: null, suggestion: null };
}

function total(parts: readonly Computed[], withPoints: boolean): ScorecardTotal {
  const inScope = parts.filter((p) => counted(p.row.status));
  const codes = inScope.map((p) => p.row.item.code);
  const scored = inScope.filter((p) => p.row.status === 'scored').length;
  const base = { items: codes, scored, unscored: inScope.length - scored };
  if (inScope.length === 0) {
    return {
      ...base,
      status: 'out-of-scope',
      earned: null,
      max: null,
      percentOfMax: null,
      trace: { items: codes, formula: null },
    };
  }
  if (!withPoints)
    return {
      ...base,
      status: 'counted',
      earned: null,
      max: null,
      percentOfMax: null,
      trace: { items: codes, formula: null },
    };
  const earned = sumRationals(inScope.map((p) => p.earned ?? { num: 0n, den: 1n }));
  const max = sumRationals(inScope.map((p) => p.max ?? { num: 0n, den: 1n }));
  const ratio = divideRational(earned, max);
  const terms = inScope.map(
    (p) =>
      `${p.earnedExact?.exact ?? '0'} (${p.row.item.code}${p.row.status === 'unscored' ? ', unscored' : ''})`,
  );
  const earnedExact = toExactValue(earned);
  const maxExact = toExactValue(max);
  return {
    ...base,
    status: 'counted',
    earned: earnedExact,
    max: maxExact,
    percentOfMax:
      ratio === undefined ? null : toExactValue(multiplyRational(ratio, { num: 100n, den: 1n })),
    trace: {
      items: codes,
      formula: `${terms.join(' + ')} = ${earnedExact.exact} of ${maxExact.exact}`,
    },
  };
}

function rationalOf(computed: readonly Computed[], key: 'earned' | 'max'): Rational | null {
  const parts = computed.filter((p) => counted(p.row.status));
  if (parts.length === 0 || parts.some((p) => p[key] === null)) return null;
  return sumRationals(parts.map((p) => p[key] as Rational));
}

function shareRational(share: ItemShare | null | undefined): Rational | null {
  if (share === null || share === undefined) return null;
  return rational(BigInt(share.numerator), BigInt(share.denominator)) ?? null;
}

/** `' (1/2 of 120)'` when only a share of the item counts. */
function shareText(row: ScoringRow): string {
  if (row.share === null || row.share === undefined || typeof row.item.points !== 'number')
    return '';
  if (row.share.numerator === row.share.denominator) return '';
  return ` (${row.share.numerator}/${row.share.denominator} of ${row.item.points})`;
}

/** Turns rows into a scorecard: exact points, totals, bands, maturity stages, traces. */
export function assembleScorecard(
  header: ScorecardHeader,
  rows: readonly ScoringRow[],
  framework: Framework,
  guidelines: ScoringGuidelines,
  scaling: BandScaling,
): Scorecard {
  const points = pointsInfo(framework, rows);
  const refBase = {
    framework: { id: framework.id, edition: framework.edition, version: framework.version },
    guidelines: { id: guidelines.id, edition: guidelines.edition, version: guidelines.version },
  };
  const computed: Computed[] = rows.map((row) => {
    const full =
      points.available && counted(row.status)
        ? (rationalFromNumber(row.item.points ?? Number.NaN) ?? null)
        : null;
    const share = shareRational(row.share);
    const max = full === null || share === null ? full : multiplyRational(full, share);
    let earned: Rational | null = null;
    if (max !== null && row.status === 'scored' && row.percent !== null)
      earned = itemPointsRational(row.percent, max) ?? null;
    if (max !== null && row.status === 'unscored') earned = { num: 0n, den: 1n };
    return {
      row,
      max,
      earned,
      maxExact: max === null ? null : toExactValue(max),
      earnedExact: earned === null ? null : toExactValue(earned),
    };
  });

  const items: ScorecardItem[] = computed.map(({ row, maxExact, earnedExact }) => {
    const scored = row.status === 'scored' && row.percent !== null;
    const stage =
      scored && row.item.kind === 'process'
        ? stageForPercent(guidelines, row.percent as number)
        : null;
    const tables = [
      ...(maxExact === null ? [] : ['framework.points']),
      ...(scored ? ['guidelines.ranges'] : []),
      ...(stage === null ? [] : ['guidelines.maturityStages']),
    ];
    const trace: TableRef & ScorecardItem['trace'] = {
      ...refBase,
      tables,
      input: row.input,
      range: row.range,
      percent: row.percent,
      maxPoints: maxExact,
      points: earnedExact,
      formula:
        scored && maxExact !== null && earnedExact !== null
          ? `${row.percent}% × ${maxExact.exact}${shareText(row)} = ${earnedExact.exact}`
          : row.status === 'unscored' && maxExact !== null
            ? `unscored: 0 of ${maxExact.exact}${shareText(row)}`
            : null,
      reason: row.reason,
    };
    return {
      code: row.item.code,
      name: row.item.name,
      kind: row.item.kind,
      category: row.category.code,
      status: row.status,
      range: scored ? row.range : null,
      percent: scored ? row.percent : null,
      maxPoints: maxExact,
      earned: earnedExact,
      maturityStage: stage,
      share:
        counted(row.status) && row.share !== null && row.share !== undefined
          ? { numerator: row.share.numerator, denominator: row.share.denominator }
          : null,
      scopeNote: counted(row.status) ? (row.scopeNote ?? null) : null,
      trace,
    };
  });

  const categories: ScorecardCategory[] = framework.categories.map((category) => {
    const parts = computed.filter((p) => p.row.category.code === category.code);
    const kinds = new Set(category.items.map((i) => i.kind));
    const kind = kinds.size === 1 ? ([...kinds][0] ?? 'mixed') : 'mixed';
    return { code: category.code, name: category.name, kind, ...total(parts, points.available) };
  });

  const processParts = computed.filter((p) => p.row.item.kind === 'process');
  const resultsParts = computed.filter((p) => p.row.item.kind === 'results');
  const withPoints = points.available;
  const processEarned = withPoints ? rationalOf(processParts, 'earned') : null;
  const processMax = withPoints ? rationalOf(processParts, 'max') : null;
  const excluded: ExcludedItem[] = rows
    .filter((r) => !counted(r.status))
    .map((r) => ({
      code: r.item.code,
      reason: r.status === 'out-of-scope' ? 'out-of-scope' : 'not-applicable',
      detail: r.reason ?? '',
    }));
  const unscored = rows.filter((r) => r.status === 'unscored').map((r) => r.item.code);

  return {
    kind: 'scorecard',
    formatVersion: 1,
    ...header,
    framework: {
      ...refBase.framework,
      pointsStatus: framework.pointsStatus,
      pointsLabel: framework.pointsLabel ?? null,
      totalPoints: framework.totalPoints,
    },
    guidelines: refBase.guidelines,
    points,
    items,
    categories,
    process: total(processParts, withPoints),
    results: total(resultsParts, withPoints),
    total: total(computed, withPoints),
    bands: {
      scaling,
      process: assignBand('process', guidelines, processEarned, processMax, scaling),
      results: assignBand(
        'results',
        guidelines,
        withPoints ? rationalOf(resultsParts, 'earned') : null,
        withPoints ? rationalOf(resultsParts, 'max') : null,
        scaling,
      ),
    },
    maturity: { process: assignProcessMaturity(guidelines, processEarned, processMax) },
    excluded,
    unscored,
    complete: unscored.length === 0,
  };
}
