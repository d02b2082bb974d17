import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { gapTrend } from '../metrics/gap-trend.js';
import { classifyGapChange, type GapChange, type GapChangePoint } from './gap-change.js';
import { gapChangeSentence } from './gap-change-sentence.js';

// Colorado KIDS COUNT dropout rates by race and ethnicity, 2011 and 2012, every district. The file
// says `Percent` but holds proportions (0.049 = 4.9%): gaps are printed in percentage points with
// `factor: 100`. Lower is better. Focal group Hispanic students, reference White students.
const text = readFileSync(
  new URL(
    '../../../../../shared/data/colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv',
    import.meta.url,
  ),
  'utf8',
);
const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const cell = new Map(rows.map((r) => [`${r.Location}|${r.Category}|${r.TimeFrame}`, r.Data]));
const rate = (place: string, group: string, year: string): number | undefined => {
  const raw = cell.get(`${place}|${group} Students|${year}`);
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) ? value : undefined;
};
const places = [...new Set(rows.map((r) => r.Location ?? ''))];

function pointsOf(place: string): GapChangePoint[] | undefined {
  const points: GapChangePoint[] = [];
  for (const year of ['2011', '2012']) {
    const focal = rate(place, 'Hispanic', year);
    const reference = rate(place, 'White', year);
    if (focal === undefined || reference === undefined) return undefined;
    points.push({
      label: year,
      time: Number(year),
      focal: { value: focal },
      reference: { value: reference },
    });
  }
  return points;
}

const words = {
  focal: 'Hispanic',
  reference: 'White',
  unitWords: 'percentage points',
  factor: 100,
};
const changes = new Map<string, GapChange>();
for (const place of places) {
  const points = pointsOf(place);
  if (points) changes.set(place, classifyGapChange(points, 'lower-is-better', { scale: 1 }));
}

describe('classifyGapChange on real data: Colorado dropout, Hispanic vs White, 2011 -> 2012', () => {
  it('reads every district with both groups in both years', () => {
    expect(places.length).toBe(181);
    expect(changes.size).toBe(179);
  });
  it('Colorado: the absolute gap narrowed (2.9 -> 2.8 points) but the rate ratio moved away from parity: mixed', () => {
    const c = changes.get('Colorado');
    expect(c?.status).toBe('mixed');
    expect(c?.pointReading).toBe('closing');
    expect(c?.countsAsClosing).toBe(false);
    expect(gapChangeSentence(c as GapChange, { ...words, digits: 1 })).toBe(
      'mixed: the gap narrowed from 2.9 to 2.8 percentage points while the rate ratio moved away from parity (2.45 -> 2.47)',
    );
  });
  it('Brighton 27J: the gap narrowed because the White rate rose, not because the Hispanic rate fell enough', () => {
    const c = changes.get('BRIGHTON 27J') as GapChange;
    expect(c.status).toBe('levelling-down');
    expect(gapChangeSentence(c, words)).toBe(
      'narrowing because the reference group worsened (levelling down): White rose 0.5 percentage points while Hispanic fell 0.4; the gap went from 1.5 to 0.6 (not a closing gap)',
    );
    // the earlier reading called it closing
    expect(
      gapTrend([
        { label: '2011', time: 2011, focalRate: 0.034, referenceRate: 0.019 },
        { label: '2012', time: 2012, focalRate: 0.03, referenceRate: 0.024 },
      ]).status,
    ).toBe('closing');
  });
  it('Adams County 14: the Hispanic rate fell while the White rate held: closing', () => {
    const c = changes.get('ADAMS COUNTY 14') as GapChange;
    expect(c.status).toBe('closing');
    expect(gapChangeSentence(c, words)).toBe(
      'closing: 0.7 of 1.5 percentage points closed (46.7%); Hispanic fell 0.7 percentage points while White stayed at 5.8',
    );
  });
  it('Adams-Arapahoe 28J: both rates fell and the absolute gap narrowed, but the ratio moved away from parity: mixed', () => {
    const c = changes.get('ADAMS-ARAPAHOE 28J') as GapChange;
    expect(c.pointReading).toBe('closing');
    expect(c.status).toBe('mixed');
  });
  it('the point readings over all districts match a count made from the raw rows alone', () => {
    // Counted independently from the CSV (D = d (reference - focal), F and R as in docs/metrics.md).
    const counts: Record<string, number> = {};
    for (const c of changes.values()) {
      const key = c.pointReading ?? c.status;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts).toEqual({
      unchanged: 36,
      crossed: 33,
      widening: 32,
      closing: 29,
      'lead-growing': 20,
      'lead-shrinking': 18,
      'levelling-down': 11,
    });
  });
  it('never counts levelling down, a crossing or a lead as closing, where the earlier gapTrend did', () => {
    const earlierClosing: Record<string, number> = {};
    let earlierTotal = 0;
    let nowClosing = 0;
    for (const [place, c] of changes) {
      if (c.countsAsClosing) nowClosing++;
      if (['levelling-down', 'crossed', 'lead-shrinking'].includes(c.status))
        expect(c.countsAsClosing, place).toBe(false);
      const points = pointsOf(place) as GapChangePoint[];
      const old = gapTrend(
        points.map((p) => ({
          label: p.label,
          time: p.time,
          focalRate: p.focal?.value ?? Number.NaN,
          referenceRate: p.reference?.value ?? Number.NaN,
        })),
      );
      if (old.status === 'closing') {
        earlierClosing[c.status] = (earlierClosing[c.status] ?? 0) + 1;
        earlierTotal++;
      }
    }
    // gapTrend (metrics/gap-trend.ts) called 73 districts closing; 51 of them are not: 19 crossed,
    // 18 shrinking leads, 11 levelling down, 3 with an unchanged absolute gap (only the ratio moved)
    expect({ earlierTotal, nowClosing, earlierClosing }).toEqual({
      earlierTotal: 73,
      nowClosing: 22,
      earlierClosing: {
        closing: 22,
        crossed: 19,
        'lead-shrinking': 18,
        'levelling-down': 11,
        unchanged: 3,
      },
    });
  });
});
