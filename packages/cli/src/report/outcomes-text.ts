import type { ComparisonPlace, PlaceBasis } from '@community-excellence/theory-of-action/outcomes';
import type { OutcomeIndicator, OutcomesSection } from './outcomes-section.js';

// Sentences of the Outcomes and Results evidence sections that the HTML and the Markdown report
// share, as plain (unescaped) text. Words only: every reading comes from the analysis.

/** Scheme codes written in capitals (`fips` -> `FIPS`). */
const SCHEMES: Readonly<Record<string, string>> = { fips: 'FIPS', nces: 'NCES', geoid: 'GEOID' };

/**
 * How the analysed place was chosen, in words, for each {@link PlaceBasis}; `source` names the
 * document whose geography chose it.
 *
 * @example
 * ```ts
 * placeBasisWords('evidence-code', 'fips', 'the partnership evidence'); // 'chosen by a FIPS code in the partnership evidence'
 * placeBasisWords('option'); // 'chosen with --place'
 * ```
 */
export function placeBasisWords(
  basis: PlaceBasis,
  scheme?: string,
  source = 'the partnership evidence',
): string {
  switch (basis) {
    case 'option':
      return 'chosen with --place';
    case 'evidence-code': {
      const name =
        scheme === undefined || scheme === 'name' ? 'place' : (SCHEMES[scheme] ?? scheme);
      return `chosen by a ${name} code in ${source}`;
    }
    case 'evidence-name':
      return `chosen by the geography's name in ${source}`;
    case 'only-place':
      return 'the only place in the data (apart from state and national comparisons)';
    default:
      return 'chosen by the analysis';
  }
}

/**
 * A place as the report names it: `Hamilton County (county 39061)`.
 *
 * @example
 * ```ts
 * placeLabel({ name: 'Hamilton County', level: 'county', code: '39061' }); // 'Hamilton County (county 39061)'
 * ```
 */
export function placeLabel(place: {
  readonly name?: string;
  readonly level: string;
  readonly code: string;
}): string {
  const name = place.name ?? place.code;
  return name === place.code || name === `${place.level} ${place.code}`
    ? `${place.level} ${place.code}`
    : `${name} (${place.level} ${place.code})`;
}

/**
 * The Outcomes section's opening sentences: the place and how it was chosen, its comparisons, the
 * trend method (stated once), the reference groups of the report and the issues of the analysis.
 *
 * @example
 * ```ts
 * declare const outcomes: OutcomesSection; // outcomesSection(indicators, analysis)
 * outcomesIntro(outcomes, 'the partnership evidence')[0];
 * // 'Place analysed: Riverbend County (county riverbend-county), chosen by a place code in the partnership evidence.'
 * ```
 */
export function outcomesIntro(section: OutcomesSection, source: string): string[] {
  const place = section.place;
  if (place === null) {
    const listed = section.candidates
      .slice(0, 10)
      .map((c) => `${c.label}: ${c.rows} rows`)
      .join('; ');
    return [
      'No place was analysed: the data hold several places and none was chosen. Name one with --place <code>, or give the partnership evidence a geography code.',
      ...section.issues,
      ...(listed === ''
        ? []
        : [
            `Places in the data: ${listed}${section.candidates.length > 10 ? `; and ${section.candidates.length - 10} more` : ''}.`,
          ]),
    ];
  }
  const lines = [
    `Place analysed: ${placeLabel(place)}, ${placeBasisWords(place.basis, place.scheme, source)}.`,
    comparisonSentence(section.comparisons),
    `How a trend is read: the least-squares slope over the periods with a value plus the change from the first to the last of them, both in the direction of good (improving), both against it (worsening), or disagreeing (mixed, and the sentence says how); at least ${section.minTrendPoints} periods with a value are needed. A gap is each group's value minus its reference group's; suppressed, missing, bound and interval cells are left out of every reading, never read as 0, and shown as they are in the tables.`,
  ];
  for (const r of section.references)
    lines.push(
      r.group === null
        ? `No reference group for ${r.dimension}: ${r.reason}.`
        : `Reference group for ${r.dimension}: ${r.group}. Why: ${r.reason}.`,
    );
  lines.push(...section.issues);
  return lines;
}

/**
 * The sentence naming the comparison places.
 *
 * @example
 * ```ts
 * comparisonSentence([]); // 'No state or national comparison is in the data.'
 * ```
 */
export function comparisonSentence(comparisons: readonly ComparisonPlace[]): string {
  if (comparisons.length === 0) return 'No state or national comparison is in the data.';
  return `Compared with ${comparisons.map((c) => `${placeLabel(c)}, the ${c.relation}`).join(' and ')}.`;
}

/**
 * The sentences under an indicator's chart: what it is, its trend, references, gaps, targets,
 * comparisons without values, the analysis's warnings and the cells left out.
 *
 * @example
 * ```ts
 * declare const outcome: OutcomeIndicator; // outcomesSection(...).indicators[0]
 * outcomeSentences(outcome)[1]; // 'Trend: mixed: improving since the 2021-22 peak (22.6 -> 15.8); ...'
 * ```
 */
