import {
  createIssue,
  createValueCodec,
  validateObservation,
  valueCodecPresets,
  type Indicator,
  type Issue,
  type Observation,
  type ObservationValue,
  type PathSegment,
  type SourceLocation,
  type ValueCodec,
} from '@community-excellence/schemas';
import {
  compileCondition,
  compileFieldSource,
  resolveColumn,
  type CompiledCondition,
  type CompiledField,
  type HeaderIndex,
  type ResolvedColumn,
} from './field-source.js';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { FieldSource, ImportMapping, MeasureColumns } from './mapping.js';

/** One observation made from a row, with where it came from. */
export interface MappedObservation {
  readonly observation: Observation;
  readonly location: SourceLocation;
  /** Warnings about the row, with paths relative to the observation. */
  readonly issues: readonly Issue[];
}

/** What a compiled mapping makes of one row. */
export interface MappedRow {
  readonly filtered: boolean;
  readonly observations: readonly MappedObservation[];
  /** Errors of observations that were not produced (paths relative to the observation). */
  readonly rejected: readonly Issue[];
  readonly rejectedCount: number;
}

/**
 * A mapping compiled against a file's header: turns rows into observations.
 *
 * @example
 * ```ts
 * const compiled = compileMapping(mapping, indexHeader(header), { file: 'data.csv', indicators: new Map() });
 * const { observations } = compiled.mapRow(row, 2);
 * ```
 */
export interface CompiledMapping {
  /** Issues found while compiling (missing columns), with paths into the mapping. */
  readonly issues: readonly Issue[];
  mapRow(row: readonly string[], rowNumber: number): MappedRow;
}

type FieldName =
  | 'indicatorId'
  | 'place.code'
  | 'place.name'
  | 'place.scheme'
  | 'place.level'
  | 'period.label'
  | 'period.start'
  | 'period.end'
  | 'subgroup.dimension'
  | 'subgroup.value';

interface CompiledGroup {
  readonly fields: readonly (readonly [FieldName, CompiledField])[];
  readonly value: ResolvedColumn;
  readonly ciLow: ResolvedColumn | undefined;
  readonly ciHigh: ResolvedColumn | undefined;
  readonly ciLevel: number | undefined;
  readonly numerator: ResolvedColumn | undefined;
  readonly denominator: ResolvedColumn | undefined;
  readonly quality: ResolvedColumn | undefined;
}

/**
 * The value codec a mapping asks for: its preset, with its own options on top.
 *
 * @example
 * ```ts
 * codecForMapping({ ...mapping, values: { preset: 'edfacts' } }).parse('85-89%');
 * ```
 */
export function codecForMapping(mapping: Pick<ImportMapping, 'values'>): ValueCodec {
  const preset =
    mapping.values?.preset === undefined ? {} : valueCodecPresets[mapping.values.preset];
  return createValueCodec({ ...preset, ...(mapping.values?.options ?? {}) });
}

const fieldPath = (name: FieldName): PathSegment[] => name.split('.');

/**
 * Compiles an (already validated) mapping against a header. Columns the header lacks are
 * reported once as `unknown_reference` (target `column`); the groups that need them
 * produce nothing, the others go on.
 *
 * @example
 * ```ts
 * const compiled = compileMapping(builtInMappings['co-graduation'], indexHeader(['Location', 'TimeFrame', 'DataFormat', 'Data']), { indicators: new Map() });
 * compiled.issues; // []
 * ```
 */
