import {
  DEFAULT_MISSING_TOKENS,
  DEFAULT_SUPPRESSED_TOKENS,
} from '@community-excellence/schemas/internal';
import type { Indicator } from '@community-excellence/schemas';

type OutcomeArea = Indicator['outcomeArea'];

/**
 * Whether a column key (see `columnKey`) has one of `words` as a whole word: the key itself, or
 * a word between underscores.
 *
 * @example
 * ```ts
 * hasWord('county_fips', ['fips']); // true
 * hasWord('fipsland', ['fips']); // false
 * ```
 */
export function hasWord(key: string, words: readonly string[]): boolean {
  return words.some(
    (word) =>
      key === word ||
      key.startsWith(`${word}_`) ||
      key.endsWith(`_${word}`) ||
      key.includes(`_${word}_`),
  );
}

/**
 * Whether a column key contains one of `parts` anywhere (`timeframe` contains `time`).
 *
 * @example
 * ```ts
 * containsPart('v024blacklow', ['low']); // true
 * ```
 */
export function containsPart(key: string, parts: readonly string[]): boolean {
  return parts.some((part) => key.includes(part));
}

const ID_WORDS = [
  'id',
  'fips',
  'geoid',
  'code',
  'fipscode',
  'countycode',
  'statecode',
  'nces',
  'zip',
  'leaid',
  'ncessch',
];
const PLACE_WORDS = [
  'name',
  'county',
  'location',
  'district',
  'lea',
  'place',
  'city',
  'state',
  'school',
  'area',
  'geography',
  'geo',
  'region',
  'community',
  'neighborhood',
  'tract',
  'municipality',
  'town',
];
const PERIOD_PARTS = ['year', 'period', 'timeframe', 'date', 'release'];
const PERIOD_WORDS = ['yr', 'time', 'fy', 'sy'];
const SUBGROUP_PARTS = [
  'race',
  'ethnic',
  'subgroup',
  'group',
  'category',
  'population',
  'sex',
  'gender',
  'student',
  'demograph',
  'cohort_type',
];
const INDICATOR_WORDS = ['measure', 'indicator', 'variable', 'metric', 'subject', 'score', 'topic'];
const LOW_WORDS = ['low', 'lower', 'lci', 'lcl', 'lb', 'lo', 'cilow', 'ci_low', 'low_ci'];
const HIGH_WORDS = ['high', 'upper', 'uci', 'ucl', 'ub', 'hi', 'cihigh', 'ci_high', 'high_ci'];
const NUMERATOR_WORDS = ['num', 'numerator', 'count', 'n', 'cases', 'events'];
const DENOMINATOR_WORDS = [
  'denom',
  'denominator',
  'total',
  'pop',
  'population',
  'cohort',
  'universe',
  'base',
];
const QUALITY_PARTS = ['flag', 'quality', 'reliab', 'footnote', 'note'];
const VALUE_PARTS = [
  'value',
  'rate',
  'pct',
  'percent',
  'prop',
  'share',
  'data',
  'estimate',
  'score',
  'avg',
  'mean',
  'ratio',
  'per',
];

const RACE_TOKENS = [
  'aian',
  'nhopi',
  'hispanic',
  'latino',
  'latinx',
  'white',
  'black',
  'asian',
  'multiracial',
  'two_or_more',
  'twoormore',
  'pacific',
  'native',
];
const SEX_TOKENS = ['female', 'male'];
const ALL_TOKENS = ['all', 'total', 'overall'];
const RACE_CELL =
  /\b(white|black|asian|hispanic|latino|american indian|alaska|pacific|two or more|multiracial|native)\b/i;
const SEX_CELL = /^(fe)?male( students)?$|^(men|women|boys|girls)$/i;
const ALL_CELL = /^(all|total|overall|all students|all races|all persons|everyone)$/i;

const US_STATES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'District of Columbia',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Puerto Rico',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
];
const STATE_NAMES = new Set(US_STATES.map((s) => s.toLowerCase()));
/** Five-digit FIPS codes of the states and territories (`01000` ... `78000`). */
const STATE_FIPS = Array.from({ length: 78 }, (_, i) => `${String(i + 1).padStart(2, '0')}000`);

const OUTCOME_AREAS: readonly (readonly [readonly string[], OutcomeArea])[] = [
  [['kinder', 'prek', 'ready'], 'KINDERGARTEN_READINESS'],
  [['read', 'ela', 'literacy'], 'EARLY_GRADE_READING'],
  [['math'], 'MIDDLE_GRADE_MATH'],
  [['graduat', 'dropout', 'acgr'], 'HIGH_SCHOOL_GRADUATION'],
  [['enroll', 'remediation', 'college'], 'POSTSECONDARY_ENROLLMENT'],
  [['degree', 'completion', 'credential'], 'POSTSECONDARY_COMPLETION'],
  [['employ', 'unemploy', 'job', 'wage'], 'EMPLOYMENT'],
  [['poverty', 'pov', 'income'], 'ECONOMIC_VITALITY'],
  [['life', 'health', 'mortality', 'death', 'birth', 'insur'], 'HEALTH'],
];
const LOWER_IS_BETTER = [
  'poverty',
  'pov',
  'dropout',
  'remediation',
  'unemploy',
  'mortality',
  'death',
  'absence',
  'absent',
  'suspension',
  'crime',
];
const HIGHER_IS_BETTER = [
  'graduat',
  'proficien',
  'read',
  'math',
  'enroll',
  'completion',
  'employ',
  'life',
  'kinder',
  'acgr',
  'ready',
];

const SUPPRESSED = new Map(
  DEFAULT_SUPPRESSED_TOKENS.map((rule) => [rule.token.toLowerCase(), rule] as const),
);
const MISSING = new Map(
  DEFAULT_MISSING_TOKENS.map((rule) => [rule.token.toLowerCase(), rule] as const),
);

/**
 * The words {@link inferMapping} reads column names and cells with: name words and parts per
 * role, subgroup words and cell patterns, US state names and state FIPS codes, outcome-area and
 * direction words, and the default suppression and missing tokens by lower-case token.
 *
 * @example
 * ```ts
 * INFER_VOCABULARY.STATE_FIPS[0]; // '01000'
 * ```
 */
export const INFER_VOCABULARY = {
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
  US_STATES,
  STATE_NAMES,
  STATE_FIPS,
  OUTCOME_AREAS,
  LOWER_IS_BETTER,
  HIGHER_IS_BETTER,
  SUPPRESSED,
  MISSING,
};
