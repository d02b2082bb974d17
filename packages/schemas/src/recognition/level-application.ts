/**
 * A recognition level as the level rule reads it: a framework scope's id, its name and level
 * number, and the id of the scope it requires (the previous level). A `FrameworkScope` is one.
 *
 * @example
 * ```ts
 * const level2: RecognitionLevel = { id: 'coe-level-2', name: 'Journey to Community Excellence', level: 2, requires: 'coe-level-1' };
 * ```
 */
export interface RecognitionLevel {
  readonly id: string;
  readonly name?: string | undefined;
  readonly level?: number | undefined;
  readonly requires?: string | undefined;
}

/**
 * Where a community stands at one level before it applies again: `recognised` at that level, or
 * an application for it `in-progress` (applied, under review or in feedback). Declined and
 * withdrawn applications leave no standing, so the level may be sought again.
 *
 * @example
 * ```ts
 * const standing: LevelStanding = { scopeId: 'coe-level-1', standing: 'recognised' };
 * ```
 */
export interface LevelStanding {
  readonly scopeId: string;
  readonly standing: 'recognised' | 'in-progress';
}

/**
 * The answer of {@link levelApplicationVerdict}: the level may be applied for, or why not.
 * `requiresName` is the required level's name (its id when it has none, or when the framework
 * does not define it).
 *
 * @example
 * ```ts
 * declare const verdict: LevelApplicationVerdict;
 * if (!verdict.ok && verdict.problem === 'prerequisite_missing') console.log(verdict.requires);
 * ```
 */
export type LevelApplicationVerdict =
  | { readonly ok: true; readonly level: RecognitionLevel }
  | {
      readonly ok: false;
      readonly problem: 'unknown_level';
      readonly scopeId: string;
      readonly known: readonly string[];
    }
  | { readonly ok: false; readonly problem: 'already_recognised'; readonly scopeId: string }
  | { readonly ok: false; readonly problem: 'already_in_progress'; readonly scopeId: string }
  | {
      readonly ok: false;
      readonly problem: 'prerequisite_missing';
      readonly scopeId: string;
      readonly requires: string;
      readonly requiresName: string;
    };

/**
 * The one rule for applying for a recognition level, shared by the recognition journey machine
 * (cohorts) and the recognition document check (schemas): the level must be one of `levels`,
 * not already recognised or in progress, and the level it `requires` must be recognised. Pass
 * the standings that hold on the application date (recognitions decided on or before it,
 * applications still open then). Checks run in that order; the first that fails is the answer.
 *
 * Never throws: input that cannot be read (not arrays, throwing getters) counts as no levels,
 * which gives `unknown_level`.
 *
 * @example
 * ```ts
 * const levels = [
 *   { id: 'coe-level-1', name: 'Commitment to Community Excellence', level: 1 },
 *   { id: 'coe-level-2', name: 'Journey to Community Excellence', level: 2, requires: 'coe-level-1' },
 * ];
 * levelApplicationVerdict('coe-level-2', levels, []);
 * // { ok: false, problem: 'prerequisite_missing', scopeId: 'coe-level-2', requires: 'coe-level-1',
 * //   requiresName: 'Commitment to Community Excellence' }
 * levelApplicationVerdict('coe-level-2', levels, [{ scopeId: 'coe-level-1', standing: 'recognised' }]).ok; // true
 * ```
 */
export function levelApplicationVerdict(
  scopeId: string,
  levels: readonly RecognitionLevel[],
  standings: readonly LevelStanding[],
): LevelApplicationVerdict {
  try {
    return verdictUnchecked(scopeId, levels, standings);
  } catch {
    // Input that cannot be read (a throwing getter or Proxy): no level is known.
    const id = typeof scopeId === 'string' ? scopeId : '';
    return { ok: false, problem: 'unknown_level', scopeId: id, known: [] };
  }
}

function verdictUnchecked(
  scopeId: string,
  levels: readonly RecognitionLevel[],
  standings: readonly LevelStanding[],
): LevelApplicationVerdict {
  const list = Array.isArray(levels) ? levels : [];
  const level = list.find((candidate) => candidate.id === scopeId);
  if (level === undefined)
    return {
      ok: false,
      problem: 'unknown_level',
      scopeId: typeof scopeId === 'string' ? scopeId : String(scopeId),
      known: list.map((l) => l.id),
    };
  const held = Array.isArray(standings) ? standings : [];
  const standingAt = (id: string, standing: LevelStanding['standing']): boolean =>
    held.some((s) => s.scopeId === id && s.standing === standing);
  if (standingAt(scopeId, 'recognised'))
    return { ok: false, problem: 'already_recognised', scopeId };
  if (standingAt(scopeId, 'in-progress'))
    return { ok: false, problem: 'already_in_progress', scopeId };
  const requires = level.requires;
  if (requires !== undefined && !standingAt(requires, 'recognised')) {
    const required = list.find((candidate) => candidate.id === requires);
    return {
      ok: false,
      problem: 'prerequisite_missing',
      scopeId,
      requires,
      requiresName: required?.name ?? requires,
    };
  }
  return { ok: true, level };
}
