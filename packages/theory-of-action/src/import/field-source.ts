import { createIssue, type Issue, type PathSegment } from '@community-excellence/schemas';
import { decodeHtmlEntities } from '@community-excellence/schemas/internal';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { FieldSource, ImportMapping, RowCondition } from './mapping.js';

/**
 * Column positions of a file's header. A name the header has once maps to its position; a name it
 * has several times maps to the occurrence the mapping's `columnOccurrences` names, and is listed
 * in `duplicates` with every position (0-based) either way.
 *
 * @example
 * ```ts
 * const header = indexHeader(['Location', 'Data']);
 * header.get('Data'); // 1
 * ```
 */
export interface HeaderIndex extends ReadonlyMap<string, number> {
  /** Names the header has more than once (or once, when the mapping asks for another occurrence), with their 0-based positions. */
  readonly duplicates: ReadonlyMap<string, readonly number[]>;
  /** The occurrences (1-based) the mapping asked for, by name. */
  readonly occurrences: ReadonlyMap<string, number>;
}

/**
 * Builds a {@link HeaderIndex} (names as written, after byte-order marks were removed).
 * `occurrences` (the mapping's `columnOccurrences`) says which occurrence (1-based) of a
 * duplicated name the mapping reads.
 *
 * @example
 * ```ts
 * indexHeader(['', 'statecode']).get(''); // 0
 * indexHeader(['Value', 'Value'], { Value: 2 }).get('Value'); // 1
 * ```
 */
export function indexHeader(
  header: readonly string[],
  occurrences?: Readonly<Record<string, number>>,
): HeaderIndex {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => {
    const list = positions.get(name);
    if (list === undefined) positions.set(name, [i]);
    else list.push(i);
  });
  const index = new Map<string, number>();
  const duplicates = new Map<string, readonly number[]>();
  const asked = new Map<string, number>();
  for (const [name, list] of positions) {
    const n =
      occurrences !== undefined && Object.hasOwn(occurrences, name) ? occurrences[name] : undefined;
    if (list.length === 1 && (n === undefined || n === 1)) {
      index.set(name, list[0] as number);
      continue;
    }
    duplicates.set(name, list);
    if (typeof n !== 'number') continue;
    asked.set(name, n);
    const position = Number.isInteger(n) ? list[n - 1] : undefined;
    if (position !== undefined) index.set(name, position);
  }
  return Object.assign(index, { duplicates, occurrences: asked });
}

/** A column reference resolved against the header, or missing (with its issue already reported). */
export interface ResolvedColumn {
  readonly name: string;
  readonly index: number;
}

/**
 * Resolves a column name; reports an `unknown_reference` issue (target `column`) at `path`
 * into the mapping when the header has no such column, and `mapping_column_ambiguous` when it
 * has several and the mapping does not say which one.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * resolveColumn(indexHeader(['a']), 'b', ['groups', 0, 'columns', 'value'], issues, 'file.csv'); // undefined, one issue
 * ```
 */
export function resolveColumn(
  header: HeaderIndex,
  name: string,
  path: readonly PathSegment[],
  issues: Issue[],
  file: string | undefined,
): ResolvedColumn | undefined {
  const index = header.get(name);
  if (index !== undefined) return { name, index };
  const duplicated = header.duplicates.get(name);
  if (duplicated !== undefined) {
    const requested = header.occurrences.get(name);
    issues.push(
      createTheoryOfActionIssue({
        code: 'mapping_column_ambiguous',
        column: name,
        positions: duplicated.map((i) => i + 1),
        ...(requested === undefined ? {} : { requested }),
        path: ['mapping', ...path],
        location: {
          ...(file === undefined ? {} : { file }),
          row: 1,
          column: (duplicated[1] ?? duplicated[0] ?? 0) + 1,
          raw: name,
        },
      }),
    );
    return undefined;
  }
  issues.push(
    createIssue({
      code: 'unknown_reference',
      target: 'column',
      id: name,
      path: ['mapping', ...path],
      message: `The mapping names column ${JSON.stringify(name)}, which the file's header does not have.`,
      location: { ...(file === undefined ? {} : { file }), row: 1, raw: name },
    }),
  );
  return undefined;
}

/** The outcome of reading a field from a row. */
export type FieldRead =
  | {
      readonly ok: true;
      readonly text: string;
      readonly column: number | undefined;
      readonly raw: string | undefined;
    }
  | {
      readonly ok: false;
      readonly column: number | undefined;
      readonly raw: string;
      readonly codeList: string;
    };

/**
 * A field source compiled against a header: reads the field's text from a row.
 *
 * @example
 * ```ts
 * const read = compileFieldSource({ column: 'Location' }, header, ['place', 'code'], issues, undefined, { decodeEntities: true });
 * if (read !== undefined) read(['ACADEMY 20', '0.9']); // { ok: true, text: 'ACADEMY 20', column: 0, raw: 'ACADEMY 20' }
 * ```
 */
export type CompiledField = (row: readonly string[]) => FieldRead;

/**
 * A row condition compiled against a header.
 *
 * @example
 * ```ts
 * const test = compileCondition({ column: 'countycode', equals: '000' }, header, ['include', 0], issues, undefined);
 * ```
 */
export type CompiledCondition = (row: readonly string[]) => boolean;

