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

/**
 * The outcome data grouped once: rows by indicator and place, and every place with its row count
 * in first-seen order. Rows without the fields a metric reads are skipped. @internal
 */
export interface ObservationIndex {
  readonly places: readonly PlaceCount[];
  /** `indicatorId` -> place key -> rows. */
  readonly byIndicator: ReadonlyMap<string, ReadonlyMap<string, PlaceRows>>;
}

/** The key of a place in {@link ObservationIndex}. @internal */
export const placeKey = (level: string, code: string): string => `${level}\u0000${code}`;

const isString = (x: unknown): x is string => typeof x === 'string';

/**
 * Groups observation rows by indicator and place in one pass (the only pass over the whole data);
 * every later step reads the groups of the analysed place and its comparisons. @internal
 */
export function indexObservations(observations: readonly Observation[]): ObservationIndex {
  const placeCounts = new Map<
    string,
    {
      level: string;
      code: string;
      scheme: string | undefined;
      name: string | undefined;
      rows: number;
    }
  >();
  const byIndicator = new Map<string, Map<string, PlaceRows>>();
  const rows: readonly unknown[] = Array.isArray(observations) ? observations : [];
  // Consecutive rows usually share their place object and indicator (importers write a place's
  // rows together and intern place objects): reuse the last group instead of building a key.
  let lastPlace: unknown;
  let lastIndicator: unknown;
  let lastCount: { rows: number } | undefined;
  let lastGroup: PlaceRows | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Observation | null | undefined;
    if (typeof row !== 'object' || row === null) continue;
    const place = row.place;
    const indicatorId = row.indicatorId;
    if (
      lastGroup !== undefined &&
      lastCount !== undefined &&
      place === lastPlace &&
      indicatorId === lastIndicator
    ) {
      lastCount.rows++;
      lastGroup.rows.push(row);
      continue;
    }
    if (typeof place !== 'object' || place === null) continue;
    const level = place.level;
    const code = place.code;
    if (!isString(level) || !isString(code) || !isString(indicatorId)) continue;
    const key = placeKey(level, code);
    let count = placeCounts.get(key);
    if (count === undefined) {
      count = {
        level,
        code,
        scheme: isString(place.scheme) ? place.scheme : undefined,
        name: isString(place.name) ? place.name : undefined,
        rows: 0,
      };
      placeCounts.set(key, count);
    } else if (count.name === undefined && isString(place.name)) count.name = place.name;
    count.rows++;
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
    lastPlace = place;
    lastIndicator = indicatorId;
    lastCount = count;
    lastGroup = group;
  }
  const places: PlaceCount[] = [];
  for (const c of placeCounts.values()) {
    const p: { -readonly [K in keyof PlaceCount]: PlaceCount[K] } = {
      level: c.level,
      code: c.code,
      rows: c.rows,
    };
    if (c.scheme !== undefined) p.scheme = c.scheme;
    if (c.name !== undefined) p.name = c.name;
    places.push(p);
  }
  return { places, byIndicator };
}
