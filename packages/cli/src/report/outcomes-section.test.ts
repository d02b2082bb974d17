import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '@community-excellence/schemas';
import { groupDocuments } from './documents.js';
import { analyzeOutcomes } from '@community-excellence/theory-of-action/outcomes';
import { outcomesSection as shape } from './outcomes-section.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

const docs = groupDocuments(exampleReportDocuments());
const indicators = docs['indicator-set'].flatMap((s) => s.indicators);
const observations = docs['observation-set'].flatMap((s) => s.observations);
const evidence = docs['partnership-evidence'][0];

/** The section of the analysis of `rows` (the report computes nothing else). */
const outcomesSection = (list: readonly Indicator[], rows: readonly Observation[]) =>
  shape(
    list,
    analyzeOutcomes({
      indicators: list,
      observations: rows,
      ...(rows === observations && evidence !== undefined ? { evidence } : {}),
    }),
  );

const row = (
  period: string,
  dimension: string,
  value: string,
  number: number | null,
): Observation => ({
  indicatorId: 'x',
  place: { code: 'p', level: 'county' },
  period: { label: period },
  subgroup: { dimension, value },
  value:
    number === null
      ? { kind: 'suppressed', raw: 'S' }
      : { kind: 'exact', raw: String(number), value: number },
});
const indicator = (direction: Indicator['direction']): Indicator => ({
  id: 'x',
  name: 'X',
  outcomeArea: 'OTHER',
  unit: { type: 'percent' },
  direction,
  role: 'core',
});

describe('outcomesSection on the Riverbend example', () => {
  const section = outcomesSection(indicators, observations);

  it("looks at the county the evidence's geography names", () => {
    expect(section.place).toEqual({
      level: 'county',
      code: 'riverbend-county',
      scheme: 'name',
      name: 'Riverbend County',
      basis: 'evidence-code',
    });
  });

  it('reads the graduation gap narrowing every year, as the example documents it', () => {
    const graduation = section.indicators.find((i) => i.id === 'hs-graduation-4yr');
    expect(graduation?.periods).toEqual(['2020-21', '2021-22', '2022-23', '2023-24', '2024-25']);
    expect(graduation?.dimension).toBe('race-ethnicity');
    expect(graduation?.otherDimensions).toEqual(['sex']);
    expect(graduation?.reference).toBe('White');
    const black = graduation?.gaps.find((g) => g.focal === 'Black');
    expect(black?.values.map((v) => (v === null ? null : Number(v.toFixed(1))))).toEqual([
      -14.1, -13.2, -11.9, -10.9, -9.4,
    ]);
    // With the cohorts' counts the 4.7-point narrowing is within its uncertainty (margin 6.9):
    // the analysis no longer calls it closing.
    expect(black?.status).toBe('within-uncertainty');
    expect(graduation?.series[0]?.group).toBe('all');
    expect(graduation?.trend).toBe('improving');
    expect(graduation?.gapSentences).toContain(
      'Black \u2212 White: no change within uncertainty (change 4.7 percentage points, margin \u00b16.9)',
    );
  });

  it('leaves suppressed, missing, bound and interval cells out, never as 0, and counts them', () => {
    const all = section.indicators.flatMap((i) => i.series.flatMap((s) => s.values));
    expect(all).toContain(null);
    expect(all).not.toContain(0);
    const excluded = section.indicators.reduce(
      (n, i) => n + Object.values(i.excluded).reduce((a, b) => a + b, 0),
      0,
    );
    expect(excluded).toBeGreaterThan(0);
  });

  it('keeps indicators in the indicator-set order', () => {
    const order = indicators
      .map((i) => i.id)
      .filter((id) => section.indicators.some((s) => s.id === id));
    expect(section.indicators.map((i) => i.id)).toEqual(order);
  });
});

describe('outcomesSection choices', () => {
  it('takes the best group in the first period as the reference, whatever the group order', () => {
    const rows = [
      row('2020', 'sex', 'Male', 69.5),
      row('2020', 'sex', 'Female', 71.2),
      row('2021', 'sex', 'Male', 70),
      row('2021', 'sex', 'Female', 72),
    ];
    const result = outcomesSection([indicator('higher-is-better')], rows).indicators[0];
    expect(result?.reference).toBe('Female');
    expect(result?.gaps.map((g) => g.focal)).toEqual(['Male']);
    expect(outcomesSection([indicator('lower-is-better')], rows).indicators[0]?.reference).toBe(
      'Male',
    );
  });

  it('shows no gap for an indicator without a direction of good', () => {
    const rows = [
      row('2020', 'race', 'A', 1),
      row('2020', 'race', 'B', 2),
      row('2021', 'race', 'A', 1),
      row('2021', 'race', 'B', 2),
    ];
    const result = outcomesSection([indicator('neutral')], rows).indicators[0];
    expect(result?.reference).toBeNull();
    expect(result?.gaps).toEqual([]);
    expect(result?.series.map((s) => s.group)).toEqual(['A', 'B']);
  });

  it('shows an indicator whose only cell is suppressed as suppressed, and reports no place without rows', () => {
    const suppressed = outcomesSection(
      [indicator('higher-is-better')],
      [row('2020', 'all', 'all', null)],
    ).indicators;
    expect(suppressed.map((i) => i.rows[0]?.cells[0]?.text)).toEqual(['S (suppressed)']);
    expect(suppressed[0]?.series[0]?.values).toEqual([null]);
    const empty = outcomesSection([indicator('higher-is-better')], []);
    expect(empty.place).toBeNull();
    expect(empty.indicators).toEqual([]);
  });

  it('orders periods by time, not by text', () => {
    const rows = [row('2010', 'all', 'all', 1), row('2009', 'all', 'all', 2)];
    expect(outcomesSection([indicator('higher-is-better')], rows).indicators[0]?.periods).toEqual([
      '2009',
      '2010',
    ]);
  });
});
