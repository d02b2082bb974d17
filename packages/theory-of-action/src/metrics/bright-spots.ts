import type { Indicator, Observation } from '@community-excellence/schemas/data';
import { computed, isFiniteNumber, notComputable, toText, type Metric } from './metric.js';
import type { ExclusionReason, ValueOptions, ValueTreatment } from './read-value.js';
import { unitValuesOf } from './unit-values.js';
import type { IndicatorDirection } from './reference.js';
import { optionsOf } from '../options-of.js';

/**
 * Query of {@link brightSpots}: one indicator, period, place level and subgroup, the margin `k` and
 * the adequacy rules.
 *
 * @example
 * ```ts
 * const q: BrightSpotQuery = { indicator, observations, period: '2024-25', level: 'district', k: 5 };
 * ```
 */
export interface BrightSpotQuery {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  /** The period label, as the observations write it. */
  readonly period: string;
  /** The place level of the units compared (for example `district`). */
  readonly level: string;
  /**
   * The margin, in the indicator's unit, by which a unit must beat its peer median in the direction
   * of good (percentage points for a percent, 0.10 for ten points of a proportion). Finite, `>= 0`.
   */
  readonly k: number;
  /** The subgroup compared; the whole population (`all`/`all`) when absent. */
  readonly subgroup?: { readonly dimension: string; readonly value: string };
  /**
   * Peer group of each unit by place code (for example rural districts vs the others). When absent,
   * every unit at the level is in one peer group, `all`. Units whose code is not listed are excluded
   * with `no-peer-group`.
   */
  readonly peerGroups?: Readonly<Record<string, string>>;
  /** A row whose `denominator` is below this is excluded (`small-denominator`). Default 20 ([inferred]). */
  readonly minDenominator?: number;
  /** Peer groups with fewer usable units than this are not compared (`too-few-peers`). Default 3. */
  readonly minPeers?: number;
  readonly valueOptions?: ValueOptions;
}

/**
 * A unit left out of {@link brightSpots}, with the row index (in the observations passed), the reason
 * and the raw token or the detail.
 */
export interface BrightSpotExclusion {
  readonly code: string;
  readonly index: number;
  /**
   * Why the unit was not compared: a value-reading reason (suppressed, missing, bound, ...), or
   * `small-denominator`, `no-peer-group`, `too-few-peers`, `duplicate` (more than one row for the
   * unit).
   */
  readonly reason:
    ExclusionReason | 'small-denominator' | 'no-peer-group' | 'too-few-peers' | 'duplicate';
  readonly raw?: string;
  readonly detail?: string;
}

/**
 * A unit compared with its peer median. `difference` is value minus median; `advantage` is the
 * same in the direction of good (positive = better than the median whatever the polarity).
 */
export interface BrightSpotUnit {
  readonly code: string;
  readonly name?: string;
  readonly index: number;
  readonly peerGroup: string;
  readonly value: number;
  readonly treatment: ValueTreatment;
  readonly peerMedian: number;
  readonly difference: number;
  readonly advantage: number;
  readonly brightSpot: boolean;
  readonly denominator?: number;
  readonly warnings: readonly string[];
}

/**
 * A peer group: its label, the number of units compared and their median.
 */
export interface PeerGroupSummary {
  readonly label: string;
  readonly units: number;
  readonly median: Metric;
}

/**
 * The result of {@link brightSpots}. Always labelled `descriptive, not causal`: a unit beating its
 * peers shows where to look for practices, not what caused the result.
 *
 * @example
 * ```ts
 * declare const r: BrightSpotReport;
 * r.brightSpots.map((u) => u.code); r.excluded; r.notes;
 * ```
 */
export interface BrightSpotReport {
  readonly label: 'descriptive, not causal';
  readonly indicatorId: string;
  readonly direction: IndicatorDirection;
  readonly level: string;
  readonly period: string;
  readonly subgroup: { readonly dimension: string; readonly value: string };
  readonly k: number;
  readonly minDenominator: number;
  readonly minPeers: number;
  /** Units beating their peer median by at least `k`, best advantage first. */
  readonly brightSpots: readonly BrightSpotUnit[];
  /** Every unit compared (bright spots included), in input order. */
  readonly units: readonly BrightSpotUnit[];
  readonly peerGroups: readonly PeerGroupSummary[];
  readonly excluded: readonly BrightSpotExclusion[];
  readonly notes: readonly string[];
}

/** Median of a non-empty list of finite numbers. @internal */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';

interface Candidate {
  code: string;
  name?: string;
  index: number;
  peerGroup: string;
  value: number;
  treatment: ValueTreatment;
  denominator?: number;
  warnings: readonly string[];
}

/**
 * Bright spots (theory-of-action.md 5.5): the units (places at one `level`, for example districts)
 * whose value of one indicator in one period beats the median of their peer group by at least `k` in
 * the indicator's direction of good. Only units with a usable, non-suppressed value (the rules of
 * `readObservationValue`: suppressed, missing, bounded, low-quality and by default interval
 * cells are excluded), a `denominator` of at least `minDenominator` when the row has one, a peer group,
 * and at least `minPeers` usable peers are compared; every other unit is listed in `excluded` with the
 * reason. The peer median includes the unit itself; a unit must beat it strictly (`advantage > 0`)
 * and by at least `k` (with a 1e-9 relative tolerance for floating-point sums), so a unit exactly at
 * the median is never a bright spot, even with `k = 0`. A neutral indicator or an invalid `k` gives no
 * comparison and a note. The result is descriptive, not causal. Never throws.
 *
 * @example
 * ```ts
 * const r = brightSpots({ indicator: grade3Ela, observations, period: '2024-25', level: 'district', k: 5 });
 * r.brightSpots.map((u) => [u.code, u.advantage]); // [['9900101', 5.4...]]: 59.2 vs the median 53.8
 * ```
 */
