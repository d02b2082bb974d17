import type { Indicator } from '@community-excellence/schemas';
import type { FieldSource, ImportGroup, ImportMapping } from './mapping.js';

/** The citation line every output built from County Health Rankings & Roadmaps data must carry. */
const CHRR_CITATION =
  'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';
const CHRR_SOURCE = 'County Health Rankings & Roadmaps 2025 (chrr_measure_calcs)';
const KIDS_COUNT_SOURCE =
  'Colorado KIDS COUNT district data 2004-2014 (Annie E. Casey Foundation), via adriennedomingus/headcount';
const ALL: ImportGroup['subgroup'] = { dimension: { value: 'all' }, value: { value: 'all' } };

/** CHR&R place: US (statecode 00), states (countycode 000) and counties, by FIPS code. */
const chrrLevel: FieldSource = {
  cases: [
    { when: { column: 'statecode', equals: '00' }, value: 'nation' },
    { when: { column: 'countycode', equals: '000' }, value: 'state' },
  ],
  otherwise: 'county',
};
const chrrPlace = {
  code: { columns: ['statecode', 'countycode'] },
  scheme: { value: 'fips' },
  level: chrrLevel,
} as const;
const CHRR_RACES = ['aian', 'hispanic', 'white', 'black', 'asian'] as const;

const indicator = (fields: Indicator): Indicator => fields;

const v024: ImportMapping = {
  id: 'chrr-v024-children-in-poverty',
  name: 'Children in poverty by race (CHR&R v024, wide)',
  description:
    'v024_subgroup_how.csv: one row per place, one column group per race (value, 90% CI low/high, numerator, denominator).',
  source: CHRR_SOURCE,
  citations: [CHRR_CITATION],
  indicators: [
    indicator({
      id: 'v024',
      name: 'Children in poverty',
      outcomeArea: 'ECONOMIC_VITALITY',
      unit: { type: 'proportion' },
      direction: 'lower-is-better',
      role: 'contributing',
      disaggregations: ['race'],
      source: CHRR_SOURCE,
    }),
  ],
  indicatorId: { value: 'v024' },
  place: {
    code: { column: 'fipscode' },
    name: { column: 'county' },
    scheme: { value: 'fips' },
    level: chrrLevel,
  },
  period: { label: { value: '2025 release' } },
  groups: CHRR_RACES.map((race) => ({
    subgroup: { dimension: { value: 'race' }, value: { value: race } },
    columns: {
      value: `v024${race}`,
      ciLow: `v024${race}low`,
      ciHigh: `v024${race}high`,
      ciLevel: 0.9,
      numerator: `${race}num`,
      denominator: `${race}denom`,
    },
  })),
  values: { preset: 'chrr' },
};

const chrrScores = (
  measure: 'v159' | 'v160',
  name: string,
  outcomeArea: Indicator['outcomeArea'],
): ImportMapping => ({
  id: `chrr-${measure}-${measure === 'v159' ? 'reading' : 'math'}-scores`,
  name: `${name} by race (CHR&R ${measure}, wide)`,
  description: `${measure}_subgroup_how.csv: average grade-level performance of 3rd graders by race, one column per race. The ${measure}_flag_CT column (Connecticut flags A/U) is not a value column and is not imported.`,
  source: CHRR_SOURCE,
  citations: [CHRR_CITATION],
  indicators: [
    indicator({
      id: measure,
      name,
      outcomeArea,
      unit: { type: 'score', label: 'grade levels' },
      direction: 'higher-is-better',
      role: 'contributing',
      disaggregations: ['race'],
      source: CHRR_SOURCE,
    }),
  ],
  indicatorId: { value: measure },
  place: chrrPlace,
  period: { label: { value: '2025 release' } },
  groups: CHRR_RACES.map((race) => ({
    subgroup: { dimension: { value: 'race' }, value: { value: race } },
    columns: { value: `${measure}_race_${race}` },
  })),
  values: { preset: 'chrr' },
});

const v021: ImportMapping = {
  id: 'chrr-v021-graduation',
  name: 'High school graduation (CHR&R v021)',
  description:
    'v021_how.csv: all students; fractional (weighted) numerators; the first header cell is blank (a row number column) and is not used.',
  source: CHRR_SOURCE,
  citations: [CHRR_CITATION],
  indicators: [
    indicator({
      id: 'v021',
      name: 'High school graduation',
      outcomeArea: 'HIGH_SCHOOL_GRADUATION',
      unit: { type: 'proportion' },
      direction: 'higher-is-better',
      role: 'core',
      source: CHRR_SOURCE,
    }),
  ],
  indicatorId: { value: 'v021' },
  place: chrrPlace,
  period: { label: { value: '2025 release' } },
  groups: [
    {
      subgroup: ALL,
      columns: {
        value: 'v021_rawvalue',
        numerator: 'v021_numerator',
        denominator: 'v021_denominator',
      },
    },
  ],
  values: { preset: 'chrr' },
};

