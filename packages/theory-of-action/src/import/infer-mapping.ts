import type { Indicator, Issue } from '@community-excellence/schemas';
import { columnKey, profileColumns, type ColumnProfile } from './column-profile.js';
import { containsPart, hasWord, INFER_VOCABULARY } from './infer-vocabulary.js';
import { inferTokens, inferUnit } from './infer-unit.js';
import type { FieldSource, ImportGroup, ImportMapping, MeasureColumns } from './mapping.js';
import { validateImportMapping } from './validate-mapping.js';

/**
 * The roles {@link inferMapping} guesses: where the place, period, subgroup and numbers of an
 * observation come from, the unit scale and value tokens, the file's shape, and the columns it
 * leaves unread.
 */
export type InferredRole =
  | 'shape'
  | 'place-code'
  | 'place-name'
  | 'place-level'
  | 'period'
  | 'subgroup'
  | 'indicator'
  | 'value'
  | 'ci-low'
  | 'ci-high'
  | 'numerator'
  | 'denominator'
  | 'quality'
  | 'unit'
  | 'tokens'
  | 'unread';

/**
 * One guess of {@link inferMapping}: the role, the columns it reads, what was decided, the
 * evidence (what the header and the values showed) and how sure the guess is.
 *
 * @example
 * ```ts
 * const guess: MappingGuess = { role: 'unit', columns: ['pct_pov'], decision: 'proportion', evidence: 'column `pct_pov` values 0.02-0.61, 1,204 numeric: proportion', confidence: 'high' };
 * ```
 */
export interface MappingGuess {
  readonly role: InferredRole;
  readonly columns: readonly string[];
  readonly decision: string;
  readonly evidence: string;
  readonly confidence: 'high' | 'medium' | 'low';
}

/**
 * A role {@link inferMapping} could not decide, and what it put in the mapping instead (a
 * placeholder to edit).
 *
 * @example
 * ```ts
 * const open: UndecidedRole = { role: 'period', reason: 'no column looks like a year or period', placeholder: 'the constant "period not given"' };
 * ```
 */
export interface UndecidedRole {
  readonly role: InferredRole | 'direction' | 'outcome-area';
  readonly reason: string;
  readonly placeholder: string;
}

/**
 * What {@link inferMapping} found: the mapping (valid when `ok`; `issues` are
 * `validateImportMapping`'s), the file's shape, every guess with its evidence, and the roles it
 * could not decide. `ok: false` with no mapping when the file has no value column at all.
 *
 * @example
 * ```ts
 * declare const inferred: InferredMapping;
 * for (const guess of inferred.guesses) console.log(`${guess.role}: ${guess.decision} (${guess.evidence})`);
 * ```
 */
export interface InferredMapping {
  readonly ok: boolean;
  readonly mapping: ImportMapping | undefined;
  readonly shape: 'long' | 'wide' | 'unknown';
  readonly guesses: readonly MappingGuess[];
  readonly undecided: readonly UndecidedRole[];
  readonly issues: readonly Issue[];
}

/** Options of {@link inferMapping}. */
export interface InferMappingOptions {
  /** The mapping's id (and the observation set's). Default: from `fileName`, else from the value column. */
  readonly id?: string;
  /** The file's name, for the mapping's id, name and description. */
  readonly fileName?: string;
}

const {
  ID_WORDS,
  PLACE_WORDS,
  PERIOD_PARTS,
  PERIOD_WORDS,
  SUBGROUP_PARTS,
  INDICATOR_WORDS,
  LOW_WORDS,
  HIGH_WORDS,
  NUMERATOR_WORDS,
  DENOMINATOR_WORDS,
  QUALITY_PARTS,
  VALUE_PARTS,
  RACE_TOKENS,
  SEX_TOKENS,
  ALL_TOKENS,
  RACE_CELL,
  SEX_CELL,
  ALL_CELL,
  STATE_NAMES,
  STATE_FIPS,
  OUTCOME_AREAS,
  LOWER_IS_BETTER,
  HIGHER_IS_BETTER,
  SUPPRESSED,
  MISSING,
} = INFER_VOCABULARY;
const has = hasWord;
const contains = containsPart;

const slug = (text: string): string => {
  const s = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '')
    .join('-')
    .slice(0, 80);
  return s === '' ? 'inferred' : s;
};
const n = (value: number): string => value.toLocaleString('en-US');
const fmt = (value: number): string =>
  Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
const quote = (names: readonly string[]): string => names.map((name) => `\`${name}\``).join(', ');

// ---------------------------------------------------------------------------------------------
// Column tests.

/** Share of filled cells that read as numbers, ranges or bounds, not counting known tokens. */
function numericShare(p: ColumnProfile): number {
  let known = 0;
  for (const [token, count] of p.tokens)
    if (SUPPRESSED.has(token.toLowerCase()) || MISSING.has(token.toLowerCase())) known += count;
  const rest = p.filled - known;
  return rest <= 0 ? 0 : (p.numbers + p.rangesOrBounds) / rest;
}
const isNumeric = (p: ColumnProfile): boolean =>
  p.filled > 0 && p.numbers + p.rangesOrBounds > 0 && numericShare(p) >= 0.9;
