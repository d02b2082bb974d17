import type { Issue, PartnershipEvidence } from '@community-excellence/schemas/data';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import { optionsOf } from '../options-of.js';
import type { PlaceCount } from './observation-index.js';

/**
 * The place to analyse, as a user names it: a place code as the observations write it (`'39061'`,
 * `'riverbend-county'`), optionally with its level when one code is used at several levels.
 *
 * @example
 * ```ts
 * const byCode: PlaceSelector = { code: '39061' };
 * const exact: PlaceSelector = { code: '01000', level: 'state' };
 * ```
 */
export interface PlaceSelector {
  readonly code: string;
  readonly level?: string;
}

/**
 * How the analysed place was chosen: named by the caller (`option`), by a code of the partnership
 * evidence's geography (`evidence-code`), by the geography's name (`evidence-name`), or the only
 * place of the data that is not a state or nation comparison (`only-place`).
 */
export type PlaceBasis = 'option' | 'evidence-code' | 'evidence-name' | 'only-place';

/**
 * A place the analysed place is compared with: the enclosing state or the nation, when the same
 * data hold their rows.
 *
 * @example
 * ```ts
 * const c: ComparisonPlace = { relation: 'state', level: 'state', code: '39000', name: 'Ohio', rows: 10 };
 * ```
 */
export interface ComparisonPlace extends PlaceCount {
  readonly relation: 'state' | 'nation';
}

/**
 * The answer of {@link selectPlace}: the analysed place, how it was chosen and its comparisons; or
 * an error issue (`place_ambiguous`, `place_not_found`) that lists the candidates with their row
 * counts. Never a silent pick among several places.
 *
 * @example
 * ```ts
 * const places = [{ level: 'county', code: '39061', name: 'Hamilton County', rows: 40 }];
 * const s = selectPlace(places, { place: { code: '39061' } });
 * if (s.ok) s.place.name; // 'Hamilton County'
 * ```
 */
export type PlaceSelection =
  | {
      readonly ok: true;
      readonly place: PlaceCount;
      readonly basis: PlaceBasis;
      readonly comparisons: readonly ComparisonPlace[];
    }
  | {
      readonly ok: false;
      /** Why no place was chosen; `null` when the data hold no place at all. */
      readonly issue: Issue | null;
      /** Every place of the data, most rows first. */
      readonly candidates: readonly PlaceCount[];
    };

/** Options of {@link selectPlace}. */
export interface PlaceSelectionOptions {
  /** The caller's choice (`--place`); it overrides the evidence's geography. */
  readonly place?: PlaceSelector | string;
  /** The partnership evidence's (or community's) geography: its codes, then its name. */
  readonly geography?: PartnershipEvidence['geography'];
}

/** The geography of a partnership or community (codes, name, states). */
type Geography = NonNullable<PartnershipEvidence['geography']>;

const COMPARISON_LEVELS = new Set(['nation', 'state']);

const isString = (x: unknown): x is string => typeof x === 'string';
const lower = (s: string): string => s.trim().toLowerCase();

