import type { Indicator } from '@community-excellence/schemas/data';
import { isFiniteNumber, toText } from '../metrics/metric.js';
import { differenceTest, normalQuantile } from '../metrics/uncertainty.js';
import { optionsOf } from '../options-of.js';
import {
  scaleOfUnit,
  standardErrorOf,
  type GroupEstimate,
  type ProportionScale,
} from './standard-error.js';

/**
 * The reading of a gap between a focal group and a reference group over a window (docs/metrics.md,
 * "Reading a trend and a gap change"). Only `closing` counts toward benchmarks that ask for closing
 * gaps.
 *
 * - `closing`: the focal group was behind and the gap narrowed, mostly because the focal group
 *   improved (the StriveTogether meaning);
 * - `levelling-down`: the gap narrowed mostly because the reference group got worse;
 * - `widening`: the focal group fell further behind (or fell behind from parity);
 * - `crossed`: the gap changed sign (measured from parity in `beyondParity`);
 * - `lead-shrinking` / `lead-growing`: the focal group was ahead and its lead shrank or grew;
 * - `unchanged`: the same gap at both ends;
 * - `within-uncertainty`: the change is not distinguishable from zero at the confidence asked;
 * - `mixed`: the absolute gap and the rate ratio move in opposite directions;
 * - `no-direction`: the indicator is neutral, so no side is behind;
 * - `insufficient-data`: fewer than two periods with a gap.
 */
export type GapChangeStatus =
  | 'closing'
  | 'levelling-down'
  | 'widening'
  | 'crossed'
  | 'lead-shrinking'
  | 'lead-growing'
  | 'unchanged'
  | 'within-uncertainty'
  | 'mixed'
  | 'no-direction'
  | 'insufficient-data';

/**
 * One period of a gap: the two groups' estimates when known, or only the gap `focal - reference`
 * (for example a published "gap of 14.3 points"). When both group values are given, `gap` is
 * ignored.
 */
export interface GapChangePoint {
  readonly label: string;
  readonly time: number;
  readonly focal?: GroupEstimate;
  readonly reference?: GroupEstimate;
  readonly gap?: number;
}

/**
 * One end of the window of a {@link GapChange}.
 */
export interface GapChangeEnd {
  readonly label: string;
  readonly time: number;
  /** `focal - reference`, sign kept. */
  readonly gap: number;
  readonly focal?: number;
  readonly reference?: number;
  /** `focal / reference`, when both values are positive. */
  readonly ratio?: number;
}

/**
 * Options of {@link classifyGapChange}.
 */
export interface GapChangeOptions {
  /** Confidence of the uncertainty test (default 0.95). */
  readonly confidence?: number;
  /** 100 when values are percents (0-100), 1 for proportions; used with numerators/denominators. */
  readonly scale?: ProportionScale;
  /** The indicator's unit, read for the scale when `scale` is absent. */
  readonly unit?: Indicator['unit'];
}

/**
 * The uncertainty test of a gap change.
 */
export interface GapChangeUncertainty {
  /** `normal-approximation` when all four estimates (two groups, two ends) have a standard error. */
  readonly method: 'normal-approximation' | 'none';
  readonly standardError?: number;
  /** Half-width of the interval of the change at the confidence asked (`z * standardError`). */
  readonly margin?: number;
  readonly confidence: number;
  /** `undefined` when not tested. */
  readonly distinguishable: boolean | undefined;
}

/**
 * A classified gap change. Plain data; `notes` is the only prose. `disadvantage*` is the focal
 * group's distance behind the reference group in the direction of good (positive = behind,
 * negative = ahead); `focalChange` and `referenceChange` are improvements in the direction of good
 * (positive = better).
 */