const isText = (p: ColumnProfile): boolean =>
  p.filled > 0 && (p.numbers + p.rangesOrBounds) / p.filled < 0.1;
const isYearLike = (p: ColumnProfile): boolean => p.filled > 0 && p.years / p.filled >= 0.95;
const periodByName = (p: ColumnProfile): boolean =>
  contains(p.key, PERIOD_PARTS) || has(p.key, PERIOD_WORDS);
const isDigitCode = (p: ColumnProfile): boolean =>
  p.filled > 0 && p.integers === p.filled && p.numbers === p.filled;
/** A numeric column that identifies rows rather than measuring them. */
const isIdentifier = (p: ColumnProfile, rows: number): boolean =>
  isDigitCode(p) &&
  (p.leadingZeros > 0 ||
    has(p.key, ID_WORDS) ||
    contains(p.key, ['fips', 'geoid', 'nces']) ||
    // A row number: 0 or 1 up to the row count, every cell different.
    (rows >= 5 &&
      p.distinct === p.filled &&
      p.filled === rows &&
      (p.min === 0 || p.min === 1) &&
      p.max - p.min === rows - 1 &&
      !contains(p.key, VALUE_PARTS)));

const rangeText = (p: ColumnProfile): string =>
  `values ${fmt(p.min)}-${fmt(p.max)}, ${n(p.numbers)} numeric${p.rangesOrBounds > 0 ? `, ${n(p.rangesOrBounds)} ranges or bounds` : ''}`;

// ---------------------------------------------------------------------------------------------
// Wide files: several value columns per subgroup (`rate_black`, `rate_white`, `v024blacklow`).

interface WideColumn {
  readonly profile: ColumnProfile;
  readonly token: string;
  /** The key with the subgroup token replaced by `{}`. */
  readonly template: string;
}

const WIDE_TOKENS = [...RACE_TOKENS, ...SEX_TOKENS, ...ALL_TOKENS];

function wideColumnOf(p: ColumnProfile): WideColumn | undefined {
  const parts = p.key.split('_');
  // A whole word first (`rate_black`, `low_female`), then a word inside a name (`v024blacklow`).
  for (const token of WIDE_TOKENS) {
    const at = parts.indexOf(token);
    if (at >= 0) {
      const copy = parts.slice();
      copy[at] = '{}';
      return { profile: p, token, template: copy.join('_') };
    }
  }
  for (const token of WIDE_TOKENS) {
    if (token.length < 4) continue;
    const at = token === 'male' ? p.key.search(/(?<!fe)male/) : p.key.indexOf(token);
    if (at >= 0)
      return {
        profile: p,
        token,
        template: `${p.key.slice(0, at)}{}${p.key.slice(at + token.length)}`,
      };
  }
  return undefined;
}

type MeasureRole = 'value' | 'ci-low' | 'ci-high' | 'numerator' | 'denominator' | 'quality';