function mostRowsFirst(places: readonly PlaceCount[]): PlaceCount[] {
  return [...places].sort(
    (a, b) =>
      b.rows - a.rows ||
      (a.level < b.level ? -1 : a.level > b.level ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

function compatibleScheme(place: PlaceCount, system: string): boolean {
  return place.scheme === undefined || lower(place.scheme) === lower(system);
}

/**
 * The enclosing state and the nation of a place, when the data hold them. A FIPS county
 * (`39061`) is in the state whose FIPS code is its first two digits followed by `000` (`39000`,
 * as County Health Rankings write state rows); otherwise a state the geography's `states` names
 * (by code or name), or the only state of the data. Every nation-level place is a comparison.
 */
function comparisonsOf(
  place: PlaceCount,
  places: readonly PlaceCount[],
  geography: Geography | undefined,
): ComparisonPlace[] {
  const out: ComparisonPlace[] = [];
  if (place.level === 'nation') return out;
  if (place.level !== 'state') {
    const states = places.filter((p) => p.level === 'state');
    let state: PlaceCount | undefined;
    if (place.scheme !== undefined && lower(place.scheme) === 'fips' && /^\d{5}$/.test(place.code))
      state = states.find(
        (s) => s.code === `${place.code.slice(0, 2)}000` || s.code === place.code.slice(0, 2),
      );
    const named = Array.isArray(geography?.states) ? geography.states.filter(isString) : [];
    if (state === undefined && named.length > 0)
      state = states.find((s) =>
        named.some(
          (n) => lower(n) === lower(s.code) || (s.name !== undefined && lower(n) === lower(s.name)),
        ),
      );
    if (state === undefined && states.length === 1) state = states[0];
    if (state !== undefined) out.push(comparison('state', state));
  }
  for (const nation of places)
    if (nation.level === 'nation') out.push(comparison('nation', nation));
  return out;
}

function comparison(relation: 'state' | 'nation', p: PlaceCount): ComparisonPlace {
  const c: { -readonly [K in keyof ComparisonPlace]: ComparisonPlace[K] } = {
    relation,
    level: p.level,
    code: p.code,
    rows: p.rows,
  };
  if (p.scheme !== undefined) c.scheme = p.scheme;
  if (p.name !== undefined) c.name = p.name;
  return c;
}

function describe(selector: PlaceSelector | string): string {
  if (isString(selector)) return selector;
  return selector.level === undefined ? selector.code : `${selector.level} ${selector.code}`;
}

/**
 * Decides which place of the outcome data a partnership's analysis reads; the one rule every
 * check and report uses. In order:
 *
 * 1. `options.place` (the user's `--place`): the place with that code (and level, when given);
 * 2. a code of the evidence's geography (`{ system: 'FIPS', value: '39061' }`) equal to a place's
 *    code, when the place's scheme is absent or the same system (case aside);
 * 3. the geography's name equal to a place's name (case and surrounding spaces aside);
 * 4. the only place that is not a state or the nation.
 *
 * When none of these finds exactly one place, the answer is an error issue listing every place
 * with its row count (`place_ambiguous`), or, when the caller or the evidence named a place the
 * data do not hold, `place_not_found`. Rows of the enclosing state and of the nation become the
 * place's {@link ComparisonPlace | comparisons}. Never throws.
 *
 * @example
 * ```ts
 * const places = [
 *   { level: 'county', code: '39061', scheme: 'fips', name: 'Hamilton County', rows: 40 },
 *   { level: 'county', code: '39049', scheme: 'fips', name: 'Franklin County', rows: 40 },
 *   { level: 'state', code: '39000', scheme: 'fips', name: 'Ohio', rows: 40 },
 * ];
 * const s = selectPlace(places, { geography: { name: 'Cincinnati area', type: 'county', codes: [{ system: 'FIPS', value: '39061' }] } });
 * if (s.ok) [s.basis, s.place.code, s.comparisons[0]?.name]; // ['evidence-code', '39061', 'Ohio']
 * selectPlace(places, {}).ok; // false: two counties, none chosen (place_ambiguous)
 * ```
 */
export function selectPlace(
  places: readonly PlaceCount[],
  options: PlaceSelectionOptions = {},
): PlaceSelection {
  try {
    return selectPlaceUnchecked(places, options);
  } catch {
    return { ok: false, issue: null, candidates: [] };
  }
}

function selectPlaceUnchecked(
  places: readonly PlaceCount[],
  options: PlaceSelectionOptions,
): PlaceSelection {
  const all = mostRowsFirst(
    (Array.isArray(places) ? places : []).filter(
      (p): p is PlaceCount =>
        typeof p === 'object' && p !== null && isString(p.level) && isString(p.code),
    ),
  );
  const opts = optionsOf(options);
  const geography =
    typeof opts.geography === 'object' && opts.geography !== null ? opts.geography : undefined;
  const chosen = (place: PlaceCount, basis: PlaceBasis): PlaceSelection => ({
    ok: true,
    place,
    basis,
    comparisons: comparisonsOf(place, all, geography),
  });
  const ambiguous = (among: readonly PlaceCount[], path: (string | number)[]): PlaceSelection => ({
    ok: false,
    issue: createTheoryOfActionIssue({
      code: 'place_ambiguous',
      path,
      candidates: among.map((p) => summary(p)),
    }),
    candidates: all,
  });
  const notFound = (requested: string, path: (string | number)[]): PlaceSelection => ({
    ok: false,
    issue: createTheoryOfActionIssue({
      code: 'place_not_found',
      path,
      requested,
      candidates: all.map((p) => summary(p)),
    }),
    candidates: all,
  });

  const selector = opts.place;
  if (isString(selector) || (typeof selector === 'object' && selector !== null)) {
    const code = isString(selector) ? selector : selector.code;
    const level = isString(selector) ? undefined : selector.level;
    const matches = all.filter(
      (p) => p.code === code && (level === undefined || p.level === level),
    );
    if (matches.length === 1 && matches[0]) return chosen(matches[0], 'option');
    if (matches.length > 1) return ambiguous(matches, ['options', 'place']);
    return notFound(describe(selector), ['options', 'place']);
  }

  if (geography !== undefined) {
    const codes = Array.isArray(geography.codes) ? geography.codes : [];
    const byCode = all.filter((p) =>
      codes.some(
        (c) =>
          isString(c?.value) &&
          c.value === p.code &&
          isString(c.system) &&
          compatibleScheme(p, c.system),
      ),
    );
    if (byCode.length === 1 && byCode[0]) return chosen(byCode[0], 'evidence-code');
    if (byCode.length > 1) return ambiguous(byCode, ['evidence', 'geography', 'codes']);
    const name = isString(geography.name) ? lower(geography.name) : undefined;
    const byName =
      name === undefined ? [] : all.filter((p) => p.name !== undefined && lower(p.name) === name);
    if (byName.length === 1 && byName[0]) return chosen(byName[0], 'evidence-name');
    if (byName.length > 1) return ambiguous(byName, ['evidence', 'geography', 'name']);
    if (codes.length > 0)
      return notFound(
        codes
          .filter((c) => isString(c?.value))
          .map((c) => `${String(c.system)} ${c.value}`)
          .join(', '),
        ['evidence', 'geography', 'codes'],
      );
  }

  const local = all.filter((p) => !COMPARISON_LEVELS.has(p.level));
  if (local.length === 1 && local[0]) return chosen(local[0], 'only-place');
  if (local.length === 0 && all.length === 1 && all[0]) return chosen(all[0], 'only-place');
  if (all.length === 0) return { ok: false, issue: null, candidates: [] };
  return ambiguous(local.length > 0 ? local : all, ['observations']);
}

function summary(p: PlaceCount): { level: string; code: string; name?: string; rows: number } {
  return p.name === undefined
    ? { level: p.level, code: p.code, rows: p.rows }
    : { level: p.level, code: p.code, name: p.name, rows: p.rows };
}
