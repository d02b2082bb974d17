import {
  createIssue,
  type Indicator,
  type Issue,
  type Observation,
} from '@community-excellence/schemas';

/** Options of {@link pushSetLevelIssues}. */
export interface SetLevelCheckOptions {
  /**
   * The indicators `indicatorId` may name, or `undefined` to skip the check (the rows were
   * checked against a catalogue one by one already).
   */
  readonly indicators: ReadonlyMap<string, Indicator> | undefined;
}

const NUL = '\u0000';

/**
 * A key that tells two cells apart exactly: the parts joined with NUL, or, when a part holds a
 * NUL itself, the cell's JSON name (which has no raw NUL, so the two kinds never meet).
 */
function cellOf(row: Observation): string {
  const { indicatorId, place, period, subgroup } = row;
  if (
    indicatorId.includes(NUL) ||
    place.level.includes(NUL) ||
    place.code.includes(NUL) ||
    period.label.includes(NUL) ||
    subgroup.dimension.includes(NUL) ||
    subgroup.value.includes(NUL)
  )
    return cellId(row);
  return `${indicatorId}${NUL}${place.level}${NUL}${place.code}${NUL}${period.label}${NUL}${subgroup.dimension}${NUL}${subgroup.value}`;
}

/** The cell as `validateObservationSet` names it in a `duplicate_id` issue. */
const cellId = (row: Observation): string =>
  JSON.stringify([
    row.indicatorId,
    row.place.level,
    row.place.code,
    row.period.label,
    row.subgroup.dimension,
    row.subgroup.value,
  ]);

/**
 * The cross-row checks of `validateObservationSet`, in one pass over rows that were validated
 * one by one already: unique row ids (`duplicate_id`, error), one row per indicator, place,
 * period and subgroup cell (`duplicate_id` with the cell as id, warning) and, when asked, that
 * every `indicatorId` is known (`unknown_reference`, error). The issues are those
 * `validateObservationSet` gives, in its order, with the same paths; the row checks are not
 * repeated. Appends to `out`.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * pushSetLevelIssues(observations, { indicators: undefined }, issues);
 * ```
 */
export function pushSetLevelIssues(
  observations: readonly Observation[],
  options: SetLevelCheckOptions,
  out: Issue[],
): void {
  const rowIds = new Map<string, number>();
  const cells = new Map<string, number>();
  const indicators = options.indicators;
  for (let index = 0; index < observations.length; index += 1) {
    const row = observations[index] as Observation;
    if (row.id !== undefined) {
      const first = rowIds.get(row.id);
      if (first === undefined) rowIds.set(row.id, index);
      else
        out.push(
          createIssue({
            code: 'duplicate_id',
            path: ['observations', index, 'id'],
            id: row.id,
            firstPath: ['observations', first, 'id'],
          }),
        );
    }
    const key = cellOf(row);
    const firstCell = cells.get(key);
    if (firstCell === undefined) cells.set(key, index);
    else
      out.push(
        createIssue({
          code: 'duplicate_id',
          severity: 'warning',
          path: ['observations', index],
          id: cellId(row),
          firstPath: ['observations', firstCell],
        }),
      );
    if (indicators !== undefined && !indicators.has(row.indicatorId)) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['observations', index, 'indicatorId'],
          target: 'indicator',
          id: row.indicatorId,
        }),
      );
    }
  }
}
