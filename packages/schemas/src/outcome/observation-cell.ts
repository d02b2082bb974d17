import type { Observation } from './observation.js';

/**
 * The cell an observation fills, as text: indicator, place level and code, period, subgroup
 * dimension and value. Two rows of a set with the same cell are a repeated cell
 * (`duplicate_id`, a warning whose `id` is this text). The one definition of a cell: the set
 * validation and the importers' one-pass checks name cells with it. A part that is missing reads
 * as `null`; a row that cannot be read has the cell `''`. Never throws.
 *
 * @example
 * ```ts
 * declare const observation: Observation;
 * observationCell(observation); // '["acgr-4yr","district","0100005","2021-2022","all","all"]'
 * ```
 */
export function observationCell(row: Observation): string {
  try {
    return JSON.stringify([
      row?.indicatorId,
      row?.place?.level,
      row?.place?.code,
      row?.period?.label,
      row?.subgroup?.dimension,
      row?.subgroup?.value,
    ]);
  } catch {
    // A row that cannot be read (a throwing getter or Proxy, a bigint): no cell.
    return '';
  }
}