const cell = (row: readonly string[], index: number): string => row[index] ?? '';

/**
 * Compiles a {@link RowCondition}; `undefined` when its column is missing (issue reported).
 *
 * @example
 * ```ts
 * compileCondition({ column: 'Subgroup', oneOf: ['All Students'] }, header, ['include', 0], issues, 'edfacts.csv')?.(row);
 * ```
 */
export function compileCondition(
  condition: RowCondition,
  header: HeaderIndex,
  path: readonly PathSegment[],
  issues: Issue[],
  file: string | undefined,
): CompiledCondition | undefined {
  const column = resolveColumn(header, condition.column, [...path, 'column'], issues, file);
  if (column === undefined) return undefined;
  const accepted = new Set(
    condition.oneOf ?? (condition.equals === undefined ? [] : [condition.equals]),
  );
  const not = condition.not === true;
  return (row) => accepted.has(cell(row, column.index).trim()) !== not;
}

const lookup = (codes: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(codes, key) ? codes[key] : undefined;

/**
 * Compiles a {@link FieldSource}; `undefined` when a column it names is missing (issues
 * reported). Texts are trimmed, and HTML entities decoded when `decodeEntities` is set.
 *
 * @example
 * ```ts
 * const fips = compileFieldSource({ columns: ['statecode', 'countycode'] }, header, ['place', 'code'], issues, undefined, { decodeEntities: false });
 * ```
 */
export function compileFieldSource(
  source: FieldSource,
  header: HeaderIndex,
  path: readonly PathSegment[],
  issues: Issue[],
  file: string | undefined,
  options: { readonly decodeEntities: boolean },
): CompiledField | undefined {
  const clean = (text: string): string => {
    const trimmed = text.trim();
    return options.decodeEntities && trimmed.includes('&') ? decodeHtmlEntities(trimmed) : trimmed;
  };
  if ('value' in source) {
    // One answer for every row: nothing is allocated per row.
    const constant: FieldRead = { ok: true, text: source.value, column: undefined, raw: undefined };
    return () => constant;
  }
  if ('cases' in source) {
    const compiled = source.cases.map((c, i) => ({
      test: compileCondition(c.when, header, [...path, 'cases', i, 'when'], issues, file),
      read: { ok: true, text: c.value, column: undefined, raw: undefined } as FieldRead,
    }));
    if (compiled.some((c) => c.test === undefined)) return undefined;
    const otherwise: FieldRead = {
      ok: true,
      text: source.otherwise,
      column: undefined,
      raw: undefined,
    };
    return (row) => {
      for (const c of compiled) if (c.test?.(row) === true) return c.read;
      return otherwise;
    };
  }
  const names = 'column' in source ? [source.column] : source.columns;
  const columns = names.map((name, i) =>
    resolveColumn(
      header,
      name,
      'column' in source ? [...path, 'column'] : [...path, 'columns', i],
      issues,
      file,
    ),
  );
  const resolved = columns.filter((c): c is ResolvedColumn => c !== undefined);
  if (resolved.length !== columns.length) return undefined;
  const separator = 'columns' in source ? (source.separator ?? '') : '';
  const codes = source.codes;
  const keepUnknown = source.unknownCodes === 'keep';
  const codeList = path.join('.');
  const first = resolved[0]?.index;
  return (row) => {
    let raw: string;
    if (resolved.length === 1) raw = cell(row, first ?? 0);
    else {
      raw = '';
      for (let i = 0; i < resolved.length; i += 1)
        raw += (i === 0 ? '' : separator) + cell(row, (resolved[i] as ResolvedColumn).index).trim();
    }
    const text = clean(raw);
    if (codes === undefined) return { ok: true, text, column: first, raw };
    const label = lookup(codes, text);
    if (label !== undefined) return { ok: true, text: label, column: first, raw };
    if (keepUnknown) return { ok: true, text, column: first, raw };
    return { ok: false, column: first, raw, codeList };
  };
}

const sourceColumns = (source: FieldSource | undefined, into: Set<string>): void => {
  if (source === undefined) return;
  if ('column' in source) into.add(source.column);
  else if ('columns' in source) for (const name of source.columns) into.add(name);
  else if ('cases' in source) for (const c of source.cases) into.add(c.when.column);
};

/**
 * The column names an (already validated) mapping reads: its field sources, conditions and
 * measure columns.
 *
 * @example
 * ```ts
 * mappingColumns(builtInMappings['co-graduation']).has('Data'); // true
 * ```
 */
export function mappingColumns(mapping: ImportMapping): ReadonlySet<string> {
  const names = new Set<string>();
  sourceColumns(mapping.indicatorId, names);
  for (const source of [
    mapping.place.code,
    mapping.place.name,
    mapping.place.scheme,
    mapping.place.level,
    mapping.period.label,
    mapping.period.start,
    mapping.period.end,
  ])
    sourceColumns(source, names);
  for (const group of mapping.groups) {
    sourceColumns(group.indicatorId, names);
    sourceColumns(group.subgroup.dimension, names);
    sourceColumns(group.subgroup.value, names);
    for (const name of Object.values(group.columns)) if (typeof name === 'string') names.add(name);
  }
  for (const condition of [...(mapping.include ?? []), ...(mapping.exclude ?? [])])
    names.add(condition.column);
  return names;
}
