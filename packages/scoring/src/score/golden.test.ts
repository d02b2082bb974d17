import {
  baldrige20232024,
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.js';
import { consensusAssessment } from './test-fixtures.js';

const BALDRIGE_CODES = [
  '1.1',
  '1.2',
  '2.1',
  '2.2',
  '3.1',
  '3.2',
  '4.1',
  '4.2',
  '5.1',
  '5.2',
  '6.1',
  '6.2',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5',
];
const all = (percent: number): Record<string, number> =>
  Object.fromEntries(BALDRIGE_CODES.map((c) => [c, percent]));

// Mixed Baldrige 2023-2024 set, computed by hand (percent / 100 x item points):
// 1.1 60% x 70 = 42      1.2 55% x 50 = 27.5   -> category 1 = 69.5
// 2.1 55% x 45 = 24.75   2.2 45% x 40 = 18     -> category 2 = 42.75
// 3.1 35% x 40 = 14      3.2 55% x 45 = 24.75  -> category 3 = 38.75
// 4.1 65% x 45 = 29.25   4.2 30% x 45 = 13.5   -> category 4 = 42.75
// 5.1 25% x 40 = 10      5.2 15% x 45 = 6.75   -> category 5 = 16.75
// 6.1 70% x 45 = 31.5    6.2 5% x 40 = 2       -> category 6 = 33.5
// process = 69.5 + 42.75 + 38.75 + 42.75 + 16.75 + 33.5 = 244 of 550 (band 3: [201, 261); 44.36% -> Early Systematic)
// 7.1 45% x 120 = 54     7.2 35% x 80 = 28     7.3 55% x 80 = 44     7.4 25% x 80 = 20     7.5 85% x 90 = 76.5
// results = 222.5 of 450 (band 4: [211, 256));  total = 466.5 of 1000
const MIXED: Record<string, [number, string]> = {
  '1.1': [60, '42'],
  '1.2': [55, '27.5'],
  '2.1': [55, '24.75'],
  '2.2': [45, '18'],
  '3.1': [35, '14'],
  '3.2': [55, '24.75'],
  '4.1': [65, '29.25'],
  '4.2': [30, '13.5'],
  '5.1': [25, '10'],
  '5.2': [15, '6.75'],
  '6.1': [70, '31.5'],
  '6.2': [5, '2'],
  '7.1': [45, '54'],
  '7.2': [35, '28'],
  '7.3': [55, '44'],
  '7.4': [25, '20'],
  '7.5': [85, '76.5'],
};

describe('golden scores: Baldrige 2023-2024', () => {
  it('scores every item at 50% as 500 of 1000 (process 275, results 225)', () => {
    const result = scoreAssessment(
      consensusAssessment(baldrige20232024, all(50)),
      baldrige20232024,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const s = result.scorecard;
    expect([s.process.earned?.exact, s.results.earned?.exact, s.total.earned?.exact]).toEqual([
      '275',
      '225',
      '500',
    ]);
    expect(s.categories.map((c) => c.earned?.exact)).toEqual([
      '60',
      '42.5',
      '42.5',
      '45',
      '42.5',
      '42.5',
      '225',
    ]);
    expect(s.bands.process).toMatchObject({ band: 4, lower: 261, upper: 321 });
    expect(s.bands.results).toMatchObject({ band: 4, lower: 211, upper: 256 });
    expect(s.maturity.process.stage?.id).toBe('aligned-approaches');
    expect(
      s.items
        .filter((i) => i.kind === 'process')
        .every((i) => i.maturityStage?.id === 'aligned-approaches'),
    ).toBe(true);
    expect(s.items.filter((i) => i.kind === 'results').every((i) => i.maturityStage === null)).toBe(
      true,
    );
  });

  it('scores 0% as 0 and 100% as 1000', () => {
    const zero = scoreAssessment(consensusAssessment(baldrige20232024, all(0)), baldrige20232024);
    const full = scoreAssessment(consensusAssessment(baldrige20232024, all(100)), baldrige20232024);
    expect(zero.ok && zero.scorecard.total.earned?.exact).toBe('0');
    expect(full.ok && full.scorecard.total.earned?.exact).toBe('1000');
    expect(
      full.ok && [full.scorecard.bands.process.band, full.scorecard.bands.results.band],
    ).toEqual([8, 8]);
    expect(
      zero.ok && [zero.scorecard.bands.process.band, zero.scorecard.bands.results.band],
    ).toEqual([1, 1]);
  });

  it('scores the mixed set with fractions exactly: 466.5 (process 244, results 222.5)', () => {
    const percents = Object.fromEntries(Object.entries(MIXED).map(([c, [p]]) => [c, p]));
    const result = scoreAssessment(
      consensusAssessment(baldrige20232024, percents),
      baldrige20232024,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const s = result.scorecard;
    for (const [code, [, points]] of Object.entries(MIXED))
      expect(s.items.find((i) => i.code === code)?.earned?.exact).toBe(points);
    expect(s.categories.map((c) => c.earned?.exact)).toEqual([
      '69.5',
      '42.75',
      '38.75',
      '42.75',
      '16.75',
      '33.5',
      '222.5',
    ]);
    expect(s.process.earned).toEqual({ exact: '244', value: 244 });
    expect(s.results.earned).toEqual({ exact: '222.5', value: 222.5 });
    expect(s.total.earned).toEqual({ exact: '466.5', value: 466.5 });
    expect(s.bands.process).toMatchObject({ status: 'assigned', band: 3 });
    expect(s.bands.results).toMatchObject({ status: 'assigned', band: 4 });
    expect(s.maturity.process).toMatchObject({
      stage: { id: 'early-systematic-approaches' },
      basis: { exact: '488/11' },
    }); // 244 / 550 x 100 = 44.36%
    expect(s.items.find((i) => i.code === '2.1')?.trace.formula).toBe('55% × 45 = 24.75');
  });
});

// COE level 2 (2023-2024 rule) = Profile + categories 1, 2, 3. With Baldrige-derived points:
// 1.1 70 + 1.2 50 + 2.1 45 + 2.2 40 + 3.1 40 + 3.2 45 = 290 (categories 120 + 85 + 85).
// Mixed: 1.1 60% -> 42, 1.2 55% -> 27.5, 2.1 55% -> 24.75, 2.2 45% -> 18, 3.1 35% -> 14, 3.2 55% -> 24.75
// process = 151 of 290; results N/A; scaled to the 550 band scale: 151 / 290 x 550 = 8305/29 = 286.38 -> band 4.
describe('golden scores: COE level 2 with coeBaldrigeDerivedPoints', () => {
  const level2 = { '1.1': 60, '1.2': 55, '2.1': 55, '2.2': 45, '3.1': 35, '3.2': 55 };
  const assessment = consensusAssessment(coeBaldrigeDerivedPoints, level2, {
    scope: { type: 'scope', scopeId: 'coe-level-2' },
  });

  it('has a level-2 maximum of 290 in the data', () => {
    const scope = coeBaldrigeDerivedPoints.scopes?.find((s) => s.id === 'coe-level-2');
    expect(scope?.codes).toEqual(['P.1', 'P.2', '1', '2', '3']);
    const points = coeBaldrigeDerivedPoints.categories
      .filter((c) => ['1', '2', '3'].includes(c.code))
      .map((c) => c.points);
    expect(points).toEqual([120, 85, 85]);
  });

  it('scores 151 of 290, results and categories 4-7 as N/A (not zero)', () => {
    const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const s = result.scorecard;
    expect(s.total.earned?.exact).toBe('151');
    expect(s.total.max?.exact).toBe('290');
    expect(s.process.max?.exact).toBe('290');
    expect(s.results).toMatchObject({ status: 'out-of-scope', earned: null, max: null });
    expect(
      s.categories.map((c) => [c.code, c.status, c.earned?.exact ?? null, c.max?.exact ?? null]),
    ).toEqual([
      ['1', 'counted', '69.5', '120'],
      ['2', 'counted', '42.75', '85'],
      ['3', 'counted', '38.75', '85'],
      ['4', 'out-of-scope', null, null],
      ['5', 'out-of-scope', null, null],
      ['6', 'out-of-scope', null, null],
      ['7', 'out-of-scope', null, null],
    ]);
    expect(s.excluded.map((e) => e.code)).toEqual([
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5',
    ]);
    expect(s.items.find((i) => i.code === '7.1')).toMatchObject({
      status: 'out-of-scope',
      earned: null,
      maxPoints: null,
      percent: null,
    });
    // Bands are defined on the full 550/450 scales: refused by default, scaled on request.
    expect(s.bands.process).toMatchObject({ status: 'refused', band: null });
    expect(s.bands.results.status).toBe('unavailable');
    expect(s.maturity.process.stage?.id).toBe('aligned-approaches'); // 151 / 290 = 52.07%
  });

  it('scales the process band proportionally on request', () => {
    const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints, {
      bandScaling: 'proportional',
    });
    if (!result.ok) throw new Error('expected a scorecard');
    expect(result.scorecard.bands.process).toMatchObject({
      status: 'scaled',
      band: 4,
      basis: { exact: '8305/29' },
      confidence: 'inferred',
    });
  });

  it('gives percents and ranges but no points for the official COE framework, and says why', () => {
    const official = consensusAssessment(coeCommunity2024, level2, {
      scope: { type: 'scope', scopeId: 'coe-level-2' },
    });
    const result = scoreAssessment(official, coeCommunity2024);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const s = result.scorecard;
    expect(s.points.available).toBe(false);
    expect(s.points.reason).toContain('publishes no points');
    expect(s.points.suggestion).toContain('coeBaldrigeDerivedPoints');
    expect(s.items.find((i) => i.code === '2.1')).toMatchObject({
      status: 'scored',
      percent: 55,
      range: '50-65',
      earned: null,
      maxPoints: null,
    });
    expect(s.total).toMatchObject({ status: 'counted', earned: null, max: null, scored: 6 });
    expect(s.bands.process.status).toBe('unavailable');
    expect(s.items.find((i) => i.code === '1.1')?.maturityStage?.id).toBe('aligned-approaches');
  });

  it('accepts a COE assessment scored against its Baldrige-derived copy', () => {
    const coe = consensusAssessment(coeCommunity2024, level2, {
      scope: { type: 'scope', scopeId: 'coe-level-2' },
    });
    const result = scoreAssessment(coe, coeBaldrigeDerivedPoints);
    expect(result.ok && result.scorecard.total.earned?.exact).toBe('151');
    expect(result.issues.filter((i) => i.code === 'framework_mismatch')).toEqual([]);
  });
});
