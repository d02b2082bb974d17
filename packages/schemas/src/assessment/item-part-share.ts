import type {
  FrameworkArea,
  FrameworkItem,
  FrameworkSubArea,
} from '../framework/framework-parts.js';

/**
 * An exact fraction of an item's points, in lowest terms (`{ numerator: 1, denominator: 2 }`
 * is half the item).
 *
 * @example
 * ```ts
 * const half: ItemShare = { numerator: 1, denominator: 2 };
 * ```
 */
export interface ItemShare {
  readonly numerator: number;
  readonly denominator: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

const reduce = (numerator: number, denominator: number): ItemShare => {
  const d = gcd(numerator, denominator) || 1;
  return { numerator: numerator / d, denominator: denominator / d };
};

const add = (a: ItemShare, b: ItemShare): ItemShare =>
  reduce(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);

/** The ordinal a code ends with: `7.5(2)` -> 2, `1.1b` -> 2; 0 when it has none. */
function ordinalOf(code: string): number {
  const numbered = /\((\d+)\)$/.exec(code);
  if (numbered !== null) return Number(numbered[1]);
  const lettered = /[a-z]$/.exec(code);
  return lettered === null ? 0 : lettered[0].charCodeAt(0) - 96;
}

/**
 * How many parts a level has: as many as the framework data lists, or the highest ordinal
 * among them when the numbering skips (7.5 lists only 7.5(2), so it has at least two).
 */
function partCount(parts: readonly { readonly code: string }[]): number {
  let n = parts.length;
  for (const part of parts) n = Math.max(n, ordinalOf(part.code));
  return n;
}

function levelShare(
  parts: readonly { readonly code: string }[],
  shareOf: (part: { readonly code: string }) => ItemShare,
): ItemShare {
  const n = partCount(parts);
  let sum: ItemShare = { numerator: 0, denominator: 1 };
  for (const part of parts) {
    const own = shareOf(part);
    if (own.numerator > 0) sum = add(sum, reduce(own.numerator, own.denominator * n));
  }
  return sum;
}

const subAreaShare =
  (wanted: ReadonlySet<string>) =>
  (sub: { readonly code: string }): ItemShare =>
    wanted.has(sub.code) ? { numerator: 1, denominator: 1 } : { numerator: 0, denominator: 1 };

function areaShare(area: FrameworkArea, wanted: ReadonlySet<string>): ItemShare {
  if (wanted.has(area.code)) return { numerator: 1, denominator: 1 };
  const subs: readonly FrameworkSubArea[] = area.subAreas ?? [];
  return subs.length === 0
    ? { numerator: 0, denominator: 1 }
    : levelShare(subs, subAreaShare(wanted));
}

/**
 * The share of an item's points that a set of listed codes covers, by the `share-of-item` rule
 * of `PartScoringSchema`: each level (lettered areas, numbered sub-areas) splits its parent's
 * share equally among its parts; a listed part counts in full. The item's own code gives 1.
 * Internal helper of {@link resolveAssessmentScope}.
 *
 * @example
 * ```ts
 * declare const item: FrameworkItem;
 * itemPartShare(item, new Set(['7.1(1)', '7.1(2)'])); // { numerator: 1, denominator: 2 } for four questions
 * ```
 */
export function itemPartShare(item: FrameworkItem, wanted: ReadonlySet<string>): ItemShare {
  if (wanted.has(item.code)) return { numerator: 1, denominator: 1 };
  const areas = item.areas ?? [];
  const subs = item.subAreas ?? [];
  const fromAreas =
    areas.length === 0
      ? { numerator: 0, denominator: 1 }
      : levelShare(areas, (part) => areaShare(part as FrameworkArea, wanted));
  const fromSubs =
    subs.length === 0 ? { numerator: 0, denominator: 1 } : levelShare(subs, subAreaShare(wanted));
  const sum = add(fromAreas, fromSubs);
  return sum.numerator > sum.denominator ? { numerator: 1, denominator: 1 } : sum;
}
