import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESULTS_EVIDENCE_THRESHOLDS,
  letciReadings,
  resultsEvidenceThresholds,
  type LetciReadings,
  type ResultsEvidenceThresholds,
} from './letci-factors.js';
import {
  readResultsIndicator,
  type ResultsComparison,
  type ResultsIndicator,
  type ResultsIndicatorFacts,
} from './results-indicator.js';

const base: ResultsIndicator = {
  indicatorId: 'x',
  name: 'X',
  outcomeArea: 'EARLY_GRADE_READING',
  role: 'contributing',
  direction: 'higher-is-better',
  trend: { status: 'insufficient-data', points: 1 },
  comparisons: [],
  disaggregated: false,
  integration: { outcomeIds: [], strategicLinks: 0 },
};
const at = (value: number): NonNullable<ResultsIndicator['latest']> => ({
  label: '2024-25',
  value,
});
const state = (standing: ResultsComparison['standing']): ResultsComparison => ({
  label: 'Ohio',
  kind: 'state',
  value: 80,
  standing,
});
const nation = (standing: ResultsComparison['standing']): ResultsComparison => ({
  label: 'United States',
  kind: 'nation',
  value: 78,
  standing,
});

/** Indicators `a`, `b`, ... from the patches, then the LeTCI readings of the set. */
function read(
  patches: readonly Partial<ResultsIndicator>[],
  thresholds?: Partial<ResultsEvidenceThresholds>,
): LetciReadings {
  const facts = patches.map(
    (patch, i) =>
      readResultsIndicator({
        ...base,
        indicatorId: String.fromCharCode(97 + i),
        ...patch,
      }) as ResultsIndicatorFacts,
  );
  return letciReadings(facts, resultsEvidenceThresholds(thresholds));
}
const times = (n: number, patch: Partial<ResultsIndicator>): Partial<ResultsIndicator>[] =>
  Array.from({ length: n }, () => patch);

const good: Partial<ResultsIndicator> = { latest: at(85), comparisons: [state('better')] };
const poor: Partial<ResultsIndicator> = { latest: at(70), comparisons: [state('worse')] };
const bare: Partial<ResultsIndicator> = { latest: at(75) };

describe('levels', () => {
  it('0-5: no latest level, or every level compared and none better', () => {
    expect(read(times(2, {})).levels).toEqual({
      band: 0,
      reasons: ['Latest level reported: 0 of 2 indicators.'],
    });
    expect(read(times(2, poor)).levels).toEqual({
      band: 0,
      reasons: ['Latest level better than most of its comparisons: 0 of 2 indicators.'],
    });
  });

  it('0-5 when no indicator has a direction of good', () => {
    expect(read([{ ...good, direction: 'neutral' }]).levels).toEqual({
      band: 0,
      reasons: ['No indicator has a direction of good, so none can be judged.'],
    });
  });

  it('10-25: levels without any comparison, a few good ones, or none better while some are not compared', () => {
    expect(read(times(3, bare)).levels).toEqual({
      band: 1,
      reasons: [
        'Latest level reported: 3 of 3 indicators; none has a comparison to judge it against.',
      ],
    });
    expect(read([good, ...times(4, bare)]).levels.band).toBe(1); // 1 of 5 = 0.2
    expect(read([poor, bare]).levels.band).toBe(1);
  });

  it('30-45 for several, 50-65 for most, 70-85 for nearly all', () => {
    expect(read([good, ...times(3, poor)]).levels).toEqual({
      band: 2,
      reasons: ['Latest level better than most of its comparisons: 1 of 4 indicators.'],
    });
    expect(read([good, good, poor, bare]).levels.band).toBe(3);
    expect(read([good, good, good, poor]).levels).toEqual({
      band: 4,
      reasons: [
        'Latest level better than most of its comparisons: 3 of 4 indicators.',
        'Leading every comparison: 3 of 4 indicators; disaggregated by subgroup: 0.',
      ],
    });
  });

  it('90-100 only when every indicator leads every comparison and is disaggregated', () => {
    const excellent = { ...good, disaggregated: true };
    expect(read([excellent, excellent]).levels).toEqual({
      band: 5,
      reasons: [
        'Latest level better than most of its comparisons: 2 of 2 indicators.',
        'Leading every comparison: 2 of 2 indicators; disaggregated by subgroup: 2.',
      ],
    });
    expect(read([excellent, good]).levels.band).toBe(4);
    const mostly = {
      ...excellent,
      comparisons: [state('better'), nation('better'), state('worse')],
    };
    expect(read([excellent, mostly]).levels.band).toBe(4); // better than most, not all
  });

  it('"better than most" needs more better than worse comparisons', () => {
    const even = { latest: at(80), comparisons: [state('better'), nation('worse')] };
    const same = { latest: at(80), comparisons: [state('same')] };
    expect(read([even]).levels.band).toBe(0);
    expect(read([same]).levels.band).toBe(0);
  });
});

