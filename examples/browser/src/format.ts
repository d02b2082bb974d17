import type { ExactNumber } from '@community-excellence/scoring';

/**
 * Points as the scorecard holds them: its exact decimal (`'24.75'`), or, for a fraction such as
 * `'1700/29'`, the nearest number to two decimals. `—` when there are no points.
 */
export function formatPoints(value: ExactNumber | null): string {
  if (value === null) return '—';
  return value.exact.includes('/') ? value.value.toFixed(2) : value.exact;
}

/** A percent of the maximum, to one decimal: `'27.8%'`. */
export function formatPercent(value: ExactNumber | null): string {
  return value === null ? '—' : `${value.value.toFixed(1)}%`;
}

/** An outcome rate or gap, to one decimal. */
export function formatRate(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(1);
}