/** The role of a measure column from its name without the subgroup (or the whole name). */
function measureRole(rest: string): MeasureRole {
  const key = rest.replace(/\{\}/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  if (contains(key, QUALITY_PARTS)) return 'quality';
  if (has(key, LOW_WORDS) || /low(er)?$/.test(key) || key.includes('cilow')) return 'ci-low';
  if (has(key, HIGH_WORDS) || /high(er)?$|upper$/.test(key) || key.includes('cihigh'))
    return 'ci-high';
  if (has(key, DENOMINATOR_WORDS) || key.endsWith('denom') || key.endsWith('denominator'))
    return 'denominator';
  if (has(key, NUMERATOR_WORDS) || key.endsWith('num') || key.endsWith('numerator'))
    return 'numerator';
  return 'value';
}

const dimensionOfToken = (token: string): string =>
  ALL_TOKENS.includes(token) ? 'all' : SEX_TOKENS.includes(token) ? 'sex' : 'race';

// ---------------------------------------------------------------------------------------------

interface Draft {
  readonly guesses: MappingGuess[];
  readonly undecided: UndecidedRole[];
  readonly used: Set<number>;
}

const guess = (
  draft: Draft,
  role: InferredRole,
  columns: readonly string[],
  decision: string,
  evidence: string,
  confidence: MappingGuess['confidence'],
): void => {
  draft.guesses.push({ role, columns, decision, evidence, confidence });
};

/**
 * Infers a mapping for a long or wide outcome file the library has no mapping for, from its
 * header and a sample of rows (read with `createCsvRecordReader`, or {@link readCsvSample}).
 * Roles are guessed from the header's words and the cells: the place (a code, FIPS-like with
 * leading zeros, state and county code columns joined, or a name), the period (a year column),
 * the subgroup (a long file's dimension column, or a wide file's value columns per subgroup such
 * as `rate_black`, `rate_white`), the value, confidence bounds, numerator and denominator, a
 * quality flag, the suppression and missing tokens in the value cells, and the unit scale
 * (proportion 0-1 against percent 0-100, decided on every sample value). Each guess carries its
 * evidence and a confidence; what cannot be decided from the file (the outcome area, which
 * direction is better, a missing period) is listed with the placeholder put in its stead. The
 * mapping is checked with `validateImportMapping`. Pure and browser-safe; never throws.
 *
 * @example
 * ```ts
 * const inferred = inferMapping(['county_fips', 'year', 'pct_poverty'], [['01001', '2023', '0.21'], ['01003', '2023', '0.15']]);
 * inferred.mapping?.place.code; // { column: 'county_fips' }
 * inferred.guesses.find((g) => g.role === 'unit')?.decision; // 'proportion'
 * ```
 */
export function inferMapping(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: InferMappingOptions = {},
): InferredMapping {
  try {
    const cells = (row: unknown): string[] =>
      Array.isArray(row)
        ? row.map((cell) =>
            typeof cell === 'string'
              ? cell
              : cell === null || cell === undefined
                ? ''
                : String(cell),
          )
        : [];
    const settings: InferMappingOptions =
      typeof options === 'object' && options !== null ? options : {};
    return infer(cells(header), Array.isArray(rows) ? rows.map(cells) : [], settings);
  } catch (error) {
    return {
      ok: false,
      mapping: undefined,
      shape: 'unknown',
      guesses: [],
      undecided: [
        {
          role: 'shape',
          reason: `the sample could not be read: ${error instanceof Error ? error.message : String(error)}`,
          placeholder: 'none',
        },
      ],
      issues: [],
    };
  }
}

function infer(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: InferMappingOptions,
): InferredMapping {
  const profiles = profileColumns(header, rows);
  const draft: Draft = { guesses: [], undecided: [], used: new Set() };
  const rowCount = rows.length;
  const use = (p: ColumnProfile): ColumnProfile => {
    draft.used.add(p.index);
    return p;
  };
  const free = (p: ColumnProfile): boolean => !draft.used.has(p.index) && p.name.trim() !== '';

  // Empty header cells (a row-number column) and constant columns are not read.
  for (const p of profiles) {
    if (p.name.trim() === '') {
      draft.used.add(p.index);
      guess(
        draft,
        'unread',
        [p.name],
        'not read',
        `column ${p.index + 1} has no name${p.filled > 0 ? ` (cells ${p.examples.slice(0, 3).join(', ')}, ...: a row number)` : ''}`,
        'high',
      );
    }
  }

  // 1. Period.
  const periodColumns = profiles.filter((p) => free(p) && isYearLike(p));
  const period =
    periodColumns.find(periodByName) ??
    profiles.find((p) => free(p) && periodByName(p) && p.filled > 0 && !isNumeric(p)) ??
    periodColumns.find((p) => p.distinct < Math.max(2, rowCount));
  let periodSource: FieldSource;
  if (period !== undefined) {
    use(period);
    periodSource = { column: period.name };
    guess(
      draft,
      'period',
      [period.name],
      `period label from \`${period.name}\``,
      `column \`${period.name}\`${periodByName(period) ? ' is named like a period' : ''}${isYearLike(period) ? `${periodByName(period) ? ' and' : ''} holds years (${period.examples.slice(0, 4).join(', ')})` : ` holds ${period.examples.slice(0, 4).join(', ')}`}`,
      periodByName(period) && isYearLike(period) ? 'high' : 'medium',
    );
  } else {
    periodSource = { value: 'period not given' };
    draft.undecided.push({
      role: 'period',
      reason: 'no column is named like a period or holds years',
      placeholder: 'the constant "period not given" (edit period.label)',
    });
  }

  // 2. Place code: state + county code columns, a FIPS-like or other code column, or a name.
  const codeColumns = profiles.filter(
    (p) =>
      free(p) &&
      isDigitCode(p) &&
      (has(p.key, ID_WORDS) ||
        p.leadingZeros > 0 ||
        contains(p.key, ['fips', 'geoid', 'nces', 'lea'])),
  );
  const stateCode = codeColumns.find((p) => p.digitWidth === 2 && contains(p.key, ['state']));
  const countyCode = codeColumns.find((p) => p.digitWidth === 3 && contains(p.key, ['county']));
  const fiveDigit = codeColumns.find((p) => p.digitWidth === 5);
  const nameColumns = profiles.filter(
    (p) =>
      free(p) &&
      isText(p) &&
      (has(p.key, PLACE_WORDS) || contains(p.key, ['name', 'location', 'district', 'county'])),
  );
  const stateName = nameColumns.find((p) => p.key === 'state' || p.key === 'state_name');
  let code: FieldSource;
  let level: FieldSource;
  let scheme: FieldSource;
  let codeColumn: ColumnProfile | undefined;
  let placeName: ColumnProfile | undefined;
  let codeFromName = false;
  if (fiveDigit !== undefined) {
    codeColumn = use(fiveDigit);
    if (stateCode !== undefined) use(stateCode);
    if (countyCode !== undefined) use(countyCode);
    code = { column: fiveDigit.name };
    scheme = { value: 'fips' };
    level = {
      cases: [
        { when: { column: fiveDigit.name, equals: '00000' }, value: 'nation' },
        { when: { column: fiveDigit.name, oneOf: STATE_FIPS }, value: 'state' },
      ],
      otherwise: 'county',
    };
    guess(
      draft,
      'place-code',
      [fiveDigit.name],
      `place code from \`${fiveDigit.name}\` (FIPS)`,
      `column \`${fiveDigit.name}\` holds five-digit codes${fiveDigit.leadingZeros > 0 ? ` with leading zeros (${n(fiveDigit.leadingZeros)} cells, e.g. ${fiveDigit.examples.slice(0, 3).join(', ')})` : ` (e.g. ${fiveDigit.examples.slice(0, 3).join(', ')})`}: FIPS county codes`,
      fiveDigit.leadingZeros > 0 || contains(fiveDigit.key, ['fips', 'geoid']) ? 'high' : 'medium',
    );
    guess(
      draft,
      'place-level',
      [fiveDigit.name],
      'nation for 00000, state for ss000, otherwise county',
      'the FIPS convention: county code 000 is the state itself, 00000 the nation',
      'high',
    );
  } else if (stateCode !== undefined && countyCode !== undefined) {
    use(stateCode);
    use(countyCode);
    code = { columns: [stateCode.name, countyCode.name] };
    scheme = { value: 'fips' };
    level = {
      cases: [
        { when: { column: stateCode.name, equals: '00' }, value: 'nation' },
        { when: { column: countyCode.name, equals: '000' }, value: 'state' },
      ],
      otherwise: 'county',
    };
    guess(
      draft,
      'place-code',
      [stateCode.name, countyCode.name],
      `place code \`${stateCode.name}\` + \`${countyCode.name}\` joined (FIPS)`,
      `two-digit state codes (${stateCode.examples.slice(0, 3).join(', ')}) and three-digit county codes (${countyCode.examples.slice(0, 3).join(', ')}) with leading zeros`,
      'high',
    );
    guess(
      draft,
      'place-level',
      [stateCode.name, countyCode.name],
      `nation for ${stateCode.name} 00, state for ${countyCode.name} 000, otherwise county`,
      'the FIPS convention: county code 000 is the state itself',
      'high',
    );
  } else if (codeColumns.length > 0) {
    const best =
      codeColumns.find((p) => has(p.key, ID_WORDS) || p.leadingZeros > 0) ?? codeColumns[0]!;
    codeColumn = use(best);
    code = { column: best.name };
    const fipsState = best.digitWidth === 2;
    scheme = { value: fipsState ? 'fips' : columnKey(best.name).replace(/_/g, '-') };
    const levelWord = levelFromName(best.key) ?? (fipsState ? 'state' : undefined);
    level = { value: levelWord ?? 'other' };
    guess(
      draft,
      'place-code',
      [best.name],
      `place code from \`${best.name}\``,
      `column \`${best.name}\` holds digit codes${best.leadingZeros > 0 ? ' with leading zeros' : ''}${best.digitWidth === null ? '' : ` of ${best.digitWidth} digits`} (e.g. ${best.examples.slice(0, 3).join(', ')})${fipsState ? ': FIPS state codes' : ''}`,
      best.leadingZeros > 0 ? 'high' : 'medium',
    );
    if (levelWord === undefined)
      draft.undecided.push({
        role: 'place-level',
        reason: `nothing in \`${best.name}\` tells the level of its places`,
        placeholder: 'the constant "other" (edit place.level)',
      });
    else
      guess(
        draft,
        'place-level',
        [best.name],
        levelWord,
        fipsState ? 'two-digit FIPS codes are states' : `the column name \`${best.name}\``,
        'medium',
      );
  } else {
    const byName =
      nameColumns.slice().sort((a, b) => b.distinct - a.distinct)[0] ??
      profiles.filter((p) => free(p) && isText(p)).sort((a, b) => b.distinct - a.distinct)[0];
    if (byName === undefined) {
      return fail(
        draft,
        'no column holds place codes or names',
        header.length === 0 ? 'unknown' : 'long',
      );
    }
    placeName = use(byName);
    codeFromName = true;
    code = { column: byName.name };
    scheme = { value: 'name' };
    const levelWord = levelFromName(byName.key);
    level = placeLevelByName(byName, levelWord, rows);
    guess(
      draft,
      'place-code',
      [byName.name],
      `place code from the names in \`${byName.name}\` (scheme name)`,
      `no column holds place codes; \`${byName.name}\` holds ${n(byName.distinct)} distinct names (e.g. ${byName.examples.slice(0, 3).join(', ')})`,
      nameColumns.includes(byName) ? 'medium' : 'low',
    );
    const states = statesIn(byName, rows);
    if (levelWord === undefined)
      draft.undecided.push({
        role: 'place-level',
        reason: `nothing in \`${byName.name}\` tells the level of its places${states.length > 0 ? ` other than the state rows (${states.join(', ')})` : ''}`,
        placeholder: `${states.length > 0 ? 'state for the state names, otherwise ' : ''}"other" (edit place.level)`,
      });
    else
      guess(
        draft,
        'place-level',
        [byName.name],
        `${states.length > 0 ? `state for ${states.join(', ')}, otherwise ` : ''}${levelWord}`,
        `the column name \`${byName.name}\`${states.length > 0 ? ' and the state names among its cells' : ''}`,
        'medium',
      );
  }

  // 3. Place name (when the code is not the name).
  if (placeName === undefined) {
    const named = nameColumns
      .filter(free)
      .filter((p) => p !== stateName || nameColumns.filter(free).length === 1)
      .sort((a, b) => b.distinct - a.distinct)[0];
    if (named !== undefined) {
      placeName = use(named);
      guess(
        draft,
        'place-name',
        [named.name],
        `place name from \`${named.name}\``,
        `text column named like a place, ${n(named.distinct)} distinct (e.g. ${named.examples.slice(0, 3).join(', ')})`,
        'medium',
      );
    }
  }

  // 4. Shape: a wide file has value columns per subgroup.
  const wideColumns = profiles
    .filter((p) => free(p) && (isNumeric(p) || p.filled === 0))
    .map(wideColumnOf)
    .filter((w): w is WideColumn => w !== undefined);
  const templates = new Map<string, WideColumn[]>();
  for (const w of wideColumns) {
    const list = templates.get(w.template);
    if (list === undefined) templates.set(w.template, [w]);
    else list.push(w);
  }
  const wideTemplates = [...templates.entries()].filter(
    ([, list]) => new Set(list.map((w) => w.token)).size >= 2,
  );
  const groups: ImportGroup[] = [];
  const indicators: Indicator[] = [];
  let shape: 'long' | 'wide';
  let valueProfiles: ColumnProfile[];
  let dimensionName: string | undefined;
  let indicatorId: FieldSource;
  const id = options.id ?? slug(stripCsv(options.fileName) ?? '');

  if (wideTemplates.length > 0) {
    shape = 'wide';
    const byRole = new Map<MeasureRole, [string, WideColumn[]][]>();
    for (const entry of wideTemplates) {
      const role = measureRole(entry[0]);
      const list = byRole.get(role);
      if (list === undefined) byRole.set(role, [entry]);
      else list.push(entry);
    }
    const valueTemplates = byRole.get('value') ?? [];
    const valueTemplate =
      valueTemplates.find(([t]) => contains(t, VALUE_PARTS)) ?? valueTemplates[0];
    if (valueTemplate === undefined)
      return fail(draft, 'the columns per subgroup hold only bounds or counts, no value', 'wide');
    const tokens = [...new Set(valueTemplate[1].map((w) => w.token))];
    const columnFor = (
      template: [string, WideColumn[]] | undefined,
      token: string,
    ): string | undefined => template?.[1].find((w) => w.token === token)?.profile.name;
    const pick = (role: MeasureRole): [string, WideColumn[]] | undefined => byRole.get(role)?.[0];
    const low = pick('ci-low');
    const high = pick('ci-high');
    const num = pick('numerator');
    const den = pick('denominator');
    const quality = pick('quality');
    valueProfiles = valueTemplate[1].map((w) => w.profile);
    const dims = new Set(tokens.map(dimensionOfToken));
    dimensionName = dims.size === 1 ? [...dims][0] : undefined;
    indicatorId = { value: slug(valueTemplate[0].replace('{}', '').replace(/_+/g, '_')) };
    for (const token of tokens) {
      const value = columnFor(valueTemplate, token)!;
      const ciLow = columnFor(low, token);
      const ciHigh = columnFor(high, token);
      const numerator = columnFor(num, token);
      const denominator = columnFor(den, token);
      const qualityColumn = columnFor(quality, token);
      const columns: MeasureColumns = {
        value,
        ...(ciLow !== undefined && ciHigh !== undefined ? { ciLow, ciHigh } : {}),
        ...(numerator === undefined ? {} : { numerator }),
        ...(denominator === undefined ? {} : { denominator }),
        ...(qualityColumn === undefined ? {} : { quality: qualityColumn }),
      };
      const dimension = dimensionOfToken(token);
      groups.push({
        subgroup: {
          dimension: { value: dimension },
          value: { value: dimension === 'all' ? 'all' : token },
        },
        columns,
      });
    }
    for (const [, list] of wideTemplates)
      for (const w of list) if (tokens.includes(w.token)) use(w.profile);
    guess(
      draft,
      'shape',
      valueTemplate[1].map((w) => w.profile.name),
      `wide: one group of columns per subgroup (${tokens.join(', ')})`,
      `the columns ${quote(valueTemplate[1].map((w) => w.profile.name))} differ only by a subgroup word`,
      'high',
    );
    guess(
      draft,
      'subgroup',
      tokens,
      dimensionName === undefined
        ? `dimensions ${[...dims].join(', ')}`
        : `dimension ${dimensionName}, values ${tokens.join(', ')}`,
      `subgroup words in the column names: ${tokens.join(', ')}`,
      'high',
    );
    guess(
      draft,
      'value',
      valueProfiles.map((p) => p.name),
      `value columns ${valueTemplate[0].replace('{}', '<subgroup>')}`,
      `numeric columns whose names only differ by the subgroup word`,
      'high',
    );
    const roleGuess = (
      role: 'ci-low' | 'ci-high' | 'numerator' | 'denominator' | 'quality',
      template: [string, WideColumn[]] | undefined,
    ): void => {
      if (template === undefined) return;
      guess(
        draft,
        role,
        template[1].map((w) => w.profile.name),
        `${role} columns ${template[0].replace('{}', '<subgroup>')}`,
        `the column names ${quote(template[1].slice(0, 3).map((w) => w.profile.name))}, ...`,
        'high',
      );
    };
    roleGuess('ci-low', low);
    roleGuess('ci-high', high);
    if ((low === undefined) !== (high === undefined))
      draft.undecided.push({
        role: low === undefined ? 'ci-low' : 'ci-high',
        reason: 'only one bound of the confidence interval was found',
        placeholder: 'no interval',
      });
    roleGuess('numerator', num);
    roleGuess('denominator', den);
    roleGuess('quality', quality);
  } else {
    shape = 'long';
    // Value, bounds, counts and quality among the numeric columns not used yet.
    const numeric = profiles.filter((p) => free(p) && isNumeric(p) && !isYearLike(p));
    const candidates = numeric.filter(
      (p) => measureRole(p.key) === 'value' && !isIdentifier(p, rowCount),
    );
    const value =
      candidates.find((p) => contains(p.key, VALUE_PARTS)) ??
      candidates.find((p) => p.integers < p.numbers) ??
      candidates[0];
    if (value === undefined) {
      const ids = numeric.filter((p) => isIdentifier(p, rowCount));
      return fail(
        draft,
        `no column holds values${ids.length > 0 ? ` (not ${quote(ids.map((p) => p.name))}: whole numbers, one per row or named like a code: identifiers)` : ''}`,
        'long',
      );
    }
    use(value);
    valueProfiles = [value];
    const skipped = numeric.filter(
      (p) => p !== value && measureRole(p.key) === 'value' && isIdentifier(p, rowCount),
    );
    guess(
      draft,
      'value',
      [value.name],
      `value from \`${value.name}\``,
      `column \`${value.name}\` ${rangeText(value)}${contains(value.key, VALUE_PARTS) ? ', named like a value' : ''}${skipped.length > 0 ? `; not ${quote(skipped.map((p) => p.name))} (whole numbers, one per row or named like a code: identifiers)` : ''}`,
      contains(value.key, VALUE_PARTS) ? 'high' : 'medium',
    );
    const byRole = (role: MeasureRole): ColumnProfile | undefined =>
      numeric.find((p) => free(p) && measureRole(p.key) === role);
    const low = byRole('ci-low');
    const high = byRole('ci-high');
    const num = byRole('numerator');
    const den = byRole('denominator');
    const quality = profiles.find((p) => free(p) && contains(p.key, QUALITY_PARTS));
    const columns: MeasureColumns = {
      value: value.name,
      ...(low !== undefined && high !== undefined
        ? { ciLow: use(low).name, ciHigh: use(high).name }
        : {}),
      ...(num === undefined ? {} : { numerator: use(num).name }),
      ...(den === undefined ? {} : { denominator: use(den).name }),
      ...(quality === undefined ? {} : { quality: use(quality).name }),
    };
    if (low !== undefined && high !== undefined) {
      guess(
        draft,
        'ci-low',
        [low.name],
        `CI low from \`${low.name}\``,
        `named like a lower bound, ${rangeText(low)}`,
        'high',
      );
      guess(
        draft,
        'ci-high',
        [high.name],
        `CI high from \`${high.name}\``,
        `named like an upper bound, ${rangeText(high)}`,
        'high',
      );
    } else if (low !== undefined || high !== undefined) {
      draft.undecided.push({
        role: low === undefined ? 'ci-low' : 'ci-high',
        reason: `only one bound of a confidence interval was found (\`${(low ?? high)!.name}\`)`,
        placeholder: 'no interval',
      });
    }
    if (num !== undefined)
      guess(
        draft,
        'numerator',
        [num.name],
        `numerator from \`${num.name}\``,
        `named like a count, ${rangeText(num)}`,
        'medium',
      );
    if (den !== undefined)
      guess(
        draft,
        'denominator',
        [den.name],
        `denominator from \`${den.name}\``,
        `named like a total, ${rangeText(den)}`,
        'medium',
      );
    if (quality !== undefined)
      guess(
        draft,
        'quality',
        [quality.name],
        `quality flag from \`${quality.name}\``,
        `named like a flag (cells ${quality.examples.slice(0, 4).join(', ')})`,
        'medium',
      );

    // Indicator column: a text column naming the measure (several indicators in one file).
    const measureColumn = profiles.find(
      (p) =>
        free(p) &&
        isText(p) &&
        has(p.key, INDICATOR_WORDS) &&
        p.distinct >= 2 &&
        p.distinct <= 20 &&
        !p.examples.some((e) => RACE_CELL.test(e)),
    );
    // Subgroup column: a text column with a few distinct values, named like a group or holding race or sex words.
    const subgroup = profiles.find(
      (p) =>
        free(p) &&
        p !== measureColumn &&
        isText(p) &&
        p.distinct >= 2 &&
        p.distinct <= 60 &&
        !p.examples.some((e) => STATE_NAMES.has(e.toLowerCase())) &&
        (contains(p.key, SUBGROUP_PARTS) ||
          p.examples.filter((e) => RACE_CELL.test(e) || SEX_CELL.test(e)).length >= 2),
    );
    const base = slug(value.key);
    if (measureColumn !== undefined) {
      use(measureColumn);
      const codes: Record<string, string> = Object.create(null) as Record<string, string>;
      const all = distinctValues(measureColumn, rows);
      for (const cell of all) codes[cell] = `${base}-${slug(cell)}`;
      indicatorId = { column: measureColumn.name, codes: { ...codes } };
      for (const cell of all)
        indicators.push(
          indicatorOf(
            `${base}-${slug(cell)}`,
            `${value.name}: ${cell}`,
            `${value.key} ${cell} ${stripCsv(options.fileName) ?? ''}`,
            undefined,
          ),
        );
      guess(
        draft,
        'indicator',
        [measureColumn.name],
        `one indicator per \`${measureColumn.name}\` value (${all.join(', ')})`,
        `text column named like a measure with ${all.length} distinct values`,
        'medium',
      );
    } else {
      indicatorId = { value: base };
    }
    let subgroupSource: ImportGroup['subgroup'] = {
      dimension: { value: 'all' },
      value: { value: 'all' },
    };
    if (subgroup !== undefined) {
      use(subgroup);
      const cellsOf = distinctValues(subgroup, rows);
      const allCells = cellsOf.filter((c) => ALL_CELL.test(c));
      const sexCells = cellsOf.filter((c) => SEX_CELL.test(c));
      const raceCells = cellsOf.filter((c) => RACE_CELL.test(c));
      const named = contains(subgroup.key, ['race', 'ethnic'])
        ? 'race'
        : contains(subgroup.key, ['sex', 'gender'])
          ? 'sex'
          : undefined;
      const otherwise =
        named ??
        (raceCells.length > 0
          ? 'race'
          : sexCells.length > 0 && sexCells.length + allCells.length === cellsOf.length
            ? 'sex'
            : subgroup.key);
      const cases: {
        when: { column: string; equals?: string; oneOf?: string[] };
        value: string;
      }[] = [];
      if (allCells.length > 0)
        cases.push({ when: { column: subgroup.name, oneOf: allCells }, value: 'all' });
      if (sexCells.length > 0 && otherwise !== 'sex')
        cases.push({ when: { column: subgroup.name, oneOf: sexCells }, value: 'sex' });
      dimensionName = otherwise;
      const allCodes: Record<string, string> = {};
      for (const c of allCells) allCodes[c] = 'all';
      subgroupSource = {
        dimension: cases.length === 0 ? { value: otherwise } : { cases, otherwise },
        value:
          allCells.length === 0
            ? { column: subgroup.name }
            : { column: subgroup.name, codes: allCodes, unknownCodes: 'keep' },
      };
      guess(
        draft,
        'subgroup',
        [subgroup.name],
        `dimension ${cases.length > 0 ? `${cases.map((c) => `${c.value} for ${c.when.oneOf!.join('/')}`).join(', ')}, otherwise ` : ''}${otherwise}; value the cell`,
        `text column${contains(subgroup.key, SUBGROUP_PARTS) ? ' named like a subgroup' : ''} with ${n(cellsOf.length)} distinct values (${cellsOf.slice(0, 6).join(', ')}${cellsOf.length > 6 ? ', ...' : ''})`,
        named !== undefined ? 'high' : 'medium',
      );
    } else {
      guess(draft, 'subgroup', [], 'all (no subgroups)', 'no column holds subgroups', 'medium');
    }
    groups.push({ subgroup: subgroupSource, columns });
  }

  // 5. Unit scale and value tokens, over every value column.
  const unit = inferUnit(valueProfiles);
  guess(
    draft,
    'unit',
    valueProfiles.map((p) => p.name),
    unit.type,
    unit.evidence,
    unit.confidence,
  );
  if (unit.undecided !== undefined)
    draft.undecided.push({
      role: 'unit',
      reason: unit.undecided,
      placeholder: `unit ${unit.type} (edit indicators[].unit)`,
    });
  const tokens = inferTokens(valueProfiles);
  draft.guesses.push(tokens.guess);
  if (tokens.undecided !== undefined) draft.undecided.push(tokens.undecided);

  // 6. Columns left unread.
  for (const p of profiles) {
    if (draft.used.has(p.index)) continue;
    const why =
      p.filled === 0
        ? 'every cell is blank'
        : p.distinct === 1
          ? `every cell is ${JSON.stringify(p.examples[0])}`
          : isNumeric(p)
            ? `numeric (${rangeText(p)}); add a group to import it`
            : `text (${p.examples.slice(0, 3).join(', ')}, ...)`;
    guess(draft, 'unread', [p.name], 'not read', why, 'medium');
  }

  // 7. Indicators and the mapping.
  if (indicators.length === 0) {
    const valueName =
      shape === 'wide' ? (indicatorId as { value: string }).value : valueProfiles[0]!.name;
    const words = `${valueProfiles.map((p) => p.key).join(' ')} ${stripCsv(options.fileName) ?? ''}`;
    indicators.push(
      indicatorOf((indicatorId as { value: string }).value, valueName, words, dimensionName),
    );
  } else if (dimensionName !== undefined) {
    for (let i = 0; i < indicators.length; i += 1)
      indicators[i] = { ...indicators[i]!, disaggregations: [dimensionName] };
  }
  for (const indicator of indicators) indicatorPlaceholders(draft, indicator);
  const typed = indicators.map((indicator) => ({ ...indicator, unit: unit.unit }));
  const mappingId =
    options.id ?? (id === 'inferred' ? `inferred-${typed[0]?.id ?? 'mapping'}` : id);
  const mapping: ImportMapping = {
    id: mappingId,
    name:
      options.fileName === undefined
        ? 'Inferred mapping'
        : `Data from ${baseName(options.fileName)}`,
    description: `Inferred by coe from the header and ${n(rowCount)} sample rows: check every guess (guesses and evidence are listed by the command that wrote this file), then edit and pass it with --mapping.`,
    indicators: typed,
    indicatorId,
    place: {
      code,
      ...(placeName === undefined || codeFromName ? {} : { name: { column: placeName.name } }),
      scheme,
      level,
    },
    period: { label: periodSource },
    groups,
  };
  const checked = validateImportMapping(mapping);
  return {
    ok: checked.ok,
    mapping: checked.ok ? checked.value : mapping,
    shape,
    guesses: draft.guesses,
    undecided: draft.undecided,
    issues: checked.issues,
  };
}

function fail(draft: Draft, reason: string, shape: InferredMapping['shape']): InferredMapping {
  draft.undecided.push({ role: 'value', reason, placeholder: 'none: no mapping was written' });
  return {
    ok: false,
    mapping: undefined,
    shape,
    guesses: draft.guesses,
    undecided: draft.undecided,
    issues: [],
  };
}

const baseName = (file: string): string =>
  file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
const stripCsv = (file: string | undefined): string | undefined =>
  file === undefined ? undefined : baseName(file).replace(/\.(csv|tsv|txt)$/i, '');

function levelFromName(key: string): string | undefined {
  if (contains(key, ['school'])) return 'school';
  if (contains(key, ['district', 'lea'])) return 'district';
  if (contains(key, ['county'])) return 'county';
  if (contains(key, ['city', 'town', 'municipal'])) return 'city';
  if (contains(key, ['tract'])) return 'census-tract';
  if (contains(key, ['zip'])) return 'zip-code';
  if (contains(key, ['neighborhood', 'neighbourhood'])) return 'neighborhood';
  if (key === 'state' || key === 'state_name') return 'state';
  return undefined;
}

function distinctValues(p: ColumnProfile, rows: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = (row[p.index] ?? '').trim();
    if (cell !== '') seen.add(cell);
    if (seen.size > 1000) break;
  }
  return [...seen];
}

