import type { Indicator } from '@community-excellence/schemas';
import {
  gapChangeSentence,
  gapScale,
  targetSentence,
  trendSentence,
  unitWords,
  type ComparisonPlace,
  type IndicatorAnalysis,
  type OutcomeAnalysis,
  type OutcomeCell,
  type PlaceBasis,
  type ResultsEvidence,
  type TargetStatusKind,
  type TrendStatus,
} from '@community-excellence/theory-of-action/outcomes';
import { formatNumber } from './format.js';

/**
 * One line of an outcome chart: a subgroup's value in each period of the indicator (null where the
 * cell is suppressed, missing, a bound or an interval: never read as 0, never plotted as a number).
 */
export interface OutcomeSeries {
  /** `all` for the whole population, otherwise the subgroup value (e.g. `Black`). */
  readonly group: string;
  readonly values: readonly (number | null)[];
}

/**
 * A subgroup's gap to the reference group of the charted dimension over the periods
 * (`focal - reference`, in the gap unit: percentage points for proportions), with the analysis's
 * status.
 */
export interface OutcomeGap {
  readonly focal: string;
  readonly reference: string;
  readonly values: readonly (number | null)[];
  readonly status: string;
}

/** A comparison place's whole-population line (the enclosing state, the nation). */
export interface OutcomeComparison {
  readonly name: string;
  readonly relation: ComparisonPlace['relation'];
  readonly values: readonly (number | null)[];
}

/** A table cell: what it shows (the analysis's `display`) and the numbers of its notes. */
export interface OutcomeTableCell {
  readonly text: string;
  /** 1-based numbers into {@link OutcomeIndicator.notes}. */
  readonly notes: readonly number[];
}

/** A table row: the whole population, a subgroup, a comparison place or a gap. */
export interface OutcomeTableRow {
  readonly kind: 'all' | 'group' | 'comparison' | 'gap';
  readonly label: string;
  readonly cells: readonly OutcomeTableCell[];
}

/** A target as the report shows it: the analysis's status and `targetSentence`. */
export interface OutcomeTarget {
  readonly period: string;
  readonly value: number;
  /** `all` for the whole population, otherwise the subgroup value. */
  readonly group: string;
  readonly status: TargetStatusKind;
  readonly sentence: string;
}

/**
 * One indicator's outcomes at the analysed place, shaped from its `IndicatorAnalysis` for the
 * report's charts, tables and sentences (nothing is decided here).
 *
 * @example
 * ```ts
 * declare const analysis: OutcomeAnalysis; // assessPartnership(...).outcomes
 * const o = outcomesSection(indicators, analysis).indicators[0];
 * o?.trendSentence; // 'improving: 38.2 -> 43.4 over 3 years (slope +1.7 a year)'
 * ```
 */
