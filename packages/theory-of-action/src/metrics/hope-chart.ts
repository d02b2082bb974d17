import type { Indicator, Observation } from '@community-excellence/schemas/data';
import { isFiniteNumber, toText } from './metric.js';
import type { ExclusionReason, ValueOptions, ValueTreatment } from './read-value.js';
import type { IndicatorDirection } from './reference.js';
import { unitValuesOf, type UnitValue } from './unit-values.js';
import { optionsOf } from '../options-of.js';

/**
 * The covariate of a {@link hopeChart}: another indicator measured for the same units (for example
 * the share of children in poverty), from which each unit's outcome is expected. Its period and
 * subgroup default to the outcome's.
 *
 * @example
 * ```ts
 * const c: HopeChartCovariate = { indicatorId: 'v024', name: 'children in poverty' };
 * ```
 */
export interface HopeChartCovariate {
  readonly indicatorId: string;
  /** The covariate's period label; the outcome's `period` when absent. */
  readonly period?: string;
  /** The covariate's subgroup; the outcome's subgroup when absent. */
  readonly subgroup?: { readonly dimension: string; readonly value: string };
  /** A label for notes and charts; the indicator id when absent. */
  readonly name?: string;
}

/**
 * Query of {@link hopeChart}: the outcome indicator, period, place level and subgroup, the covariate,
 * and the adequacy rules.
 *
 * @example
 * ```ts
 * const q: HopeChartQuery = {
 *   indicator, observations, period: '2025 release', level: 'county',
 *   subgroup: { dimension: 'race', value: 'black' }, covariate: { indicatorId: 'v024' },
 * };
 * ```
 */
export interface HopeChartQuery {
  readonly indicator: Indicator;
  /** Rows of the outcome and of the covariate (one array may hold both indicators). */
  readonly observations: readonly Observation[];
  /** The outcome's period label, as the observations write it. */
  readonly period: string;
  /** The place level of the units (for example `county`); rows of other levels are not units. */
  readonly level: string;
  readonly covariate: HopeChartCovariate;
  /** The outcome's subgroup; the whole population (`all`/`all`) when absent. */
  readonly subgroup?: { readonly dimension: string; readonly value: string };
  /** How many bright spots to name at most. Default 5. */
  readonly top?: number;
  /** Units with both values needed to fit the line. Default 10; never fewer than 3. */
  readonly minUnits?: number;
  /** An outcome or covariate row whose `denominator` is below this is excluded (`small-denominator`). Default 20. */
  readonly minDenominator?: number;
  readonly valueOptions?: ValueOptions;
}

/**
 * The least-squares line `expected = intercept + slope * covariate` over `n` units, with the share
 * of the outcome's variation between units it accounts for (`rSquared`); or why it was not fitted.
 */
export type HopeChartFit =
  | {
      readonly status: 'computed';
      readonly intercept: number;
      readonly slope: number;
      readonly rSquared: number;
      readonly n: number;
    }
  | { readonly status: 'NOT_COMPUTABLE'; readonly reason: string; readonly n: number };

/**
 * One unit of a {@link hopeChart}. `residual` is value minus expected; `advantage` is the same in the
 * direction of good (positive = better than expected from the covariate, whatever the polarity);
 * `rank` 1 is the unit furthest above its expectation.
 */
export interface HopeChartUnit {
  readonly code: string;
  readonly name?: string;
  /** Row index of the outcome, in the observations passed. */
  readonly index: number;
  /** Row index of the covariate. */
  readonly covariateIndex: number;
  readonly value: number;
  readonly covariate: number;
  readonly expected: number;
  readonly residual: number;
  readonly advantage: number;
  readonly rank: number;
  readonly treatment: ValueTreatment;
  readonly warnings: readonly string[];
}

/**
 * A unit left out of a {@link hopeChart}: which of its two values (`of`) could not be used, why,
 * and the row index when there is a row. `no-row` means the unit has a row of the other indicator
 * but none of this one.
 */
export interface HopeChartExclusion {
  readonly code: string;
  readonly of: 'outcome' | 'covariate';
  readonly index?: number;
  readonly reason: ExclusionReason | 'small-denominator' | 'duplicate' | 'no-row';
  readonly raw?: string;
  readonly detail?: string;
}

/**
 * The result of {@link hopeChart}. Always labelled `correlational, not causal`.
 *
 * @example
 * ```ts
 * declare const chart: HopeChart;
 * chart.fit.status === 'computed' ? chart.fit.slope : chart.fit.reason;
 * chart.brightSpots.map((u) => [u.code, u.advantage]);
 * ```
 */