function statesIn(p: ColumnProfile, rows: readonly (readonly string[])[]): string[] {
  return distinctValues(p, rows).filter(
    (cell) => STATE_NAMES.has(cell.toLowerCase()) || cell === 'United States',
  );
}

function placeLevelByName(
  p: ColumnProfile,
  levelWord: string | undefined,
  rows: readonly (readonly string[])[],
): FieldSource {
  const names = statesIn(p, rows);
  const states = names.filter((cell) => cell !== 'United States');
  const cases: { when: { column: string; equals?: string; oneOf?: string[] }; value: string }[] =
    [];
  if (names.includes('United States'))
    cases.push({ when: { column: p.name, equals: 'United States' }, value: 'nation' });
  if (states.length > 0 && levelWord !== 'state')
    cases.push({ when: { column: p.name, oneOf: states }, value: 'state' });
  const otherwise = levelWord ?? 'other';
  return cases.length === 0 ? { value: otherwise } : { cases, otherwise };
}

function indicatorOf(
  id: string,
  name: string,
  words: string,
  dimension: string | undefined,
): Indicator {
  const key = words.toLowerCase();
  const area = OUTCOME_AREAS.find(([parts]) => contains(key, parts))?.[1] ?? 'OTHER';
  const direction = contains(key, LOWER_IS_BETTER)
    ? 'lower-is-better'
    : contains(key, HIGHER_IS_BETTER)
      ? 'higher-is-better'
      : 'neutral';
  return {
    id,
    name,
    outcomeArea: area,
    unit: { type: 'proportion' },
    direction,
    role: 'core',
    ...(dimension === undefined || dimension === 'all' ? {} : { disaggregations: [dimension] }),
  };
}

function indicatorPlaceholders(draft: Draft, indicator: Indicator): void {
  if (indicator.outcomeArea === 'OTHER')
    draft.undecided.push({
      role: 'outcome-area',
      reason: `nothing in the names tells which outcome \`${indicator.id}\` measures`,
      placeholder: 'OTHER (edit indicators[].outcomeArea)',
    });
  else
    guess(
      draft,
      'indicator',
      [indicator.name],
      `${indicator.id}: outcome area ${indicator.outcomeArea}`,
      `a word of the column or file name`,
      'low',
    );
  if (indicator.direction === 'neutral')
    draft.undecided.push({
      role: 'direction',
      reason: `nothing in the names tells whether higher \`${indicator.id}\` is better`,
      placeholder: 'neutral (edit indicators[].direction)',
    });
  else
    guess(
      draft,
      'indicator',
      [indicator.name],
      `${indicator.id}: ${indicator.direction}`,
      'a word of the column or file name',
      'low',
    );
}