export interface OutcomeIndicator {
  readonly id: string;
  readonly name: string;
  readonly role: Indicator['role'];
  readonly direction: Indicator['direction'];
  /** The unit as words for an axis, e.g. `percent`. */
  readonly unit: string;
  /** The unit of a gap, e.g. `percentage points`. */
  readonly gapUnit: string;
  /** The periods with data, in time order. */
  readonly periods: readonly string[];
  /** The chart's periods: {@link periods}, then the later target periods of the forecast. */
  readonly chartPeriods: readonly string[];
  /** Charted: the whole population first (when it has rows), then every subgroup of `dimension`. */
  readonly series: readonly OutcomeSeries[];
  /** The dimension the chart's subgroup lines break down (race/ethnicity when the rows have it). */
  readonly dimension: string | null;
  /** The other dimensions the rows break down (in the table, not charted). */
  readonly otherDimensions: readonly string[];
  readonly comparisons: readonly OutcomeComparison[];
  /** Comparison places with no whole-population value but values for the same groups (table rows). */
  readonly comparedByGroup: readonly string[];
  /** The reference group of each dimension and the analysis's reason. */
  readonly references: readonly {
    readonly dimension: string;
    readonly group: string | null;
    readonly reason: string;
  }[];
  /** The reference group of the charted dimension. */
  readonly reference: string | null;
  /** The charted dimension's gaps, for the gap chart. */
  readonly gaps: readonly OutcomeGap[];
  /** Every gap's sentence (`Black − White: closing: ...`), all dimensions. */
  readonly gapSentences: readonly string[];
  readonly trend: TrendStatus;
  /** `trendSentence` of the whole population's trend. */
  readonly trendSentence: string;
  readonly targets: readonly OutcomeTarget[];
  /** The baseline forecast line (fitted and forecast points), by chart period; empty without one. */
  readonly forecast: readonly { readonly period: string; readonly value: number }[];
  /** The table: whole population, subgroups, comparison places, gaps. */
  readonly rows: readonly OutcomeTableRow[];
  /** The table's notes (source footnotes, quality notes), numbered from 1 in this order. */
  readonly notes: readonly string[];
  /** The analysis's issues about this indicator (unit_scale_mismatch warnings), as messages. */
  readonly issues: readonly string[];
  /** Cells at this place that could not be used, by reason (`suppressed: 3`). */
  readonly excluded: Readonly<Record<string, number>>;
}

/**
 * The outcome part of a report: the place analysed and how it was chosen, its comparisons, the
 * report-wide reference groups, the indicators, the results evidence and the issues that concern
 * the whole analysis.
 *
 * @example
 * ```ts
 * declare const analysis: OutcomeAnalysis; // assessPartnership(...).outcomes
 * const outcomes = outcomesSection(indicators, analysis);
 * outcomes.place?.name; // 'Riverbend County'
 * ```
 */
export interface OutcomesSection {
  readonly place: {
    readonly level: string;
    readonly code: string;
    readonly scheme?: string;
    readonly name: string;
    readonly basis: PlaceBasis;
  } | null;
  /** Places of the data, most rows first, when no place could be chosen. */
  readonly candidates: readonly { readonly label: string; readonly rows: number }[];
  readonly comparisons: readonly ComparisonPlace[];
  readonly references: readonly {
    readonly dimension: string;
    readonly group: string | null;
    readonly reason: string;
  }[];
  readonly indicators: readonly OutcomeIndicator[];
  readonly results: ResultsEvidence;
  /** Names of the indicators by id (for the results evidence). */
  readonly indicatorNames: Readonly<Record<string, string>>;
  /** Issues of the analysis not about one indicator (place errors), as messages. */
  readonly issues: readonly string[];
  /** Least periods a trend needs, from the analysis (for the method sentence). */
  readonly minTrendPoints: number;
}

const ALL = 'all';

/** Rounds only a number written with more digits than a table can show (`0.552083333333333`). */
function cellText(cell: OutcomeCell): string {
  if (cell.value !== null && /\.\d{4,}/.test(cell.display))
    return `${formatNumber(cell.value)}${cell.display.endsWith('%') ? '%' : ''}`;
  return cell.display;
}

function groupLabel(dimension: string, group: string, charted: string | null): string {
  if (dimension === ALL) return 'All';
  return dimension === charted ? group : `${group} (${dimension})`;
}

