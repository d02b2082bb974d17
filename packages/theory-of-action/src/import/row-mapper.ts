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
import { createObservationGate, type ObservationGate } from './observation-gate.js';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { FieldSource, ImportMapping, MeasureColumns } from './mapping.js';

/** One observation made from a row, with the (0-based) column of its value. */
export interface MappedObservation {
  readonly observation: Observation;
  /** The 0-based index of the value's column (the row is the one given to `mapRow`). */
  readonly column: number;
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

interface MutableMappedRow {
  filtered: boolean;
  observations: MappedObservation[];
  rejected: Issue[];
  rejectedCount: number;
}

const NO_ISSUES: Issue[] = [];
Object.freeze(NO_ISSUES);
const FILTERED: MappedRow = Object.freeze({
  filtered: true,
  observations: NO_ISSUES as unknown as MappedObservation[],
  rejected: NO_ISSUES,
  rejectedCount: 0,
});

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
  /** Maps a row. The answer is valid until the next call (one object is reused). */
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

/** What every row of one import shares. */
interface RowContext {
  readonly file: string | undefined;
  readonly codec: ValueCodec;
  readonly catalogue: { readonly indicators?: ReadonlyMap<string, Indicator> };
  readonly accept: ObservationGate;
}

/** Where a cell is: built only when an issue needs it. */
function locationAt(
  file: string | undefined,
  row: number,
  cells: readonly string[],
  index: number | undefined,
  raw?: string,
): SourceLocation {
  const text = raw ?? (index === undefined ? '' : (cells[index] ?? ''));
  if (file === undefined)
    return index === undefined ? { row, raw: text } : { row, column: index + 1, raw: text };
  return index === undefined
    ? { file, row, raw: text }
    : { file, row, column: index + 1, raw: text };
}

const FIELD_SLOTS: Readonly<Record<FieldName, number>> = {
  indicatorId: 0,
  'place.code': 1,
  'place.name': 2,
  'place.scheme': 3,
  'place.level': 4,
  'period.label': 5,
  'period.start': 6,
  'period.end': 7,
  'subgroup.dimension': 8,
  'subgroup.value': 9,
};

/** How many distinct subgroups a group shares (more are built per row). */
const MAX_SHARED_SUBGROUPS = 1024;

const VALUE_PATH: readonly PathSegment[] = Object.freeze(['value']);
const CI_LOW_PATH: readonly PathSegment[] = Object.freeze(['ci', 'low']);
const CI_HIGH_PATH: readonly PathSegment[] = Object.freeze(['ci', 'high']);
const NUMERATOR_PATH: readonly PathSegment[] = Object.freeze(['numerator']);
const DENOMINATOR_PATH: readonly PathSegment[] = Object.freeze(['denominator']);

/**
 * Maps one group of a compiled mapping, row after row: the same code path for every row,
 * no closures, Maps or spreads per row; a scratch list for the row's issues is reused.
 */
class GroupMapper {
  private readonly slots: number[];
  private readonly readers: CompiledField[];
  private readonly names: FieldName[];
  /** The column each field reads (fixed by the mapping), to locate validation issues. */
  private readonly columnOf = new Map<string, number | undefined>();
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(10);
  private readonly local: Issue[] = [];

  constructor(
    private readonly group: CompiledGroup,
    private readonly probe: readonly string[],
  ) {
    this.slots = group.fields.map(([name]) => FIELD_SLOTS[name]);
    this.readers = group.fields.map(([, read]) => read);
    this.names = group.fields.map(([name]) => name);
    for (const [name, read] of group.fields) this.columnOf.set(name, read(probe).column);
    if (group.quality !== undefined) this.columnOf.set('quality', group.quality.index);
  }