export interface GapChange {
  readonly status: GapChangeStatus;
  /** `status === 'closing'`: the only status that counts as a closing gap. */
  readonly countsAsClosing: boolean;
  /**
   * The reading of the point estimates alone, before the uncertainty test and the ratio check
   * (`within-uncertainty` and `mixed` replace it in `status`); absent without a direction of good
   * or with fewer than two periods.
   */
  readonly pointReading?: Exclude<
    GapChangeStatus,
    'within-uncertainty' | 'mixed' | 'no-direction' | 'insufficient-data'
  >;
  readonly start?: GapChangeEnd;
  readonly end?: GapChangeEnd;
  readonly disadvantageStart?: number;
  readonly disadvantageEnd?: number;
  /** Improvement of the focal group in the direction of good (group values known at both ends). */
  readonly focalChange?: number;
  /** Improvement of the reference group in the direction of good. */
  readonly referenceChange?: number;
  /** `end.gap - start.gap`, signed. */
  readonly gapChange?: number;
  /**
   * Share of the starting disadvantage removed, `(D0 - D1) / D0`; only for `closing`,
   * `levelling-down`, `widening` and `unchanged` with the focal group behind at the start (never for
   * `crossed` or a lead).
   */
  readonly relativeGapReduction?: number;
  /** For `crossed`: how far past parity the focal group ends, `|D1|`. */
  readonly beyondParity?: number;
  readonly years?: number;
  readonly uncertainty: GapChangeUncertainty;
  readonly notes: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type PointReading = NonNullable<GapChange['pointReading']>;

interface ReadPoint {
  readonly end: GapChangeEnd;
  readonly focal?: GroupEstimate;
  readonly reference?: GroupEstimate;
}

function readPoint(p: GapChangePoint, notes: string[]): ReadPoint | undefined {
  if (typeof p !== 'object' || p === null || !isFiniteNumber(p.time)) return undefined;
  const label = toText(p.label);
  const focal = typeof p.focal === 'object' && p.focal !== null ? p.focal : undefined;
  const reference =
    typeof p.reference === 'object' && p.reference !== null ? p.reference : undefined;
  const f = focal?.value;
  const r = reference?.value;
  if (isFiniteNumber(f) && isFiniteNumber(r)) {
    const gap = f - r;
    if (isFiniteNumber(p.gap) && Math.abs(p.gap - gap) > 1e-9 * Math.max(1, Math.abs(gap)))
      notes.push(
        `${label}: the given gap ${p.gap} differs from focal - reference ${gap}; the group values are used`,
      );
    const end: Mutable<GapChangeEnd> = { label, time: p.time, gap, focal: f, reference: r };
    if (f > 0 && r > 0) end.ratio = f / r;
    return { end, focal: focal as GroupEstimate, reference: reference as GroupEstimate };
  }
  if (isFiniteNumber(p.gap)) return { end: { label, time: p.time, gap: p.gap } };
  return undefined;
}

/** `a` and `b` equal up to floating-point noise. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function signOf(x: number, scale: number): -1 | 0 | 1 {
  if (Math.abs(x) <= 1e-9 * Math.max(1, scale)) return 0;
  return x > 0 ? 1 : -1;
}

/** The reading of the disadvantages and group changes alone (rules table in docs/metrics.md). */
function pointReadingOf(
  d0: number,
  d1: number,
  focalChange: number | undefined,
  referenceChange: number | undefined,
): PointReading {
  const size = Math.max(Math.abs(d0), Math.abs(d1));
  const s0 = signOf(d0, size);
  const s1 = signOf(d1, size);
  if (same(d0, d1)) return 'unchanged';
  if (s0 > 0) {
    if (s1 < 0) return 'crossed';
    if (d1 > d0) return 'widening';
    if (focalChange === undefined || referenceChange === undefined) return 'closing';
    return focalChange > 0 && focalChange > -referenceChange ? 'closing' : 'levelling-down';
  }
  if (s0 < 0) {
    if (s1 > 0) return 'crossed';
    return d1 > d0 ? 'lead-shrinking' : 'lead-growing';
  }
  return s1 > 0 ? 'widening' : 'lead-growing';
}

function uncertaintyOf(
  start: ReadPoint,
  end: ReadPoint,
  confidence: number,
  scale: ProportionScale | undefined,
  notes: string[],
): GapChangeUncertainty {
  const estimates = [start.focal, start.reference, end.focal, end.reference];
  const none: GapChangeUncertainty = { method: 'none', confidence, distinguishable: undefined };
  if (estimates.some((e) => e === undefined)) {
    notes.push('uncertainty not tested: group values are not given at both ends');
    return none;
  }
  const errors = estimates.map((e) => standardErrorOf(e as GroupEstimate, scale));
  for (const n of new Set(errors.flatMap((e) => e.notes))) notes.push(n);
  if (errors.some((e) => e.value === undefined)) {
    notes.push(
      'uncertainty not tested: a confidence interval or counts are missing for a group at an end',
    );
    return none;
  }
  const [sf0, sr0, sf1, sr1] = errors.map((e) => e.value as number) as [
    number,
    number,
    number,
    number,
  ];
  // The gap at each end as an estimate with an interval at the confidence asked, so that the change
  // is tested by the one difference test of metrics/uncertainty.ts.
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const gapEstimate = (gap: number, sf: number, sr: number) => {
    const half = z * Math.sqrt(sf * sf + sr * sr);
    return { value: gap, ci: { low: gap - half, high: gap + half, level: confidence } };
  };
  const test = differenceTest(
    gapEstimate(end.end.gap, sf1, sr1),
    gapEstimate(start.end.gap, sf0, sr0),
    { significanceLevel: 1 - confidence },
  );
  const standardError = Math.sqrt(sf0 * sf0 + sr0 * sr0 + sf1 * sf1 + sr1 * sr1);
  return {
    method: 'normal-approximation',
    standardError,
    margin: z * standardError,
    confidence,
    distinguishable: test.distinguishable,
  };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Whether a gap change measures a disparity: a focal group behind its reference group at the start,
 * with a reading (not `insufficient-data` or `no-direction`). A focal group that leads
 * (`lead-shrinking`, `lead-growing`, read from `pointReading` also when the status is
 * `within-uncertainty` or `mixed`) has no disparity to close. P.0.2 and the results evidence count
 * their closing gaps among these. @internal
 */
export function measuresDisparity(change: GapChange): boolean {
  const reading = change.pointReading;
  return (
    change.status !== 'insufficient-data' &&
    change.status !== 'no-direction' &&
    reading !== 'lead-shrinking' &&
    reading !== 'lead-growing'
  );
}

/**
 * Classifies how a gap between a focal group and a reference group changed over a window: closing
 * (the focal group improved more than the reference group declined), levelling down (narrowing
 * because the reference group got worse), widening, crossed, a lead shrinking or growing, unchanged,
 * within uncertainty, or mixed (absolute and relative readings disagree). The one rule of the
 * library for what a gap change means (docs/metrics.md, "Reading a trend and a gap change").
 *
 * The first and last points (by time) that have a gap are compared. With `d` = +1 when higher is
 * better and -1 when lower is better, the focal group's disadvantage is `D = d (reference - focal)`
 * (positive = behind), and the groups' improvements are `F = d (focal_end - focal_start)` and
 * `R = d (reference_end - reference_start)`. Precedence: `insufficient-data` > `no-direction` >
 * `within-uncertainty` > `crossed` > `mixed` > the reading of the point estimates.
 *
 * Never throws: points that cannot be read are left out; input that cannot be read at all gives
 * `insufficient-data`.
 *
 * @example
 * ```ts
 * // All Hands Raised: a published graduation gap of 14.3 points narrowing to 9.5 over three years
 * const c = classifyGapChange([{ label: 'year 0', time: 0, gap: -14.3 }, { label: 'year 3', time: 3, gap: -9.5 }], 'higher-is-better');
 * c.status; // 'closing'
 * c.relativeGapReduction; // 0.3357
 * // the reference group fell 90 -> 84 while the focal group stayed at 80: levelling down
 * classifyGapChange([{ label: '2021', time: 2021, focal: { value: 80 }, reference: { value: 90 } }, { label: '2024', time: 2024, focal: { value: 80 }, reference: { value: 84 } }], 'higher-is-better').status; // 'levelling-down'
 * ```
 */
export function classifyGapChange(
  points: readonly GapChangePoint[],
  direction: Indicator['direction'],
  options: GapChangeOptions = {},
): GapChange {
  try {
    return classifyGapChangeUnchecked(points, direction, options);
  } catch {
    return classifyGapChangeUnchecked([], 'neutral', {});
  }
}

function classifyGapChangeUnchecked(
  points: readonly GapChangePoint[],
  direction: Indicator['direction'],
  options: GapChangeOptions,
): GapChange {
  const opts = optionsOf(options);
  const confidence =
    isFiniteNumber(opts.confidence) && opts.confidence > 0 && opts.confidence < 1
      ? opts.confidence
      : 0.95;
  const notes: string[] = [];
  const read: ReadPoint[] = [];
  for (const p of Array.isArray(points) ? points : []) {
    const r = readPoint(p, notes);
    if (r !== undefined) read.push(r);
  }
  read.sort((a, b) => a.end.time - b.end.time);
  const first = read[0];
  const last = read[read.length - 1];
  const noTest: GapChangeUncertainty = { method: 'none', confidence, distinguishable: undefined };
  if (
    first === undefined ||
    last === undefined ||
    read.length < 2 ||
    last.end.time <= first.end.time
  ) {
    const out: Mutable<GapChange> = {
      status: 'insufficient-data',
      countsAsClosing: false,
      uncertainty: noTest,
      notes: [
        ...notes,
        read.length < 2
          ? 'a gap change needs at least two periods with a gap'
          : 'the first and last periods with a gap share one time',
      ],
    };
    if (first !== undefined) out.start = first.end;
    return out;
  }
  const start = first.end;
  const end = last.end;
  const years = end.time - start.time;
  const gapChange = end.gap - start.gap;
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    notes.push(
      'the indicator is neutral: no group is behind, so the gap is not read as closing or widening',
    );
    return {
      status: 'no-direction',
      countsAsClosing: false,
      start,
      end,
      gapChange,
      years,
      uncertainty: noTest,
      notes,
    };
  }
  const d = direction === 'higher-is-better' ? 1 : -1;
  const d0 = -d * start.gap;
  const d1 = -d * end.gap;
  const ratesKnown =
    start.focal !== undefined &&
    start.reference !== undefined &&
    end.focal !== undefined &&
    end.reference !== undefined;
  const focalChange = ratesKnown
    ? d * ((end.focal as number) - (start.focal as number))
    : undefined;
  const referenceChange = ratesKnown
    ? d * ((end.reference as number) - (start.reference as number))
    : undefined;
  const pointReading = pointReadingOf(d0, d1, focalChange, referenceChange);
  const scale = opts.scale === 1 || opts.scale === 100 ? opts.scale : scaleOfUnit(opts.unit);
  const uncertainty = uncertaintyOf(first, last, confidence, scale, notes);
  let status: GapChangeStatus = pointReading;
  if (uncertainty.distinguishable === false) {
    status = 'within-uncertainty';
    notes.push(
      `the change in the gap (${round(gapChange)}) is within its margin of ±${round(uncertainty.margin as number)} at ${Math.round(confidence * 1000) / 10}% confidence`,
    );
  } else if (pointReading !== 'crossed' && start.ratio !== undefined && end.ratio !== undefined) {
    const ratioMove = Math.abs(Math.log(end.ratio)) - Math.abs(Math.log(start.ratio));
    const gapMove = Math.abs(d1) - Math.abs(d0);
    const ratioSign = signOf(ratioMove, 1);
    const gapSign = signOf(gapMove, Math.max(Math.abs(d0), Math.abs(d1)));
    if (ratioSign !== 0 && gapSign !== 0 && ratioSign !== gapSign) {
      status = 'mixed';
      notes.push(
        `the absolute gap ${gapSign < 0 ? 'narrowed' : 'widened'} while the rate ratio moved ${ratioSign < 0 ? 'toward' : 'away from'} parity (${round(start.ratio)} -> ${round(end.ratio)})`,
      );
    } else if (gapSign === 0 && ratioSign !== 0)
      notes.push(
        `the absolute gap is unchanged while the rate ratio moved ${ratioSign < 0 ? 'toward' : 'away from'} parity (${round(start.ratio)} -> ${round(end.ratio)})`,
      );
  }
  if (!ratesKnown)
    notes.push(
      'group rates not given: whether the narrowing came from the focal group improving cannot be told',
    );
  if (pointReading === 'levelling-down')
    notes.push(
      `the gap narrowed because the reference group worsened (reference ${round(referenceChange as number)}, focal ${round(focalChange as number)} in the direction of good)`,
    );
  if (pointReading === 'crossed')
    notes.push(
      d0 > 0
        ? `the gap changed sign: the gap of ${round(d0)} was fully closed and the focal group is now ${round(Math.abs(d1))} ahead`
        : `the gap changed sign: the focal group's lead of ${round(-d0)} is gone and it is now ${round(d1)} behind`,
    );
  if (pointReading === 'lead-shrinking')
    notes.push('the focal group was ahead at the start: a shrinking lead is not a closing gap');
  const out: Mutable<GapChange> = {
    status,
    countsAsClosing: status === 'closing',
    pointReading,
    start,
    end,
    disadvantageStart: d0,
    disadvantageEnd: d1,
    gapChange,
    years,
    uncertainty,
    notes,
  };
  if (focalChange !== undefined) out.focalChange = focalChange;
  if (referenceChange !== undefined) out.referenceChange = referenceChange;
  if (
    (status === 'closing' ||
      status === 'levelling-down' ||
      status === 'widening' ||
      status === 'unchanged') &&
    d0 > 0 &&
    !same(d0, 0)
  )
    out.relativeGapReduction = (d0 - d1) / d0;
  if (status === 'crossed') out.beyondParity = Math.abs(d1);
  return out;
}