export function outcomeSentences(
  indicator: OutcomeIndicator,
  comparisons: readonly ComparisonPlace[] = [],
  reportReferences: OutcomesSection['references'] = [],
): string[] {
  const lines = [
    `${indicator.role === 'core' ? 'Core' : indicator.role === 'contributing' ? 'Contributing' : 'Other'} indicator, ${indicator.direction.replace(/-/g, ' ')}, in ${indicator.unit}.`,
    `Trend: ${indicator.trendSentence}.`,
  ];
  if (indicator.dimension !== null && indicator.otherDimensions.length > 0)
    lines.push(
      `The chart breaks down by ${indicator.dimension}; the table also by ${indicator.otherDimensions.join(', ')}.`,
    );
  for (const r of indicator.references) {
    const wide = reportReferences.find((x) => x.dimension === r.dimension);
    const same = wide !== undefined && wide.group === r.group && wide.reason === r.reason;
    lines.push(
      r.group === null
        ? `No gap is measured for ${r.dimension}: ${r.reason}.`
        : same
          ? `Gaps by ${r.dimension} are measured to ${r.group}, the report's reference group.`
          : `Gaps by ${r.dimension} are measured to ${r.group}: ${r.reason}.`,
    );
  }
  for (const sentence of indicator.gapSentences) lines.push(`${sentence}.`);
  const nameOf = (c: ComparisonPlace): string => c.name ?? `${c.level} ${c.code}`;
  const byGroup = comparisons.filter((c) => indicator.comparedByGroup.includes(nameOf(c)));
  if (byGroup.length > 0)
    lines.push(
      `${byGroup.map(nameOf).join(' and ')}: no whole-population value for this indicator in the data; the table compares the same groups there.`,
    );
  const missing = comparisons.filter(
    (c) =>
      !indicator.comparisons.some((x) => x.name === nameOf(c)) &&
      !indicator.comparedByGroup.includes(nameOf(c)),
  );
  if (missing.length > 0)
    lines.push(`${missing.map(nameOf).join(' and ')}: no value for this indicator in the data.`);
  for (const issue of indicator.issues) lines.push(`Warning: ${issue}`);
  const excluded = Object.entries(indicator.excluded);
  if (excluded.length > 0)
    lines.push(
      `Cells not used in any reading (never read as 0): ${excluded.map(([reason, n]) => `${n} ${reason}`).join(', ')}.`,
    );
  return lines;
}

/**
 * The target sentences under the chart: `Target (All): met: 52.7 in 2023-24 against a target of 52`.
 *
 * @example
 * ```ts
 * declare const outcome: OutcomeIndicator; // outcomesSection(...).indicators[0]
 * targetLines(outcome)[0]; // 'Target for All, 2023-24: met: 52.7 in 2023-24 against a target of 52.'
 * ```
 */
export function targetLines(indicator: OutcomeIndicator): string[] {
  return indicator.targets.map(
    (t) => `Target for ${t.group === 'all' ? 'All' : t.group}, ${t.period}: ${t.sentence}.`,
  );
}

/**
 * The table header of an indicator: `Group` and the periods.
 *
 * @example
 * ```ts
 * declare const outcome: OutcomeIndicator; // outcomesSection(...).indicators[0]
 * outcomeTableHeader(outcome); // ['Group', '2020-21', ...]
 * ```
 */
export function outcomeTableHeader(indicator: OutcomeIndicator): string[] {
  return ['Group', ...indicator.periods];
}

/**
 * The caption of an indicator's trend chart.
 *
 * @example
 * ```ts
 * declare const outcome: OutcomeIndicator; // outcomesSection(...).indicators[0]
 * trendCaption(outcome); // 'Four-year graduation rate: all and by race-ethnicity, percent; ...'
 * ```
 */
export function trendCaption(indicator: OutcomeIndicator): string {
  const extras = [
    ...(indicator.comparisons.length > 0 ? ['comparison places as grey dashed lines'] : []),
    ...(indicator.targets.length > 0 ? ['targets as diamonds'] : []),
    ...(indicator.forecast.length > 0 ? ['the baseline forecast as a dotted line'] : []),
  ];
  return `${indicator.name}: ${indicator.dimension === null ? 'all' : `all and by ${indicator.dimension}`}, ${indicator.unit}${extras.length > 0 ? `; ${extras.join(', ')}` : ''}. Bounds, intervals and suppressed cells are gaps in the lines (see the table).`;
}

/**
 * The results evidence (LeTCI) in words: per item, each factor's range with its reasons, and the
 * suggested range labelled as a suggestion.
 *
 * @example
 * ```ts
 * resultsEvidenceIntro(); // 'The results evidence an examiner weighs ...'
 * ```
 */
export function resultsEvidenceIntro(): string {
  return 'The results evidence an examiner weighs for each category 7 item under LeTCI (levels, trends, comparisons, integration), read from the outcome analysis above. Each factor points to a scoring range, with its reasons. The suggested range is a suggestion an examiner can accept or override, never a score.';
}

/**
 * Each LeTCI factor's name in words.
 *
 * @example
 * ```ts
 * FACTOR_NAMES.levels; // 'Levels'
 * ```
 */
export const FACTOR_NAMES = {
  levels: 'Levels',
  trends: 'Trends',
  comparisons: 'Comparisons',
  integration: 'Integration',
} as const;

/**
 * The suggestion line of a results item.
 *
 * @example
 * ```ts
 * suggestionLine({ range: '10-25', note: 'A suggestion only: ...' });
 * // 'Suggested range: 10-25 (a suggestion an examiner can accept or override, never a score). A suggestion only: ...'
 * ```
 */
export function suggestionLine(suggestion: {
  readonly range: string;
  readonly note: string;
}): string {
  return `Suggested range: ${suggestion.range} (a suggestion an examiner can accept or override, never a score). ${suggestion.note}`;
}

/**
 * The indicators filed under a results item, by name.
 *
 * @example
 * ```ts
 * resultsIndicatorsLine(['v024'], { v024: 'Children in poverty' }); // 'Indicators: Children in poverty.'
 * ```
 */
export function resultsIndicatorsLine(
  ids: readonly string[],
  names: Readonly<Record<string, string>>,
): string {
  return `Indicators: ${ids.map((id) => (Object.hasOwn(names, id) ? names[id] : id)).join(', ')}.`;
}