  map(row: readonly string[], rowNumber: number, context: RowContext, out: MutableMappedRow): void {
    const group = this.group;
    const texts = this.texts;
    const local = this.local;
    local.length = 0;
    texts.fill(undefined);
    const file = context.file;
    for (let i = 0; i < this.readers.length; i += 1) {
      const result = (this.readers[i] as CompiledField)(row);
      const slot = this.slots[i] as number;
      if (result.ok) {
        if (result.text.length > 0) texts[slot] = result.text;
        continue;
      }
      // Keep the unknown code as the text so that the row's other checks do not report it twice.
      const trimmed = result.raw.trim();
      if (trimmed.length > 0) texts[slot] = trimmed;
      local.push(
        createIssue({
          code: 'unknown_reference',
          target: `code list ${result.codeList}`,
          id: result.raw,
          path: fieldPath(this.names[i] as FieldName),
          location: locationAt(file, rowNumber, row, result.column, result.raw),
        }),
      );
    }
    const valueIndex = group.value.index;
    const value = parseCell(row, valueIndex, VALUE_PATH, context, rowNumber, local);
    const low = plainNumber(row, group.ciLow, CI_LOW_PATH, context, rowNumber, local);
    const high = plainNumber(row, group.ciHigh, CI_HIGH_PATH, context, rowNumber, local);
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
          location: locationAt(file, rowNumber, row, present.index),
        }),
      );
    }
    const numerator = plainNumber(row, group.numerator, NUMERATOR_PATH, context, rowNumber, local);
    const denominator = plainNumber(
      row,
      group.denominator,
      DENOMINATOR_PATH,
      context,
      rowNumber,
      local,
    );
    const qualityText = group.quality === undefined ? '' : (row[group.quality.index] ?? '').trim();

    // Built in the schema's key order, so that an accepted candidate is the observation itself.
    // Rows of a file repeat their place, period and subgroup: the last ones (and a bounded
    // table of subgroups) are shared instead of built again. They are read-only data.
    const place = this.placeOf(texts[1] ?? '', texts[3], texts[2], texts[4] ?? '');
    const period = this.periodOf(texts[5] ?? '', texts[6], texts[7]);
    const subgroup = this.subgroupOf(texts[8] ?? '', texts[9] ?? '');
    const candidate: Mutable<Observation> = {
      indicatorId: texts[0] ?? '',
      place,
      period,
      subgroup,
      // An unreadable value is already reported; a stand-in lets the other checks of the row run.
      value:
        value === undefined
          ? { kind: 'missing', raw: row[valueIndex] ?? '', reason: 'other' }
          : inSchemaOrder(value),
    };
    if (numerator !== undefined) candidate.numerator = numerator;
    if (denominator !== undefined) candidate.denominator = denominator;
    if (low !== undefined && high !== undefined)
      candidate.ci =
        group.ciLevel === undefined ? { low, high } : { low, high, level: group.ciLevel };
    if (qualityText !== '')
      candidate.quality =
        qualityText === '1' ? 1 : qualityText === '2' ? 2 : qualityText === '3' ? 3 : qualityText;

    let localError = false;
    for (let i = 0; i < local.length; i += 1)
      if ((local[i] as Issue).severity === 'error') localError = true;
    if (context.accept(candidate)) {
      if (value === undefined || localError) {
        out.rejectedCount += 1;
        if (out.rejected === NO_ISSUES) out.rejected = [];
        for (const issue of local) out.rejected.push(issue);
        return;
      }
      out.observations.push({
        observation: candidate,
        column: valueIndex,
        issues: local.length === 0 ? NO_ISSUES : local.slice(),
      });
      return;
    }
    // Not certainly clean: the full validation gives the exact issues.
    const validated = validateObservation(candidate, context.catalogue);
    const located: Issue[] = [];
    for (const issue of validated.issues)
      located.push(
        issue.location === undefined
          ? { ...issue, location: this.locate(issue.path, row, rowNumber, file) }
          : issue,
      );
    if (!validated.ok || value === undefined || localError) {
      out.rejectedCount += 1;
      if (out.rejected === NO_ISSUES) out.rejected = [];
      for (const issue of local) out.rejected.push(issue);
      for (const issue of located) out.rejected.push(issue);
      return;
    }
    out.observations.push({
      observation: validated.value,
      column: valueIndex,
      issues: [...local, ...located],
    });
  }

  private lastPlace: Place | undefined;
  private lastPeriod: Period | undefined;
  private readonly subgroups = new Map<string, Map<string, Subgroup>>();
  private subgroupCount = 0;

  private placeOf(
    code: string,
    scheme: string | undefined,
    name: string | undefined,
    level: string,
  ): Place {
    const last = this.lastPlace;
    if (
      last !== undefined &&
      last.code === code &&
      last.scheme === scheme &&
      last.name === name &&
      last.level === level
    )
      return last;
    const place = (
      scheme === undefined
        ? name === undefined
          ? { code, level }
          : { code, name, level }
        : name === undefined
          ? { code, scheme, level }
          : { code, scheme, name, level }
    ) as Place;
    this.lastPlace = place;
    return place;
  }

  private periodOf(label: string, start: string | undefined, end: string | undefined): Period {
    const last = this.lastPeriod;
    if (last !== undefined && last.label === label && last.start === start && last.end === end)
      return last;
    const period =
      start === undefined
        ? end === undefined
          ? { label }
          : { label, end }
        : end === undefined
          ? { label, start }
          : { label, start, end };
    this.lastPeriod = period;
    return period;
  }

  private subgroupOf(dimension: string, value: string): Subgroup {
    let values = this.subgroups.get(dimension);
    const known = values?.get(value);
    if (known !== undefined) return known;
    const subgroup = { dimension, value };
    if (this.subgroupCount < MAX_SHARED_SUBGROUPS) {
      if (values === undefined) this.subgroups.set(dimension, (values = new Map()));
      values.set(value, subgroup);
      this.subgroupCount += 1;
    }
    return subgroup;
  }

  private locate(
    path: readonly PathSegment[],
    row: readonly string[],
    rowNumber: number,
    file: string | undefined,
  ): SourceLocation {
    const group = this.group;
    const [head, next] = path;
    let index: number | undefined;
    if (head === 'value') index = group.value.index;
    else if (head === 'ci') index = (next === 'high' ? group.ciHigh : group.ciLow)?.index;
    else if (head === 'numerator') index = group.numerator?.index;
    else if (head === 'denominator') index = group.denominator?.index;
    else if (head === 'quality') index = group.quality?.index;
    else
      index = this.columnOf.get(
        next === undefined ? String(head) : `${String(head)}.${String(next)}`,
      );
    return locationAt(file, rowNumber, row, index);
  }
}

