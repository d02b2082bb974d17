import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.js';

// The real example, read from the repository root. The expectations below are computed by hand
// from the percents written out here (not from the file), then the file's percents are checked
// against them so a change to the example shows up as a clear failure.
const assessment = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../examples/riverbend/assessment.json', import.meta.url)),
    'utf8',
  ),
) as Assessment;

// Baldrige-derived points per item (COE 1.1 -> 70 ... 7.5 -> 90).
const POINTS: Record<string, number> = {
  '1.1': 70,
  '1.2': 50,
  '2.1': 45,
  '2.2': 40,
  '3.1': 40,
  '3.2': 45,
  '4.1': 45,
  '4.2': 45,
  '5.1': 40,
  '5.2': 45,
  '6.1': 45,
  '6.2': 40,
  '7.1': 120,
  '7.2': 80,
  '7.3': 80,
  '7.4': 80,
  '7.5': 90,
};

// Consensus percents and hand-computed points:
// 1.1 40% x 70 = 28      1.2 25% x 50 = 12.5   2.1 40% x 45 = 18     2.2 30% x 40 = 12
// 3.1 35% x 40 = 14      3.2 25% x 45 = 11.25  4.1 40% x 45 = 18     4.2 20% x 45 = 9
// 5.1 30% x 40 = 12      5.2 40% x 45 = 18     6.1 25% x 45 = 11.25  6.2 15% x 40 = 6
// process = 28 + 12.5 + 18 + 12 + 14 + 11.25 + 18 + 9 + 12 + 18 + 11.25 + 6 = 170
// 7.1 35% x 120 = 42     7.2 15% x 80 = 12     7.3 15% x 80 = 12     7.4 30% x 80 = 24     7.5 20% x 90 = 18
// results = 42 + 12 + 12 + 24 + 18 = 108;  total = 170 + 108 = 278 (the example author's figure)
const CONSENSUS: Record<string, [percent: number, points: string]> = {
  '1.1': [40, '28'],
  '1.2': [25, '12.5'],
  '2.1': [40, '18'],
  '2.2': [30, '12'],
  '3.1': [35, '14'],
  '3.2': [25, '11.25'],
  '4.1': [40, '18'],
  '4.2': [20, '9'],
  '5.1': [30, '12'],
  '5.2': [40, '18'],
  '6.1': [25, '11.25'],
  '6.2': [15, '6'],
  '7.1': [35, '42'],
  '7.2': [15, '12'],
  '7.3': [15, '12'],
  '7.4': [30, '24'],
  '7.5': [20, '18'],
};

// Each reviewer's own percents, with the hand-computed totals:
// Santos: process 31.5+15+18+12+14+11.25+24.75+9+12+15.75+9+6 = 178.25; results 42+12+8+40+18 = 120; total 298.25
// Oduya:  process 28+12.5+22.5+14+12+13.5+18+11.25+10+18+13.5+8 = 181.25; results 36+16+16+24+13.5 = 105.5; total 286.75
// Cho:    process 24.5+10+15.75+10+16+9+9+6.75+14+20.25+11.25+4 = 150.5; results 48+8+12+12+22.5 = 102.5; total 253
const REVIEWERS = {
  'rev-maria-santos': {
    percents: [45, 30, 40, 30, 35, 25, 55, 20, 30, 35, 20, 15, 35, 15, 10, 50, 20],
    process: '178.25',
    results: '120',
    total: '298.25',
    processBand: 2,
    resultsBand: 1,
  },
  'rev-james-oduya': {
    percents: [40, 25, 50, 35, 30, 30, 40, 25, 25, 40, 30, 20, 30, 20, 20, 30, 15],
    process: '181.25',
    results: '105.5',
    total: '286.75',
    processBand: 2,
    resultsBand: 1,
  },
  // 150.5 lies below band 2's lower bound 151: half-open bands put it in band 1.
  'rev-linda-cho': {
    percents: [35, 20, 35, 25, 40, 20, 20, 15, 35, 45, 25, 10, 40, 10, 15, 15, 25],
    process: '150.5',
    results: '102.5',
    total: '253',
    processBand: 1,
    resultsBand: 1,
  },
} as const;
const CODES = Object.keys(POINTS);

