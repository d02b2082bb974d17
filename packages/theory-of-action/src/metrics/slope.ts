import { computed, isFiniteNumber, notComputable, type Metric } from './metric.js';

/**
 * Ordinary least-squares slope of `y` on `x` (units of y per unit of x, here per year). Needs at
 * least `minPoints` (default 3) finite points and two distinct x values; otherwise `NOT_COMPUTABLE`.
 *
 * Never throws: points that cannot be read are answered as no points (not computable).
 *
 * @example
 * ```ts
 * leastSquaresSlope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]); // { status: 'computed', value: 2 }
 * ```
 */
export function leastSquaresSlope(
  points: readonly { readonly x: number; readonly y: number }[],
  minPoints = 3,
): Metric {
  try {
    return leastSquaresSlopeUnchecked(points, minPoints);
  } catch {
    return leastSquaresSlopeUnchecked([]);
  }
}

function leastSquaresSlopeUnchecked(
  points: readonly { readonly x: number; readonly y: number }[],
  minPoints = 3,
): Metric {
  const usable = (Array.isArray(points) ? points : []).filter(
    (p) => isFiniteNumber(p?.x) && isFiniteNumber(p?.y),
  );
  if (usable.length < Math.max(2, minPoints))
    return notComputable(
      `a slope needs at least ${Math.max(2, minPoints)} points with numbers; ${usable.length} given`,
    );
  const n = usable.length;
  const meanX = usable.reduce((s, p) => s + p.x, 0) / n;
  const meanY = usable.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of usable) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return notComputable('all points share one period');
  return computed(sxy / sxx);
}