/**
 * The codec's value with its keys in the schema's order (as validation would return it). The
 * codec builds numbers in that order already; suppressed and missing values come from a token
 * table (`{ kind, reason, raw }`) and are rebuilt.
 */
function inSchemaOrder(value: ObservationValue): ObservationValue {
  if (value.kind === 'suppressed')
    return value.reason === undefined
      ? { kind: 'suppressed', raw: value.raw }
      : { kind: 'suppressed', raw: value.raw, reason: value.reason };
  if (value.kind === 'missing')
    return value.reason === undefined
      ? { kind: 'missing', raw: value.raw }
      : { kind: 'missing', raw: value.raw, reason: value.reason };
  return value;
}

type Place = Observation['place'];
type Period = Observation['period'];
type Subgroup = Observation['subgroup'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads a value cell with the codec; an unreadable one is reported into `local`. */
function parseCell(
  row: readonly string[],
  index: number,
  path: readonly PathSegment[],
  context: RowContext,
  rowNumber: number,
  local: Issue[],
): ObservationValue | undefined {
  const result = context.codec.parse(row[index] ?? '', path as PathSegment[]);
  if (result.ok) return result.value;
  local.push({
    ...result.issue,
    path: [...path],
    location: locationAt(context.file, rowNumber, row, index),
  });
  return undefined;
}

/** Reads a cell that must be a plain number (a bound, a count); blank, suppressed or missing is none. */
function plainNumber(
  row: readonly string[],
  resolved: ResolvedColumn | undefined,
  path: readonly PathSegment[],
  context: RowContext,
  rowNumber: number,
  local: Issue[],
): number | undefined {
  if (resolved === undefined) return undefined;
  const value = parseCell(row, resolved.index, path, context, rowNumber, local);
  if (value === undefined || value.kind === 'suppressed' || value.kind === 'missing')
    return undefined;
  if (value.kind === 'exact' && value.unit === undefined && value.footnote === undefined)
    return value.value;
  local.push(
    createIssue({
      code: 'unparsable_value',
      token: value.raw,
      path: [...path],
      message: `Expected a plain number, found ${JSON.stringify(value.raw)}.`,
      location: locationAt(context.file, rowNumber, row, resolved.index),
    }),
  );
  return undefined;
}

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
  const accept = createObservationGate(
    options.indicators.size > 0 ? options.indicators : undefined,
  );
  const context: RowContext = { file, codec, catalogue, accept };
  const probe = new Array<string>(header.size).fill('');
  const mappers = groups.map((group) => new GroupMapper(group, probe));
  const includeCount = includeTests.length;
  const excludeCount = excludeTests.length;

  // One answer object for every row: the caller reads it before it maps the next row.
  const result: MutableMappedRow = {
    filtered: false,
    observations: [],
    rejected: NO_ISSUES,
    rejectedCount: 0,
  };
  const mapRow = (row: readonly string[], rowNumber: number): MappedRow => {
    for (let i = 0; i < includeCount; i += 1)
      if (!(includeTests[i] as CompiledCondition)(row)) return FILTERED;
    for (let i = 0; i < excludeCount; i += 1)
      if ((excludeTests[i] as CompiledCondition)(row)) return FILTERED;
    result.observations.length = 0;
    result.rejected = NO_ISSUES;
    result.rejectedCount = 0;
    for (let g = 0; g < mappers.length; g += 1)
      (mappers[g] as GroupMapper).map(row, rowNumber, context, result);
    return result;
  };
  return { issues, mapRow };
}
