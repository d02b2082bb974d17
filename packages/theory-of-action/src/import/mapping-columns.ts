import type { FieldSource, ImportMapping, RowCondition } from './mapping.js';

const addSource = (source: FieldSource | undefined, into: Set<string>): void => {
  if (source === undefined || typeof source !== 'object' || source === null) return;
  if ('column' in source && typeof source.column === 'string') {
    into.add(source.column);
  } else if ('columns' in source && Array.isArray(source.columns)) {
    for (const column of source.columns) if (typeof column === 'string') into.add(column);
  } else if ('cases' in source && Array.isArray(source.cases)) {
    for (const item of source.cases) addCondition(item?.when, into);
  }
};

const addCondition = (condition: RowCondition | undefined, into: Set<string>): void => {
  if (condition !== undefined && typeof condition?.column === 'string') into.add(condition.column);
};

/**
 * Every column a mapping reads, in the order the mapping names them first: the columns of its
 * field sources (cases included), of its groups' measure columns and of its `include` and
 * `exclude` conditions. A file whose header lacks one of them cannot be imported whole with the
 * mapping.
 *
 * @example
 * ```ts
 * mappingColumns(builtInMappings['co-graduation']); // ['Location', 'TimeFrame', 'Data', 'DataFormat']
 * ```
 */
export function mappingColumns(mapping: ImportMapping): string[] {
  const columns = new Set<string>();
  addSource(mapping.indicatorId, columns);
  addSource(mapping.place.code, columns);
  addSource(mapping.place.name, columns);
  addSource(mapping.place.scheme, columns);
  addSource(mapping.place.level, columns);
  addSource(mapping.period.label, columns);
  addSource(mapping.period.start, columns);
  addSource(mapping.period.end, columns);
  for (const group of mapping.groups) {
    addSource(group.indicatorId, columns);
    addSource(group.subgroup.dimension, columns);
    addSource(group.subgroup.value, columns);
    const measure = group.columns;
    for (const column of [
      measure.value,
      measure.ciLow,
      measure.ciHigh,
      measure.numerator,
      measure.denominator,
      measure.quality,
    ])
      if (column !== undefined) columns.add(column);
  }
  for (const condition of mapping.include ?? []) addCondition(condition, columns);
  for (const condition of mapping.exclude ?? []) addCondition(condition, columns);
  return [...columns];
}