function shapeIndicator(
  a: IndicatorAnalysis,
  indicator: Indicator,
  issues: readonly string[],
): OutcomeIndicator {
  const preferred = ['race-ethnicity', 'race', ...(indicator.disaggregations ?? [])];
  const dimensions = [
    ...new Set(a.series.filter((s) => s.dimension !== ALL).map((s) => s.dimension)),
  ];
  const dimension = preferred.find((d) => dimensions.includes(d)) ?? dimensions[0] ?? null;
  const scale = gapScale(indicator.unit);
  // Proportions (0-1) need three decimals to say anything in a sentence.
  const digits = indicator.unit.type === 'proportion' ? 3 : 1;
  const reference = a.references.find((r) => r.dimension === dimension)?.group ?? null;

  // Notes numbered in the order the table meets them; the same text is one note.
  const notes: string[] = [];
  const noteNumbers = (cell: OutcomeCell | undefined): number[] =>
    (cell?.notes ?? []).map((note) => {
      const at = notes.indexOf(note);
      if (at >= 0) return at + 1;
      notes.push(note);
      return notes.length;
    });
  const rowOf = (
    kind: OutcomeTableRow['kind'],
    label: string,
    cells: readonly OutcomeCell[],
  ): OutcomeTableRow => ({
    kind,
    label,
    cells: a.periods.map((_, i) => {
      const cell = cells[i];
      return { text: cell === undefined ? '-' : cellText(cell), notes: noteNumbers(cell) };
    }),
  });

  const ordered = [
    ...a.series.filter((s) => s.dimension === ALL),
    ...a.series.filter((s) => s.dimension !== ALL && s.dimension === dimension),
    ...a.series.filter((s) => s.dimension !== ALL && s.dimension !== dimension),
  ];
  const rows: OutcomeTableRow[] = ordered.map((s) =>
    rowOf(
      s.dimension === ALL ? 'all' : 'group',
      groupLabel(s.dimension, s.group, dimension),
      s.cells,
    ),
  );
  const hasRows = (cells: readonly OutcomeCell[]): boolean =>
    cells.some((c) => c.reason !== 'no-row');
  for (const c of a.comparisons) {
    const name =
      c.place.name === undefined
        ? `${c.place.level} ${c.place.code}`
        : `${c.place.name} (${c.place.relation})`;
    if (hasRows(c.cells)) rows.push(rowOf('comparison', name, c.cells));
    // The same groups at the comparison place (Black children in Ohio), for the charted dimension.
    for (const g of c.groups)
      if (g.dimension === dimension && hasRows(g.cells))
        rows.push(rowOf('comparison', `${name}: ${g.group}`, g.cells));
  }

  const gaps: OutcomeGap[] = [];
  const gapSentences: string[] = [];
  for (const g of a.gaps) {
    // The gap in the unit it is shown in (percentage points for proportions).
    const byLabel = new Map(
      g.points.map((p) => [p.label, (p.focal - p.reference) * scale.factor] as const),
    );
    const values = a.periods.map((period) => byLabel.get(period) ?? null);
    const name = `${g.focal} \u2212 ${g.reference}`;
    rows.push({
      kind: 'gap',
      label: `Gap: ${name}${g.dimension === dimension ? '' : ` (${g.dimension})`}, ${scale.unitWords}`,
      cells: values.map((v) => ({ text: formatNumber(v), notes: [] })),
    });
    gapSentences.push(
      `${name}${g.dimension === dimension ? '' : ` (${g.dimension})`}: ${gapChangeSentence(g.change, { unitWords: scale.unitWords, factor: scale.factor, focal: g.focal, reference: g.reference })}`,
    );
    if (g.dimension === dimension)
      gaps.push({ focal: g.focal, reference: g.reference, values, status: g.change.status });
  }

  const targets: OutcomeTarget[] = a.targets.map((t) => ({
    period: t.status.period,
    value: t.status.target,
    group: t.subgroup.dimension === ALL ? ALL : t.subgroup.value,
    status: t.status.status,
    sentence: targetSentence(t.status, { digits }),
  }));
  const forecast =
    a.forecast?.computable === true
      ? [...a.forecast.fitted, ...a.forecast.forecast].map((p) => ({
          period: p.label,
          value: p.value,
        }))
      : [];
  const later = [...forecast.map((p) => p.period), ...targets.map((t) => t.period)].filter(
    (p, i, all) => !a.periods.includes(p) && all.indexOf(p) === i,
  );

  return {
    id: indicator.id,
    name: indicator.name,
    role: indicator.role,
    direction: indicator.direction,
    unit: unitWords(indicator.unit),
    gapUnit: scale.unitWords,
    periods: a.periods,
    chartPeriods: [...a.periods, ...later],
    series: ordered
      .filter((s) => s.dimension === ALL || s.dimension === dimension)
      .map((s) => ({
        group: s.dimension === ALL ? ALL : s.group,
        values: s.cells.map((c) => c.value),
      })),
    dimension,
    otherDimensions: dimensions.filter((d) => d !== dimension),
    comparisons: a.comparisons
      .filter((c) => hasRows(c.cells))
      .map((c) => ({
        name: c.place.name ?? `${c.place.level} ${c.place.code}`,
        relation: c.place.relation,
        values: c.cells.map((cell) => cell.value),
      })),
    comparedByGroup: a.comparisons
      .filter((c) => !hasRows(c.cells) && c.groups.some((g) => hasRows(g.cells)))
      .map((c) => c.place.name ?? `${c.place.level} ${c.place.code}`),
    references: a.references.map((r) => ({
      dimension: r.dimension,
      group: r.group,
      reason: r.reason,
    })),
    reference,
    gaps,
    gapSentences,
    trend: a.trend?.status ?? 'insufficient-data',
    trendSentence: a.trend === undefined ? 'no trend' : trendSentence(a.trend, { digits }),
    targets,
    forecast,
    rows,
    notes,
    issues,
    excluded: a.excluded,
  };
}

