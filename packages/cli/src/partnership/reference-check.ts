import type { OutcomeAnalysis } from '@community-excellence/theory-of-action/outcomes';

/**
 * Warnings for `--reference dimension=group` choices the analysed data cannot use: a dimension no
 * indicator is broken down by at the analysed place, or a group that dimension does not have
 * (names are matched exactly, as the analysis matches them). Each warning lists what the data do
 * have (and the group that differs only in case), so that a typo (`race-ethnicity=white` for
 * `White`) does not silently leave every gap of the dimension out. Empty when every choice names a group of the data, or when no place was
 * analysed.
 *
 * @example
 * ```ts
 * referenceWarnings(report.outcomes, { 'race-ethnicity': 'white' });
 * // ['--reference race-ethnicity=white: the data have no group "white" for race-ethnicity (did you mean race-ethnicity=White?); its groups are: Asian, Black, Hispanic, Two or more races, White. No gaps are measured for race-ethnicity.']
 * ```
 */
export function referenceWarnings(
  analysis: OutcomeAnalysis,
  referenceGroups: Readonly<Record<string, string>> | undefined,
): string[] {
  if (referenceGroups === undefined || analysis.place === null) return [];
  const groups = new Map<string, Set<string>>();
  for (const indicator of analysis.indicators)
    for (const s of indicator.series) {
      if (s.dimension === 'all') continue;
      let set = groups.get(s.dimension);
      if (set === undefined) {
        set = new Set();
        groups.set(s.dimension, set);
      }
      set.add(s.group);
    }
  const sorted = (values: Iterable<string>): string =>
    [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ');
  const warnings: string[] = [];
  for (const [dimension, group] of Object.entries(referenceGroups)) {
    const known = groups.get(dimension);
    const flag = `--reference ${dimension}=${group}`;
    if (known === undefined)
      warnings.push(
        groups.size === 0
          ? `${flag}: the data at the analysed place have no subgroup dimensions; the choice has no effect.`
          : `${flag}: the data at the analysed place have no dimension "${dimension}"; their dimensions are: ${sorted(groups.keys())}. The choice has no effect.`,
      );
    else if (!known.has(group)) {
      const like = [...known].find((g) => g.toLowerCase() === group.toLowerCase());
      warnings.push(
        `${flag}: the data have no group "${group}" for ${dimension}${like === undefined ? '' : ` (did you mean ${dimension}=${like}?)`}; its groups are: ${sorted(known)}. No gaps are measured for ${dimension}.`,
      );
    }
  }
  return warnings;
}
