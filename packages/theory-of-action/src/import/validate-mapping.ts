import {
  createIssue,
  createValueCodec,
  validateIndicatorSet,
  valueCodecPresets,
  type Issue,
  type PathSegment,
  type ValidationResult,
  type ValueCodecOptions,
} from '@community-excellence/schemas';
import {
  findForbiddenKeys,
  prefixIssuePath,
  toValidationResult,
  walkInput,
} from '@community-excellence/schemas/internal';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { ImportMapping } from './mapping.js';

type Path = readonly PathSegment[];

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A tiny structural checker that collects issues with paths (no zod in this module's surface). */
class Checker {
  readonly issues: Issue[] = [];

  type(value: unknown, expected: string, path: Path): boolean {
    if (typeName(value) === expected) return true;
    this.issues.push(
      createIssue({ code: 'invalid_type', expected, received: typeName(value), path }),
    );
    return false;
  }

  text(value: unknown, path: Path, allowEmpty = false): boolean {
    if (!this.type(value, 'string', path)) return false;
    if (!allowEmpty && (value as string).length === 0) {
      this.issues.push(
        createIssue({ code: 'too_small', minimum: 1, origin: 'string', inclusive: true, path }),
      );
      return false;
    }
    return true;
  }

  object(
    value: unknown,
    path: Path,
    required: readonly string[],
    optional: readonly string[],
  ): value is Record<string, unknown> {
    if (!this.type(value, 'object', path) || !isRecord(value)) return false;
    for (const key of Object.keys(value)) {
      if (!required.includes(key) && !optional.includes(key))
        this.issues.push(createIssue({ code: 'unrecognized_key', key, path }));
    }
    for (const key of required) {
      if (value[key] === undefined)
        this.issues.push(
          createIssue({
            code: 'invalid_type',
            expected: 'a value',
            received: 'undefined',
            path: [...path, key],
          }),
        );
    }
    return true;
  }

  oneOf(value: unknown, expected: readonly string[], path: Path): void {
    if (typeof value !== 'string' || !expected.includes(value))
      this.issues.push(createIssue({ code: 'invalid_value', expected: [...expected], path }));
  }

  textList(value: unknown, path: Path, minimum = 0): void {
    if (!this.type(value, 'array', path)) return;
    const list = value as unknown[];
    if (list.length < minimum)
      this.issues.push(
        createIssue({ code: 'too_small', minimum, origin: 'array', inclusive: true, path }),
      );
    list.forEach((item, i) => this.text(item, [...path, i]));
  }

  codes(value: unknown, path: Path): void {
    if (!this.type(value, 'object', path) || !isRecord(value)) return;
    for (const [key, label] of Object.entries(value)) this.text(label, [...path, key]);
  }

  condition(value: unknown, path: Path): void {
    if (!this.object(value, path, ['column'], ['equals', 'oneOf', 'not'])) return;
    this.text(value['column'], [...path, 'column'], true);
    const hasEquals = value['equals'] !== undefined;
    const hasOneOf = value['oneOf'] !== undefined;
    if (hasEquals === hasOneOf) {
      this.issues.push(createTheoryOfActionIssue({ code: 'mapping_condition_ambiguous', path }));
    }
    if (hasEquals) this.text(value['equals'], [...path, 'equals'], true);
    if (hasOneOf) {
      if (this.type(value['oneOf'], 'array', [...path, 'oneOf']))
        (value['oneOf'] as unknown[]).forEach((item, i) =>
          this.text(item, [...path, 'oneOf', i], true),
        );
    }
    if (value['not'] !== undefined) this.type(value['not'], 'boolean', [...path, 'not']);
  }

  conditions(value: unknown, path: Path): void {
    if (value === undefined) return;
    if (this.type(value, 'array', path))
      (value as unknown[]).forEach((item, i) => this.condition(item, [...path, i]));
  }

  source(value: unknown, path: Path): void {
    if (!isRecord(value)) {
      this.type(value, 'object', path);
      return;
    }
    if ('value' in value) {
      if (this.object(value, path, ['value'], []))
        this.text(value['value'], [...path, 'value'], true);
    } else if ('column' in value) {
      if (!this.object(value, path, ['column'], ['codes', 'unknownCodes'])) return;
      this.text(value['column'], [...path, 'column'], true);
      this.codeOptions(value, path);
    } else if ('columns' in value) {
      if (!this.object(value, path, ['columns'], ['separator', 'codes', 'unknownCodes'])) return;
      if (this.type(value['columns'], 'array', [...path, 'columns'])) {
        const columns = value['columns'] as unknown[];
        if (columns.length === 0)
          this.issues.push(
            createIssue({
              code: 'too_small',
              minimum: 1,
              origin: 'array',
              inclusive: true,
              path: [...path, 'columns'],
            }),
          );
        columns.forEach((column, i) => this.text(column, [...path, 'columns', i], true));
      }
      if (value['separator'] !== undefined)
        this.text(value['separator'], [...path, 'separator'], true);
      this.codeOptions(value, path);
    } else if ('cases' in value) {
      if (!this.object(value, path, ['cases', 'otherwise'], [])) return;
      if (this.type(value['cases'], 'array', [...path, 'cases'])) {
        (value['cases'] as unknown[]).forEach((item, i) => {
          const itemPath = [...path, 'cases', i];
          if (!this.object(item, itemPath, ['when', 'value'], [])) return;
          this.condition(item['when'], [...itemPath, 'when']);
          this.text(item['value'], [...itemPath, 'value'], true);
        });
      }
      this.text(value['otherwise'], [...path, 'otherwise'], true);
    } else {
      this.issues.push(
        createIssue({
          code: 'invalid_union',
          path,
          note: 'A field source is one of { value }, { column }, { columns } or { cases, otherwise }.',
        }),
      );
    }
  }

  private codeOptions(value: Record<string, unknown>, path: Path): void {
    if (value['codes'] !== undefined) this.codes(value['codes'], [...path, 'codes']);
    if (value['unknownCodes'] !== undefined)
      this.oneOf(value['unknownCodes'], ['keep', 'error'], [...path, 'unknownCodes']);
  }

  optionalSource(value: unknown, path: Path): void {
    if (value !== undefined) this.source(value, path);
  }

  number(value: unknown, path: Path, check: (n: number) => boolean, describe: () => Issue): void {
    if (!this.type(value, 'number', path)) return;
    if (!Number.isFinite(value) || !check(value as number)) this.issues.push(describe());
  }
}

const MAPPING_KEYS = [
  'name',
  'description',
  'source',
  'citations',
  'delimiter',
  'columnOccurrences',
  'indicators',
  'values',
  'include',
  'exclude',
  'decodeEntities',
  'scaleCheck',
];
const MEASURE_KEYS = ['ciLow', 'ciHigh', 'ciLevel', 'numerator', 'denominator', 'quality'];
const CODEC_OPTION_KEYS: readonly (keyof ValueCodecOptions)[] = [
  'suppressedTokens',
  'missingTokens',
  'caseSensitive',
  'blankIsMissing',
  'decimalSeparator',
  'groupSeparator',
  'percentSign',
  'intervals',
  'bounds',
  'exponent',
  'footnoteMarkers',
  'suppressionMarkers',
];

function checkValues(c: Checker, value: unknown, path: Path): void {
  if (!c.object(value, path, [], ['preset', 'options'])) return;
  if (value['preset'] !== undefined)
    c.oneOf(value['preset'], Object.keys(valueCodecPresets), [...path, 'preset']);
  const options = value['options'];
  if (options === undefined || !c.object(options, [...path, 'options'], [], CODEC_OPTION_KEYS))
    return;
  for (const key of [
    'caseSensitive',
    'blankIsMissing',
    'percentSign',
    'intervals',
    'bounds',
    'exponent',
  ] as const) {
    if (options[key] !== undefined) c.type(options[key], 'boolean', [...path, 'options', key]);
  }
  if (options['decimalSeparator'] !== undefined)
    c.oneOf(options['decimalSeparator'], ['.', ','], [...path, 'options', 'decimalSeparator']);
  if (options['groupSeparator'] !== undefined)
    c.oneOf(
      options['groupSeparator'],
      [',', '.', ' ', "'", '_'],
      [...path, 'options', 'groupSeparator'],
    );
  if (options['footnoteMarkers'] !== undefined)
    c.textList(options['footnoteMarkers'], [...path, 'options', 'footnoteMarkers']);
  for (const key of ['suppressedTokens', 'missingTokens', 'suppressionMarkers'] as const) {
    const rules = options[key];
    if (rules === undefined || !c.type(rules, 'array', [...path, 'options', key])) continue;
    (rules as unknown[]).forEach((rule, i) => {
      const rulePath = [...path, 'options', key, i];
      if (!c.object(rule, rulePath, ['token'], ['reason'])) return;
      c.text(rule['token'], [...rulePath, 'token'], true);
      if (rule['reason'] !== undefined) c.text(rule['reason'], [...rulePath, 'reason']);
    });
  }
  if (c.issues.length === 0) {
    try {
      createValueCodec(options as ValueCodecOptions);
    } catch (error) {
      c.issues.push(
        createTheoryOfActionIssue({
          code: 'mapping_value_options_contradictory',
          path: [...path, 'options'],
          detail: error instanceof Error ? error.message : 'Contradictory value options.',
        }),
      );
    }
  }
}

function checkGroup(c: Checker, value: unknown, path: Path): void {
  if (!c.object(value, path, ['subgroup', 'columns'], ['indicatorId'])) return;
  const subgroup = value['subgroup'];
  if (c.object(subgroup, [...path, 'subgroup'], ['dimension', 'value'], [])) {
    c.source(subgroup['dimension'], [...path, 'subgroup', 'dimension']);
    c.source(subgroup['value'], [...path, 'subgroup', 'value']);
  }
  c.optionalSource(value['indicatorId'], [...path, 'indicatorId']);
  const columns = value['columns'];
  if (!c.object(columns, [...path, 'columns'], ['value'], MEASURE_KEYS)) return;
  for (const key of ['value', 'ciLow', 'ciHigh', 'numerator', 'denominator', 'quality']) {
    if (columns[key] !== undefined) c.text(columns[key], [...path, 'columns', key], true);
  }
  if ((columns['ciLow'] === undefined) !== (columns['ciHigh'] === undefined)) {
    c.issues.push(
      createTheoryOfActionIssue({
        code: 'mapping_interval_incomplete',
        path: [...path, 'columns'],
      }),
    );
  }
  if (columns['ciLevel'] !== undefined) {
    const levelPath = [...path, 'columns', 'ciLevel'];
    c.number(
      columns['ciLevel'],
      levelPath,
      (n) => n > 0 && n < 1,
      () =>
        createIssue({
          code: 'too_big',
          maximum: 1,
          origin: 'number',
          inclusive: false,
          path: levelPath,
          message: 'ciLevel is a fraction between 0 and 1 (e.g. 0.9).',
        }),
    );
  }
}

/**
 * Validates an {@link ImportMapping} (for example one read from a JSON file): structure,
 * unknown keys, field sources, conditions, value options and the indicators it carries.
 * Never throws; issues carry the path into the mapping. Whether the columns exist is
 * checked against the file's header when it is imported (`unknown_reference`, target
 * `column`).
 *
 * @example
 * ```ts
 * const result = validateImportMapping(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path.join('.'), issue.message);
 * ```
 */
export function validateImportMapping(input: unknown): ValidationResult<ImportMapping> {
  const unsafe = walkInput(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const c = new Checker();
  if (!c.object(input, [], ['id', 'indicatorId', 'place', 'period', 'groups'], MAPPING_KEYS))
    return toValidationResult(input as ImportMapping, c.issues);
  c.text(input['id'], ['id']);
  for (const key of ['name', 'description', 'source'])
    if (input[key] !== undefined) c.text(input[key], [key]);
  if (input['citations'] !== undefined) c.textList(input['citations'], ['citations']);
  if (input['delimiter'] !== undefined && c.text(input['delimiter'], ['delimiter'])) {
    const delimiter = input['delimiter'] as string;
    if (delimiter.includes('\n') || delimiter.includes('\r') || delimiter.includes('"')) {
      c.issues.push(
        createIssue({
          code: 'invalid_format',
          format: 'a delimiter without quotes or line breaks',
          path: ['delimiter'],
        }),
      );
    }
  }
  const occurrences = input['columnOccurrences'];
  if (
    occurrences !== undefined &&
    c.type(occurrences, 'object', ['columnOccurrences']) &&
    isRecord(occurrences)
  ) {
    for (const [name, n] of Object.entries(occurrences)) {
      const at = ['columnOccurrences', name];
      c.number(
        n,
        at,
        (k) => Number.isInteger(k) && k >= 1,
        () =>
          createIssue({
            code: 'too_small',
            minimum: 1,
            origin: 'number',
            inclusive: true,
            path: at,
            message: 'An occurrence is a whole number from 1 (the first column of that name).',
          }),
      );
    }
  }
  c.source(input['indicatorId'], ['indicatorId']);
  const place = input['place'];
  if (c.object(place, ['place'], ['code', 'level'], ['name', 'scheme'])) {
    for (const key of ['code', 'level', 'name', 'scheme'])
      c.optionalSource(place[key], ['place', key]);
  }
  const period = input['period'];
  if (c.object(period, ['period'], ['label'], ['start', 'end'])) {
    for (const key of ['label', 'start', 'end']) c.optionalSource(period[key], ['period', key]);
  }
  if (c.type(input['groups'], 'array', ['groups'])) {
    const groups = input['groups'] as unknown[];
    if (groups.length === 0)
      c.issues.push(
        createIssue({
          code: 'too_small',
          minimum: 1,
          origin: 'array',
          inclusive: true,
          path: ['groups'],
        }),
      );
    groups.forEach((group, i) => checkGroup(c, group, ['groups', i]));
  }
  if (input['values'] !== undefined) checkValues(c, input['values'], ['values']);
  c.conditions(input['include'], ['include']);
  c.conditions(input['exclude'], ['exclude']);
  if (input['decodeEntities'] !== undefined)
    c.type(input['decodeEntities'], 'boolean', ['decodeEntities']);
  const scale = input['scaleCheck'];
  if (
    scale !== undefined &&
    scale !== false &&
    c.object(scale, ['scaleCheck'], [], ['factor', 'tolerance', 'minSeries'])
  ) {
    for (const [key, minimum] of [
      ['factor', 1],
      ['tolerance', 1],
      ['minSeries', 2],
    ] as const) {
      if (scale[key] === undefined) continue;
      c.number(
        scale[key],
        ['scaleCheck', key],
        (n) => n > minimum || (key === 'minSeries' && n === minimum && Number.isInteger(n)),
        () =>
          createIssue({
            code: 'too_small',
            minimum,
            origin: 'number',
            inclusive: key === 'minSeries',
            path: ['scaleCheck', key],
          }),
      );
    }
  }
  if (input['indicators'] !== undefined && c.type(input['indicators'], 'array', ['indicators'])) {
    const set = validateIndicatorSet({
      kind: 'indicator-set',
      formatVersion: 1,
      id: 'mapping-indicators',
      indicators: input['indicators'],
    });
    for (const issue of set.issues)
      c.issues.push(
        issue.path[0] === 'indicators' ? issue : prefixIssuePath(issue, ['indicators']),
      );
  }
  return toValidationResult(input as unknown as ImportMapping, c.issues);
}