describe('trends', () => {
  const improving = (points: number): Partial<ResultsIndicator> => ({
    trend: { status: 'improving', points },
  });
  const worsening: Partial<ResultsIndicator> = { trend: { status: 'worsening', points: 5 } };

  it('0-5: no trend of three or more periods, or trends mostly adverse', () => {
    expect(read([improving(2), improving(2)]).trends).toEqual({
      band: 0,
      reasons: ['Trend over 3 or more periods: 0 of 2 indicators.'],
    });
    expect(read([worsening, worsening, improving(5)]).trends).toEqual({
      band: 0,
      reasons: [
        'Trend over 3 or more periods: 3 of 3 indicators; favourable (improving, or flat at a good level): 1; worsening: 2.',
      ],
    });
  });

  it('an improving label on fewer than three periods is not a trend', () => {
    expect(read([{ trend: { status: 'improving', points: 2 } }]).trends.band).toBe(0);
    expect(read([{ trend: { status: 'insufficient-data', points: 6 } }]).trends.band).toBe(0);
  });

  it('10-25: limited (a few favourable) or as many adverse as favourable', () => {
    expect(read([improving(3), ...times(4, {})]).trends.band).toBe(1); // 1 of 5
    expect(read([improving(3), worsening, {}, {}]).trends.band).toBe(1); // 1 favourable, 1 adverse
  });

  it('30-45: several favourable, more than adverse', () => {
    expect(read([improving(3), {}, {}, {}]).trends).toEqual({
      band: 2,
      reasons: [
        'Trend over 3 or more periods: 1 of 4 indicators; favourable (improving, or flat at a good level): 1; worsening: 0.',
      ],
    });
  });

  it('50-65: favourable in most, but not when a core indicator is worsening', () => {
    expect(read([improving(3), improving(4), {}, {}]).trends).toEqual({
      band: 3,
      reasons: [
        'Trend over 3 or more periods: 2 of 4 indicators; favourable (improving, or flat at a good level): 2; worsening: 0.',
        'Favourable over 5 or more periods: 0 of 4 indicators.',
      ],
    });
    expect(
      read([improving(5), improving(5), improving(5), { ...worsening, role: 'core' }]).trends,
    ).toEqual({
      band: 2,
      reasons: [
        'Trend over 3 or more periods: 4 of 4 indicators; favourable (improving, or flat at a good level): 3; worsening: 1.',
        'Worsening core indicator: d.',
      ],
    });
  });

  it('flat counts as favourable only at a good level (sustained good performance)', () => {
    const flat = { trend: { status: 'flat', points: 5 } } as const;
    expect(read([{ ...flat, ...good }]).trends.band).toBe(5);
    expect(read([{ ...flat, ...poor }]).trends.band).toBe(1);
    expect(read([{ trend: { status: 'mixed', points: 5 } }]).trends.band).toBe(1);
  });

  it('70-85: sustained (five or more periods) in nearly all; 90-100: in all, with gaps closing', () => {
    expect(
      read([...times(3, improving(5)), { trend: { status: 'mixed', points: 5 } }]).trends,
    ).toEqual({
      band: 4,
      reasons: [
        'Trend over 3 or more periods: 4 of 4 indicators; favourable (improving, or flat at a good level): 3; worsening: 0.',
        'Favourable over 5 or more periods: 3 of 4 indicators.',
      ],
    });
    const closing = { ...improving(5), gapsClosing: { closing: 2, measurable: 3 } };
    expect(read([closing, improving(6)]).trends).toEqual({
      band: 5,
      reasons: [
        'Trend over 3 or more periods: 2 of 2 indicators; favourable (improving, or flat at a good level): 2; worsening: 0.',
        'Favourable over 5 or more periods: 2 of 2 indicators.',
        'Subgroup gaps closing: 2 of 3 measurable.',
      ],
    });
    const stuck = { ...improving(5), gapsClosing: { closing: 1, measurable: 3 } };
    expect(read([stuck, improving(6)]).trends.band).toBe(4);
  });

  it('uses the overridden trend lengths', () => {
    expect(read([improving(3)], { minTrendPoints: 4 }).trends.reasons).toEqual([
      'Trend over 4 or more periods: 0 of 1 indicator.',
    ]);
    expect(read([improving(4)], { sustainedPoints: 4 }).trends.band).toBe(5);
  });

  it('leaves neutral indicators out', () => {
    expect(
      read([improving(5), { direction: 'neutral', trend: { status: 'no-direction', points: 5 } }])
        .trends.band,
    ).toBe(5);
  });
});

