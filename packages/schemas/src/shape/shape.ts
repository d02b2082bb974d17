/**
 * A small, zod-free description of JSON data, checked by {@link checkShape}. Engines that must turn
 * any input into issues without bundling the zod validators (scoring, state machines) use it.
 * Leaves: `'string'`, `'number'`, `'integer'`, `'boolean'`, `'timestamp'` (an ISO date or
 * date-time), `'unknown'`; composites are built with {@link shape}.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'timestamp'
  | 'unknown'
  | { readonly kind: 'nullable'; readonly of: Shape }
  | { readonly kind: 'array'; readonly of: Shape }
  | {
      readonly kind: 'object';
      readonly fields: Readonly<Record<string, Shape>>;
      readonly optional: readonly string[];
      readonly strict: boolean;
    }
  | { readonly kind: 'record'; readonly of: Shape }
  | { readonly kind: 'enum'; readonly values: readonly (string | number)[] }
  | { readonly kind: 'range'; readonly minimum: number; readonly maximum: number }
  | {
      readonly kind: 'variants';
      readonly key: string;
      readonly variants: Readonly<Record<string, Shape>>;
    };

/** The fields of an object shape (see {@link shape}). */
export type ShapeFields = Readonly<Record<string, Shape>>;

/**
 * Builders for composite {@link Shape}s.
 *
 * - `object(fields, optional)`: strict, keys the shape does not name are refused (`unrecognized_key`);
 * - `looseObject(fields, optional)`: only the named fields are checked, other keys are ignored;
 * - `range(minimum, maximum)`: a finite number within inclusive bounds (`too_small` / `too_big`);
 * - `variants(key, { value: shape })`: an object whose `key` picks the shape it must have.
 *
 * @example
 * ```ts
 * const enrollment = shape.object({ communityId: 'string', mentorIds: shape.array('string') }, ['mentorIds']);
 * const score = shape.looseObject({ item: 'string', percent: shape.range(0, 100) }, ['percent']);
 * ```
 */
export const shape = {
  nullable: (of: Shape): Shape => ({ kind: 'nullable', of }),
  array: (of: Shape): Shape => ({ kind: 'array', of }),
  object: (fields: ShapeFields, optional: readonly string[] = []): Shape => ({
    kind: 'object',
    fields,
    optional,
    strict: true,
  }),
  looseObject: (fields: ShapeFields, optional: readonly string[] = []): Shape => ({
    kind: 'object',
    fields,
    optional,
    strict: false,
  }),
  record: (of: Shape): Shape => ({ kind: 'record', of }),
  enum: (values: readonly (string | number)[]): Shape => ({ kind: 'enum', values }),
  range: (minimum: number, maximum: number): Shape => ({ kind: 'range', minimum, maximum }),
  variants: (key: string, variants: Readonly<Record<string, Shape>>): Shape => ({
    kind: 'variants',
    key,
    variants,
  }),
} as const;

/**
 * A short name for a shape, used in `expected` of issues.
 *
 * Never throws: a value that is not a shape gives `'unknown'`.
 *
 * @example
 * ```ts
 * describeShape(shape.array('string')); // 'array'
 * ```
 */
export function describeShape(spec: Shape): string {
  try {
    return describeShapeUnchecked(spec);
  } catch {
    return 'unknown';
  }
}

function describeShapeUnchecked(spec: Shape): string {
  if (typeof spec === 'string') return spec === 'timestamp' ? 'string' : spec;
  switch (spec.kind) {
    case 'nullable':
      return `${describeShape(spec.of)} or null`;
    case 'enum':
      return 'one of ' + spec.values.join(', ');
    case 'range':
      return 'number';
    case 'record':
    case 'variants':
      return 'object';
    default:
      return spec.kind;
  }
}
