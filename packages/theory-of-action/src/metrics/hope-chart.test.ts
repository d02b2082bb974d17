import { readFileSync } from 'node:fs';
import type { Indicator, Observation } from '@community-excellence/schemas/data';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtInMappings, importCsv } from '../import/index.js';
import { hopeChart, type HopeChart } from './hope-chart.js';

const CORRELATIONAL = (name: string): string =>
  `correlational, not causal: a unit above the line did better than units with the same ${name} tended to; the line describes these units, not what would happen if ${name} changed, and a bright spot shows where to look for practices`;

describe('hopeChart on real data: CHR&R 2025, reading scores of Black 3rd graders against poverty among Black children, by county', () => {
  const read = (name: string): string =>
    readFileSync(
      new URL(`../../../../../shared/data/county-health-rankings/${name}`, import.meta.url),
      'utf8',
    );
  const readingText = read('v159_subgroup_how.csv');
  const povertyText = read('v024_subgroup_how.csv');
  const reading = importCsv(readingText, builtInMappings['chrr-v159-reading-scores']);
  const poverty = importCsv(povertyText, builtInMappings['chrr-v024-children-in-poverty']);
  const observations = [...(reading.set?.observations ?? []), ...(poverty.set?.observations ?? [])];
  const indicator = reading.set?.indicators?.[0] as Indicator;
  const chart = hopeChart({
    indicator,
    observations,
    period: '2025 release',
    level: 'county',
    subgroup: { dimension: 'race', value: 'black' },
    covariate: { indicatorId: 'v024', name: 'children in poverty' },
  });

  // Independent reading: papaparse alone, joined on the FIPS code, fitted with the textbook sums.
  const parse = (text: string): Record<string, string>[] =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const isCounty = (r: Record<string, string>): boolean =>
    r.statecode !== '00' && r.countycode !== '000';
  const readingRows = parse(readingText).filter(isCounty);
  const povertyRows = parse(povertyText).filter(isCounty);
  const povertyByCode = new Map(povertyRows.map((r) => [r.fipscode as string, r]));
  const pairs = readingRows.flatMap((r) => {
    const code = `${r.statecode}${r.countycode}`;
    const p = povertyByCode.get(code);
    if (r.v159_race_black === 'NA' || p === undefined || p.v024black === 'NA') return [];
    if (Number(p.blackdenom) < 20) return [];
    return [{ code, y: Number(r.v159_race_black), x: Number(p.v024black) }];
  });
  const n = pairs.length;
  const sx = pairs.reduce((s, p) => s + p.x, 0);
  const sy = pairs.reduce((s, p) => s + p.y, 0);
  const sxy = pairs.reduce((s, p) => s + p.x * p.y, 0);
  const sxx = pairs.reduce((s, p) => s + p.x * p.x, 0);
  const syy = pairs.reduce((s, p) => s + p.y * p.y, 0);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));

  it('fits the line over the 1,045 of 3,152 counties with both values, as the textbook sums do', () => {
    expect(readingRows).toHaveLength(3152);
    expect(n).toBe(1045);
    expect(chart.label).toBe('correlational, not causal');
    expect(chart.fit.status).toBe('computed');
    if (chart.fit.status !== 'computed') return;
    expect(chart.fit.n).toBe(1045);
    expect(chart.fit.slope).toBeCloseTo(slope, 9);
    expect(chart.fit.intercept).toBeCloseTo(intercept, 9);
    expect(chart.fit.rSquared).toBeCloseTo(r * r, 9);
    // More poverty, lower scores: -0.626 grade levels per unit of the proportion in poverty.
    expect(chart.fit.slope).toBeLessThan(0);
    expect(chart.fit.slope.toFixed(3)).toBe('-0.626');
    expect(chart.fit.intercept.toFixed(3)).toBe('2.794');
    expect(chart.fit.rSquared.toFixed(3)).toBe('0.133');
    expect(chart.units).toHaveLength(1045);
    expect(chart.notes).toEqual([
      'expected v159 = 2.794 - 0.6257 x children in poverty, by ordinary least squares over 1045 units; children in poverty accounts for 13.3% of the variation between units (R-squared 0.133)',
      CORRELATIONAL('children in poverty'),
      '1045 unit(s) have no outcome denominator: their number of people was not checked, and small units swing more',
    ]);
  });

  it('names the five counties furthest above their expectation, each beating it', () => {
    const independent = pairs
      .map((p) => ({ code: p.code, residual: p.y - (intercept + slope * p.x) }))
      .sort((a, b) => b.residual - a.residual)
      .slice(0, 5);
    expect(chart.brightSpots.map((u) => u.code)).toEqual(independent.map((u) => u.code));
    expect(
      chart.brightSpots.map((u) => [
        u.code,
        u.name,
        u.value.toFixed(2),
        u.covariate.toFixed(3),
        u.expected.toFixed(2),
        u.advantage.toFixed(2),
        u.rank,
      ]),
    ).toEqual([
      ['39081', 'Jefferson County', '3.64', '0.564', '2.44', '1.20', 1],
      ['40119', 'Payne County', '3.14', '0.629', '2.40', '0.74', 2],
      ['47179', 'Washington County', '3.21', '0.366', '2.56', '0.65', 3],
      ['21107', 'Hopkins County', '3.21', '0.325', '2.59', '0.62', 4],
      ['47187', 'Williamson County', '3.34', '0.098', '2.73', '0.61', 5],
    ]);
    for (const u of chart.brightSpots) {
      expect(u.value).toBeGreaterThan(u.expected);
      expect(u.advantage).toBeCloseTo(u.value - u.expected, 12);
      expect(u.advantage).toBe(u.residual); // higher is better
    }
    // Ranks are 1..n, best first.
    expect(chart.units.map((u) => u.rank).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 1045 }, (_, i) => i + 1),
    );
  });

  it('docs/metrics.md states these figures in its worked example', () => {
    const docs = readFileSync(new URL('../../../../docs/metrics.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Hope chart: outcomes against expectation'));
    const count = (of: string, reason: string): number =>
      chart.excluded.filter((e) => e.of === of && e.reason === reason).length;
    if (chart.fit.status !== 'computed') throw new Error('not fitted');
    const lines = [
      `counties in the files           ${readingRows.length}`,
      `  reading value NA              ${count('outcome', 'suppressed')}  (excluded, of: outcome, raw NA)`,
      `  poverty value NA              ${count('covariate', 'suppressed')}  (excluded, of: covariate, raw NA)`,
      `  poverty denominator < 20         ${count('covariate', 'small-denominator')}  (excluded, of: covariate)`,
      `units with both values          ${chart.fit.n}`,
      `expected reading = ${chart.fit.intercept.toFixed(3)} - ${(-chart.fit.slope).toFixed(3)} x poverty    R-squared ${chart.fit.rSquared.toFixed(3)}`,
      'rank  county                     reading  poverty  expected  advantage',
      ...chart.brightSpots.map(
        (u) =>
          `${String(u.rank).padStart(4)}  ${`${u.code} ${u.name ?? ''}`.padEnd(25)}` +
          `${u.value.toFixed(2).padStart(9)}${u.covariate.toFixed(3).padStart(9)}` +
          `${u.expected.toFixed(2).padStart(10)}${`+${u.advantage.toFixed(2)}`.padStart(11)}`,
      ),
    ];
    for (const line of lines) expect(section, line).toContain(`${line}\n`);
    expect(section).toContain('accounts for only 13.3% of the variation');
  });

  it('takes only counties as units: the nation and state rows are not charted', () => {
    expect(observations.some((o) => o.place.level === 'state')).toBe(true);
    expect(observations.some((o) => o.place.code === '00000')).toBe(true);
    for (const u of chart.units) expect(u.code.endsWith('000')).toBe(false);
    for (const e of chart.excluded) expect(e.code.endsWith('000')).toBe(false);
    // The same chart at state level has the states (and DC) as units instead.
    const states = hopeChart({
      indicator,
      observations,
      period: '2025 release',
      level: 'state',
      subgroup: { dimension: 'race', value: 'black' },
      covariate: { indicatorId: 'v024' },
    });
    expect(states.units.length).toBeGreaterThanOrEqual(10);
    for (const u of states.units) expect(u.code.endsWith('000')).toBe(true);
    expect(states.units.some((u) => u.code === '00000')).toBe(false);
  });

  it('lists every NA cell with its reason and the raw token, and the small denominators', () => {
    const readingNa = readingRows.filter((r) => r.v159_race_black === 'NA').length;
    const povertyNa = povertyRows.filter((r) => r.v024black === 'NA').length;
    const outcomeSuppressed = chart.excluded.filter(
      (e) => e.of === 'outcome' && e.reason === 'suppressed',
    );
    const covariateSuppressed = chart.excluded.filter(
      (e) => e.of === 'covariate' && e.reason === 'suppressed',
    );
    expect(outcomeSuppressed).toHaveLength(readingNa);
    expect(readingNa).toBe(2075);
    expect(covariateSuppressed).toHaveLength(povertyNa);
    expect(povertyNa).toBe(1510);
    for (const e of [...outcomeSuppressed, ...covariateSuppressed]) expect(e.raw).toBe('NA');
    const small = chart.excluded.filter((e) => e.reason === 'small-denominator');
    expect(small.map((e) => e.of)).toEqual(['covariate', 'covariate']);
    for (const e of small) expect(e.detail).toMatch(/^denominator \d+ < 20$/);
    expect(chart.excluded).toHaveLength(2075 + 1510 + 2);
    // Autauga County, Alabama: a reading score for Black students and a poverty rate, so a unit.
    expect(chart.units.find((u) => u.code === '01001')).toMatchObject({
      name: 'Autauga County',
      value: Number(readingRows[0]?.v159_race_black),
      covariate: Number(povertyByCode.get('01001')?.v024black),
    });
  });
});