describe('comparisons', () => {
  it('0-5: no comparison available', () => {
    expect(read(times(3, bare)).comparisons).toEqual({
      band: 0,
      reasons: ['With a comparison (state, nation, peer or benchmark): 0 of 3 indicators.'],
    });
  });

  it('10-25 for a few compared; 30-45 for several compared with none better yet', () => {
    expect(read([good, ...times(4, bare)]).comparisons.band).toBe(1);
    expect(read([poor, poor, bare, bare]).comparisons).toEqual({
      band: 2,
      reasons: [
        'With a comparison (state, nation, peer or benchmark): 2 of 4 indicators; better than at least one: 0; leading every comparison: 0.',
      ],
    });
  });

  it('50-65: several compared with areas of good standing', () => {
    expect(read([good, bare, bare, bare]).comparisons.band).toBe(3);
    const split = { latest: at(80), comparisons: [state('better'), nation('worse')] };
    expect(read([split, poor, bare, bare]).comparisons.band).toBe(3); // half compared, none leads
  });

  it('70-85: at least half compared and leading in several; 90-100: nearly all, leading in most, over the nation', () => {
    expect(read([good, poor, bare, bare]).comparisons).toEqual({
      band: 4,
      reasons: [
        'With a comparison (state, nation, peer or benchmark): 2 of 4 indicators; better than at least one: 1; leading every comparison: 1.',
        'Leading the nation or a benchmark: 0 of 4 indicators.',
      ],
    });
    const leader = { latest: at(90), comparisons: [state('better'), nation('better')] };
    expect(read([leader, good, poor, bare]).comparisons).toEqual({
      band: 5,
      reasons: [
        'With a comparison (state, nation, peer or benchmark): 3 of 4 indicators; better than at least one: 2; leading every comparison: 2.',
        'Leading the nation or a benchmark: 1 of 4 indicators.',
      ],
    });
    expect(read([good, good, poor, bare]).comparisons.band).toBe(4); // leads only the state
  });
});

describe('integration', () => {
  const tied = { integration: { outcomeIds: ['out-1'], strategicLinks: 0 } };
  const planned = { integration: { outcomeIds: ['out-1'], strategicLinks: 2 } };
  const projected = { integration: { outcomeIds: ['out-1'], strategicLinks: 1, projected: true } };

  it('0-5: no indicator tied to a committed outcome', () => {
    expect(read(times(2, {})).integration).toEqual({
      band: 0,
      reasons: [
        'Tied to a committed outcome: 0 of 2 indicators; named by a key factor, strategic objective or action plan: 0; with a target or forecast: 0.',
      ],
    });
  });

  it('10-25 a few, 30-45 several, 50-65 most tied', () => {
    expect(read([tied, {}, {}, {}, {}]).integration.band).toBe(1);
    expect(read([tied, {}, {}, {}]).integration.band).toBe(2);
    expect(read([tied, tied, {}, {}]).integration.band).toBe(3);
    expect(read([tied, tied, tied, {}]).integration.band).toBe(3); // nearly all tied, few in plans
  });

  it('70-85 adds action plans; 90-100 needs all tied, planned and projected', () => {
    expect(read([planned, planned, tied, {}]).integration).toEqual({
      band: 4,
      reasons: [
        'Tied to a committed outcome: 3 of 4 indicators; named by a key factor, strategic objective or action plan: 2; with a target or forecast: 0.',
      ],
    });
    expect(read([projected, projected]).integration.band).toBe(5);
    expect(read([projected, planned]).integration.band).toBe(4);
  });

  it('counts neutral indicators too', () => {
    expect(read([{ ...projected, direction: 'neutral' }]).integration.band).toBe(5);
  });
});

describe('resultsEvidenceThresholds', () => {
  it('keeps the defaults and applies valid overrides only', () => {
    expect(resultsEvidenceThresholds()).toEqual(DEFAULT_RESULTS_EVIDENCE_THRESHOLDS);
    expect(DEFAULT_RESULTS_EVIDENCE_THRESHOLDS).toEqual({
      minTrendPoints: 3,
      sustainedPoints: 5,
      several: 0.25,
      most: 0.5,
      nearlyAll: 0.75,
      gapsClosing: 0.5,
    });
    expect(
      resultsEvidenceThresholds({
        several: 0.2,
        most: 2,
        nearlyAll: 0,
        gapsClosing: Number.NaN,
        minTrendPoints: 4,
        sustainedPoints: '6' as never,
      }),
    ).toEqual({ ...DEFAULT_RESULTS_EVIDENCE_THRESHOLDS, several: 0.2, minTrendPoints: 4 });
    expect(resultsEvidenceThresholds(null as never)).toEqual(DEFAULT_RESULTS_EVIDENCE_THRESHOLDS);
  });

  it('changes the cut-offs the rules use', () => {
    expect(read([good, ...times(4, bare)]).levels.band).toBe(1);
    expect(read([good, ...times(4, bare)], { several: 0.2 }).levels.band).toBe(2);
  });
});

describe('letciReadings on hostile input', () => {
  it('gives the lowest readings', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(letciReadings(hostile).levels.band).toBe(0);
    expect(letciReadings(null as never).integration).toEqual({
      band: 0,
      reasons: [
        'Tied to a committed outcome: 0 of 0 indicators; named by a key factor, strategic objective or action plan: 0; with a target or forecast: 0.',
      ],
    });
  });
});
