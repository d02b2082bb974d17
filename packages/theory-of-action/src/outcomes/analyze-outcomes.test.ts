import { readFileSync } from 'node:fs';
import type { Indicator, Observation } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { builtInMappings } from '../import/built-in-mappings.js';
import { importCsv } from '../import/import-csv.js';
import { analyzeOutcomes } from './analyze-outcomes.js';
import { gapChangeSentence } from './gap-change-sentence.js';
import { trendSentence } from './trend-sentence.js';

const example = (name: string): never =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${name}`, import.meta.url), 'utf8'),
  ) as never;
const evidence = example('partnership-evidence.json');
const indicators: Indicator[] = (example('indicators.json') as { indicators: Indicator[] })
  .indicators;
const observations: Observation[] = (
  example('observations.json') as { observations: Observation[] }
).observations;
const shared = (path: string): string =>
  readFileSync(new URL(`../../../../../shared/data/${path}`, import.meta.url), 'utf8');

describe('analyzeOutcomes on the Riverbend example', () => {
  const analysis = analyzeOutcomes({ evidence, indicators, observations });

  it("reads the county the evidence's geography code names, not a district", () => {
    expect(analysis.place).toEqual({
      level: 'county',
      code: 'riverbend-county',
      scheme: 'name',
      name: 'Riverbend County',
      rows: 255,
      basis: 'evidence-code',
    });
    expect(analysis.issues).toEqual([]);
  });

  it('refuses with the candidates when the evidence names no place and the data hold four', () => {
    const { geography: _dropped, ...noPlace } = evidence as { geography: unknown };
    const refused = analyzeOutcomes({ evidence: noPlace as never, indicators, observations });
    expect(refused.place).toBeNull();
    expect(refused.indicators).toEqual([]);
    expect(refused.candidates.map((c) => [c.code, c.rows])).toEqual([
      ['riverbend-county', 255],
      ['9900101', 40],
      ['9900102', 40],
      ['9900103', 40],
    ]);
    expect(refused.issues[0]?.message).toBe(
      "the outcome data hold 4 candidate places and none is selected: county riverbend-county Riverbend County (255 rows); district 9900101 Riverbend County Schools (40 rows); district 9900102 Millbrook City Schools (40 rows); district 9900103 East Fork Local Schools (40 rows). Choose one with the place option (--place <code>) or a code in the partnership evidence's geography",
    );
    // Its core indicators are still listed (for the benchmarks), without data.
    expect(refused.core.every((c) => c.usableRows === 0 && c.trend === undefined)).toBe(true);
  });

  it('uses one reference group per dimension across the report, and says why', () => {
    expect(analysis.references.map((r) => [r.dimension, r.group, r.basis])).toEqual([
      ['race-ethnicity', 'White', 'rule'],
      ['sex', 'Female', 'rule'],
    ]);
    const referenceGroups = new Set(
      analysis.indicators.flatMap((i) =>
        i.gaps.filter((g) => g.dimension === 'race-ethnicity').map((g) => g.reference),
      ),
    );
    expect([...referenceGroups]).toEqual(['White']);
  });

  it('reads K-3 chronic absence 14.2 -> 22.6 -> ... -> 15.8 as mixed, never as plain improving', () => {
    const absence = analysis.indicators.find((i) => i.indicatorId === 'chronic-absence-k3');
    expect(absence?.trend?.status).toBe('mixed');
    expect(trendSentence(absence?.trend as never)).toBe(
      'mixed: improving since the 2021-22 peak (22.6 -> 15.8); still worse than the 2020-21 baseline (14.2); the slope is within noise',
    );
  });

  it('tests the graduation gap against the counts, and reads it closing when counts are exact', () => {
    const black = (a: typeof analysis) =>
      a.indicators
        .find((i) => i.indicatorId === 'hs-graduation-4yr')
        ?.gaps.find((g) => g.focal === 'Black');
    const byDefault = black(analysis);
    expect(byDefault?.change.status).toBe('within-uncertainty');
    expect(byDefault?.change.pointReading).toBe('closing');
    const exact = black(
      analyzeOutcomes({ evidence, indicators, observations }, { gapUncertainty: 'intervals' }),
    );
    expect(exact?.change.status).toBe('closing');
    expect(
      gapChangeSentence(exact?.change as never, {
        focal: 'Black',
        reference: 'White',
        unitWords: 'percentage points',
      }),
    ).toMatch(/^closing: 4\.7 of 14\.1 percentage points closed \(33\.\d%\)/);
  });

  it("judges the example's targets: met, missed, on track and off track", () => {
    const statuses = analysis.indicators.flatMap((i) =>
      i.targets.map(
        (t) => `${i.indicatorId} ${t.subgroup.value} ${t.status.period} ${t.status.status}`,
      ),
    );
    expect(statuses).toEqual([
      'grade3-ela-proficient all 2023-24 met',
      'grade3-ela-proficient all 2027-28 off-track',
      'grade3-ela-proficient Black 2027-28 off-track',
      'hs-graduation-4yr all 2024-25 missed',
      'hs-graduation-4yr all 2027-28 on-track',
      'hs-graduation-4yr Black 2027-28 on-track',
      'chronic-absence-k3 all 2027-28 off-track',
    ]);
  });

  it('files results evidence under the category-7 items with a suggested range, not a score', () => {
    expect(analysis.results.items.map((i) => [i.itemCode, i.suggestion.kind])).toEqual([
      ['7.4(1)', 'suggestion'],
      ['7.5(2)', 'suggestion'],
    ]);
  });

  it('reads the rows in two passes (places, then the chosen place), whatever their number', () => {
    let reads = 0;
    const counted = new Proxy(observations, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    analyzeOutcomes({ evidence, indicators, observations: counted });
    expect(reads).toBe(2 * observations.length);
  });
});

describe('analyzeOutcomes on real multi-place files', () => {
  const v024 = importCsv(
    shared('county-health-rankings/v024_subgroup_how.csv'),
    builtInMappings['chrr-v024-children-in-poverty'],
  );
  const chr = {
    indicators: v024.set?.indicators ?? [],
    observations: v024.set?.observations ?? [],
  };

  it('CHR&R: reads the county the evidence names, with Ohio and the United States as comparisons', () => {
    const a = analyzeOutcomes({
      ...chr,
      evidence: {
        ...(evidence as object),
        geography: {
          name: 'Hamilton County',
          type: 'county',
          codes: [{ system: 'FIPS', value: '39061' }],
        },
      } as never,
    });
    expect([a.place?.code, a.place?.name, a.place?.basis]).toEqual([
      '39061',
      'Hamilton County',
      'evidence-code',
    ]);
    const poverty = a.indicators[0];
    expect(poverty?.comparisons.map((c) => [c.place.relation, c.place.name])).toEqual([
      ['state', 'Ohio'],
      ['nation', 'United States'],
    ]);
    // v024 has only race rows: the whole population's comparison cells are empty (never another
    // group's values), and each race is compared with the same race in Ohio and the nation.
    expect(poverty?.comparisons[0]?.cells.map((c) => c.reason)).toEqual(['no-row']);
    const black = poverty?.series.find((s) => s.group === 'black');
    expect(black?.cells[0]?.value).toBeCloseTo(0.382008, 6);
    const ohioBlack = poverty?.comparisons[0]?.groups.find((s) => s.group === 'black');
    expect(ohioBlack?.cells[0]?.value).toBeCloseTo(0.376489, 6);
    // One period: no trend, and no reference group (a reference needs two usable periods).
    expect(poverty?.trend?.status).toBe('insufficient-data');
    expect(a.references[0]).toMatchObject({ dimension: 'race', group: null });
  });

  it('EDFacts: refuses among 12,279 districts, and shows a bound as what it is for the chosen one', () => {
    const edfacts = importCsv(
      shared('county-health-rankings/edfactsdownload.csv'),
      builtInMappings['edfacts-acgr'],
    );
    const input = {
      indicators: edfacts.set?.indicators ?? [],
      observations: edfacts.set?.observations ?? [],
    };
    const refused = analyzeOutcomes(input);
    expect(refused.place).toBeNull();
    expect(refused.issues[0]?.code).toBe('place_ambiguous');
    expect(refused.candidates).toHaveLength(12279);
    const bounded = input.observations.find((o) => o.value.kind === 'bound');
    const chosen = analyzeOutcomes(input, { place: bounded?.place.code ?? '' });
    const cell = chosen.indicators[0]?.series[0]?.cells[0];
    expect(cell?.value).toBeNull();
    expect(cell?.reason).toBe('bound');
    expect(cell?.display).toBe(bounded?.value.raw);
    expect(cell?.display).toMatch(/^(>=|<=|>|<)\d+%$/);
  });

  it('Colorado: leaves the 2014 values that are 100 times off out of the gaps, with a warning', () => {
    const reading = importCsv(
      shared('colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv'),
      builtInMappings['co-proficiency-by-race-reading'],
    );
    const a = analyzeOutcomes(
      { indicators: reading.set?.indicators ?? [], observations: reading.set?.observations ?? [] },
      { place: 'ACADEMY 20' },
    );
    expect(a.comparisons.map((c) => [c.relation, c.code])).toEqual([['state', 'Colorado']]);
    const hispanic = a.indicators[0]?.series.find((s) => s.group === 'Hispanic');
    // 2014 reads 0.00778 where the other years read about 0.75: left out, kept in the table.
    expect(hispanic?.cells.map((c) => c.reason ?? c.value)).toEqual([
      0.7486,
      0.77167,
      0.77278,
      'scale-suspected',
    ]);
    expect(hispanic?.cells[3]?.display).toBe('0.00778');
    expect(a.issues.filter((i) => i.code === 'scale_factor_suspected').length).toBeGreaterThan(0);
    // No gap is called widening by hundreds of percent because of the mis-scaled year: Native
    // American vs Asian (the best 2011 rate) widens 8.1 -> 8.8 points over 2011-2013.
    const native = a.indicators[0]?.gaps.find((g) => g.focal === 'Native American');
    expect(native?.points.map((p) => p.label)).toEqual(['2011', '2012', '2013']);
    expect(
      gapChangeSentence(native?.change as never, {
        focal: 'Native American',
        reference: 'Asian',
        factor: 100,
      }),
    ).toBe('widening: the gap grew from 8.1 to 8.8 (9.5% added)');
  });

  it('warns when data in 0-1 are declared as percent', () => {
    const rows: Observation[] = [0.61, 0.64, 0.66, 0.7, 0.72].map((value, i) => ({
      indicatorId: 'x',
      place: { code: 'p', level: 'county' },
      period: { label: String(2020 + i) },
      subgroup: { dimension: 'all', value: 'all' },
      value: { kind: 'exact', raw: String(value), value },
    }));
    const a = analyzeOutcomes({
      indicators: [
        {
          id: 'x',
          name: 'X',
          outcomeArea: 'OTHER',
          unit: { type: 'percent' },
          direction: 'higher-is-better',
          role: 'core',
        },
      ],
      observations: rows,
    });
    expect(a.issues.map((i) => [i.code, i.severity])).toEqual([['unit_scale_mismatch', 'warning']]);
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(() => analyzeOutcomes(hostile as never, hostile as never)).not.toThrow();
    expect(analyzeOutcomes(null as never).indicators).toEqual([]);
    // An indicator whose id throws when read: no analysis, and an issue that says why.
    const trap = Object.defineProperty({}, 'id', {
      get() {
        throw new Error('id is unreadable');
      },
    });
    const failed = analyzeOutcomes({ indicators: [trap] as never, observations });
    expect(failed.issues.map((i) => [i.code, i.message])).toEqual([
      ['outcome_analysis_failed', 'outcome data could not be analysed: id is unreadable'],
    ]);
    expect(
      analyzeOutcomes({
        indicators: [null, 5] as never,
        observations: [null, { place: 3 }] as never,
      }).place,
    ).toBeNull();
  });
});
