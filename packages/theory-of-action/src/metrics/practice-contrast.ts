import type { ObservationValue } from '@community-excellence/schemas/data';
import { computed, isFiniteNumber, notComputable, toText, type Metric } from './metric.js';
import { readObservationValue, type ExclusionReason, type ValueOptions } from './read-value.js';
import { optionsOf } from '../options-of.js';

/**
 * One unit (a school, a district, a neighborhood) for {@link practiceContrast}: whether it has the
 * practice and its outcome value (a number or an observation value).
 */
export interface PracticeUnit {
  readonly id: string;
  readonly hasPractice: boolean;
  readonly value: number | ObservationValue;
}

/**
 * A comparison of units with and without a practice. Always `correlational`: the units chose the
 * practice, so the difference is not its effect.
 */
export interface PracticeContrast {
  readonly label: 'correlational, not causal';
  readonly withPractice: { readonly n: number; readonly mean: Metric };
  readonly withoutPractice: { readonly n: number; readonly mean: Metric };
  /** Mean with the practice minus mean without it, in the outcome's unit. */
  readonly difference: Metric;
  readonly minPerArm: number;
  readonly cautions: readonly string[];
  readonly excluded: readonly { readonly id: string; readonly reason: ExclusionReason }[];
}

const mean = (xs: readonly number[]): Metric =>
  xs.length === 0
    ? notComputable('no units in this arm')
    : computed(xs.reduce((s, x) => s + x, 0) / xs.length);

/**
 * Bright spots, practice contrast (theory-of-action.md 5.5): compares the mean outcome of units that
 * have a practice (for example schools with a leveled library) with units that do not, with the
 * number of units per arm and a caution when an arm has fewer than `minPerArm` units (default 10,
 * [inferred]). Suppressed, missing, bounded and (by default) interval values are excluded and listed.
 * The result is labelled correlational, not causal. Never throws.
 *
 * Never throws: units that cannot be read are answered as no units.
 *
 * @example
 * ```ts
 * const c = practiceContrast([
 *   { id: 'a', hasPractice: true, value: 62 }, { id: 'b', hasPractice: true, value: 58 },
 *   { id: 'c', hasPractice: false, value: 50 }, { id: 'd', hasPractice: false, value: { kind: 'suppressed', raw: 'S' } },
 * ], { minPerArm: 5 });
 * c.difference; // computed 10
 * c.cautions; // both arms below 5 units
 * ```
 */
export function practiceContrast(
  units: readonly PracticeUnit[],
  options: { readonly minPerArm?: number; readonly valueOptions?: ValueOptions } = {},
): PracticeContrast {
  try {
    return practiceContrastUnchecked(units, options);
  } catch {
    return practiceContrastUnchecked([]);
  }
}

function practiceContrastUnchecked(
  units: readonly PracticeUnit[],
  options: { readonly minPerArm?: number; readonly valueOptions?: ValueOptions } = {},
): PracticeContrast {
  options = optionsOf(options);
  const minPerArm =
    isFiniteNumber(options.minPerArm) && options.minPerArm >= 1 ? options.minPerArm : 10;
  const withP: number[] = [];
  const without: number[] = [];
  const excluded: { id: string; reason: ExclusionReason }[] = [];
  for (const unit of Array.isArray(units) ? units : []) {
    if (typeof unit !== 'object' || unit === null) continue;
    const id = toText(unit.id);
    let value: number | undefined;
    if (typeof unit.value === 'number') {
      if (isFiniteNumber(unit.value)) value = unit.value;
      else excluded.push({ id, reason: 'not-a-number' });
    } else {
      const read = readObservationValue(
        { value: unit.value } as Parameters<typeof readObservationValue>[0],
        options.valueOptions ?? {},
      );
      if (read.usable) value = read.value;
      else excluded.push({ id, reason: read.reason });
    }
    if (value === undefined) continue;
    if (unit.hasPractice === true) withP.push(value);
    else if (unit.hasPractice === false) without.push(value);
    else excluded.push({ id, reason: 'malformed' });
  }
  const a = mean(withP);
  const b = mean(without);
  const cautions: string[] = [
    'correlational, not causal: units were not assigned the practice at random',
  ];
  if (withP.length < minPerArm)
    cautions.push(`only ${withP.length} unit(s) with the practice (fewer than ${minPerArm})`);
  if (without.length < minPerArm)
    cautions.push(`only ${without.length} unit(s) without the practice (fewer than ${minPerArm})`);
  return {
    label: 'correlational, not causal',
    withPractice: { n: withP.length, mean: a },
    withoutPractice: { n: without.length, mean: b },
    difference:
      a.status === 'computed' && b.status === 'computed'
        ? computed(a.value - b.value)
        : notComputable('both arms need at least one unit with a usable value'),
    minPerArm,
    cautions,
    excluded,
  };
}
