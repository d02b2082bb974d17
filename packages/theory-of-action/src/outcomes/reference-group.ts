import type { IndicatorDirection } from '../metrics/reference.js';

/**
 * Where a reference group came from: the caller's choice for a dimension (`option`, the CLI's
 * `--reference`), the partnership evidence's outcome that names the indicator (`evidence`), the
 * indicator's own definition (`indicator`), or the report-wide rule (`rule`).
 */
export type ReferenceBasis = 'option' | 'evidence' | 'indicator' | 'rule';

/**
 * The reference group of one dimension: report-wide (no `indicatorId`) or for one indicator, with
 * where it came from and why. `group` is `null` when no group qualifies (the reason says why); the
 * indicator then has no gaps for that dimension rather than gaps against another group.
 *
 * @example
 * ```ts
 * const r: ReferenceDecision = { dimension: 'race', group: 'white', basis: 'rule', reason: 'best rate in the first period in 3 of 4 indicators' };
 * ```
 */
export interface ReferenceDecision {
  readonly indicatorId?: string;
  readonly dimension: string;
  readonly group: string | null;
  readonly basis: ReferenceBasis;
  readonly reason: string;
}

/**
 * One indicator's usable subgroup series of one dimension at the analysed place: what the
 * reference rule reads.
 *
 * @example
 * ```ts
 * const input: ReferenceInput = { indicatorId: 'grad', direction: 'higher-is-better', dimension: 'race', series: [{ group: 'White', points: [{ time: 2020, value: 91 }, { time: 2024, value: 92 }] }] };
 * ```
 */
export interface ReferenceInput {
  readonly indicatorId: string;
  readonly direction: IndicatorDirection;
  readonly dimension: string;
  readonly series: readonly {
    readonly group: string;
    readonly points: readonly { readonly time: number; readonly value: number }[];
  }[];
}

/** Reference groups named per dimension (`{ race: 'White' }`). */
export type ReferenceGroupMap = Readonly<Record<string, string>>;

/** Overrides of the reference rule, from the most to the least specific source. */
export interface ReferenceOverrides {
  /** The caller's choice per dimension (`--reference race=White`): wins over everything. */
  readonly option?: ReferenceGroupMap;
  /** Per indicator id, from the partnership evidence's outcomes. */
  readonly evidence?: ReadonlyMap<string, ReferenceGroupMap>;
  /** Per indicator id, from the indicators' own `referenceGroups`. */
  readonly indicator?: ReadonlyMap<string, ReferenceGroupMap>;
}

/**
 * Residual categories that are never the reference group by the rule: "Other", "Other Races and
 * Ethnicities", "Two or More Races", "Multiracial", "Unknown", "Not reported". They mix
 * populations, so a gap to them has no stable meaning. A caller can still name one explicitly.
 */
const RESIDUAL_GROUP =
  /(^|[^a-z])(others?|two or more|multi[a-z]*|unknown|not reported|not specified|unspecified|declined|mixed)([^a-z]|$)/i;

/**
 * Whether a subgroup label is a residual category: "Other", "Other Races and Ethnicities", "Two or More Races", "Multiracial", "Unknown", "Not reported".
 *
 * @example
 * ```ts
 * isResidualGroup('Other Races and Ethnicities'); // true
 * isResidualGroup('White'); // false
 * ```
 */
export function isResidualGroup(group: string): boolean {
  return typeof group === 'string' && RESIDUAL_GROUP.test(group);
}

const own = (map: ReferenceGroupMap | undefined, key: string): string | undefined =>
  map !== undefined &&
  typeof map === 'object' &&
  Object.prototype.hasOwnProperty.call(map, key) &&
  typeof map[key] === 'string'
    ? map[key]
    : undefined;

/** Usable in at least two periods: a gap to it can have a trend. */
const qualifies = (s: ReferenceInput['series'][number]): boolean => s.points.length >= 2;

/**
 * The group with the best rate in the indicator's baseline period (the first period in which at
 * least two non-residual groups that qualify have values), or undefined.
 */
function baselineBest(input: ReferenceInput): string | undefined {
  if (input.direction !== 'higher-is-better' && input.direction !== 'lower-is-better') return;
  const eligible = input.series.filter((s) => qualifies(s) && !isResidualGroup(s.group));
  const times = [...new Set(eligible.flatMap((s) => s.points.map((p) => p.time)))].sort(
    (a, b) => a - b,
  );
  for (const time of times) {
    const at = eligible.flatMap((s) => {
      const p = s.points.find((q) => q.time === time);
      return p === undefined ? [] : [{ group: s.group, value: p.value }];
    });
    if (at.length < 2) continue;
    let best = at[0];
    for (const c of at)
      if (
        best !== undefined &&
        (input.direction === 'higher-is-better' ? c.value > best.value : c.value < best.value)
      )
        best = c;
    return best?.group;
  }
  return undefined;
}

