import type { Observation } from '@community-excellence/schemas/data';

/**
 * One place of the outcome data with its row count: a candidate for the analysed place or a
 * comparison.
 *
 * @example
 * ```ts
 * const p: PlaceCount = { level: 'county', code: '39061', scheme: 'fips', name: 'Hamilton County', rows: 40 };
 * ```
 */
export interface PlaceCount {
  readonly level: string;
  readonly code: string;
  readonly scheme?: string;
  readonly name?: string;
  /** Rows of the data at this place. */
  readonly rows: number;
}

/** Rows of one indicator at one place. @internal */
export interface PlaceRows {
  readonly rows: Observation[];
}

/** The key of a place: its level and code. @internal */
export const placeKey = (level: string, code: string): string => `${level}\u0000${code}`;

const isString = (x: unknown): x is string => typeof x === 'string';

interface MutablePlace {
  level: string;
  code: string;
  scheme: string | undefined;
  name: string | undefined;
  rows: number;
}

/**
 * Every place of the data with its row count, in first-seen order: one cheap pass that keeps no
 * rows. Consecutive rows usually share their place object (importers write a place's rows together
 * and intern place objects), so the last place's entry is reused without building a key. @internal
 */
export function countPlaces(observations: readonly Observation[]): PlaceCount[] {
  const counts = new Map<string, MutablePlace>();
  const rows: readonly unknown[] = Array.isArray(observations) ? observations : [];
  let lastPlace: unknown;
  let last: MutablePlace | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Observation | null | undefined;
    if (typeof row !== 'object' || row === null) continue;
    const place = row.place;
    if (last !== undefined && place === lastPlace) {
      if (isString(row.indicatorId)) last.rows++;
      continue;
    }
    if (typeof place !== 'object' || place === null) continue;
    const { level, code } = place;
    if (!isString(level) || !isString(code) || !isString(row.indicatorId)) continue;
    const key = placeKey(level, code);
    let count = counts.get(key);
    if (count === undefined) {
      count = {
        level,
        code,
        scheme: isString(place.scheme) ? place.scheme : undefined,
        name: isString(place.name) ? place.name : undefined,
        rows: 0,
      };
      counts.set(key, count);
    } else if (count.name === undefined && isString(place.name)) count.name = place.name;
    count.rows++;
    lastPlace = place;
    last = count;
  }
  const places: PlaceCount[] = [];
  for (const c of counts.values()) {
    const p: { -readonly [K in keyof PlaceCount]: PlaceCount[K] } = {
      level: c.level,
      code: c.code,
      rows: c.rows,
    };
    if (c.scheme !== undefined) p.scheme = c.scheme;
    if (c.name !== undefined) p.name = c.name;
    places.push(p);
  }
  return places;
}

/**
 * The rows of the places asked for (the analysed place and its comparisons), grouped by indicator
 * and place in one pass; rows of other places are skipped without being kept. @internal
 */
export function groupRows(
  observations: readonly Observation[],
  keys: ReadonlySet<string>,
): Map<string, Map<string, PlaceRows>> {
  const byIndicator = new Map<string, Map<string, PlaceRows>>();
  const rows: readonly unknown[] = Array.isArray(observations) ? observations : [];
  let lastPlace: unknown;
  let lastKey: string | undefined;
  let lastIndicator: unknown;
  let lastGroup: PlaceRows | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Observation | null | undefined;
    if (typeof row !== 'object' || row === null) continue;
    const place = row.place;
    const indicatorId = row.indicatorId;
    let key: string | undefined;
    if (place === lastPlace && lastPlace !== undefined) {
      key = lastKey;
      if (key === undefined) continue; // a place not asked for
      if (lastGroup !== undefined && indicatorId === lastIndicator) {
        lastGroup.rows.push(row);
        continue;
      }
    } else {
      if (typeof place !== 'object' || place === null) continue;
      const { level, code } = place;
      if (!isString(level) || !isString(code)) continue;
      const k = placeKey(level, code);
      key = keys.has(k) ? k : undefined;
      lastPlace = place;
      lastKey = key;
      lastGroup = undefined;
      if (key === undefined) continue;
    }
    if (!isString(indicatorId)) continue;
    let byPlace = byIndicator.get(indicatorId);
    if (byPlace === undefined) {
      byPlace = new Map();
      byIndicator.set(indicatorId, byPlace);
    }
    let group = byPlace.get(key);
    if (group === undefined) {
      group = { rows: [] };
      byPlace.set(key, group);
    }
    group.rows.push(row);
    lastIndicator = indicatorId;
    lastGroup = group;
  }
  return byIndicator;
}
