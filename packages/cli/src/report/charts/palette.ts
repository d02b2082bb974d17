/**
 * The report's colours: the Okabe-Ito palette (readable with the common colour-vision
 * deficiencies) for series, and fixed colours for statuses and axes.
 *
 * @example
 * ```ts
 * PALETTE.series[0]; // '#0072B2'
 * ```
 */
export const PALETTE = {
  series: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#7F6D00', '#5B3A8E'],
  total: '#1f2933',
  earned: '#0072B2',
  maximum: '#d9e2ec',
  axis: '#52606d',
  grid: '#e4e7eb',
  text: '#1f2933',
  flagged: '#D55E00',
  span: '#9fb3c8',
  status: {
    met: '#1b7f3b',
    'not-met': '#c62828',
    'insufficient-evidence': '#E69F00',
    'not-applicable': '#9aa5b1',
  },
} as const;

/**
 * A stable colour for each subgroup of a report: `all` is dark, the others take the series colours in
 * the order first seen, so a group has the same colour in every chart.
 *
 * @example
 * ```ts
 * const colour = groupColours(['all', 'White', 'Black']);
 * colour('Black'); // '#E69F00'
 * ```
 */
export function groupColours(groups: readonly string[]): (group: string) => string {
  const order = groups.filter((g, i) => g !== 'all' && groups.indexOf(g) === i);
  return (group) => {
    if (group === 'all') return PALETTE.total;
    const index = order.indexOf(group);
    return (
      PALETTE.series[(index < 0 ? order.length : index) % PALETTE.series.length] ?? PALETTE.total
    );
  };
}
