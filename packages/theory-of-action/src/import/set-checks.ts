import {
  createIssue,
  type Indicator,
  type Issue,
  type Observation,
} from '@community-excellence/schemas';
import { observationCell } from '@community-excellence/schemas/internal';
import { fnvHash } from './text-hash.js';

/** Options of {@link pushSetLevelIssues}. */
export interface SetLevelCheckOptions {
  /**
   * The indicators `indicatorId` may name, or `undefined` to skip the check (the rows were
   * checked against a catalogue one by one already).
   */
  readonly indicators: ReadonlyMap<string, Indicator> | undefined;
}

function cellHash(row: Observation): number {
  let h = 0x811c9dc5;
  h = fnvHash(h, row.indicatorId);
  h = fnvHash(h, row.place.level);
  h = fnvHash(h, row.place.code);
  h = fnvHash(h, row.period.label);
  h = fnvHash(h, row.subgroup.dimension);
  return fnvHash(h, row.subgroup.value);
}

function sameCell(a: Observation, b: Observation): boolean {
  return (
    a.indicatorId === b.indicatorId &&
    a.place.level === b.place.level &&
    a.place.code === b.place.code &&
    a.period.label === b.period.label &&
    a.subgroup.dimension === b.subgroup.dimension &&
    a.subgroup.value === b.subgroup.value
  );
}

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
  // Cells by a 32-bit hash; rows whose cells share a hash are chained (`next`) and compared
  // field by field, so a duplicate is always exact and no key string is built per row.
  const cells = new Map<number, number>();
  const next = new Int32Array(observations.length).fill(-1);
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
    const hash = cellHash(row);
    let firstCell = cells.get(hash);
    if (firstCell === undefined) cells.set(hash, index);
    else {
      let last = firstCell;
      while (!sameCell(observations[firstCell] as Observation, row)) {
        last = firstCell;
        firstCell = next[firstCell] as number;
        if (firstCell === -1) break;
      }
      if (firstCell === -1) next[last] = index;
    }
    if (firstCell !== undefined && firstCell !== -1)
      out.push(
        createIssue({
          code: 'duplicate_id',
          severity: 'warning',
          path: ['observations', index],
          id: observationCell(row),
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
