import { PlaceLevelSchema } from '@community-excellence/schemas/internal';
import type { PlaceSelector } from '@community-excellence/theory-of-action/outcomes';

/**
 * The outcome options `check` and `report` share, parsed from `--place` and `--reference`.
 *
 * @example
 * ```ts
 * const flags: OutcomeFlags = { place: { code: '39061' }, referenceGroups: { race: 'White' } };
 * ```
 */
export interface OutcomeFlags {
  readonly place?: PlaceSelector;
  readonly referenceGroups?: Readonly<Record<string, string>>;
}

const LEVELS: ReadonlySet<string> = new Set(PlaceLevelSchema.options);

/**
 * Parses `--place <code>` (or `<level>:<code>`, when one code is used at several levels) and
 * `--reference <dimension=group>` (repeatable). A usage error names the flag and the value.
 *
 * @example
 * ```ts
 * parseOutcomeFlags({ place: 'state:01000', reference: ['race=white'] });
 * // { ok: true, flags: { place: { level: 'state', code: '01000' }, referenceGroups: { race: 'white' } } }
 * ```
 */
export function parseOutcomeFlags(options: {
  readonly place?: string;
  readonly reference?: readonly string[];
}): { ok: true; flags: OutcomeFlags } | { ok: false; message: string } {
  let place: PlaceSelector | undefined;
  if (options.place !== undefined) {
    const text = options.place.trim();
    const colon = text.indexOf(':');
    const level = colon > 0 ? text.slice(0, colon) : '';
    if (text === '') return { ok: false, message: '--place needs a place code' };
    place = LEVELS.has(level) ? { level, code: text.slice(colon + 1) } : { code: text };
  }
  const referenceGroups: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const value of options.reference ?? []) {
    const eq = value.indexOf('=');
    const dimension = eq > 0 ? value.slice(0, eq).trim() : '';
    const group = eq > 0 ? value.slice(eq + 1).trim() : '';
    if (dimension === '' || group === '')
      return {
        ok: false,
        message: `--reference needs dimension=group (for example race=White), not ${JSON.stringify(value)}`,
      };
    if (dimension in referenceGroups && referenceGroups[dimension] !== group)
      return { ok: false, message: `--reference names two groups for ${dimension}` };
    referenceGroups[dimension] = group;
  }
  const flags: { place?: PlaceSelector; referenceGroups?: Record<string, string> } = {};
  if (place !== undefined) flags.place = place;
  if (Object.keys(referenceGroups).length > 0) flags.referenceGroups = { ...referenceGroups };
  return { ok: true, flags };
}
