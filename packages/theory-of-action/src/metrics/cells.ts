import type { Observation } from '@community-excellence/schemas/data';
import { periodTime } from './period.js';
import {
  readObservationValue,
  type ExclusionReason,
  type ReadValue,
  type ValueOptions,
} from './read-value.js';

/**
 * A cell that was left out of a metric, with where it is and why. `index` is the row's position in
 * the observations array the caller passed (`observations.<index>` in the document).
 */
export interface Exclusion {
  readonly index: number;
  readonly period: string;
  readonly subgroup: { readonly dimension: string; readonly value: string };
  readonly reason: ExclusionReason | 'no-period-time';
  readonly raw?: string;
}

/**
 * Which place a metric looks at: its `level` and `code` as the observations write them.
 */
export interface PlaceRef {
  readonly level: string;
  readonly code: string;
}

/** A row that passed the structural guard, with its index and value reading. @internal */
export interface Cell {
  readonly index: number;
  readonly period: string;
  readonly time: number | undefined;
  readonly dimension: string;
  readonly group: string;
  readonly read: ReadValue;
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** Rows of one indicator at one place, read with the value options; malformed rows are skipped. @internal */
export function cellsOf(
  observations: readonly Observation[],
  indicatorId: string,
  place: PlaceRef,
  options: ValueOptions,
): Cell[] {
  const cells: Cell[] = [];
  const rows: readonly unknown[] = Array.isArray(observations) ? observations : [];
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return;
    const o = row as Observation;
    if (o.indicatorId !== indicatorId) return;
    if (
      !isString(o.place?.level) ||
      !isString(o.place?.code) ||
      o.place.level !== place?.level ||
      o.place.code !== place?.code
    )
      return;
    if (
      !isString(o.period?.label) ||
      !isString(o.subgroup?.dimension) ||
      !isString(o.subgroup?.value)
    )
      return;
    cells.push({
      index,
      period: o.period.label,
      time: periodTime(o.period),
      dimension: o.subgroup.dimension,
      group: o.subgroup.value,
      read: readObservationValue(o, options),
    });
  });
  return cells;
}

/** The exclusion record of a cell that is not usable. @internal */
export function exclusionOf(cell: Cell): Exclusion | undefined {
  if (cell.read.usable)
    return cell.time === undefined
      ? {
          index: cell.index,
          period: cell.period,
          subgroup: { dimension: cell.dimension, value: cell.group },
          reason: 'no-period-time',
        }
      : undefined;
  return {
    index: cell.index,
    period: cell.period,
    subgroup: { dimension: cell.dimension, value: cell.group },
    reason: cell.read.reason,
    ...(cell.read.raw !== undefined ? { raw: cell.read.raw } : {}),
  };
}