export function compileMapping(
  mapping: ImportMapping,
  header: HeaderIndex,
  options: {
    readonly file?: string | undefined;
    readonly indicators: ReadonlyMap<string, Indicator>;
  },
): CompiledMapping {
  const issues: Issue[] = [];
  const file = options.file;
  const decodeEntities = mapping.decodeEntities !== false;
  const compileField = (
    source: FieldSource,
    path: readonly PathSegment[],
  ): CompiledField | undefined =>
    compileFieldSource(source, header, path, issues, file, { decodeEntities });
  const column = (
    name: string | undefined,
    path: readonly PathSegment[],
  ): ResolvedColumn | undefined | null =>
    name === undefined ? undefined : (resolveColumn(header, name, path, issues, file) ?? null);

  const common: [FieldName, FieldSource | undefined][] = [
    ['place.code', mapping.place.code],
    ['place.name', mapping.place.name],
    ['place.scheme', mapping.place.scheme],
    ['place.level', mapping.place.level],
    ['period.label', mapping.period.label],
    ['period.start', mapping.period.start],
    ['period.end', mapping.period.end],
  ];
  const commonFields: (readonly [FieldName, CompiledField])[] = [];
  let commonOk = true;
  for (const [name, source] of common) {
    if (source === undefined) continue;
    const compiled = compileField(source, fieldPath(name));
    if (compiled === undefined) commonOk = false;
    else commonFields.push([name, compiled]);
  }
  const include = (mapping.include ?? []).map((c, i) =>
    compileCondition(c, header, ['include', i], issues, file),
  );
  const exclude = (mapping.exclude ?? []).map((c, i) =>
    compileCondition(c, header, ['exclude', i], issues, file),
  );
  if (include.includes(undefined) || exclude.includes(undefined)) commonOk = false;
  const includeTests = include.filter((t): t is CompiledCondition => t !== undefined);
  const excludeTests = exclude.filter((t): t is CompiledCondition => t !== undefined);

  const indicatorField = compileField(mapping.indicatorId, ['indicatorId']);
  const groups: CompiledGroup[] = [];
  mapping.groups.forEach((group, g) => {
    const path = ['groups', g];
    const indicator =
      group.indicatorId === undefined
        ? indicatorField
        : compileField(group.indicatorId, [...path, 'indicatorId']);
    const dimension = compileField(group.subgroup.dimension, [...path, 'subgroup', 'dimension']);
    const subgroupValue = compileField(group.subgroup.value, [...path, 'subgroup', 'value']);
    const c: MeasureColumns = group.columns;
    const at = (key: keyof MeasureColumns): PathSegment[] => [...path, 'columns', key];
    const value = column(c.value, at('value'));
    const ciLow = column(c.ciLow, at('ciLow'));
    const ciHigh = column(c.ciHigh, at('ciHigh'));
    const numerator = column(c.numerator, at('numerator'));
    const denominator = column(c.denominator, at('denominator'));
    const quality = column(c.quality, at('quality'));
    if (
      indicator === undefined ||
      dimension === undefined ||
      subgroupValue === undefined ||
      value === null ||
      value === undefined
    )
      return;
    if (
      ciLow === null ||
      ciHigh === null ||
      numerator === null ||
      denominator === null ||
      quality === null
    )
      return;
    groups.push({
      fields: [
        ['indicatorId', indicator],
        ...commonFields,
        ['subgroup.dimension', dimension],
        ['subgroup.value', subgroupValue],
      ],
      value,
      ciLow,
      ciHigh,
      ciLevel: c.ciLevel,
      numerator,
      denominator,
      quality,
    });
  });
  if (!commonOk) groups.length = 0;

  const codec = codecForMapping(mapping);
  const catalogue = options.indicators.size > 0 ? { indicators: options.indicators } : {};

  const mapRow = (row: readonly string[], rowNumber: number): MappedRow => {
    if (includeTests.some((test) => !test(row)) || excludeTests.some((test) => test(row))) {
      return { filtered: true, observations: [], rejected: [], rejectedCount: 0 };
    }
    const observations: MappedObservation[] = [];
    const rejected: Issue[] = [];
    let rejectedCount = 0;
    for (const group of groups) {
      const local: Issue[] = [];
      const columnOf = new Map<string, number | undefined>();
      const where = (index: number | undefined, raw?: string): SourceLocation => ({
        ...(file === undefined ? {} : { file }),
        row: rowNumber,
        ...(index === undefined ? {} : { column: index + 1 }),
        raw: raw ?? (index === undefined ? '' : (row[index] ?? '')),
      });
      const texts: Partial<Record<FieldName, string>> = {};
      for (const [name, read] of group.fields) {
        const result = read(row);
        columnOf.set(name, result.column);
        if (result.ok) {
          if (result.text.length > 0) texts[name] = result.text;
        } else {
          // Keep the unknown code as the text so that the row's other checks do not report it twice.
          if (result.raw.trim().length > 0) texts[name] = result.raw.trim();
          local.push(
            createIssue({
              code: 'unknown_reference',
              target: `code list ${result.codeList}`,
              id: result.raw,
              path: fieldPath(name),
              location: where(result.column, result.raw),
            }),
          );
        }
      }
      const parse = (
        resolved: ResolvedColumn,
        path: PathSegment[],
      ): ObservationValue | undefined => {
        const result = codec.parse(row[resolved.index] ?? '', path);
        if (result.ok) return result.value;
        local.push({ ...result.issue, location: where(resolved.index) });
        return undefined;
      };
      const plainNumber = (
        resolved: ResolvedColumn | undefined,
        path: PathSegment[],
      ): number | undefined => {
        if (resolved === undefined) return undefined;
        const value = parse(resolved, path);
        if (value === undefined || value.kind === 'suppressed' || value.kind === 'missing')
          return undefined;
        if (value.kind === 'exact' && value.unit === undefined && value.footnote === undefined)
          return value.value;
        local.push(
          createIssue({
            code: 'unparsable_value',
            token: value.raw,
            path,
            message: `Expected a plain number, found ${JSON.stringify(value.raw)}.`,
            location: where(resolved.index),
          }),
        );
        return undefined;
      };
      const value = parse(group.value, ['value']);
      const low = plainNumber(group.ciLow, ['ci', 'low']);
      const high = plainNumber(group.ciHigh, ['ci', 'high']);
      if (
        (low === undefined) !== (high === undefined) &&
        group.ciLow !== undefined &&
        group.ciHigh !== undefined
      ) {
        const present = low === undefined ? group.ciHigh : group.ciLow;
        local.push(
          createTheoryOfActionIssue({
            code: 'interval_bound_missing',
            path: ['ci'],
            location: where(present.index),
          }),
        );
      }
      const numerator = plainNumber(group.numerator, ['numerator']);
      const denominator = plainNumber(group.denominator, ['denominator']);
      const qualityText =
        group.quality === undefined ? '' : (row[group.quality.index] ?? '').trim();
      if (group.quality !== undefined) columnOf.set('quality', group.quality.index);

      const place = {
        code: texts['place.code'] ?? '',
        ...(texts['place.scheme'] === undefined ? {} : { scheme: texts['place.scheme'] }),
        ...(texts['place.name'] === undefined ? {} : { name: texts['place.name'] }),
        level: texts['place.level'] ?? '',
      };
      const period = {
        label: texts['period.label'] ?? '',
        ...(texts['period.start'] === undefined ? {} : { start: texts['period.start'] }),
        ...(texts['period.end'] === undefined ? {} : { end: texts['period.end'] }),
      };
      const candidate = {
        indicatorId: texts.indicatorId ?? '',
        place,
        period,
        subgroup: {
          dimension: texts['subgroup.dimension'] ?? '',
          value: texts['subgroup.value'] ?? '',
        },
        // An unreadable value is already reported; a stand-in lets the other checks of the row run.
        value: value ?? { kind: 'missing', raw: row[group.value.index] ?? '', reason: 'other' },
        ...(low !== undefined && high !== undefined
          ? { ci: { low, high, ...(group.ciLevel === undefined ? {} : { level: group.ciLevel }) } }
          : {}),
        ...(numerator === undefined ? {} : { numerator }),
        ...(denominator === undefined ? {} : { denominator }),
        ...(qualityText === ''
          ? {}
          : {
              quality:
                qualityText === '1'
                  ? 1
                  : qualityText === '2'
                    ? 2
                    : qualityText === '3'
                      ? 3
                      : qualityText,
            }),
      };
      const validated = validateObservation(candidate, catalogue);
      const locate = (path: readonly PathSegment[]): SourceLocation => {
        const [head, next] = path;
        if (head === 'value') return where(group.value.index);
        if (head === 'ci') return where((next === 'high' ? group.ciHigh : group.ciLow)?.index);
        if (head === 'numerator') return where(group.numerator?.index);
        if (head === 'denominator') return where(group.denominator?.index);
        if (head === 'quality') return where(group.quality?.index);
        const name = (
          next === undefined ? String(head) : `${String(head)}.${String(next)}`
        ) as FieldName;
        return where(columnOf.get(name));
      };
      const located = validated.issues.map((issue) =>
        issue.location === undefined ? { ...issue, location: locate(issue.path) } : issue,
      );
      if (
        !validated.ok ||
        value === undefined ||
        local.some((issue) => issue.severity === 'error')
      ) {
        rejectedCount += 1;
        rejected.push(...local, ...located);
        continue;
      }
      observations.push({
        observation: validated.value,
        location: where(group.value.index),
        issues: [...local, ...located],
      });
    }
    return { filtered: false, observations, rejected, rejectedCount };
  };
  return { issues, mapRow };
}
