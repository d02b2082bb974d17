import { z } from 'zod';

/**
 * The unit a value token itself carried. Only `percent` (a `%` sign) is recognised: the
 * number is kept as written (`90%` has value `90`), scaling is the business of the
 * indicator's declared unit.
 *
 * @example
 * ```ts
 * ValueUnitHintSchema.parse('percent');
 * ```
 */
export const ValueUnitHintSchema = z
  .literal('percent')
  .describe('The unit the token carried: "percent" when it ended in a % sign.');

/**
 * See {@link ValueUnitHintSchema}.
 */
export type ValueUnitHint = z.infer<typeof ValueUnitHintSchema>;

/**
 * The comparison of a bounded (top- or bottom-coded) value such as `>=95%` or `<50%`.
 *
 * @example
 * ```ts
 * BoundOpSchema.parse('>=');
 * ```
 */
export const BoundOpSchema = z
  .enum(['<', '<=', '>', '>='])
  .describe('Comparison of a bounded value: the true value is op value.');

/**
 * See {@link BoundOpSchema}.
 */
export type BoundOp = z.infer<typeof BoundOpSchema>;

/**
 * Why a value is missing: `not-available` (`N/A`, `NA`, `MISSING`), `not-applicable`,
 * `error` (a spreadsheet error such as `#DIV/0!` or `#VALUE!`), `blank` (an empty cell) or
 * `other`.
 *
 * @example
 * ```ts
 * MissingReasonSchema.parse('error');
 * ```
 */
export const MissingReasonSchema = z
  .enum(['not-available', 'not-applicable', 'error', 'blank', 'other'])
  .describe('Why the value is missing.');

/**
 * See {@link MissingReasonSchema}.
 */
export type MissingReason = z.infer<typeof MissingReasonSchema>;

const raw = z
  .string()
  .max(1000)
  .describe('The token exactly as it appeared in the source (before trimming).');
const finite = z.number().describe('A finite number, kept as written in the source (no scaling).');
const unit = ValueUnitHintSchema.optional();

/**
 * An exact value such as `0.697`, `90%` or the footnoted `81.6*`.
 *
 * @example
 * ```ts
 * ExactValueSchema.parse({ kind: 'exact', raw: '81.6*', value: 81.6, footnote: '*' });
 * ```
 */
export const ExactValueSchema = z.strictObject({
  kind: z.literal('exact'),
  raw,
  value: finite,
  footnote: z
    .string()
    .min(1)
    .max(20)
    .optional()
    .describe('A footnote marker that followed the number, such as "*".'),
  unit,
});

/**
 * A range value such as `85-89%`: the true value lies in `[low, high]`.
 *
 * @example
 * ```ts
 * IntervalValueSchema.parse({ kind: 'interval', raw: '85-89%', low: 85, high: 89, unit: 'percent' });
 * ```
 */
export const IntervalValueSchema = z.strictObject({
  kind: z.literal('interval'),
  raw,
  low: finite.describe('Lower end of the range (inclusive).'),
  high: finite.describe('Upper end of the range (inclusive).'),
  unit,
});

/**
 * A top- or bottom-coded value such as `>=95%` or `<50%`.
 *
 * @example
 * ```ts
 * BoundValueSchema.parse({ kind: 'bound', raw: '>=95%', op: '>=', value: 95, unit: 'percent' });
 * ```
 */
export const BoundValueSchema = z.strictObject({
  kind: z.literal('bound'),
  raw,
  op: BoundOpSchema,
  value: finite,
  unit,
});

/**
 * A value withheld to protect privacy or because it is unreliable (`S`, `LNE`, small-n
 * `NA`). It has no number and is never read as 0.
 *
 * @example
 * ```ts
 * SuppressedValueSchema.parse({ kind: 'suppressed', raw: 'LNE', reason: 'low-number' });
 * ```
 */
export const SuppressedValueSchema = z.strictObject({
  kind: z.literal('suppressed'),
  raw,
  reason: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Why the value was withheld, e.g. "small-n" or "low-number".'),
});

/**
 * A value that does not exist in the source (`N/A`, `MISSING`, `#DIV/0!`, a blank cell).
 *
 * @example
 * ```ts
 * MissingValueSchema.parse({ kind: 'missing', raw: '#DIV/0!', reason: 'error' });
 * ```
 */
export const MissingValueSchema = z.strictObject({
  kind: z.literal('missing'),
  raw,
  reason: MissingReasonSchema.optional(),
});

/**
 * An observation value: a discriminated union on `kind` (`exact`, `interval`, `bound`,
 * `suppressed`, `missing`) that always keeps the raw token.
 *
 * @example
 * ```ts
 * const value = ObservationValueSchema.parse({ kind: 'bound', raw: '<50%', op: '<', value: 50, unit: 'percent' });
 * if (value.kind === 'bound') value.op; // '<'
 * ```
 */
export const ObservationValueSchema = z
  .discriminatedUnion('kind', [
    ExactValueSchema,
    IntervalValueSchema,
    BoundValueSchema,
    SuppressedValueSchema,
    MissingValueSchema,
  ])
  .describe(
    'An observation value: exact, interval, bound, suppressed or missing; always with the raw token.',
  );

/**
 * An observation value (see {@link ObservationValueSchema}).
 */
export type ObservationValue = z.infer<typeof ObservationValueSchema>;
/**
 * An exact value (see {@link ExactValueSchema}).
 */
export type ExactValue = z.infer<typeof ExactValueSchema>;
/**
 * A range value (see {@link IntervalValueSchema}).
 */
export type IntervalValue = z.infer<typeof IntervalValueSchema>;
/**
 * A bounded value (see {@link BoundValueSchema}).
 */
export type BoundValue = z.infer<typeof BoundValueSchema>;
/**
 * A suppressed value (see {@link SuppressedValueSchema}).
 */
export type SuppressedValue = z.infer<typeof SuppressedValueSchema>;
/**
 * A missing value (see {@link MissingValueSchema}).
 */
export type MissingValue = z.infer<typeof MissingValueSchema>;
/**
 * The `kind` tags of {@link ObservationValue}.
 */
export type ObservationValueKind = ObservationValue['kind'];

/**
 * The value kinds that carry a number: `exact`, `interval` and `bound`.
 */
export type NumericObservationValue = ExactValue | IntervalValue | BoundValue;

/**
 * True when the value carries a number (`exact`, `interval` or `bound`); false for
 * `suppressed` and `missing`. Narrows the union.
 *
 * Never throws: a value of another shape gives `false`.
 *
 * @example
 * ```ts
 * if (hasNumber(value)) console.log(value.kind); // 'exact' | 'interval' | 'bound'
 * ```
 */
export function hasNumber(value: ObservationValue): value is NumericObservationValue {
  try {
    return hasNumberUnchecked(value);
  } catch {
    return false;
  }
}

function hasNumberUnchecked(value: ObservationValue): value is NumericObservationValue {
  return value.kind === 'exact' || value.kind === 'interval' || value.kind === 'bound';
}

/**
 * True when the value is known exactly (kind `exact`). Narrows the union.
 *
 * Never throws: a value of another shape gives `false`.
 *
 * @example
 * ```ts
 * if (isExactValue(value)) total += value.value;
 * ```
 */
export function isExactValue(value: ObservationValue): value is ExactValue {
  try {
    return isExactValueUnchecked(value);
  } catch {
    return false;
  }
}

function isExactValueUnchecked(value: ObservationValue): value is ExactValue {
  return value.kind === 'exact';
}
