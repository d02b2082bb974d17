import { readFileSync } from 'node:fs';
import type {
  Indicator,
  IndicatorSet,
  Observation,
  ObservationSet,
} from '@community-excellence/schemas/data';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtInMappings, importCsv } from '../import/index.js';
import { brightSpots } from './bright-spots.js';

const example = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${name}`, import.meta.url), 'utf8'),
  );
const indicators = (example('indicators.json') as IndicatorSet).indicators;
const observations = (example('observations.json') as ObservationSet).observations;
const indicator = (id: string): Indicator => indicators.find((i) => i.id === id) as Indicator;

describe('brightSpots on the Riverbend example (three districts)', () => {
  it('names the district beating the district median by at least k in 3rd-grade reading', () => {
    const r = brightSpots({
      indicator: indicator('grade3-ela-proficient'),
      observations,
      period: '2024-25',
      level: 'district',
      k: 5,
    });
    expect(r.label).toBe('descriptive, not causal');
    // 59.2, 48.1 and 53.8: the median is 53.8 and 9900101 beats it by 5.4 points.
    expect(r.peerGroups).toEqual([
      { label: 'all', units: 3, median: { status: 'computed', value: 53.8 } },
    ]);
    expect(r.brightSpots.map((u) => u.code)).toEqual(['9900101']);
    expect(r.brightSpots[0]?.advantage).toBeCloseTo(5.4, 9);
    expect(r.brightSpots[0]?.denominator).toBe(936);
    expect(r.units.map((u) => [u.code, u.brightSpot])).toEqual([
      ['9900101', true],
      ['9900102', false],
      ['9900103', false],
    ]);
    expect(r.excluded).toEqual([]);
    expect(
      brightSpots({
        indicator: indicator('grade3-ela-proficient'),
        observations,
        period: '2024-25',
        level: 'district',
        k: 5.5,
      }).brightSpots,
    ).toEqual([]);
  });

  it('reads a lower-is-better indicator the right way round', () => {
    // Chronic absence 2024-25: 12.4, 19.9, 14.7; the median is 14.7 and 9900101 is 2.3 points lower.
    const r = brightSpots({
      indicator: indicator('chronic-absence-k3'),
      observations,
      period: '2024-25',
      level: 'district',
      k: 2,
    });
    expect(r.brightSpots.map((u) => u.code)).toEqual(['9900101']);
    expect(r.brightSpots[0]?.difference).toBeCloseTo(-2.3, 9);
    expect(r.brightSpots[0]?.advantage).toBeCloseTo(2.3, 9);
    expect(r.units.find((u) => u.code === '9900102')?.advantage).toBeCloseTo(-5.2, 9);
  });

  it('lists every unit it leaves out with the reason', () => {
    const missing = brightSpots({
      indicator: indicator('kindergarten-readiness'),
      observations,
      period: '2020-21',
      level: 'district',
      k: 1,
    });
    expect(missing.units).toEqual([]);
    expect(missing.excluded.map((e) => [e.code, e.reason, e.raw])).toEqual([
      ['9900101', 'missing', 'N/A'],
      ['9900102', 'missing', 'N/A'],
      ['9900103', 'missing', 'N/A'],
    ]);

    // 9900103 tested 234 students: below 240 it is left out, and two districts are too few peers.
    const small = brightSpots({
      indicator: indicator('grade3-ela-proficient'),
      observations,
      period: '2024-25',
      level: 'district',
      k: 5,
      minDenominator: 240,
    });
    expect(small.brightSpots).toEqual([]);
    expect(small.excluded.map((e) => [e.code, e.reason])).toEqual([
      ['9900101', 'too-few-peers'],
      ['9900102', 'too-few-peers'],
      ['9900103', 'small-denominator'],
    ]);
    expect(small.peerGroups).toEqual([
      {
        label: 'all',
        units: 2,
        median: { status: 'NOT_COMPUTABLE', reason: 'fewer than 3 usable units' },
      },
    ]);

    const grouped = brightSpots({
      indicator: indicator('grade3-ela-proficient'),
      observations,
      period: '2024-25',
      level: 'district',
      k: 0,
      minPeers: 2,
      peerGroups: { '9900101': 'large', '9900102': 'large' },
    });
    expect(grouped.excluded.map((e) => [e.code, e.reason])).toEqual([['9900103', 'no-peer-group']]);
    // Two peers: the median is their mean 53.65, which 9900101 beats by 5.55.
    expect(grouped.peerGroups[0]?.median).toEqual({ status: 'computed', value: (59.2 + 48.1) / 2 });
    expect(grouped.brightSpots.map((u) => u.code)).toEqual(['9900101']);
  });

  it('refuses a neutral indicator and an invalid k with a note', () => {
    const neutral = brightSpots({
      indicator: { ...indicator('grade3-ela-proficient'), direction: 'neutral' },
      observations,
      period: '2024-25',
      level: 'district',
      k: 1,
    });
    expect(neutral.units).toEqual([]);
    expect(neutral.notes[0]).toMatch(/neutral/);
    const negative = brightSpots({
      indicator: indicator('grade3-ela-proficient'),
      observations,
      period: '2024-25',
      level: 'district',
      k: -1,
    });
    expect(negative.units).toEqual([]);
    expect(negative.notes).toEqual(['k must be a finite number >= 0']);
  });
});

describe('brightSpots on a real file: Colorado 3rd-grade reading, 2014', () => {
  const file = new URL(
    '../../../../../shared/data/colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
    import.meta.url,
  );
  const text = readFileSync(file, 'utf8');
  const imported = importCsv(text, builtInMappings['co-3rd-grade-proficient'], {
    file: '3rd-grade-students-scoring-proficient-or-above.csv',
  });
  const set = imported.set as ObservationSet;
  const reading = set.indicators?.find((i) => i.id === 'co-grade3-proficient-reading') as Indicator;
  const result = brightSpots({
    indicator: reading,
    observations: set.observations,
    period: '2014',
    level: 'district',
    k: 0.1,
  });

  // Independent reading: papaparse alone, the district rows (every location but the state row).
  const raw = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data.filter(
    (r) => r.Score === 'Reading' && r.TimeFrame === '2014' && r.Location !== 'Colorado',
  );
  const numeric = raw
    .filter((r) => /^\d+(?:\.\d+)?$/.test(r.Data ?? ''))
    .map((r) => ({ code: r.Location as string, value: Number(r.Data) }));
  const sorted = numeric.map((r) => r.value).sort((a, b) => a - b);
  const independentMedian =
    sorted.length % 2 === 1
      ? (sorted[(sorted.length - 1) / 2] as number)
      : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;

  it('compares the 133 districts with a published value against their median 0.74684', () => {
    expect(imported.set?.observations).toHaveLength(3801);
    expect(reading.unit.type).toBe('proportion');
    expect(raw).toHaveLength(180);
    expect(numeric).toHaveLength(133);
    expect(independentMedian).toBe(0.74684);
    expect(result.units).toHaveLength(133);
    expect(result.peerGroups).toEqual([
      { label: 'all', units: 133, median: { status: 'computed', value: 0.74684 } },
    ]);
  });

  it('names the 17 districts at least 10 points above the median, as an independent computation does', () => {
    const expected = numeric
      .filter((r) => r.value - independentMedian >= 0.1)
      .map((r) => r.code)
      .sort();
    expect(expected).toHaveLength(17);
    expect(result.brightSpots.map((u) => u.code).sort()).toEqual(expected);
    expect(result.brightSpots.slice(0, 3).map((u) => [u.code, u.value])).toEqual([
      ['SWINK 33', 1],
      ['FOWLER R-4J', 0.93939],
      ['BRANSON REORGANIZED 82', 0.9375],
    ]);
    expect(result.brightSpots[0]?.advantage).toBeCloseTo(1 - 0.74684, 12);
    // Limon RE-4J is 9.931 points above: close, but not a bright spot.
    expect(result.units.find((u) => u.code === 'LIMON RE-4J')).toMatchObject({
      value: 0.84615,
      brightSpot: false,
    });
    expect(result.notes.some((n) => n.includes('133 unit(s) have no denominator'))).toBe(true);
  });

  it('lists the 47 districts without a usable value with the reason and the raw token', () => {
    const tokens = raw.filter((r) => !/^\d+(?:\.\d+)?$/.test(r.Data ?? '')).map((r) => r.Data);
    expect(tokens.filter((t) => t === 'LNE')).toHaveLength(45);
    expect(tokens.filter((t) => t === 'N/A')).toHaveLength(2);
    expect(result.excluded).toHaveLength(47);
    expect(
      result.excluded.filter((e) => e.reason === 'suppressed' && e.raw === 'LNE'),
    ).toHaveLength(45);
    expect(result.excluded.filter((e) => e.reason === 'missing' && e.raw === 'N/A')).toHaveLength(
      2,
    );
    expect(result.excluded.find((e) => e.code === 'AGATE 300')).toEqual({
      code: 'AGATE 300',
      index: 102,
      reason: 'suppressed',
      raw: 'LNE',
    });
  });
});

describe('brightSpots properties', () => {
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(fc.anything(), { maxLength: 8 }),
        fc.anything(),
        fc.anything(),
        (query, rows, k, peerGroups) => {
          brightSpots(query as never);
          const r = brightSpots({
            indicator: { id: 'x', direction: 'higher-is-better' } as Indicator,
            observations: rows as Observation[],
            period: '2024',
            level: 'district',
            k: k as number,
            peerGroups: peerGroups as Record<string, string>,
          });
          expect(r.label).toBe('descriptive, not causal');
        },
      ),
    );
  });

  const row = (code: string, value: number): Observation => ({
    indicatorId: 'x',
    place: { code, level: 'district' },
    period: { label: '2024' },
    subgroup: { dimension: 'all', value: 'all' },
    value: { kind: 'exact', raw: String(value), value },
  });

  it('never names a unit exactly at the median, and names exactly the units at least k better (integers, odd counts)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((half) =>
          fc.array(fc.integer({ min: -1000, max: 1000 }), {
            minLength: 2 * half + 1,
            maxLength: 2 * half + 1,
          }),
        ),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
        (values, k, direction) => {
          const r = brightSpots({
            indicator: { id: 'x', direction } as Indicator,
            observations: values.map((v, i) => row(`u${i}`, v)),
            period: '2024',
            level: 'district',
            k,
          });
          const m = [...values].sort((a, b) => a - b)[(values.length - 1) / 2] as number;
          const atMedian = r.units.filter((u) => u.value === m);
          expect(atMedian.length).toBeGreaterThan(0);
          for (const u of atMedian) expect(u.brightSpot).toBe(false);
          const better = (v: number): number => (direction === 'higher-is-better' ? v - m : m - v);
          const expected = values
            .flatMap((v, i) => (better(v) > 0 && better(v) >= k ? [`u${i}`] : []))
            .sort();
          expect(r.brightSpots.map((u) => u.code).sort()).toEqual(expected);
        },
      ),
    );
  });

  it('never names a unit at the median of an even-sized group either', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (others, middle, k) => {
          // `middle` twice in the centre of an even list: the median is exactly `middle`.
          const low = others.map((v) => Math.min(v, middle));
          const high = others.map((v) => Math.max(v, middle));
          const values = [...low, middle, middle, ...high];
          const r = brightSpots({
            indicator: { id: 'x', direction: 'higher-is-better' } as Indicator,
            observations: values.map((v, i) => row(`u${i}`, v)),
            period: '2024',
            level: 'district',
            k,
          });
          expect(r.peerGroups[0]?.median).toEqual({
            status: 'computed',
            value: middle === 0 ? 0 : middle,
          });
          const atMedian = r.units.filter((u) => u.value === middle);
          expect(atMedian.length).toBeGreaterThanOrEqual(2);
          for (const u of atMedian) expect(u.brightSpot).toBe(false);
        },
      ),
    );
  });
});