/**
 * CHR&R v147 race codes, from the calculation notebook `calculations/v147_life_expectancy_subgroup.Rmd`
 * of chrr_measure_calcs (release 2026 notebook; the 2024 long file uses the same seven codes).
 */
const V147_RACE_CODES: Readonly<Record<string, string>> = {
  '1': 'Non-Hispanic White',
  '2': 'Non-Hispanic Black',
  '3': 'Non-Hispanic AIAN',
  '4': 'Non-Hispanic Asian',
  '5': 'Non-Hispanic NHOPI',
  '6': 'Non-Hispanic two or more races',
  '8': 'Hispanic',
};

const v147: ImportMapping = {
  id: 'chrr-v147-life-expectancy',
  name: 'Life expectancy by race (CHR&R v147, long)',
  description:
    'v147_other_r2024_long.csv: one row per place and race code (1-6, 8), with CI low/high.',
  source: CHRR_SOURCE,
  citations: [CHRR_CITATION],
  indicators: [
    indicator({
      id: 'v147',
      name: 'Life expectancy',
      outcomeArea: 'HEALTH',
      unit: { type: 'years' },
      direction: 'higher-is-better',
      role: 'contributing',
      disaggregations: ['race'],
      source: CHRR_SOURCE,
    }),
  ],
  indicatorId: { value: 'v147' },
  place: chrrPlace,
  period: { label: { value: '2024 release' } },
  groups: [
    {
      subgroup: { dimension: { value: 'race' }, value: { column: 'race', codes: V147_RACE_CODES } },
      columns: { value: 'v147_rawvalue', ciLow: 'v147_cilow', ciHigh: 'v147_cihigh' },
    },
  ],
  values: { preset: 'chrr' },
};

const EDFACTS_SOURCE =
  'EDFacts four-year adjusted cohort graduation rate (data groups 695/696), 2021-2022';
const acgr = indicator({
  id: 'acgr-4yr',
  name: 'Four-year adjusted cohort graduation rate',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
  source: EDFACTS_SOURCE,
});
const edfactsSubgroup: ImportGroup['subgroup'] = {
  dimension: {
    cases: [{ when: { column: 'Population', equals: 'All Students' }, value: 'all' }],
    otherwise: 'population',
  },
  value: { column: 'Population', codes: { 'All Students': 'all' }, unknownCodes: 'keep' },
};
const edfactsColumns = {
  value: 'Value',
  denominator: 'Denominator',
  numerator: 'Numerator',
} as const;

const edfacts: ImportMapping = {
  id: 'edfacts-acgr',
  name: 'EDFacts graduation rates by district',
  description:
    'edfactsdownload.csv: one row per district (LEA); Value holds exact rates, ranges, bounds, S and MISSING; Numerator is empty.',
  source: EDFACTS_SOURCE,
  indicators: [acgr],
  indicatorId: { value: 'acgr-4yr' },
  place: {
    code: { column: 'NCES LEA ID' },
    name: { column: 'LEA' },
    scheme: { value: 'nces-lea' },
    level: { value: 'district' },
  },
  period: { label: { column: 'School Year' } },
  groups: [{ subgroup: edfactsSubgroup, columns: edfactsColumns }],
  values: { preset: 'edfacts' },
};

const edfactsSchools: ImportMapping = {
  id: 'edfacts-acgr-schools',
  name: 'EDFacts graduation rates by school (Hawaii slice)',
  description:
    'edfactsdownload_hi.csv: one row per school; school names carry HTML entities (&amp;); the NCES school id was mangled by a spreadsheet (1.50003E+11), so the decoded name is the place code.',
  source: EDFACTS_SOURCE,
  indicators: [acgr],
  indicatorId: { value: 'acgr-4yr' },
  place: {
    code: { column: 'School' },
    name: { column: 'School' },
    scheme: { value: 'name' },
    level: { value: 'school' },
  },
  period: { label: { column: 'School Year' } },
  groups: [{ subgroup: edfactsSubgroup, columns: edfactsColumns }],
  values: { preset: 'edfacts' },
};