export interface HopeChart {
  readonly label: 'correlational, not causal';
  readonly indicatorId: string;
  readonly direction: IndicatorDirection;
  readonly level: string;
  readonly period: string;
  readonly subgroup: { readonly dimension: string; readonly value: string };
  readonly covariate: {
    readonly indicatorId: string;
    readonly name: string;
    readonly period: string;
    readonly subgroup: { readonly dimension: string; readonly value: string };
  };
  readonly top: number;
  readonly minUnits: number;
  readonly minDenominator: number;
  readonly fit: HopeChartFit;
  /** Every unit with both values, in the order of its outcome row; empty when the line was not fitted. */
  readonly units: readonly HopeChartUnit[];
  /** At most `top` units with `advantage > 0`, best first. */
  readonly brightSpots: readonly HopeChartUnit[];
  /** Sorted by code, the outcome before the covariate. */
  readonly excluded: readonly HopeChartExclusion[];
  readonly notes: readonly string[];
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';
const subgroupOf = (
  x: unknown,
): { readonly dimension: string; readonly value: string } | undefined =>
  isObj(x) && isString(x.dimension) && isString(x.value)
    ? { dimension: x.dimension, value: x.value }
    : undefined;
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Pair {
  readonly outcome: UnitValue;
  readonly covariate: UnitValue;
}

interface MutableUnit {
  code: string;
  name?: string;
  index: number;
  covariateIndex: number;
  value: number;
  covariate: number;
  expected: number;
  residual: number;
  advantage: number;
  rank: number;
  treatment: ValueTreatment;
  warnings: readonly string[];
}

interface MutableExclusion {
  code: string;
  of: 'outcome' | 'covariate';
  index?: number;
  reason: HopeChartExclusion['reason'];
  raw?: string;
  detail?: string;
}

/** Ordinary least squares of the outcomes on the covariates (centred sums). @internal */
function fitLine(pairs: readonly Pair[], minUnits: number): HopeChartFit {
  const n = pairs.length;
  if (n < minUnits)
    return {
      status: 'NOT_COMPUTABLE',
      reason: `${n} unit(s) have both values; the line needs at least ${minUnits}`,
      n,
    };
  let meanX = 0;
  let meanY = 0;
  for (const p of pairs) {
    meanX += p.covariate.value;
    meanY += p.outcome.value;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pairs) {
    const dx = p.covariate.value - meanX;
    const dy = p.outcome.value - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0)
    return { status: 'NOT_COMPUTABLE', reason: 'every unit has the same covariate value', n };
  if (syy === 0)
    return {
      status: 'NOT_COMPUTABLE',
      reason: 'every unit has the same outcome value: there is nothing to expect or beat',
      n,
    };
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const rSquared = Math.min(1, Math.max(0, (sxy * sxy) / (sxx * syy)));
  if (!isFiniteNumber(slope) || !isFiniteNumber(intercept) || !isFiniteNumber(rSquared))
    return { status: 'NOT_COMPUTABLE', reason: 'the line is not a finite number', n };
  return { status: 'computed', intercept: intercept === 0 ? 0 : intercept, slope, rSquared, n };
}

/**
 * A hope chart (theory-of-action.md 5.5, as Commit! Partnership used them): each unit's outcome
 * against what is expected from a covariate measured for the same units, with the units furthest
 * above expectation in the direction of good named as bright spots.
 *
 * Units are places at `level` (rows of other levels, such as the state and the nation, are not
 * units). A unit needs one usable outcome row (indicator, `period`, `subgroup`) and one usable
 * covariate row (the covariate's indicator, period and subgroup), each read as bright spots read
 * them: suppressed, missing, bounded, low-quality and by default interval cells are excluded with the
 * raw token, a unit with two rows is excluded (`duplicate`), and a row whose `denominator` is below
 * `minDenominator` is excluded (`small-denominator`); a unit with a row of only one of the two
 * indicators is excluded (`no-row`). Every exclusion is listed with the reason.
 *
 * The line `expected = intercept + slope * covariate` is fitted by ordinary least squares over the
 * units with both values, when there are at least `minUnits` (default 10) and both values vary;
 * otherwise `fit` is `NOT_COMPUTABLE` with the reason and no unit is listed. `residual` is value
 * minus expected (residuals within 1e-9 of the largest outcome count as 0, so a unit on the line is
 * never a bright spot); `advantage` is the residual with the sign of good. Units are ranked by
 * advantage (ties by code) and the first `top` (default 5) with `advantage > 0` are the bright spots.
 * A neutral indicator gives no chart and a note. The result is correlational, not causal. Never
 * throws.
 *
 * @example
 * ```ts
 * const chart = hopeChart({
 *   indicator: grade3Ela, observations, period: '2025 release', level: 'county',
 *   covariate: { indicatorId: 'v024', name: 'children in poverty' },
 * });
 * chart.brightSpots.map((u) => [u.code, u.value, u.expected]);
 * ```
 */
export function hopeChart(query: HopeChartQuery): HopeChart {
  try {
    return hopeChartUnchecked(query);
  } catch {
    return hopeChartUnchecked({} as HopeChartQuery);
  }
}

function hopeChartUnchecked(query: HopeChartQuery): HopeChart {
  const q: Partial<HopeChartQuery> = optionsOf(query);
  const indicatorId = toText(isObj(q.indicator) ? q.indicator.id : undefined);
  const rawDirection = isObj(q.indicator) ? q.indicator.direction : undefined;
  const direction: IndicatorDirection =
    rawDirection === 'higher-is-better' || rawDirection === 'lower-is-better'
      ? rawDirection
      : 'neutral';
  const level = toText(q.level);
  const period = toText(q.period);
  const subgroup = subgroupOf(q.subgroup) ?? { dimension: 'all', value: 'all' };
  const c: Partial<HopeChartCovariate> = isObj(q.covariate) ? optionsOf(q.covariate) : {};
  const covariateId = toText(c.indicatorId);
  const covariate = {
    indicatorId: covariateId,
    name: isString(c.name) && c.name !== '' ? c.name : covariateId,
    period: isString(c.period) ? c.period : period,
    subgroup: subgroupOf(c.subgroup) ?? subgroup,
  };
  const top = isFiniteNumber(q.top) && q.top >= 0 ? Math.floor(q.top) : 5;
  const minUnits = isFiniteNumber(q.minUnits) ? Math.max(3, Math.ceil(q.minUnits)) : 10;
  const minDenominator = isFiniteNumber(q.minDenominator) ? q.minDenominator : 20;
  const valueOptions = isObj(q.valueOptions) ? q.valueOptions : {};
  const notes: string[] = [];
  const result = (
    fit: HopeChartFit,
    units: readonly HopeChartUnit[],
    brightSpots: readonly HopeChartUnit[],
    excluded: readonly HopeChartExclusion[],
  ): HopeChart => ({
    label: 'correlational, not causal',
    indicatorId,
    direction,
    level,
    period,
    subgroup,
    covariate,
    top,
    minUnits,
    minDenominator,
    fit,
    units,
    brightSpots,
    excluded,
    notes,
  });
  if (direction === 'neutral') {
    const reason =
      'the indicator has no direction of good (neutral): better or worse than expected cannot be said';
    notes.push(reason);
    return result({ status: 'NOT_COMPUTABLE', reason, n: 0 }, [], [], []);
  }
  if (covariateId === '') {
    const reason = 'no covariate indicator was given';
    notes.push(reason);
    return result({ status: 'NOT_COMPUTABLE', reason, n: 0 }, [], [], []);
  }

  // 1. Each unit's outcome and covariate, read the bright-spot way.
  const outcomes = unitValuesOf(
    q.observations,
    { indicatorId, level, period, subgroup },
    valueOptions,
    minDenominator,
  );
  const covariates = unitValuesOf(
    q.observations,
    {
      indicatorId: covariateId,
      level,
      period: covariate.period,
      subgroup: covariate.subgroup,
    },
    valueOptions,
    minDenominator,
  );
  const excluded: MutableExclusion[] = [];
  const note = (of: 'outcome' | 'covariate', e: (typeof outcomes.excluded)[number]): void => {
    const x: MutableExclusion = { code: e.code, of, index: e.index, reason: e.reason };
    if (e.raw !== undefined) x.raw = e.raw;
    if (e.detail !== undefined) x.detail = e.detail;
    excluded.push(x);
  };
  for (const e of outcomes.excluded) note('outcome', e);
  for (const e of covariates.excluded) note('covariate', e);
  const hasOutcomeRow = new Set<string>();
  for (const u of outcomes.values) hasOutcomeRow.add(u.code);
  for (const e of outcomes.excluded) hasOutcomeRow.add(e.code);
  const hasCovariateRow = new Set<string>();
  const covariateByCode = new Map<string, UnitValue>();
  for (const u of covariates.values) {
    hasCovariateRow.add(u.code);
    covariateByCode.set(u.code, u);
  }
  for (const e of covariates.excluded) hasCovariateRow.add(e.code);
  const pairs: Pair[] = [];
  for (const u of outcomes.values) {
    const x = covariateByCode.get(u.code);
    if (x !== undefined) pairs.push({ outcome: u, covariate: x });
    else if (!hasCovariateRow.has(u.code))
      excluded.push({
        code: u.code,
        of: 'covariate',
        reason: 'no-row',
        detail: `no ${covariateId} row for ${covariate.subgroup.dimension}/${covariate.subgroup.value} in ${covariate.period}`,
      });
  }
  for (const u of covariates.values)
    if (!hasOutcomeRow.has(u.code))
      excluded.push({
        code: u.code,
        of: 'outcome',
        reason: 'no-row',
        detail: `no ${indicatorId} row for ${subgroup.dimension}/${subgroup.value} in ${period}`,
      });
  excluded.sort(
    (a, b) =>
      byCode(a.code, b.code) ||
      (a.of === b.of ? (a.index ?? -1) - (b.index ?? -1) : a.of === 'outcome' ? -1 : 1),
  );

  // 2. The line.
  const fit = fitLine(pairs, minUnits);
  const correlational = `correlational, not causal: a unit above the line did better than units with the same ${covariate.name} tended to; the line describes these units, not what would happen if ${covariate.name} changed, and a bright spot shows where to look for practices`;
  if (outcomes.unitsWithRows === 0)
    notes.push(
      `no rows of ${indicatorId} at level ${level} in ${period} for ${subgroup.dimension}/${subgroup.value}`,
    );
  if (covariates.unitsWithRows === 0)
    notes.push(
      `no rows of ${covariateId} at level ${level} in ${covariate.period} for ${covariate.subgroup.dimension}/${covariate.subgroup.value}`,
    );
  if (fit.status !== 'computed') {
    notes.push(`no line fitted: ${fit.reason}`);
    notes.push(correlational);
    return result(fit, [], [], excluded);
  }

  // 3. Each unit against its expectation.
  let scale = 1;
  for (const p of pairs) scale = Math.max(scale, Math.abs(p.outcome.value));
  const tolerance = 1e-9 * scale;
  const units: MutableUnit[] = [];
  for (const p of pairs) {
    const expected = fit.intercept + fit.slope * p.covariate.value;
    let residual = p.outcome.value - expected;
    if (Math.abs(residual) <= tolerance) residual = 0;
    const advantage = residual === 0 ? 0 : direction === 'higher-is-better' ? residual : -residual;
    const unit: MutableUnit = {
      code: p.outcome.code,
      index: p.outcome.index,
      covariateIndex: p.covariate.index,
      value: p.outcome.value,
      covariate: p.covariate.value,
      expected,
      residual,
      advantage,
      rank: 0,
      treatment: p.outcome.treatment,
      warnings:
        p.covariate.warnings.length === 0
          ? p.outcome.warnings
          : [...p.outcome.warnings, ...p.covariate.warnings.map((w) => `covariate: ${w}`)],
    };
    const name = p.outcome.name ?? p.covariate.name;
    if (name !== undefined) unit.name = name;
    units.push(unit);
  }
  const ranked = [...units].sort((a, b) => b.advantage - a.advantage || byCode(a.code, b.code));
  ranked.forEach((u, i) => {
    u.rank = i + 1;
  });
  const brightSpots = ranked.filter((u) => u.advantage > 0).slice(0, top);

  const slopeText =
    fit.slope < 0 ? `- ${(-fit.slope).toPrecision(4)}` : `+ ${fit.slope.toPrecision(4)}`;
  notes.push(
    `expected ${indicatorId} = ${fit.intercept.toPrecision(4)} ${slopeText} x ${covariate.name}, by ordinary least squares over ${fit.n} units; ${covariate.name} accounts for ${(fit.rSquared * 100).toFixed(1)}% of the variation between units (R-squared ${fit.rSquared.toFixed(3)})`,
  );
  notes.push(correlational);
  if (!ranked.some((u) => u.advantage > 0))
    notes.push('no unit is above its expectation in the direction of good: no bright spots');
  const withoutDenominator = pairs.filter((p) => p.outcome.denominator === undefined).length;
  if (withoutDenominator > 0)
    notes.push(
      `${withoutDenominator} unit(s) have no outcome denominator: their number of people was not checked, and small units swing more`,
    );
  return result(fit, units, brightSpots, excluded);
}
