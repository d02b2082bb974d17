import { describe, expect, it } from 'vitest';
import { readResultsIndicator, type ResultsIndicator } from './results-indicator.js';

const graduation: ResultsIndicator = {
  indicatorId: 'hs-graduation-4yr',
  name: 'Four-year graduation rate',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  role: 'core',
  direction: 'higher-is-better',
  trend: { status: 'improving', points: 5 },
  latest: { label: '2024-25', value: 88.3 },
  comparisons: [
    { label: 'Ohio', kind: 'state', value: 85.1, standing: 'better' },
    { label: 'United States', kind: 'nation', value: 87, standing: 'better' },
  ],
  disaggregated: true,
  gapsClosing: { closing: 1, measurable: 2 },
  integration: { outcomeIds: ['out-hs-graduation'], strategicLinks: 2, projected: true },
};

describe('readResultsIndicator', () => {
  it('reads the facts the LeTCI rules count', () => {
    expect(readResultsIndicator(graduation)).toEqual({
      id: 'hs-graduation-4yr',
      core: true,
      directional: true,
      hasLevel: true,
      compared: true,
      betterThanMost: true,
      betterThanAny: true,
      leads: true,
      leadsNationOrBenchmark: true,
      status: 'improving',
      trendPoints: 5,
      disaggregated: true,
      gapsClosing: 1,
      gapsMeasurable: 2,
      tied: true,
      linked: true,
      projected: true,
    });
  });

  it('judges no level of a neutral indicator or without a latest level', () => {
    const neutral = readResultsIndicator({ ...graduation, direction: 'neutral' });
    expect(neutral).toMatchObject({ directional: false, betterThanAny: false, leads: false });
    const { latest: _latest, ...noLevel } = graduation;
    expect(readResultsIndicator(noLevel)).toMatchObject({
      hasLevel: false,
      compared: true,
      betterThanMost: false,
    });
  });

  it('leaves out comparisons of another shape and reads counts as whole numbers >= 0', () => {
    const facts = readResultsIndicator({
      ...graduation,
      comparisons: [
        { label: 'peer median', kind: 'peer', value: 80, standing: 'better' },
        { label: 'x', kind: 'county', value: 1, standing: 'better' },
        { label: 'y', kind: 'state', value: Number.NaN, standing: 'worse' },
        { label: 'z', kind: 'state', value: 1, standing: 'ahead' },
        null,
      ] as never,
      trend: { status: 'rising' as never, points: 4.7 },
      gapsClosing: { closing: 5, measurable: 2 },
      integration: { outcomeIds: ['', 3] as never, strategicLinks: -2 },
    });
    expect(facts).toMatchObject({
      leads: true,
      leadsNationOrBenchmark: false,
      status: 'insufficient-data',
      trendPoints: 4,
      gapsClosing: 2,
      gapsMeasurable: 2,
      tied: false,
      linked: false,
      projected: false,
    });
  });

  it('never throws: no id, wrong shapes, __proto__ keys and throwing getters', () => {
    expect(readResultsIndicator(undefined)).toBeUndefined();
    expect(readResultsIndicator('hs-graduation-4yr')).toBeUndefined();
    expect(readResultsIndicator({ indicatorId: '' })).toBeUndefined();
    expect(readResultsIndicator({ indicatorId: 'x' })).toMatchObject({
      id: 'x',
      directional: false,
      hasLevel: false,
      compared: false,
      status: 'insufficient-data',
      tied: false,
    });
    const poisoned = JSON.parse(
      '{"indicatorId":"p","__proto__":{"direction":"higher-is-better"},"comparisons":{"__proto__":[]}}',
    ) as unknown;
    expect(readResultsIndicator(poisoned)).toMatchObject({ id: 'p', directional: false });
    const trap = {
      indicatorId: 'g',
      get comparisons(): never {
        throw new Error('no');
      },
    };
    expect(readResultsIndicator(trap)).toBeUndefined();
  });
});