/**
 * The one reference-group rule of the outcome analysis. Per dimension, report-wide: the group with
 * the best rate in the baseline period (the first period where at least two groups have values)
 * in the most indicators of the report; residual categories ({@link isResidualGroup}) and groups
 * with fewer than two usable periods never count; ties go to the group with values in the most
 * indicators, then to the first in alphabetical order. Each indicator then uses, in order: the
 * caller's group for the dimension, the evidence's, the indicator's own, or the report-wide
 * group. When the group chosen has fewer than two usable periods for an indicator, that indicator
 * has no reference (`group: null`) for the dimension and no gaps: it is never compared with
 * another group instead. Never throws.
 *
 * @example
 * ```ts
 * const series = (white: number[], black: number[]) => [
 *   { group: 'White', points: white.map((value, i) => ({ time: 2020 + i, value })) },
 *   { group: 'Black', points: black.map((value, i) => ({ time: 2020 + i, value })) },
 * ];
 * const d = decideReferenceGroups([
 *   { indicatorId: 'grad', direction: 'higher-is-better', dimension: 'race', series: series([91, 92], [77, 84]) },
 *   { indicatorId: 'absence', direction: 'lower-is-better', dimension: 'race', series: series([12, 11], [20, 15]) },
 * ]);
 * d.reportWide[0]?.group; // 'White'
 * d.perIndicator.map((r) => r.group); // ['White', 'White']
 * ```
 */
export function decideReferenceGroups(
  inputs: readonly ReferenceInput[],
  overrides: ReferenceOverrides = {},
): {
  readonly reportWide: readonly ReferenceDecision[];
  readonly perIndicator: readonly ReferenceDecision[];
} {
  try {
    return decideUnchecked(inputs, overrides);
  } catch {
    return { reportWide: [], perIndicator: [] };
  }
}

function decideUnchecked(
  inputs: readonly ReferenceInput[],
  overrides: ReferenceOverrides,
): { reportWide: ReferenceDecision[]; perIndicator: ReferenceDecision[] } {
  const list = (Array.isArray(inputs) ? inputs : []).filter(
    (i): i is ReferenceInput =>
      typeof i === 'object' &&
      i !== null &&
      typeof i.indicatorId === 'string' &&
      typeof i.dimension === 'string' &&
      Array.isArray(i.series),
  );
  const ov = typeof overrides === 'object' && overrides !== null ? overrides : {};
  const dimensions = [...new Set(list.map((i) => i.dimension))];
  const reportWide: ReferenceDecision[] = [];
  const wide = new Map<string, ReferenceDecision>();
  for (const dimension of dimensions) {
    const forced = own(ov.option, dimension);
    let decision: ReferenceDecision;
    if (forced !== undefined)
      decision = { dimension, group: forced, basis: 'option', reason: 'named by the caller' };
    else {
      const votes = new Map<string, number>();
      const present = new Map<string, number>();
      let voting = 0;
      for (const input of list) {
        if (input.dimension !== dimension) continue;
        for (const s of input.series)
          if (qualifies(s) && !isResidualGroup(s.group))
            present.set(s.group, (present.get(s.group) ?? 0) + 1);
        const best = baselineBest(input);
        if (best === undefined) continue;
        voting++;
        votes.set(best, (votes.get(best) ?? 0) + 1);
      }
      const ranked = [...votes.keys()].sort(
        (a, b) =>
          (votes.get(b) ?? 0) - (votes.get(a) ?? 0) ||
          (present.get(b) ?? 0) - (present.get(a) ?? 0) ||
          (a < b ? -1 : a > b ? 1 : 0),
      );
      const group = ranked[0];
      decision =
        group === undefined
          ? {
              dimension,
              group: null,
              basis: 'rule',
              reason:
                'no group qualifies: a reference group needs a direction of good, values in at least two periods (a gap needs a series) and a common first period with another group, and is never a residual group such as "Other"',
            }
          : {
              dimension,
              group,
              basis: 'rule',
              reason: `best rate in the first period in ${votes.get(group) ?? 0} of ${voting} indicators with ${dimension} data (the group with the best baseline rate most often; residual groups such as "Other" are never chosen)`,
            };
    }
    reportWide.push(decision);
    wide.set(dimension, decision);
  }
  const perIndicator: ReferenceDecision[] = [];
  for (const input of list) {
    const { indicatorId, dimension } = input;
    const named: [ReferenceBasis, string | undefined][] = [
      ['option', own(ov.option, dimension)],
      ['evidence', own(ov.evidence?.get(indicatorId), dimension)],
      ['indicator', own(ov.indicator?.get(indicatorId), dimension)],
    ];
    const pick = named.find(([, g]) => g !== undefined);
    const basis: ReferenceBasis = pick ? pick[0] : 'rule';
    const group = pick ? (pick[1] as string) : (wide.get(dimension)?.group ?? null);
    const reason =
      basis === 'option'
        ? 'named by the caller'
        : basis === 'evidence'
          ? "named by the partnership evidence's outcome"
          : basis === 'indicator'
            ? "named by the indicator's definition"
            : (wide.get(dimension)?.reason ?? '');
    if (group === null) {
      perIndicator.push({ indicatorId, dimension, group: null, basis, reason });
      continue;
    }
    const series = input.series.find((s) => s.group === group);
    perIndicator.push(
      series !== undefined && qualifies(series)
        ? { indicatorId, dimension, group, basis, reason }
        : {
            indicatorId,
            dimension,
            group: null,
            basis,
            reason: `${group}, the reference for ${dimension}, has fewer than two usable periods for this indicator: no gaps are measured rather than gaps to another group`,
          },
    );
  }
  return { reportWide, perIndicator };
}