const coloradoLevel: FieldSource = {
  cases: [{ when: { column: 'Location', equals: 'Colorado' }, value: 'state' }],
  otherwise: 'district',
};
const coloradoPlace = {
  code: { column: 'Location' },
  scheme: { value: 'name' },
  level: coloradoLevel,
} as const;
const percentRows = [{ column: 'DataFormat', equals: 'Percent' }] as const;

const kidsCount = (
  id: string,
  name: string,
  description: string,
  indicators: readonly Indicator[],
  indicatorId: FieldSource,
  subgroup: ImportGroup['subgroup'] = ALL,
): ImportMapping => ({
  id,
  name,
  description,
  source: KIDS_COUNT_SOURCE,
  indicators,
  indicatorId,
  place: coloradoPlace,
  period: { label: { column: 'TimeFrame' } },
  groups: [{ subgroup, columns: { value: 'Data' } }],
  values: { preset: 'kidsCount' },
  include: percentRows,
});

const co = (
  id: string,
  name: string,
  outcomeArea: Indicator['outcomeArea'],
  direction: Indicator['direction'],
  disaggregations?: readonly string[],
): Indicator => ({
  id,
  name,
  outcomeArea,
  unit: { type: 'proportion' },
  direction,
  role: 'core',
  source: KIDS_COUNT_SOURCE,
  ...(disaggregations === undefined ? {} : { disaggregations: [...disaggregations] }),
});

const SUBJECTS = ['Math', 'Reading', 'Writing'] as const;
const proficiency = (grade: '3rd' | '8th'): ImportMapping => {
  const prefix = `co-grade${grade[0]}-proficient`;
  const indicators = SUBJECTS.map((subject) =>
    co(
      `${prefix}-${subject.toLowerCase()}`,
      `${grade} grade students scoring proficient or above in ${subject.toLowerCase()}`,
      grade === '3rd'
        ? subject === 'Math'
          ? 'OTHER'
          : 'EARLY_GRADE_READING'
        : subject === 'Math'
          ? 'MIDDLE_GRADE_MATH'
          : 'OTHER',
      'higher-is-better',
    ),
  );
  return kidsCount(
    `co-${grade}-grade-proficient`,
    `${grade} grade students scoring proficient or above (Colorado, long)`,
    `${grade}-grade-students-scoring-proficient-or-above.csv: one row per district, subject (Score column: Math, Reading, Writing) and year; each subject is its own indicator.`,
    indicators,
    {
      column: 'Score',
      codes: Object.fromEntries(
        SUBJECTS.map((subject) => [subject, `${prefix}-${subject.toLowerCase()}`]),
      ),
    },
  );
};

const raceSubgroup = (
  column: string,
  codes: Readonly<Record<string, string>>,
): ImportGroup['subgroup'] => ({
  dimension: {
    cases: [
      { when: { column, equals: 'All Students' }, value: 'all' },
      { when: { column, oneOf: ['Female Students', 'Male Students'] }, value: 'sex' },
    ],
    otherwise: 'race',
  },
  value: { column, codes: { 'All Students': 'all', ...codes }, unknownCodes: 'keep' },
});

const averageProficiency = (subject: 'math' | 'reading'): ImportMapping =>
  kidsCount(
    `co-proficiency-by-race-${subject}`,
    `Average ${subject} proficiency by race/ethnicity (Colorado, long)`,
    `average-proficiency-by-race-ethnicity-${subject}.csv: one row per district, race/ethnicity and year. Some 2014 subgroup values are off by a factor of 100; the import flags them.`,
    [
      co(
        `co-proficiency-${subject}`,
        `Students proficient in ${subject}`,
        subject === 'math' ? 'MIDDLE_GRADE_MATH' : 'EARLY_GRADE_READING',
        'higher-is-better',
        ['race'],
      ),
    ],
    { value: `co-proficiency-${subject}` },
    raceSubgroup('Race Ethnicity', {}),
  );

const graduationIndicator = co(
  'co-graduation',
  'High school graduation rate',
  'HIGH_SCHOOL_GRADUATION',
  'higher-is-better',
);
const graduation = (id: string, file: string): ImportMapping =>
  kidsCount(
    id,
    'High school graduation rates (Colorado)',
    `${file}: one row per district and year.`,
    [graduationIndicator],
    { value: 'co-graduation' },
  );

