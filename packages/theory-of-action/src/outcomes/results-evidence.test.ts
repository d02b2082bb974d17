import { readFileSync } from 'node:fs';
import {
  baldrige20232024,
  baldrigeScoringGuidelines,
  type Indicator,
  type IndicatorSet,
  type ObservationSet,
  type PartnershipEvidence,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { analyzeOutcomes } from './analyze-outcomes.js';
import { resultsEvidence } from './results-evidence.js';
import type { ResultsComparison, ResultsIndicator } from './results-indicator.js';

const base: ResultsIndicator = {
  indicatorId: 'x',
  name: 'X',
  outcomeArea: 'EARLY_GRADE_READING',
  role: 'core',
  direction: 'higher-is-better',
  trend: { status: 'insufficient-data', points: 1 },
  comparisons: [],
  disaggregated: false,
  integration: { outcomeIds: [], strategicLinks: 0 },
};
const indicator = (id: string, patch: Partial<ResultsIndicator> = {}): ResultsIndicator => ({
  ...base,
  indicatorId: id,
  name: id,
  ...patch,
});
const ohio = (standing: ResultsComparison['standing']): ResultsComparison => ({
  label: 'Ohio',
  kind: 'state',
  value: 80,
  standing,
});

const graduation = indicator('hs-graduation-4yr', {
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  trend: { status: 'improving', points: 5 },
  latest: { label: '2024-25', value: 88.3 },
  comparisons: [ohio('better')],
  disaggregated: true,
  integration: { outcomeIds: ['out-hs-graduation'], strategicLinks: 2 },
});

const NOTE_END =
  'A suggestion only: choose the range that fits the results as a whole, then the percent within it; there are no factor weights.';

describe('resultsEvidence', () => {
  it('files an indicator under its item and gives each factor a range with reasons', () => {
    expect(resultsEvidence([graduation])).toEqual({
      items: [
        {
          itemCode: '7.4(1)',
          itemName: 'Key Community Outcomes',
          indicators: ['hs-graduation-4yr'],
          factors: {
            levels: {
              range: '90-100',
              reasons: [
                'Latest level better than most of its comparisons: 1 of 1 indicator.',
                'Leading every comparison: 1 of 1 indicator; disaggregated by subgroup: 1.',
                'Guideline 90-100: Excellent performance, fully responsive to the multiple questions.',
              ],
            },
            trends: {
              range: '90-100',
              reasons: [
                'Trend over 3 or more periods: 1 of 1 indicator; favourable (improving, or flat at a good level): 1; worsening: 0.',
                'Favourable over 5 or more periods: 1 of 1 indicator.',
                'Guideline 90-100: Sustained improvement or sustained high performance in all important areas.',
              ],
            },
            comparisons: {
              range: '70-85',
              reasons: [
                'With a comparison (state, nation, peer or benchmark): 1 of 1 indicator; better than at least one: 1; leading every comparison: 1.',
                'Leading the nation or a benchmark: 0 of 1 indicator.',
                'Guideline 70-85: Many to most trends and levels compared; leadership in some areas and very good relative performance elsewhere.',
              ],
            },
            integration: {
              range: '70-85',
              reasons: [
                'Tied to a committed outcome: 1 of 1 indicator; named by a key factor, strategic objective or action plan: 1; with a target or forecast: 0.',
                'Guideline 70-85: Adds action-plan requirements to the key requirements covered.',
              ],
            },
          },
          suggestion: {
            kind: 'suggestion',
            range: '70-85',
            rule: 'median',
            spread: 1,
            note: `Suggested range 70-85 (median of the factor ratings). ${NOTE_END}`,
          },
        },
      ],
      unmapped: [],
    });
  });

  it('suggests the median (lower middle), never a mean, and says to discuss a wide spread', () => {
    // levels 10-25 (no comparison), trends 90-100, comparisons 0-5, integration 90-100
    const wide = indicator('wide', {
      trend: { status: 'improving', points: 6 },
      latest: { label: '2024-25', value: 70 },
      integration: { outcomeIds: ['out-1'], strategicLinks: 1, projected: true },
    });
    const item = resultsEvidence([wide]).items[0];
    expect([
      item?.factors.levels.range,
      item?.factors.trends.range,
      item?.factors.comparisons.range,
      item?.factors.integration.range,
    ]).toEqual(['10-25', '90-100', '0-5', '90-100']);
    expect(item?.suggestion).toEqual({
      kind: 'suggestion',
      range: '10-25',
      rule: 'median',
      spread: 5,
      note: `Suggested range 10-25 (median of the factor ratings). ${NOTE_END} The factors span 6 ranges: discuss the item before scoring.`,
    });
  });

  it('an item with no comparisons: comparisons 0-5 and levels that cannot be judged good', () => {
    const item = resultsEvidence([
      indicator('a', {
        latest: { label: '2024', value: 1 },
        trend: { status: 'improving', points: 4 },
      }),
      indicator('b', { latest: { label: '2024', value: 2 }, trend: { status: 'flat', points: 4 } }),
    ]).items[0];
    expect(item?.factors.comparisons).toEqual({
      range: '0-5',
      reasons: [
        'With a comparison (state, nation, peer or benchmark): 0 of 2 indicators.',
        'Guideline 0-5: No comparative information.',
      ],
    });
    expect(item?.factors.levels).toEqual({
      range: '10-25',
      reasons: [
        'Latest level reported: 2 of 2 indicators; none has a comparison to judge it against.',
        'Guideline 10-25: A few results; some good early performance levels.',
      ],
    });
    // flat without a good level is not favourable: 1 of 2 favourable, at least half
    expect(item?.factors.trends.range).toBe('50-65');
    expect(item?.suggestion.range).toBe('0-5'); // 0-5, 0-5, 10-25, 50-65
  });

  it('files by itemCode, then itemMap, then the default map; leaves OTHER and unknown codes unmapped', () => {
    const indicators = [
      indicator('poverty', { outcomeArea: 'ECONOMIC_VITALITY' }),
      indicator('reading'),
      indicator('other', { outcomeArea: 'OTHER' }),
      indicator('safety', { outcomeArea: 'SAFETY' }),
      indicator('pinned', { outcomeArea: 'ECONOMIC_VITALITY', itemCode: '7.1(2)' }),
      indicator('typo', { itemCode: '7.9' }),
    ];
    const byDefault = resultsEvidence(indicators);
    expect(byDefault.items.map((i) => [i.itemCode, i.itemName, i.indicators])).toEqual([
      ['7.1(2)', 'Program and Service Results', ['pinned']],
      ['7.4(1)', 'Key Community Outcomes', ['reading', 'safety']],
      ['7.5(2)', 'Economic Vitality Results', ['poverty']],
    ]);
    expect(byDefault.unmapped).toEqual(['other', 'typo']);
    const mapped = resultsEvidence(indicators, {
      itemMap: { SAFETY: '7.1(4)', OTHER: '7.4(1)', ECONOMIC_VITALITY: '' },
    });
    expect(mapped.items.map((i) => [i.itemCode, i.indicators])).toEqual([
      ['7.1(2)', ['pinned']],
      ['7.1(4)', ['safety']],
      ['7.4(1)', ['reading', 'other']],
      ['7.5(2)', ['poverty']],
    ]);
    expect(mapped.unmapped).toEqual(['typo']);
  });

  it('files under another framework, with its codes', () => {
    const result = resultsEvidence(
      [indicator('reading'), indicator('poverty', { outcomeArea: 'ECONOMIC_VITALITY' })],
      {
        framework: baldrige20232024,
        itemMap: { EARLY_GRADE_READING: '7.1a', ECONOMIC_VITALITY: '7.5' },
      },
    );
    expect(result.items.map((i) => [i.itemCode, i.itemName])).toEqual([
      ['7.1a', 'Customer-Focused Product and Service Results'],
      ['7.5', 'Financial, Market, and Strategy Results'],
    ]);
    expect(result.unmapped).toEqual([]);
  });

  it('uses the range ids and words of the guidelines given, and the overridden cut-offs', () => {
    const three: ScoringGuidelines = {
      ...baldrigeScoringGuidelines,
      ranges: [
        {
          ...(baldrigeScoringGuidelines.ranges[0] as ScoringGuidelines['ranges'][number]),
          id: 'low',
          min: 0,
          max: 30,
        },
        {
          ...(baldrigeScoringGuidelines.ranges[3] as ScoringGuidelines['ranges'][number]),
          id: 'mid',
          min: 35,
          max: 65,
        },
        {
          ...(baldrigeScoringGuidelines.ranges[5] as ScoringGuidelines['ranges'][number]),
          id: 'high',
          min: 70,
          max: 100,
        },
      ],
    };
    const item = resultsEvidence([graduation], { guidelines: three }).items[0];
    expect(item?.factors.levels.range).toBe('high');
    expect(item?.factors.levels.reasons.at(-1)).toBe(
      'Guideline high: Excellent performance, fully responsive to the multiple questions.',
    );
    expect(item?.suggestion.range).toBe('high');
    const strict = resultsEvidence([graduation], { thresholds: { sustainedPoints: 6 } }).items[0];
    expect(strict?.factors.trends.range).toBe('50-65');
    // guidelines of another shape fall back to Baldrige
    expect(
      resultsEvidence([graduation], { guidelines: { ranges: [] } as never }).items[0]?.suggestion
        .range,
    ).toBe('70-85');
  });

  it('never throws: hostile lists, entries, options; a repeated id counts once', () => {
    expect(resultsEvidence(null as never)).toEqual({ items: [], unmapped: [] });
    expect(resultsEvidence('x' as never)).toEqual({ items: [], unmapped: [] });
    const hostile = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(resultsEvidence(hostile)).toEqual({ items: [], unmapped: [] });
    const trap = {
      indicatorId: 'trap',
      get outcomeArea(): never {
        throw new Error('no');
      },
    };
    const result = resultsEvidence(
      [
        null,
        3,
        trap,
        graduation,
        { ...graduation, name: 'again' },
        { indicatorId: '__proto__', outcomeArea: '__proto__' },
      ] as never,
      {
        itemMap: JSON.parse('{"__proto__":"7.4(1)"}') as never,
        thresholds: 'x' as never,
        framework: 5 as never,
      },
    );
    expect(result.unmapped).toEqual(['hs-graduation-4yr', '__proto__']); // framework 5 has no items
    const ok = resultsEvidence([null, trap, graduation, graduation] as never, {
      itemMap: JSON.parse('{"__proto__":"7.4(1)"}') as never,
    });
    expect(ok.items.map((i) => i.indicators)).toEqual([['hs-graduation-4yr']]);
    expect(ok.unmapped).toEqual([]);
  });
});

describe('resultsEvidence on the Riverbend example', () => {
  const read = <T>(name: string): T =>
    JSON.parse(
      readFileSync(new URL(`../../../../examples/riverbend/${name}`, import.meta.url), 'utf8'),
    ) as T;
  const { indicators } = read<IndicatorSet>('indicators.json');
  const { observations } = read<ObservationSet>('observations.json');
  const evidence = read<PartnershipEvidence>('partnership-evidence.json');

  // An adapter from the one outcome analysis (the report may do the same): its trend reading,
  // the latest level against the state and nation rows (none in this example), its gaps, and the
  // ties the evidence names.
  const analysis = analyzeOutcomes({ evidence, indicators, observations });
  const resultsIndicatorOf = (ind: Indicator): ResultsIndicator => {
    const a = analysis.indicators.find((x) => x.indicatorId === ind.id);
    const t = a?.trend;
    const last = t?.last;
    const comparisons: ResultsComparison[] = [];
    for (const c of a?.comparisons ?? []) {
      const cell = c.cells.find((x) => x.period === last?.label);
      if (last === undefined || cell?.value == null || ind.direction === 'neutral') continue;
      const better =
        ind.direction === 'higher-is-better' ? last.value > cell.value : last.value < cell.value;
      const standing = last.value === cell.value ? 'same' : better ? 'better' : 'worse';
      comparisons.push({
        label: c.place.name ?? c.place.code,
        kind: c.place.relation,
        value: cell.value,
        standing,
      });
    }
    const gaps = a?.gaps ?? [];
    const measurable = gaps.filter(
      (g) => g.change.status !== 'insufficient-data' && g.change.status !== 'no-direction',
    );
    const outcomeIds = (evidence.outcomes ?? [])
      .filter((o) =>
        [...(o.coreIndicatorIds ?? []), ...(o.contributingIndicatorIds ?? [])].includes(ind.id),
      )
      .map((o) => o.id);
    const strategicLinks =
      (evidence.actionNetworks ?? []).filter((n) => outcomeIds.includes(n.focusOutcomeId ?? ''))
        .length +
      (evidence.policyChanges ?? []).filter((p) =>
        (p.outcomeIds ?? []).some((o) => outcomeIds.includes(o)),
      ).length;
    return {
      indicatorId: ind.id,
      name: ind.name,
      outcomeArea: ind.outcomeArea,
      role: ind.role,
      direction: ind.direction,
      trend: { status: t?.status ?? 'insufficient-data', points: t?.points ?? 0 },
      ...(last ? { latest: { label: last.label, value: last.value } } : {}),
      comparisons,
      disaggregated: (a?.disaggregatedBy.length ?? 0) > 0,
      ...(measurable.length > 0
        ? {
            gapsClosing: {
              closing: measurable.filter((g) => g.change.status === 'closing').length,
              measurable: measurable.length,
            },
          }
        : {}),
      integration: { outcomeIds, strategicLinks },
    };
  };
  const inputs = indicators.map(resultsIndicatorOf);
  const result = resultsEvidence(inputs);

  it('files the cradle-to-career, health and safety indicators under 7.4(1) and child poverty under 7.5(2)', () => {
    expect(result.unmapped).toEqual([]);
    expect(result.items.map((i) => [i.itemCode, i.indicators.length])).toEqual([
      ['7.4(1)', 11],
      ['7.5(2)', 1],
    ]);
    expect(result.items[1]?.indicators).toEqual(['children-in-poverty']);
  });

  it('7.4(1): trends and ties are strong, but with no comparisons the suggestion stays low and the item needs discussion', () => {
    const item = result.items[0];
    expect(item?.factors.levels.reasons[0]).toBe(
      'Latest level reported: 11 of 11 indicators; none has a comparison to judge it against.',
    );
    expect(item?.factors.comparisons.range).toBe('0-5');
    expect(item?.factors.trends.reasons[0]).toMatch(
      /^Trend over 3 or more periods: 11 of 11 indicators; favourable \(improving, or flat at a good level\): \d+; worsening: 0\.$/,
    );
    // favourable in most (K-3 chronic absence reads mixed: 14.2 -> 22.6 -> 15.8)
    expect(['50-65', '70-85']).toContain(item?.factors.trends.range);
    expect(item?.factors.trends.reasons[0]).toContain('worsening: 0.');
    expect(item?.factors.integration.reasons[0]).toBe(
      'Tied to a committed outcome: 9 of 11 indicators; named by a key factor, strategic objective or action plan: 7; with a target or forecast: 0.',
    );
    expect(item?.factors.integration.range).toBe('70-85');
    expect(item?.suggestion.range).toBe('10-25');
    expect(item?.suggestion.spread).toBeGreaterThanOrEqual(2);
    expect(item?.suggestion.note).toContain('discuss the item before scoring');
  });

  it('7.5(2): one indicator, tied to an outcome but to no plan', () => {
    const item = result.items[1];
    expect(item?.factors.integration).toEqual({
      range: '50-65',
      reasons: [
        'Tied to a committed outcome: 1 of 1 indicator; named by a key factor, strategic objective or action plan: 0; with a target or forecast: 0.',
        'Guideline 50-65: Results cover most key customer, market and process requirements.',
      ],
    });
  });
});

describe('the worked example of docs/theory-of-action.md', () => {
  const vs = (
    label: string,
    kind: ResultsComparison['kind'],
    value: number,
    standing: ResultsComparison['standing'],
  ): ResultsComparison => ({ label, kind, value, standing });
  const example: ResultsIndicator[] = [
    indicator('grade3-ela-proficient', {
      trend: { status: 'improving', points: 5 },
      latest: { label: '2024-25', value: 54.1 },
      comparisons: [
        vs('Ohio', 'state', 61.0, 'worse'),
        vs('United States', 'nation', 43.0, 'better'),
      ],
      disaggregated: true,
      gapsClosing: { closing: 0, measurable: 2 },
      integration: { outcomeIds: ['out-early-grade-reading'], strategicLinks: 2 },
    }),
    indicator('hs-graduation-4yr', {
      outcomeArea: 'HIGH_SCHOOL_GRADUATION',
      trend: { status: 'improving', points: 5 },
      latest: { label: '2024-25', value: 89.6 },
      comparisons: [
        vs('Ohio', 'state', 87.0, 'better'),
        vs('United States', 'nation', 87.0, 'better'),
      ],
      disaggregated: true,
      gapsClosing: { closing: 1, measurable: 2 },
      integration: { outcomeIds: ['out-hs-graduation'], strategicLinks: 3 },
    }),
    indicator('chronic-absence-k3', {
      role: 'contributing',
      direction: 'lower-is-better',
      trend: { status: 'mixed', points: 5 },
      latest: { label: '2024-25', value: 15.8 },
      comparisons: [vs('Ohio', 'state', 26.0, 'better')],
      integration: { outcomeIds: ['out-early-grade-reading'], strategicLinks: 2 },
    }),
    indicator('teen-birth-rate', {
      outcomeArea: 'HEALTH',
      direction: 'lower-is-better',
      trend: { status: 'improving', points: 5 },
      latest: { label: '2024', value: 16.3 },
    }),
  ];
  const item = resultsEvidence(example).items[0];
  const page = readFileSync(
    new URL('../../../../docs/theory-of-action.md', import.meta.url),
    'utf8',
  );

  it('gives the ranges, reasons and suggestion the page shows', () => {
    expect(item?.itemCode).toBe('7.4(1)');
    const lines = [
      `levels       ${item?.factors.levels.range}`,
      ...(item?.factors.levels.reasons ?? []),
      `trends       ${item?.factors.trends.range}`,
      ...(item?.factors.trends.reasons ?? []),
      `comparisons  ${item?.factors.comparisons.range}`,
      ...(item?.factors.comparisons.reasons ?? []),
      `integration  ${item?.factors.integration.range}`,
      ...(item?.factors.integration.reasons ?? []),
      `suggestion   ${item?.suggestion.range} (spread ${item?.suggestion.spread})`,
    ];
    expect(lines[0]).toBe('levels       50-65');
    expect(item?.suggestion).toMatchObject({ range: '70-85', spread: 2 });
    for (const line of lines) expect(page).toContain(line);
  });
});