export function brightSpots(query: BrightSpotQuery): BrightSpotReport {
  query = optionsOf(query) as typeof query; // fields are read defensively below
  const q: Partial<BrightSpotQuery> = isObj(query) ? query : {};
  const indicatorId = toText(isObj(q.indicator) ? q.indicator.id : undefined);
  const rawDirection = isObj(q.indicator) ? q.indicator.direction : undefined;
  const direction: IndicatorDirection =
    rawDirection === 'higher-is-better' || rawDirection === 'lower-is-better'
      ? rawDirection
      : 'neutral';
  const level = toText(q.level);
  const period = toText(q.period);
  const subgroup =
    isObj(q.subgroup) && isString(q.subgroup.dimension) && isString(q.subgroup.value)
      ? { dimension: q.subgroup.dimension, value: q.subgroup.value }
      : { dimension: 'all', value: 'all' };
  const k = typeof q.k === 'number' ? q.k : Number.NaN;
  const minDenominator = isFiniteNumber(q.minDenominator) ? q.minDenominator : 20;
  const minPeers = isFiniteNumber(q.minPeers) && q.minPeers >= 1 ? q.minPeers : 3;
  const peerMap = isObj(q.peerGroups) ? q.peerGroups : undefined;
  const valueOptions = isObj(q.valueOptions) ? q.valueOptions : {};
  const notes: string[] = [];
  const base = {
    label: 'descriptive, not causal' as const,
    indicatorId,
    direction,
    level,
    period,
    subgroup,
    k,
    minDenominator,
    minPeers,
  };
  const empty = (): BrightSpotReport => ({
    ...base,
    brightSpots: [],
    units: [],
    peerGroups: [],
    excluded: [],
    notes,
  });
  if (direction === 'neutral') {
    notes.push('the indicator has no direction of good (neutral): bright spots cannot be named');
    return empty();
  }
  if (!isFiniteNumber(k) || k < 0) {
    notes.push('k must be a finite number >= 0');
    return empty();
  }

  // 1. Each unit's value, or why it is left out (the reading shared with hopeChart).
  const read = unitValuesOf(
    q.observations,
    { indicatorId, level, period, subgroup },
    valueOptions,
    minDenominator,
  );
  const excluded: BrightSpotExclusion[] = [...read.excluded];
  const withoutDenominator = read.withoutDenominator;

  // 2. Each unit's peer group.
  const candidates: Candidate[] = [];
  for (const unit of read.values) {
    const peerGroup = peerMap === undefined ? 'all' : peerMap[unit.code];
    if (!isString(peerGroup)) {
      excluded.push({ code: unit.code, index: unit.index, reason: 'no-peer-group' });
      continue;
    }
    const candidate: Candidate = {
      code: unit.code,
      index: unit.index,
      peerGroup,
      value: unit.value,
      treatment: unit.treatment,
      warnings: unit.warnings,
    };
    if (unit.name !== undefined) candidate.name = unit.name;
    if (unit.denominator !== undefined) candidate.denominator = unit.denominator;
    candidates.push(candidate);
  }

  // 3. Medians per peer group; units of groups that are too small are left out.
  const byGroup = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byGroup.get(c.peerGroup);
    if (list) list.push(c);
    else byGroup.set(c.peerGroup, [c]);
  }
  const medians = new Map<string, number>();
  const peerGroups: PeerGroupSummary[] = [];
  for (const [label, list] of byGroup) {
    if (list.length < minPeers) {
      for (const c of list)
        excluded.push({
          code: c.code,
          index: c.index,
          reason: 'too-few-peers',
          detail: `peer group ${label} has ${list.length} usable unit(s), fewer than ${minPeers}`,
        });
      peerGroups.push({
        label,
        units: list.length,
        median: notComputable(`fewer than ${minPeers} usable units`),
      });
      continue;
    }
    const m = median(list.map((c) => c.value));
    medians.set(label, m);
    peerGroups.push({ label, units: list.length, median: computed(m) });
  }

  // 4. Compare.
  const tolerance = 1e-9 * Math.max(1, Math.abs(k));
  const units: BrightSpotUnit[] = [];
  for (const c of candidates) {
    const m = medians.get(c.peerGroup);
    if (m === undefined) continue;
    const difference = c.value - m;
    const advantage = direction === 'higher-is-better' ? difference : -difference;
    const brightSpot = advantage > 0 && advantage >= k - tolerance;
    units.push({
      ...c,
      peerMedian: m,
      difference: difference === 0 ? 0 : difference,
      advantage: advantage === 0 ? 0 : advantage,
      brightSpot,
    });
  }
  const spots = units
    .filter((u) => u.brightSpot)
    .sort((a, b) => b.advantage - a.advantage || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  excluded.sort((a, b) => a.index - b.index);
  notes.push(
    'descriptive, not causal: a bright spot shows where to look for practices (see practiceContrast), not what caused the result',
  );
  if (units.length > 0 && withoutDenominator > 0)
    notes.push(
      `${withoutDenominator} unit(s) have no denominator: their number of people was not checked, and small units swing more`,
    );
  if (read.unitsWithRows === 0)
    notes.push(
      `no rows of ${indicatorId} at level ${level} in ${period} for ${subgroup.dimension}/${subgroup.value}`,
    );
  return { ...base, brightSpots: spots, units, peerGroups, excluded, notes };
}