describe('the Riverbend example (coe-community-2024-baldrige-derived-points, level 3)', () => {
  it('has the consensus percents written out above', () => {
    expect(
      Object.fromEntries((assessment.consensus?.items ?? []).map((i) => [i.item, i.percent])),
    ).toEqual(
      Object.fromEntries(Object.entries(CONSENSUS).map(([code, [percent]]) => [code, percent])),
    );
  });

  it('scores the consensus at 278 of 1000 (process 170 of 550, results 108 of 450)', () => {
    const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    if (!result.ok) throw new Error('expected a scorecard');
    const s = result.scorecard;
    expect(s.source).toEqual({
      type: 'consensus',
      status: 'agreed',
      teamLeaderId: 'rev-maria-santos',
    });
    expect(s.scope).toMatchObject({ type: 'scope', scopeId: 'coe-level-3', from: 'assessment' });
    for (const [code, [percent, points]] of Object.entries(CONSENSUS)) {
      expect(s.items.find((i) => i.code === code)).toMatchObject({
        status: 'scored',
        percent,
        earned: { exact: points },
      });
      expect(s.items.find((i) => i.code === code)?.maxPoints?.value).toBe(POINTS[code]);
    }
    expect(s.process.earned).toEqual({ exact: '170', value: 170 });
    expect(s.process.max?.exact).toBe('550');
    expect(s.results.earned).toEqual({ exact: '108', value: 108 });
    expect(s.total.earned).toEqual({ exact: '278', value: 278 });
    expect(s.total.max).toEqual({ exact: '1000', value: 1000 });
    expect(s.total.percentOfMax?.exact).toBe('27.8');
    expect(s.categories.map((c) => [c.code, c.earned?.exact])).toEqual([
      ['1', '40.5'],
      ['2', '30'],
      ['3', '25.25'],
      ['4', '27'],
      ['5', '30'],
      ['6', '17.25'],
      ['7', '108'],
    ]);
    expect(s.bands.process).toMatchObject({
      status: 'assigned',
      band: 2,
      lower: 151,
      upper: 201,
      confidence: 'inferred',
    });
    expect(s.bands.results).toMatchObject({
      status: 'assigned',
      band: 1,
      lower: 0,
      upper: 126,
      confidence: 'inferred',
    });
    // 170 / 550 = 30.909...% -> Early Systematic Approaches [30, 50)
    expect(s.maturity.process).toMatchObject({
      status: 'assigned',
      stage: { id: 'early-systematic-approaches', confidence: 'inferred' },
      basis: { exact: '340/11' },
    });
    expect(s.points).toMatchObject({ available: true, label: 'unofficial, Baldrige-derived' });
    expect(s.complete).toBe(true);
  });

  it('traces a consensus item to its reviews and reviewers', () => {
    const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
    if (!result.ok) throw new Error('expected a scorecard');
    expect(result.scorecard.items[0]?.trace).toMatchObject({
      input: {
        from: 'consensus',
        item: '1.1',
        basedOn: ['review-santos', 'review-oduya', 'review-cho'],
        reviewerIds: ['rev-maria-santos', 'rev-james-oduya', 'rev-linda-cho'],
      },
      range: '30-45',
      percent: 40,
      maxPoints: { exact: '70' },
      points: { exact: '28' },
      formula: '40% × 70 = 28',
      framework: { id: 'coe-community-2024-baldrige-derived-points', edition: '2024' },
      guidelines: { id: 'baldrige-2023-2024-scoring-guidelines', edition: '2023-2024' },
    });
  });

  it.each(Object.entries(REVIEWERS))(
    'scores the review of %s on its own',
    (reviewerId, expected) => {
      const review = assessment.reviews.find((r) => r.reviewerId === reviewerId);
      expect(review?.items.map((i) => i.percent)).toEqual(expected.percents);
      const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints, {
        source: { reviewerId },
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const s = result.scorecard;
      expect(s.source).toMatchObject({ type: 'review', reviewerId, status: 'submitted' });
      expect(s.id).toBe(`riverbend-2026-baseline-level-3:review:${review?.id ?? ''}`);
      expect(s.process.earned?.exact).toBe(expected.process);
      expect(s.results.earned?.exact).toBe(expected.results);
      expect(s.total.earned?.exact).toBe(expected.total);
      expect(s.bands.process.band).toBe(expected.processBand);
      expect(s.bands.results.band).toBe(expected.resultsBand);
      CODES.forEach((code, k) =>
        expect(s.items.find((i) => i.code === code)?.percent).toBe(expected.percents[k]),
      );
    },
  );
});