/**
 * Shapes the outcome analysis of `@community-excellence/theory-of-action` for the report's
 * charts, tables and sentences. It decides nothing: the place and how it was chosen, the
 * comparisons, reference groups and their reasons, trends, gap changes, targets and the forecast
 * come from the analysis; sentences from its `*Sentence` functions, cells from `cell.display`
 * (a number written with more than three decimals is rounded for the table), notes from
 * `cell.notes`. It only picks which dimension the chart breaks down (race/ethnicity when the rows
 * have it) and numbers the notes.
 *
 * @example
 * ```ts
 * const section = outcomesSection(indicatorSet.indicators, assessPartnership({ evidence, indicators, observations }).outcomes);
 * section.indicators.find((i) => i.id === 'chronic-absence-k3')?.trend; // 'mixed'
 * ```
 */
export function outcomesSection(
  indicators: readonly Indicator[],
  analysis: OutcomeAnalysis,
): OutcomesSection {
  const issuesOf = new Map<number, string[]>();
  const general: string[] = [];
  for (const issue of analysis.issues) {
    const at = issue.path?.[0] === 'indicators' ? issue.path[1] : undefined;
    if (typeof at === 'number') issuesOf.set(at, [...(issuesOf.get(at) ?? []), issue.message]);
    else general.push(issue.message);
  }
  const out: OutcomeIndicator[] = [];
  const names: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const a of analysis.indicators) {
    const indicator = a.indicator ?? indicators.find((i) => i.id === a.indicatorId);
    if (indicator === undefined) continue;
    names[indicator.id] = indicator.name;
    // An indicator whose cells are all bounds or suppressed is still shown: its table says so.
    if (a.series.length === 0) continue;
    out.push(shapeIndicator(a, indicator, issuesOf.get(a.indicatorIndex ?? -1) ?? []));
  }
  const place = analysis.place;
  return {
    place:
      place === null
        ? null
        : {
            level: place.level,
            code: place.code,
            ...(place.scheme === undefined ? {} : { scheme: place.scheme }),
            // A place without a name is named by its level and code (`county 39061`).
            name: place.name ?? `${place.level} ${place.code}`,
            basis: place.basis,
          },
    candidates: analysis.candidates.map((c) => ({
      label: `${c.name ?? c.code} (${c.level} ${c.code})`,
      rows: c.rows,
    })),
    comparisons: analysis.comparisons,
    references: analysis.references.map((r) => ({
      dimension: r.dimension,
      group: r.group,
      reason: r.reason,
    })),
    indicators: out,
    results: analysis.results,
    indicatorNames: names,
    issues: general,
    minTrendPoints: analysis.indicators.find((a) => a.trend !== undefined)?.trend?.minPoints ?? 3,
  };
}
