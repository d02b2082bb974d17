import { PlaceLevelSchema } from '@community-excellence/schemas/internal';
import type {
  GapUncertainty,
  PlaceSelector,
} from '@community-excellence/theory-of-action/outcomes';

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
  /** What a gap change is tested against (`--gap-uncertainty`); the analysis's default when absent. */
  readonly gapUncertainty?: GapUncertainty;
}

const GAP_UNCERTAINTY: readonly GapUncertainty[] = ['counts-and-intervals', 'intervals', 'none'];

const LEVELS: ReadonlySet<string> = new Set(PlaceLevelSchema.options);

/**
 * Parses `--place <code>` (or `<level>:<code>`, when one code is used at several levels),
 * `--reference <dimension=group>` (repeatable) and `--gap-uncertainty <mode>`. A usage error names
 * the flag and the value.
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
  readonly gapUncertainty?: string;
}): { ok: true; flags: OutcomeFlags } | { ok: false; message: string } {
  const mode = options.gapUncertainty;
  const gapUncertainty = GAP_UNCERTAINTY.find((m) => m === mode);
  if (mode !== undefined && gapUncertainty === undefined)
    return {
      ok: false,
      message: `--gap-uncertainty is one of ${GAP_UNCERTAINTY.join(', ')}, not ${JSON.stringify(mode)}`,
    };
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
  const flags: {
    place?: PlaceSelector;
    referenceGroups?: Record<string, string>;
    gapUncertainty?: GapUncertainty;
  } = {};
  if (place !== undefined) flags.place = place;
  if (gapUncertainty !== undefined) flags.gapUncertainty = gapUncertainty;
  if (Object.keys(referenceGroups).length > 0) flags.referenceGroups = { ...referenceGroups };
  return { ok: true, flags };
}
