import { readFileSync } from 'node:fs';
import type {
  Indicator,
  IndicatorSet,
  Observation,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeOutcomes, type OutcomeAnalysis } from './analyze-outcomes.js';
import { compareOutcomeAnalyses, type GapStatusChange } from './compare-analyses.js';

const ex = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${name}`, import.meta.url), 'utf8'),
  ) as T;
const indicators = ex<IndicatorSet>('indicators.json').indicators;
const observations = ex<ObservationSet>('observations.json').observations;
const evidence = ex<PartnershipEvidence>('partnership-evidence.json');
// Last year's data book: the rows of periods that ended by the end of the 2022-23 school year
// (school years 2020-21 to 2022-23 and calendar years 2020 to 2022).
const earlier = observations.filter((o) => (o.period.end ?? '') <= '2023-06-30');
const before = analyzeOutcomes({ evidence, indicators, observations: earlier });
const after = analyzeOutcomes({ evidence, indicators, observations });
const roundTrip = (a: OutcomeAnalysis): OutcomeAnalysis =>
  JSON.parse(JSON.stringify(a)) as OutcomeAnalysis;

describe('compareOutcomeAnalyses on the Riverbend example (2022-23 data book -> 2024-25)', () => {
  const c = compareOutcomeAnalyses(before, after);

  it('reads the same place with the same reference groups, two periods later: no notes', () => {
    expect(earlier).toHaveLength(225);
    expect(c.kind).toBe('outcome-analysis-comparison');
    expect(c.place).toEqual({
      before: { level: 'county', code: 'riverbend-county' },
      after: { level: 'county', code: 'riverbend-county' },
    });
    expect(c.latestPeriod.before?.label).toBe('2022-23');
    expect(c.latestPeriod.after?.label).toBe('2024-25');
    // Both analyses choose White (race-ethnicity) and Female (sex) as reference groups by the rule.
    expect(c.notes).toEqual([]);
  });

  it('finds one trend moved to improving and one other trend change', () => {
    // Kindergarten readiness was not assessed in 2020-21: two points by 2022-23 (too few for a
    // trend), four by 2024-25 (38.2 ... 43.4, improving). K-3 chronic absence (lower is better)
    // rose 14.2 -> 22.6 -> 20.1 by 2022-23 (worsening); with 17.4 and 15.8 added the slope improves
    // while 15.8 is still above the 14.2 baseline (mixed). The ten other indicators stay improving.
    expect(c.trends.filter((t) => t.move !== 'unchanged')).toEqual([
      {
        indicatorId: 'kindergarten-readiness',
        before: 'insufficient-data',
        after: 'improving',
        move: 'to-improving',
        latestBefore: { label: '2022-23', time: expect.closeTo(2022.496, 3), value: 39.9 },
        latestAfter: { label: '2024-25', time: expect.closeTo(2024.497, 3), value: 43.4 },
      },
      {
        indicatorId: 'chronic-absence-k3',
        before: 'worsening',
        after: 'mixed',
        move: 'other',
        latestBefore: { label: '2022-23', time: expect.closeTo(2022.496, 3), value: 20.1 },
        latestAfter: { label: '2024-25', time: expect.closeTo(2024.497, 3), value: 15.8 },
      },
    ]);
    const unchanged = c.trends.filter((t) => t.move === 'unchanged');
    expect(unchanged).toHaveLength(10);
    expect(unchanged.every((t) => t.before === 'improving' && t.after === 'improving')).toBe(true);
    // The six-year completion rate has no 2024-25 value yet: its latest is 2023-24.
    const completion = c.trends.find((t) => t.indicatorId === 'postsecondary-completion-6yr');
    expect([completion?.latestBefore?.label, completion?.latestBefore?.value]).toEqual([
      '2022-23',
      42.6,
    ]);
    expect([completion?.latestAfter?.label, completion?.latestAfter?.value]).toEqual([
      '2023-24',
      43.9,
    ]);
  });

  it('finds the Black - White teen birth rate gap no longer closing, and two gaps now read', () => {
    // Teen births per 1,000 (lower is better), Black against White: 34.1 vs 16.2 in 2020. By 2022
    // (30.0 vs 14.4) both the gap (17.9 -> 15.6) and the ratio (2.11 -> 2.08) shrank, mostly
    // because Black teens' rate fell: closing. By 2024 (27.3 vs 12.6) the gap is 14.7 but the ratio
    // grew to 2.17: mixed, which does not count as closing.
    const changed = c.gaps.filter((g) => g.before !== g.after);
    expect(changed.map((g) => [g.indicatorId, g.focal, g.before, g.after, g.closing])).toEqual([
      ['kindergarten-readiness', 'Asian', 'insufficient-data', 'within-uncertainty', 'not-closing'],
      ['grade8-math-proficient', 'Asian', 'insufficient-data', 'within-uncertainty', 'not-closing'],
      ['teen-birth-rate', 'Black', 'closing', 'mixed', 'no-longer-closing'],
    ]);
    const teen = changed[2];
    expect(teen).toMatchObject({
      dimension: 'race-ethnicity',
      reference: { before: 'White', after: 'White' },
      comparable: true,
      countsAsClosing: { before: true, after: false },
      notes: [],
    });
    expect(teen?.latestBefore).toMatchObject({ label: '2022', focal: 30, reference: 14.4 });
    expect(teen?.latestBefore?.gap).toBeCloseTo(15.6, 9);
    expect(teen?.latestAfter).toMatchObject({ label: '2024', focal: 27.3, reference: 12.6 });
    expect(teen?.latestAfter?.gap).toBeCloseTo(14.7, 9);
    expect(c.gaps).toHaveLength(27);
    expect(c.gaps.every((g) => g.comparable)).toBe(true);
    expect(c.onlyBefore).toEqual({ indicators: [], gaps: [] });
    expect(c.onlyAfter).toEqual({ indicators: [], gaps: [] });
  });

  it('summarises the moves', () => {
    expect(c.summary).toEqual({
      indicatorsCompared: 12,
      trendsToImproving: 1,
      trendsAwayFromImproving: 0,
      gapsCompared: 27,
      gapsNewlyClosing: 0,
      gapsNoLongerClosing: 1,
      gapsNotComparable: 0,
    });
  });

  it('docs/metrics.md states these figures', () => {
    const docs = readFileSync(new URL('../../../../docs/metrics.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Comparing two outcome analyses'));
    const line = (...parts: string[]): RegExp =>
      new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    for (const t of c.trends.filter((x) => x.move !== 'unchanged'))
      expect(section).toMatch(
        line(
          t.indicatorId,
          `${t.before} -> ${t.after}`,
          t.move,
          `${t.latestBefore?.value.toFixed(1)} (${t.latestBefore?.label}) -> ${t.latestAfter?.value.toFixed(1)} (${t.latestAfter?.label})`,
        ),
      );
    for (const g of c.gaps.filter((x) => x.before !== x.after))
      expect(section).toMatch(
        line(
          g.indicatorId,
          `${g.focal} vs ${g.reference.after}`,
          `${g.before} -> ${g.after}`,
          g.closing,
        ),
      );
    const teen = c.gaps.find((g) => g.indicatorId === 'teen-birth-rate' && g.focal === 'Black');
    const at = (x: GapStatusChange['latestBefore'] | undefined): string =>
      `${x?.gap.toFixed(1)} (${x?.label}: ${x?.focal.toFixed(1)} vs ${x?.reference.toFixed(1)})`;
    expect(section).toContain(`gap ${at(teen?.latestBefore)} -> ${at(teen?.latestAfter)}`);
    const s = c.summary;
    expect(section).toContain(
      `trends to improving ${s.trendsToImproving}, away from improving ${s.trendsAwayFromImproving}; gaps newly closing ${s.gapsNewlyClosing}, no longer closing ${s.gapsNoLongerClosing}`,
    );
    expect(section).toContain(`${s.indicatorsCompared} indicators in both`);
    expect(section).toContain(`${s.gapsCompared} gaps in both`);
    expect(section).toContain(`${earlier.length} rows`);
  });

  it('reads analyses back from JSON to the same comparison', () => {
    expect(compareOutcomeAnalyses(roundTrip(before), roundTrip(after))).toEqual(c);
  });

  it('compared the other way round, the moves reverse and the dates are flagged', () => {
    const back = compareOutcomeAnalyses(after, before);
    expect(back.summary).toMatchObject({
      trendsToImproving: 0,
      trendsAwayFromImproving: 1,
      gapsNewlyClosing: 1,
      gapsNoLongerClosing: 0,
    });
    expect(back.notes).toEqual([
      "the after analysis's latest period (2022-23) is not later than the before analysis's (2024-25): a change may come from revised data or options, not from a new period",
    ]);
  });

  it('an analysis compared with itself changes nothing and says the period is not later', () => {
    const same = compareOutcomeAnalyses(after, after);
    expect(same.trends.every((t) => t.move === 'unchanged')).toBe(true);
    expect(same.gaps.every((g) => g.before === g.after && g.closing !== 'newly-closing')).toBe(
      true,
    );
    expect(same.notes).toEqual([
      "the after analysis's latest period (2024-25) is not later than the before analysis's (2024-25): a change may come from revised data or options, not from a new period",
    ]);
  });

  it('two analyses of different places: a note, and nothing is called a gain or a loss', () => {
    const json = roundTrip(after) as unknown as { place: { code: string } };
    json.place.code = 'elsewhere-county';
    const other = json as unknown as OutcomeAnalysis;
    const d = compareOutcomeAnalyses(before, other);
    expect(d.notes).toEqual([
      'the analyses read different places (county riverbend-county before, county elsewhere-county after): their trends and gaps are not comparable and no change is called a gain or a loss',
    ]);
    expect(d.trends.every((t) => t.move === 'not-comparable')).toBe(true);
    expect(d.gaps.every((g) => !g.comparable && g.closing === 'not-comparable')).toBe(true);
    expect(d.summary).toEqual({
      indicatorsCompared: 12,
      trendsToImproving: 0,
      trendsAwayFromImproving: 0,
      gapsCompared: 27,
      gapsNewlyClosing: 0,
      gapsNoLongerClosing: 0,
      gapsNotComparable: 27,
    });
  });

  it('another reference group for race-ethnicity makes those gaps not comparable', () => {
    const asian = analyzeOutcomes(
      { evidence, indicators, observations },
      { referenceGroups: { 'race-ethnicity': 'Asian' } },
    );
    const d = compareOutcomeAnalyses(before, asian);
    expect(d.notes).toEqual([
      'the reference group of race-ethnicity differs (White before, Asian after): gap statuses on race-ethnicity are not comparable and no change among them is called an improvement',
    ]);
    const black = d.gaps.find(
      (g) => g.indicatorId === 'kindergarten-readiness' && g.focal === 'Black',
    );
    expect(black).toMatchObject({
      reference: { before: 'White', after: 'Asian' },
      comparable: false,
      before: 'within-uncertainty',
      closing: 'not-comparable',
      notes: [
        'the reference group changed (White before, Asian after): the gap statuses are not comparable',
      ],
    });
    // The teen birth rate has no Asian rows: against Asian it has no gaps, so its closing gap of
    // 2022 is in the before analysis only and is not counted as lost.
    expect(
      d.onlyBefore.gaps
        .filter((g) => g.indicatorId === 'teen-birth-rate')
        .map((g) => [g.focal, g.status]),
    ).toEqual([
      ['Black', 'closing'],
      ['Hispanic', 'mixed'],
    ]);
    // Sex gaps keep Female as reference and stay comparable.
    expect(d.gaps.filter((g) => g.dimension === 'sex').every((g) => g.comparable)).toBe(true);
    // White is a focal group only after; Asian only before.
    expect(d.onlyAfter.gaps.some((g) => g.focal === 'White' && g.reference === 'Asian')).toBe(true);
    expect(d.onlyBefore.gaps.some((g) => g.focal === 'Asian' && g.reference === 'White')).toBe(
      true,
    );
    expect(d.summary.gapsNoLongerClosing).toBe(0);
  });
});

// A small constructed indicator: reading proficiency (percent, higher is better) at one county,
// with 95% confidence intervals. Black students gain 18 points against White students' flat 70.
const reading: Indicator = {
  id: 'reading',
  name: 'Reading proficiency',
  outcomeArea: 'EARLY_GRADE_READING',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
} as Indicator;
const row = (year: number, group: string, value: number, halfWidth: number): Observation =>
  ({
    id: `reading:${year}:${group}`,
    indicatorId: 'reading',
    place: { code: 'x-county', level: 'county' },
    period: { label: String(year), start: `${year}-01-01`, end: `${year}-12-31` },
    subgroup:
      group === 'all' ? { dimension: 'all', value: 'all' } : { dimension: 'race', value: group },
    value: { kind: 'exact', value, raw: String(value) },
    ci: { low: value - halfWidth, high: value + halfWidth },
  }) as Observation;
const rows: Observation[] = [
  row(2020, 'all', 60, 1),
  row(2020, 'White', 70, 10),
  row(2020, 'Black', 50, 10),
  row(2020, 'Asian', 66, 1),
  row(2021, 'all', 61.5, 1),
  row(2021, 'White', 70, 10),
  row(2021, 'Black', 53, 10),
  row(2021, 'Asian', 68, 1),
  row(2022, 'all', 69, 1),
  row(2022, 'White', 70, 1),
  row(2022, 'Black', 68, 1),
  row(2022, 'Asian', 70, 1),
];
const upTo2021 = rows.filter((r) => r.period.label !== '2022');

describe('compareOutcomeAnalyses on constructed series', () => {
  const small = analyzeOutcomes({ indicators: [reading], observations: upTo2021 });
  const full = analyzeOutcomes({ indicators: [reading], observations: rows });

  it('a gap within uncertainty that becomes closing is newly closing', () => {
    // 2020 -> 2021: Black - White -20 -> -17 with intervals of +-10: within uncertainty. With
    // 2022 (68 vs 70, +-1) the gap is -2: an 18-point gain of the focal group, beyond the margin.
    const c = compareOutcomeAnalyses(small, full);
    const black = c.gaps.find((g) => g.focal === 'Black');
    expect(black).toMatchObject({
      indicatorId: 'reading',
      dimension: 'race',
      reference: { before: 'White', after: 'White' },
      comparable: true,
      before: 'within-uncertainty',
      after: 'closing',
      countsAsClosing: { before: false, after: true },
      closing: 'newly-closing',
      latestBefore: { label: '2021', focal: 53, reference: 70, gap: -17 },
      latestAfter: { label: '2022', focal: 68, reference: 70, gap: -2 },
      notes: [],
    });
    expect(c.trends).toMatchObject([
      {
        indicatorId: 'reading',
        before: 'insufficient-data',
        after: 'improving',
        move: 'to-improving',
      },
    ]);
    expect(c.summary).toMatchObject({ trendsToImproving: 1, gapsNewlyClosing: 1 });
    expect(c.notes).toEqual([]);
  });

  it('a gap that becomes closing against another reference group is not called an improvement', () => {
    // Against Asian students (66 -> 70, +-1) Black students' gap also closes (-16 -> -2), but the
    // reference was White before: the two statuses are not comparable.
    const asian = analyzeOutcomes(
      { indicators: [reading], observations: rows },
      { referenceGroups: { race: 'Asian' } },
    );
    const c = compareOutcomeAnalyses(small, asian);
    const black = c.gaps.find((g) => g.focal === 'Black');
    expect(black).toMatchObject({
      reference: { before: 'White', after: 'Asian' },
      comparable: false,
      before: 'within-uncertainty',
      after: 'closing',
      countsAsClosing: { before: false, after: true },
      closing: 'not-comparable',
    });
    expect(c.summary).toMatchObject({ gapsNewlyClosing: 0, gapsNotComparable: 1 });
    expect(c.notes).toEqual([
      'the reference group of race differs (White before, Asian after): gap statuses on race are not comparable and no change among them is called an improvement',
    ]);
    expect(c.onlyBefore.gaps).toEqual([
      {
        indicatorId: 'reading',
        dimension: 'race',
        focal: 'Asian',
        reference: 'White',
        status: 'within-uncertainty',
      },
    ]);
    expect(c.onlyAfter.gaps.map((g) => [g.focal, g.reference])).toEqual([['White', 'Asian']]);
  });

  it('a reference group changed for one indicator only is named in a note', () => {
    // The report-wide reference stays White; one gap's reference is edited (as an indicator
    // override would): the note names that gap.
    const json = roundTrip(full) as unknown as {
      indicators: { gaps: { focal: string; reference: string }[] }[];
    };
    const gap = json.indicators[0]?.gaps.find((g) => g.focal === 'Black');
    if (gap !== undefined) gap.reference = 'Asian';
    const c = compareOutcomeAnalyses(small, json as unknown as OutcomeAnalysis);
    expect(c.notes).toEqual([
      '1 gap(s) have another reference group than before (reading race Black): their statuses are not comparable and no change among them is called an improvement',
    ]);
    expect(c.summary.gapsNewlyClosing).toBe(0);
  });

  it('lists indicators in one analysis only', () => {
    const renamed = roundTrip(full) as unknown as { indicators: { indicatorId: string }[] };
    const first = renamed.indicators[0];
    if (first !== undefined) first.indicatorId = 'reading-v2';
    const c = compareOutcomeAnalyses(small, renamed as unknown as OutcomeAnalysis);
    expect(c.onlyBefore.indicators).toEqual([
      { indicatorId: 'reading', trend: 'insufficient-data' },
    ]);
    expect(c.onlyAfter.indicators).toEqual([{ indicatorId: 'reading-v2', trend: 'improving' }]);
    expect(c.trends).toEqual([]);
    expect(c.onlyBefore.gaps).toHaveLength(2);
    expect(c.onlyAfter.gaps).toHaveLength(2);
  });

  it('says what it could not read', () => {
    const json = roundTrip(full) as unknown as { indicators: unknown[] };
    json.indicators.push(json.indicators[0], { name: 'no id' }, 7);
    const first = json.indicators[0] as { trend: { status: string }; gaps: unknown[] };
    first.trend.status = 'great';
    first.gaps.push(first.gaps[0], { dimension: 'race' });
    const c = compareOutcomeAnalyses(json as unknown as OutcomeAnalysis, full);
    expect(c.notes).toEqual([
      '3 indicator(s) or gap(s) of the before analysis could not be read and are left out',
      'the before analysis has more than one entry for reading race Black, reading: the first is used',
      "the after analysis's latest period (2022) is not later than the before analysis's (2022): a change may come from revised data or options, not from a new period",
    ]);
    // An unknown trend status is read as insufficient data, not as a change.
    expect(c.trends[0]).toMatchObject({ before: 'insufficient-data', after: 'improving' });
  });

  it('an analysis without a place, and a document that is not an analysis', () => {
    const none = analyzeOutcomes({ indicators: [reading], observations: [] });
    expect(none.place).toBeNull();
    expect(compareOutcomeAnalyses(none, full).notes).toEqual([
      'the before analysis names no analysed place: it has nothing to compare',
    ]);
    const c = compareOutcomeAnalyses({ kind: 'theory-of-action-report' } as never, full);
    expect(c.notes).toEqual([
      'the before document is not an outcome analysis: it is read as empty',
    ]);
    expect(c.onlyAfter.indicators).toEqual([{ indicatorId: 'reading', trend: 'improving' }]);
  });
});

describe('compareOutcomeAnalyses never throws', () => {
  const analysis = analyzeOutcomes({ indicators: [reading], observations: rows });
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('no');
      },
      ownKeys() {
        throw new Error('no');
      },
    },
  );
  const getter = {
    place: { level: 'county', code: 'x-county' },
    get indicators(): never {
      throw new Error('no');
    },
  };

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', 'analysis'],
    ['an array', [analysis]],
    [
      '__proto__ keys',
      JSON.parse(
        '{"__proto__": {"indicators": [1]}, "indicators": [{"indicatorId": "__proto__", "gaps": [{"__proto__": 1}]}]}',
      ),
    ],
    ['indicators that are not objects', { indicators: [null, 1, 'x', [], { indicatorId: 5 }] }],
    [
      'points with NaN',
      {
        indicators: [
          {
            indicatorId: 'a',
            trend: { status: 'improving', last: { time: Number.NaN, value: 1 } },
            gaps: [
              {
                dimension: 'd',
                focal: 'f',
                reference: 'r',
                points: [{ time: 1, focal: Number.NaN, reference: 1 }, null],
              },
            ],
          },
        ],
      },
    ],
  ])('on %s', (_name, value) => {
    for (const [b, a] of [
      [value, analysis],
      [analysis, value],
      [value, value],
    ])
      expect(() => compareOutcomeAnalyses(b as never, a as never)).not.toThrow();
    expect(compareOutcomeAnalyses(value as never, analysis).kind).toBe(
      'outcome-analysis-comparison',
    );
  });

  it('on a Proxy that throws and a getter that throws: an empty comparison that says so', () => {
    for (const hostile of [throwing, getter]) {
      const c = compareOutcomeAnalyses(hostile as never, analysis);
      expect(c.notes).toEqual(['the analyses could not be read']);
      expect(c.trends).toEqual([]);
      expect(c.summary.indicatorsCompared).toBe(0);
    }
  });

  it('on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (b, a) => {
        const c = compareOutcomeAnalyses(b as never, a as never);
        return c.kind === 'outcome-analysis-comparison' && Array.isArray(c.notes);
      }),
    );
  });
});