describe('hopeChart on constructed units', () => {
  const row = (
    indicatorId: string,
    code: string,
    value: number,
    extra: Partial<Observation> = {},
  ): Observation => ({
    indicatorId,
    place: { code, level: 'school' },
    period: { label: '2024' },
    subgroup: { dimension: 'all', value: 'all' },
    value: { kind: 'exact', raw: String(value), value },
    ...extra,
  });
  const reading = (direction: Indicator['direction'] = 'higher-is-better'): Indicator =>
    ({ id: 'reading', direction }) as Indicator;
  // Ten schools exactly on reading = 2 + 0.5 x poverty.
  const line = (count = 10): Observation[] =>
    Array.from({ length: count }, (_, i) => [
      row('reading', `s${i}`, 2 + 0.5 * i),
      row('poverty', `s${i}`, i),
    ]).flat();
  const chartOf = (
    observations: readonly Observation[],
    extra: Partial<Parameters<typeof hopeChart>[0]> = {},
  ): HopeChart =>
    hopeChart({
      indicator: reading(),
      observations,
      period: '2024',
      level: 'school',
      covariate: { indicatorId: 'poverty', name: 'poverty' },
      ...extra,
    });

  it('an exact line: residuals 0, R-squared 1, no bright spots', () => {
    const chart = chartOf(line());
    expect(chart.fit).toEqual({ status: 'computed', intercept: 2, slope: 0.5, rSquared: 1, n: 10 });
    expect(chart.units.map((u) => u.residual)).toEqual(Array(10).fill(0));
    expect(chart.units.map((u) => u.advantage)).toEqual(Array(10).fill(0));
    expect(chart.brightSpots).toEqual([]);
    expect(chart.notes).toContain(
      'no unit is above its expectation in the direction of good: no bright spots',
    );
    expect(chart.notes[0]).toBe(
      'expected reading = 2.000 + 0.5000 x poverty, by ordinary least squares over 10 units; poverty accounts for 100.0% of the variation between units (R-squared 1.000)',
    );
    // A line with fractions that floating point cannot hit exactly is still exact within 1e-9.
    const messy = Array.from({ length: 12 }, (_, i) => [
      row('reading', `s${i}`, 0.1 + 0.3 * (i / 7)),
      row('poverty', `s${i}`, i / 7),
    ]).flat();
    const m = chartOf(messy);
    expect(m.units.every((u) => u.residual === 0 && u.advantage === 0)).toBe(true);
    expect(m.brightSpots).toEqual([]);
  });

  it('one school well above the line is the bright spot; the others fall below the refitted line', () => {
    const observations = [
      ...line(),
      row('reading', 'star', 2 + 0.5 * 4.5 + 5),
      row('poverty', 'star', 4.5),
    ];
    const chart = chartOf(observations);
    if (chart.fit.status !== 'computed') throw new Error('not fitted');
    // The outlier sits at the mean poverty: the slope stays 0.5, the line rises by 5/11.
    expect(chart.fit.slope).toBeCloseTo(0.5, 12);
    expect(chart.fit.n).toBe(11);
    expect(chart.brightSpots.map((u) => u.code)).toEqual(['star']);
    expect(chart.brightSpots[0]).toMatchObject({ rank: 1, value: 9.25, covariate: 4.5 });
    expect(chart.brightSpots[0]?.advantage).toBeCloseTo(5 - 5 / 11, 12);
    for (const u of chart.units.filter((x) => x.code !== 'star'))
      expect(u.advantage).toBeCloseTo(-5 / 11, 12);
  });

  it('lower is better flips the sign: the school above the line is the worst', () => {
    const observations = [
      ...line(),
      row('reading', 'star', 2 + 0.5 * 4.5 + 5),
      row('poverty', 'star', 4.5),
    ];
    const chart = chartOf(observations, { indicator: reading('lower-is-better') });
    const star = chart.units.find((u) => u.code === 'star');
    expect(star?.residual).toBeCloseTo(5 - 5 / 11, 12);
    expect(star?.advantage).toBeCloseTo(-(5 - 5 / 11), 12);
    expect(star?.rank).toBe(11);
    // The ten others tie at 5/11 below the line; the first five by code are named.
    expect(chart.brightSpots.map((u) => u.code)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    for (const u of chart.brightSpots) expect(u.advantage).toBeCloseTo(5 / 11, 12);
    expect(chartOf(observations, { top: 2 }).brightSpots.map((u) => u.code)).toEqual(['star']);
    const none = chartOf(observations, { top: 0 });
    expect(none.brightSpots).toEqual([]);
    expect(none.notes.some((n) => n.startsWith('no unit is above'))).toBe(false);
  });

  it('too few units: the line is not computable and no unit is listed', () => {
    const chart = chartOf(line(9));
    expect(chart.fit).toEqual({
      status: 'NOT_COMPUTABLE',
      reason: '9 unit(s) have both values; the line needs at least 10',
      n: 9,
    });
    expect(chart.units).toEqual([]);
    expect(chart.brightSpots).toEqual([]);
    expect(chart.notes).toEqual([
      'no line fitted: 9 unit(s) have both values; the line needs at least 10',
      CORRELATIONAL('poverty'),
    ]);
    expect(chartOf(line(9), { minUnits: 9 }).fit.status).toBe('computed');
    // Never fewer than 3: two points always sit on their line.
    const two = chartOf(line(2), { minUnits: 1 });
    expect(two.minUnits).toBe(3);
    expect(two.fit.status).toBe('NOT_COMPUTABLE');
  });

  it('refuses a covariate or an outcome that does not vary', () => {
    const flatX = Array.from({ length: 10 }, (_, i) => [
      row('reading', `s${i}`, i),
      row('poverty', `s${i}`, 3),
    ]).flat();
    expect(chartOf(flatX).fit).toEqual({
      status: 'NOT_COMPUTABLE',
      reason: 'every unit has the same covariate value',
      n: 10,
    });
    const flatY = Array.from({ length: 10 }, (_, i) => [
      row('reading', `s${i}`, 7),
      row('poverty', `s${i}`, i),
    ]).flat();
    expect(chartOf(flatY).fit).toEqual({
      status: 'NOT_COMPUTABLE',
      reason: 'every unit has the same outcome value: there is nothing to expect or beat',
      n: 10,
    });
  });

  it('excludes duplicate rows, unusable cells, small denominators and units missing one of the two', () => {
    const observations = [
      ...line(),
      row('reading', 's3', 9), // a second outcome row for s3
      row('poverty', 's5', 1), // a second covariate row for s5
      row('reading', 'sup', 0, { value: { kind: 'suppressed', raw: '*' } }),
      row('poverty', 'sup', 4),
      row('reading', 'tiny', 5),
      row('poverty', 'tiny', 4, { denominator: 8 }),
      row('reading', 'alone', 5),
      row('poverty', 'orphan', 5),
      row('reading', 'state', 50, { place: { code: 'state', level: 'state' } }),
      row('poverty', 'state', 1, { place: { code: 'state', level: 'state' } }),
    ];
    const chart = chartOf(observations, { minUnits: 3 });
    expect(chart.units.map((u) => u.code)).toEqual([
      's0',
      's1',
      's2',
      's4',
      's6',
      's7',
      's8',
      's9',
    ]);
    expect(chart.excluded).toEqual([
      {
        code: 'alone',
        of: 'covariate',
        reason: 'no-row',
        detail: 'no poverty row for all/all in 2024',
      },
      {
        code: 'orphan',
        of: 'outcome',
        reason: 'no-row',
        detail: 'no reading row for all/all in 2024',
      },
      {
        code: 's3',
        of: 'outcome',
        index: 6,
        reason: 'duplicate',
        detail: '2 rows for this unit, period and subgroup',
      },
      {
        code: 's3',
        of: 'outcome',
        index: 20,
        reason: 'duplicate',
        detail: '2 rows for this unit, period and subgroup',
      },
      {
        code: 's5',
        of: 'covariate',
        index: 11,
        reason: 'duplicate',
        detail: '2 rows for this unit, period and subgroup',
      },
      {
        code: 's5',
        of: 'covariate',
        index: 21,
        reason: 'duplicate',
        detail: '2 rows for this unit, period and subgroup',
      },
      { code: 'sup', of: 'outcome', index: 22, reason: 'suppressed', raw: '*' },
      {
        code: 'tiny',
        of: 'covariate',
        index: 25,
        reason: 'small-denominator',
        detail: 'denominator 8 < 20',
      },
    ]);
    // Nothing above the exact line of the eight remaining units.
    expect(chart.fit).toMatchObject({ status: 'computed', slope: 0.5, intercept: 2, n: 8 });
  });

  it('reads the covariate in its own period and subgroup when asked, and names the unit from either row', () => {
    const observations = Array.from({ length: 10 }, (_, i) => [
      row('reading', `s${i}`, 2 + 0.5 * i + (i === 3 ? 1 : 0), {
        subgroup: { dimension: 'sex', value: 'female' },
      }),
      row('poverty', `s${i}`, i, {
        period: { label: '2023' },
        place: { code: `s${i}`, level: 'school', name: `School ${i}` },
      }),
    ]).flat();
    const chart = chartOf(observations, {
      subgroup: { dimension: 'sex', value: 'female' },
      covariate: {
        indicatorId: 'poverty',
        period: '2023',
        subgroup: { dimension: 'all', value: 'all' },
      },
    });
    expect(chart.covariate).toEqual({
      indicatorId: 'poverty',
      name: 'poverty',
      period: '2023',
      subgroup: { dimension: 'all', value: 'all' },
    });
    expect(chart.brightSpots[0]).toMatchObject({ code: 's3', name: 'School 3', rank: 1 });
    // Without the override the covariate is looked for in 2024, female: no rows.
    const defaults = chartOf(observations, { subgroup: { dimension: 'sex', value: 'female' } });
    expect(defaults.fit.status).toBe('NOT_COMPUTABLE');
    expect(defaults.notes).toContain('no rows of poverty at level school in 2024 for sex/female');
    expect(defaults.excluded).toHaveLength(10);
    expect(defaults.excluded.every((e) => e.reason === 'no-row' && e.of === 'covariate')).toBe(
      true,
    );
  });

  it('refuses a neutral indicator and a missing covariate with a note', () => {
    const neutral = chartOf(line(), { indicator: reading('neutral') });
    expect(neutral.fit).toEqual({
      status: 'NOT_COMPUTABLE',
      reason:
        'the indicator has no direction of good (neutral): better or worse than expected cannot be said',
      n: 0,
    });
    expect(neutral.notes).toEqual([
      'the indicator has no direction of good (neutral): better or worse than expected cannot be said',
    ]);
    const noCovariate = chartOf(line(), { covariate: {} as never });
    expect(noCovariate.notes).toEqual(['no covariate indicator was given']);
    expect(noCovariate.units).toEqual([]);
  });

  it('warns when a value is read with caution, naming the covariate', () => {
    const observations = line().map((o) =>
      o.indicatorId === 'poverty' && o.place.code === 's2' ? { ...o, quality: 2 as const } : o,
    );
    const s2 = chartOf(observations).units.find((u) => u.code === 's2');
    expect(s2?.warnings).toEqual(['covariate: quality flag 2: use with caution']);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(fc.anything(), { maxLength: 8 }),
        fc.anything(),
        fc.anything(),
        (query, rows, covariate, top) => {
          hopeChart(query as never);
          const chart = hopeChart({
            indicator: reading(),
            observations: rows as Observation[],
            period: '2024',
            level: 'school',
            covariate: covariate as never,
            top: top as number,
          });
          expect(chart.label).toBe('correlational, not causal');
        },
      ),
    );
    const hostile = {
      get indicator(): never {
        throw new Error('boom');
      },
    };
    expect(hopeChart(hostile as never).label).toBe('correlational, not causal');
    const hostileCovariate = {
      get indicatorId(): never {
        throw new Error('boom');
      },
    };
    expect(chartOf(line(), { covariate: hostileCovariate as never }).notes).toEqual([
      'no covariate indicator was given',
    ]);
  });

  it('the fit agrees with the residuals: they sum to 0 and are uncorrelated with the covariate', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -100, max: 100 }),
            y: fc.integer({ min: -100, max: 100 }),
          }),
          { minLength: 10, maxLength: 30 },
        ),
        (points) => {
          const observations = points.flatMap((p, i) => [
            row('reading', `u${i}`, p.y),
            row('poverty', `u${i}`, p.x),
          ]);
          const chart = chartOf(observations);
          if (chart.fit.status !== 'computed') return;
          const sum = chart.units.reduce((s, u) => s + u.residual, 0);
          const cross = chart.units.reduce((s, u) => s + u.residual * u.covariate, 0);
          expect(Math.abs(sum)).toBeLessThan(1e-6);
          expect(Math.abs(cross)).toBeLessThan(1e-4);
          for (const u of chart.brightSpots) expect(u.value).toBeGreaterThan(u.expected);
        },
      ),
    );
  });
});
