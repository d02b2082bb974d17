import { baldrige20232024 } from './baldrige-2023-2024.js';
import { coeCommunity2024 } from './coe-community.js';
import type { Framework } from './framework.js';

/**
 * The label every Baldrige-derived points scale carries; show it wherever such points appear.
 *
 * @example
 * ```ts
 * coeBaldrigeDerivedPoints.pointsLabel === BALDRIGE_DERIVED_LABEL; // true
 * ```
 */
export const BALDRIGE_DERIVED_LABEL = 'unofficial, Baldrige-derived';

/**
 * Returns a copy of a framework whose points are borrowed **by position** from a points
 * source (Baldrige 2023-2024 by default): category n gets the points of the source's
 * category n, item m of it the points of the source's item m (COE 1.1 -> 70 ... 7.5 -> 90).
 * The copy is marked `pointsStatus: 'derived'`, labelled "unofficial, Baldrige-derived" and
 * gets the id `<id>-baldrige-derived-points`. Entries without a counterpart keep `null`,
 * which {@link validateFramework} then reports, so a mismatched shape is never silent.
 *
 * Never throws: a value that is not a framework is returned as it is.
 *
 * @example
 * ```ts
 * const scored = withBaldrigeDerivedPoints(coeCommunity2024);
 * scored.totalPoints; // 1000
 * scored.pointsLabel; // 'unofficial, Baldrige-derived'
 * ```
 */
export function withBaldrigeDerivedPoints(
  framework: Framework,
  source: Framework = baldrige20232024,
): Framework {
  try {
    return withBaldrigeDerivedPointsUnchecked(framework, source);
  } catch {
    return framework;
  }
}

function withBaldrigeDerivedPointsUnchecked(
  framework: Framework,
  source: Framework = baldrige20232024,
): Framework {
  const categories = framework.categories.map((category, c) => {
    const from = source.categories[c];
    return {
      ...category,
      points: from?.points ?? null,
      items: category.items.map((item, i) => ({ ...item, points: from?.items[i]?.points ?? null })),
    };
  });
  return {
    ...framework,
    id: `${framework.id}-baldrige-derived-points`,
    pointsStatus: 'derived',
    pointsLabel: BALDRIGE_DERIVED_LABEL,
    totalPoints: source.totalPoints,
    categories,
  };
}

/**
 * The COE community framework with the opt-in, **unofficial** Baldrige-derived points
 * (id `coe-community-2024-baldrige-derived-points`, 1000 points). COE itself publishes no
 * points; use this only when you want a numeric scale and say so to your readers.
 *
 * @example
 * ```ts
 * findItem(coeBaldrigeDerivedPoints, '7.1')?.points; // 120
 * ```
 */
export const coeBaldrigeDerivedPoints: Framework =
  /* #__PURE__ */ withBaldrigeDerivedPoints(coeCommunity2024);
