/**
 * A value of a series that is about `factor` times larger or smaller than the series' median: a
 * percent written as a proportion (or the other way round) in one period. @internal
 */
export interface ScaleOutlier {
  /** Position of the value in the array given. */
  readonly index: number;
  readonly direction: 'larger' | 'smaller';
  /** `value / median`. */
  readonly ratio: number;
  readonly median: number;
}

const median = (sorted: readonly number[]): number => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * The one scale rule for a series of exact values (one indicator, place and subgroup over its
 * periods): with at least `minSeries` values (default 3) and a positive median, a positive value
 * whose ratio to the median lies within `factor / tolerance` and `factor * tolerance` (default 100
 * and 3), or whose inverse ratio does, is off by the factor. The importers warn about such values
 * (`scale_factor_suspected`) and keep them; the outcome analysis also leaves them out of trends and
 * gaps, so that one mis-scaled period cannot make a label. @internal
 */
export function scaleOutliers(
  values: readonly number[],
  spec: { readonly factor?: number; readonly tolerance?: number; readonly minSeries?: number } = {},
): ScaleOutlier[] {
  const factor = spec.factor ?? 100;
  const tolerance = spec.tolerance ?? 3;
  const minSeries = spec.minSeries ?? 3;
  if (values.length < minSeries) return [];
  const reference = median([...values].sort((a, b) => a - b));
  if (!(reference > 0)) return [];
  const out: ScaleOutlier[] = [];
  values.forEach((value, index) => {
    if (!(value > 0)) return;
    const ratio = value / reference;
    const direction =
      ratio >= factor / tolerance && ratio <= factor * tolerance
        ? 'larger'
        : 1 / ratio >= factor / tolerance && 1 / ratio <= factor * tolerance
          ? 'smaller'
          : undefined;
    if (direction !== undefined) out.push({ index, direction, ratio, median: reference });
  });
  return out;
}