/**
 * Ready mappings for every file in the project's shared real data (County Health Rankings &
 * Roadmaps, EDFacts, Colorado KIDS COUNT), by name. They are plain data: copy one as the
 * starting point for a similar file (see `docs/importing.md`).
 *
 * | name | file |
 * |---|---|
 * | `chrr-v024-children-in-poverty` | `county-health-rankings/v024_subgroup_how.csv` (wide) |
 * | `chrr-v159-reading-scores`, `chrr-v160-math-scores` | `v159_subgroup_how.csv`, `v160_subgroup_how.csv` (wide) |
 * | `chrr-v021-graduation` | `v021_how.csv` |
 * | `chrr-v147-life-expectancy` | `v147_other_r2024_long.csv` (long, race codes) |
 * | `edfacts-acgr`, `edfacts-acgr-schools` | `edfactsdownload.csv`, `edfactsdownload_hi.csv` |
 * | `co-3rd-grade-proficient`, `co-8th-grade-proficient` | Colorado 3rd / 8th grade proficiency |
 * | `co-proficiency-by-race-math`, `co-proficiency-by-race-reading` | Colorado average proficiency by race/ethnicity |
 * | `co-dropout-by-race-and-sex` | `dropout-rates-by-race-and-ethnicity.csv` |
 * | `co-graduation`, `co-graduation-cr` | `high-school-graduation-rates.csv` and its CR-only revision |
 * | `co-full-day-kindergarten` | `kindergartners-in-full-day-program.csv` |
 * | `co-remediation` | `remediation-in-higher-education.csv` |
 *
 * @example
 * ```ts
 * import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';
 *
 * const result = importCsv(text, builtInMappings['chrr-v147-life-expectancy'], { file: 'v147_other_r2024_long.csv' });
 * ```
 */
export const builtInMappings = {
  'chrr-v024-children-in-poverty': v024,
  'chrr-v159-reading-scores': chrrScores('v159', 'Reading scores', 'EARLY_GRADE_READING'),
  'chrr-v160-math-scores': chrrScores('v160', 'Math scores', 'OTHER'),
  'chrr-v021-graduation': v021,
  'chrr-v147-life-expectancy': v147,
  'edfacts-acgr': edfacts,
  'edfacts-acgr-schools': edfactsSchools,
  'co-3rd-grade-proficient': proficiency('3rd'),
  'co-8th-grade-proficient': proficiency('8th'),
  'co-proficiency-by-race-math': averageProficiency('math'),
  'co-proficiency-by-race-reading': averageProficiency('reading'),
  'co-dropout-by-race-and-sex': kidsCount(
    'co-dropout-by-race-and-sex',
    'Dropout rates by race/ethnicity and sex (Colorado, long)',
    'dropout-rates-by-race-and-ethnicity.csv: the Category column mixes All Students, Female/Male Students and race groups; the mapping splits it into the dimensions all, sex and race.',
    [
      co('co-dropout', 'Dropout rate', 'HIGH_SCHOOL_GRADUATION', 'lower-is-better', [
        'race',
        'sex',
      ]),
    ],
    { value: 'co-dropout' },
    raceSubgroup('Category', { 'Female Students': 'Female', 'Male Students': 'Male' }),
  ),
  'co-graduation': graduation('co-graduation', 'high-school-graduation-rates.csv'),
  'co-graduation-cr': graduation(
    'co-graduation-cr',
    'high-school-graduation-rates.cr-line-endings.csv (CR-only line endings, 14 districts)',
  ),
  'co-full-day-kindergarten': kidsCount(
    'co-full-day-kindergarten',
    'Kindergartners in a full-day program (Colorado)',
    'kindergartners-in-full-day-program.csv: one row per district and year; #DIV/0! cells are read as missing (error).',
    [
      co(
        'co-full-day-kindergarten',
        'Kindergartners in a full-day program',
        'KINDERGARTEN_READINESS',
        'higher-is-better',
      ),
    ],
    { value: 'co-full-day-kindergarten' },
  ),
  'co-remediation': kidsCount(
    'co-remediation',
    'Remediation in higher education (Colorado)',
    'remediation-in-higher-education.csv: share of graduates needing remediation in college, a postsecondary readiness proxy.',
    [
      co(
        'co-remediation',
        'Graduates needing remediation in higher education',
        'POSTSECONDARY_ENROLLMENT',
        'lower-is-better',
      ),
    ],
    { value: 'co-remediation' },
  ),
} as const satisfies Readonly<Record<string, ImportMapping>>;

/**
 * The names of the {@link builtInMappings}.
 */
export type BuiltInMappingName = keyof typeof builtInMappings;
