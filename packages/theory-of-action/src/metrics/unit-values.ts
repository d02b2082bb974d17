import type { Observation } from '@community-excellence/schemas/data';
import { isFiniteNumber } from './metric.js';
import {
  readObservationValue,
  type ExclusionReason,
  type ValueOptions,
  type ValueTreatment,
} from './read-value.js';

/**
 * Which rows hold the units' values: one indicator, place level, period and subgroup. @internal
 */
export interface UnitSelection {
  readonly indicatorId: string;
  readonly level: string;
  readonly period: string;
  readonly subgroup: { readonly dimension: string; readonly value: string };
}

/**
 * The usable value of one unit (a place at the selected level), with the row it came from. @internal
 */
export interface UnitValue {
  readonly code: string;
  readonly name?: string;
  readonly index: number;
  readonly value: number;
  readonly treatment: ValueTreatment;
  readonly denominator?: number;
  readonly warnings: readonly string[];
}

/**
 * Why a unit has no usable value: a value-reading reason (suppressed, missing, bound, ...),
 * `small-denominator`, or `duplicate` (more than one row for the unit, each listed). @internal
 */
export interface UnitValueExclusion {
  readonly code: string;
  readonly index: number;
  readonly reason: ExclusionReason | 'small-denominator' | 'duplicate';
  readonly raw?: string;
  readonly detail?: string;
}

/**
 * The units found for a selection: their usable values (in the order of their first row), the
 * exclusions, how many distinct units had rows, and how many usable values came without a
 * denominator. @internal
 */
export interface UnitValues {
  readonly values: readonly UnitValue[];
  readonly excluded: readonly UnitValueExclusion[];
  readonly unitsWithRows: number;
  readonly withoutDenominator: number;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';

interface MutableUnitValue {
  code: string;
  name?: string;
  index: number;
  value: number;
  treatment: ValueTreatment;
  denominator?: number;
  warnings: readonly string[];
}

interface MutableExclusion {
  code: string;
  index: number;
  reason: UnitValueExclusion['reason'];
  raw?: string;
  detail?: string;
}

/**
 * The value of each unit of a selection, read the one way bright spots and hope charts read them:
 * one pass over the rows; a unit with more than one row is excluded (`duplicate`, each row listed);
 * a cell is read with {@link readObservationValue} (suppressed, missing, bounded, low-quality and by
 * default interval cells are excluded with the raw token); a row whose finite `denominator` is below
 * `minDenominator` is excluded (`small-denominator`). Malformed rows are skipped. Exclusions are in
 * row order. Internal: the caller has already read its query defensively.
 *
 * @example
 * ```ts
 * const u = unitValuesOf(observations, { indicatorId: 'v159', level: 'county', period: '2025 release', subgroup: { dimension: 'race', value: 'black' } }, {}, 20);
 * u.values.length; u.excluded.filter((e) => e.reason === 'suppressed').length;
 * ```
 */
export function unitValuesOf(
  observations: unknown,
  selection: UnitSelection,
  valueOptions: ValueOptions,
  minDenominator: number,
): UnitValues {
  const { indicatorId, level, period, subgroup } = selection;
  // 1. The rows of the units.
  const rowsByCode = new Map<string, { index: number; row: Observation }[]>();
  const rows: readonly unknown[] = Array.isArray(observations) ? observations : [];
  rows.forEach((row, index) => {
    if (!isObj(row)) return;
    const o = row as unknown as Observation;
    if (o.indicatorId !== indicatorId || !isObj(o.place) || !isObj(o.period) || !isObj(o.subgroup))
      return;
    if (o.place.level !== level || !isString(o.place.code) || o.period.label !== period) return;
    if (o.subgroup.dimension !== subgroup.dimension || o.subgroup.value !== subgroup.value) return;
    const list = rowsByCode.get(o.place.code);
    if (list) list.push({ index, row: o });
    else rowsByCode.set(o.place.code, [{ index, row: o }]);
  });

  // 2. Each unit's value, or why it is left out.
  const excluded: MutableExclusion[] = [];
  const values: UnitValue[] = [];
  let withoutDenominator = 0;
  for (const [code, list] of rowsByCode) {
    const first = list[0] as { index: number; row: Observation };
    if (list.length > 1) {
      for (const { index } of list)
        excluded.push({
          code,
          index,
          reason: 'duplicate',
          detail: `${list.length} rows for this unit, period and subgroup`,
        });
      continue;
    }
    const { index, row } = first;
    const read = readObservationValue(row, valueOptions);
    if (!read.usable) {
      const exclusion: MutableExclusion = { code, index, reason: read.reason };
      if (read.raw !== undefined) exclusion.raw = read.raw;
      excluded.push(exclusion);
      continue;
    }
    const denominator: unknown = (row as { denominator?: unknown }).denominator;
    if (isFiniteNumber(denominator) && denominator < minDenominator) {
      excluded.push({
        code,
        index,
        reason: 'small-denominator',
        detail: `denominator ${denominator} < ${minDenominator}`,
      });
      continue;
    }
    const unit: MutableUnitValue = {
      code,
      index,
      value: read.value,
      treatment: read.treatment,
      warnings: read.warnings,
    };
    const name: unknown = row.place.name;
    if (isString(name)) unit.name = name;
    if (isFiniteNumber(denominator)) unit.denominator = denominator;
    else withoutDenominator++;
    values.push(unit);
  }
  excluded.sort((a, b) => a.index - b.index);
  return { values, excluded, unitsWithRows: rowsByCode.size, withoutDenominator };
}
