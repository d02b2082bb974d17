import type { Indicator, Observation, ObservationValue } from '@community-excellence/schemas';
import { unitRange } from '@community-excellence/schemas/data';

/**
 * A fast acceptance test for observations built by the importers: `true` only when
 * `validateObservation(observation, catalogue)` would accept the observation as it is, with
 * no issue at all, and return an equal value (same keys, same order). `false` means "not
 * sure": the caller then runs `validateObservation` for the exact issues. The importer's row
 * mapper builds observations whose shape is right by construction, so what this test checks is
 * what comes from cells: string lengths, the id pattern, the place level, calendar dates,
 * finite numbers, and the semantic rules of an observation (intervals, counts, period order,
 * the indicator's unit and disaggregations). It is pinned to the zod schema by a differential
 * property test (`observation-gate.test.ts`).
 *
 * @example
 * ```ts
 * declare const candidate: Observation;
 * const accept = createObservationGate(new Map([[graduation.id, graduation]]));
 * const issues = accept(candidate) ? [] : validateObservation(candidate, { indicators: catalogue }).issues;
 * ```
 */
export type ObservationGate = (observation: Observation) => boolean;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
// zod's `z.iso.date()` pattern (zod/v4/core/regexes.js `dateSource`).
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const LEVELS: ReadonlySet<string> = new Set([
  'nation',
  'state',
  'region',
  'county',
  'city',
  'community',
  'district',
  'school',
  'neighborhood',
  'census-tract',
  'zip-code',
  'other',
]);
const MISSING_REASONS: ReadonlySet<string> = new Set([
  'not-available',
  'not-applicable',
  'error',
  'blank',
  'other',
]);
const BOUND_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=']);

const text = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const optionalText = (value: unknown, min: number, max: number): boolean =>
  value === undefined || text(value, min, max);
const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const count = (value: unknown): boolean => value === undefined || (finite(value) && value >= 0);
const date = (value: unknown): boolean =>
  value === undefined || (typeof value === 'string' && ISO_DATE.test(value));

function valueAccepted(value: ObservationValue): boolean {
  if (!text(value.raw, 0, 1000)) return false;
  switch (value.kind) {
    case 'exact':
      return (
        finite(value.value) &&
        optionalText(value.footnote, 1, 20) &&
        (value.unit === undefined || value.unit === 'percent')
      );
    case 'interval':
      return (
        finite(value.low) &&
        finite(value.high) &&
        value.low <= value.high &&
        (value.unit === undefined || value.unit === 'percent')
      );
    case 'bound':
      return (
        finite(value.value) &&
        BOUND_OPS.has(value.op) &&
        (value.unit === undefined || value.unit === 'percent')
      );
    case 'suppressed':
      return optionalText(value.reason, 1, 200);
    case 'missing':
      return value.reason === undefined || MISSING_REASONS.has(value.reason);
    default:
      return false;
  }
}

function unitAccepted(observation: Observation, indicator: Indicator): boolean {
  const value = observation.value;
  if (value.kind === 'suppressed' || value.kind === 'missing')
    return dimensionAccepted(observation, indicator);
  if (value.unit === 'percent' && indicator.unit.type !== 'percent') return false;
  const range = unitRange(indicator.unit);
  if (range !== undefined) {
    if (value.kind === 'interval') {
      if (value.low < range.minimum || value.low > range.maximum) return false;
      if (value.high < range.minimum || value.high > range.maximum) return false;
    } else if (value.value < range.minimum || value.value > range.maximum) return false;
  }
  return dimensionAccepted(observation, indicator);
}

function dimensionAccepted(observation: Observation, indicator: Indicator): boolean {
  const dimensions = indicator.disaggregations;
  const dimension = observation.subgroup.dimension;
  return dimensions === undefined || dimension === 'all' || dimensions.includes(dimension);
}

/**
 * Creates an {@link ObservationGate} for a catalogue (`undefined`: no catalogue, so no
 * indicator lookup, as `validateObservation` without `indicators`).
 *
 * @example
 * ```ts
 * declare const observation: Observation;
 * const accept = createObservationGate(undefined);
 * accept(observation); // true when the observation is valid and raises no warning
 * ```
 */
export function createObservationGate(
  indicators: ReadonlyMap<string, Indicator> | undefined,
): ObservationGate {
  return (o) => {
    if (o.id !== undefined && !(text(o.id, 1, 200) && ID.test(o.id))) return false;
    if (!text(o.indicatorId, 1, 200) || !ID.test(o.indicatorId)) return false;
    const { place, period, subgroup, value, ci, numerator, denominator, quality } = o;
    if (!text(place.code, 1, 200) || !LEVELS.has(place.level)) return false;
    if (!optionalText(place.scheme, 1, 100) || !optionalText(place.name, 1, 500)) return false;
    if (!text(period.label, 1, 100) || !date(period.start) || !date(period.end)) return false;
    if (period.start !== undefined && period.end !== undefined && period.end < period.start)
      return false;
    if (!text(subgroup.dimension, 1, 100) || !text(subgroup.value, 1, 200)) return false;
    if (!valueAccepted(value)) return false;
    if (!count(numerator) || !count(denominator)) return false;
    if (numerator !== undefined && denominator !== undefined) {
      if (numerator > denominator) return false;
      if (denominator === 0 && value.kind !== 'suppressed' && value.kind !== 'missing')
        return false;
    }
    if (ci !== undefined) {
      if (!finite(ci.low) || !finite(ci.high) || ci.low > ci.high) return false;
      if (ci.level !== undefined && !(finite(ci.level) && ci.level > 0 && ci.level < 1))
        return false;
      if (value.kind === 'exact' && (value.value < ci.low || value.value > ci.high)) return false;
    }
    if (quality !== undefined && quality !== 1 && quality !== 2 && quality !== 3) {
      if (!text(quality, 1, 500)) return false;
    }
    if (o.source !== undefined || o.footnotes !== undefined) return false;
    if (indicators === undefined) return true;
    const indicator = indicators.get(o.indicatorId);
    return indicator !== undefined && unitAccepted(o, indicator);
  };
}
