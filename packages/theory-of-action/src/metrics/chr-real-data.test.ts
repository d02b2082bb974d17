import { readFileSync } from 'node:fs';
import type { Indicator, Observation } from '@community-excellence/schemas/data';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { metricValue } from './metric.js';
import { subgroupGaps } from './subgroup-gaps.js';

// County Health Rankings & Roadmaps 2025, v024 children in poverty by race (numerators and denominators).
const text = readFileSync(
  new URL(
    '../../../../../shared/data/county-health-rankings/v024_subgroup_how.csv',
    import.meta.url,
  ),
  'utf8',
);
const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const states = rows.filter((r) => r.countycode === '000' && r.statecode !== '00');
const indicator: Indicator = {
  id: 'v024',
  name: 'Children in poverty',
  outcomeArea: 'ECONOMIC_VITALITY',
  unit: { type: 'proportion' },
  direction: 'lower-is-better',
  role: 'core',
};

// Build observations the way an importer would: a value cell per race, NA read as suppressed.
const toObservations = (r: Record<string, string>): Observation[] =>
  ['white', 'black', 'hispanic', 'asian', 'aian'].map((race) => {
    const raw = r[`v024${race}`] ?? '';
    const num = Number(r[`${race}num`]);
    const den = Number(r[`${race}denom`]);
    return {
      indicatorId: 'v024',
      place: { code: r.fipscode ?? '', level: 'state' },
      period: { label: '2025 release' },
      subgroup: { dimension: 'race', value: race },
      value:
        raw === 'NA' ? { kind: 'suppressed', raw } : { kind: 'exact', raw, value: Number(raw) },
      ...(Number.isFinite(num) ? { numerator: num } : {}),
      ...(Number.isFinite(den) ? { denominator: den } : {}),
    } satisfies Observation;
  });

describe('gaps on the CHR&R v024 subgroup file match an independent computation', () => {
  it('has the 50 states and DC', () => {
    expect(states).toHaveLength(51);
  });

  it('Black vs White gap per state = blacknum/blackdenom - whitenum/whitedenom; NA rows excluded and reported', () => {
    let compared = 0;
    const excludedStates: string[] = [];
    for (const r of states) {
      const report = subgroupGaps({
        indicator,
        observations: toObservations(r),
        place: { level: 'state', code: r.fipscode ?? '' },
        period: '2025 release',
        dimension: 'race',
        focal: ['black'],
        reference: 'white',
      });
      if (r.v024black === 'NA' || r.v024white === 'NA') {
        expect(report.gaps).toEqual([]);
        expect(
          report.excluded.some(
            (e) =>
              e.reason === 'suppressed' &&
              e.raw === 'NA' &&
              (e.subgroup.value === 'black' || e.subgroup.value === 'white'),
          ),
        ).toBe(true);
        excludedStates.push(r.state ?? '');
        continue;
      }
      const independent =
        Number(r.blacknum) / Number(r.blackdenom) - Number(r.whitenum) / Number(r.whitedenom);
      const gap = report.gaps[0];
      expect(gap?.reference).toEqual({ label: 'white', rate: Number(r.v024white), choice: 'user' });
      expect(metricValue(gap?.absoluteGap ?? { status: 'NOT_COMPUTABLE', reason: '' })).toBeCloseTo(
        independent,
        3,
      );
      expect(metricValue(gap?.rateRatio ?? { status: 'NOT_COMPUTABLE', reason: '' })).toBeCloseTo(
        Number(r.blacknum) / Number(r.blackdenom) / (Number(r.whitenum) / Number(r.whitedenom)),
        2,
      );
      compared++;
    }
    expect(compared + excludedStates.length).toBe(51);
    expect(compared).toBeGreaterThanOrEqual(45);
    // Alabama, from the file: 119804/314481 - 72194/620069
    const al = states.find((r) => r.state === 'AL');
    const alReport = subgroupGaps({
      indicator,
      observations: toObservations(al ?? {}),
      place: { level: 'state', code: '01000' },
      period: '2025 release',
      dimension: 'race',
      focal: ['black'],
      reference: 'white',
    });
    expect(
      metricValue(alReport.gaps[0]?.absoluteGap ?? { status: 'NOT_COMPUTABLE', reason: '' }),
    ).toBeCloseTo(119804 / 314481 - 72194 / 620069, 6);
  });

  it('county-level gaps: every county with both groups usable matches; counties with NA are excluded', () => {
    const counties = rows.filter((r) => r.countycode !== '000');
    let matched = 0;
    let excluded = 0;
    for (const r of counties) {
      const report = subgroupGaps({
        indicator,
        observations: toObservations(r),
        place: { level: 'state', code: r.fipscode ?? '' },
        period: '2025 release',
        dimension: 'race',
        focal: ['black'],
        reference: 'white',
      });
      const bothNumeric = r.v024black !== 'NA' && r.v024white !== 'NA';
      if (!bothNumeric) {
        expect(report.gaps).toEqual([]);
        excluded++;
        continue;
      }
      const bd = Number(r.blackdenom);
      const wd = Number(r.whitedenom);
      const expected = Number(r.v024black) - Number(r.v024white);
      expect(
        metricValue(report.gaps[0]?.absoluteGap ?? { status: 'NOT_COMPUTABLE', reason: '' }),
      ).toBeCloseTo(expected, 12);
      if (bd > 0 && wd > 0)
        expect(
          Math.abs(expected - (Number(r.blacknum) / bd - Number(r.whitenum) / wd)),
        ).toBeLessThan(0.02);
      matched++;
    }
    expect(matched + excluded).toBe(counties.length);
    expect(matched).toBeGreaterThan(500);
    expect(excluded).toBeGreaterThan(500);
  });
});
