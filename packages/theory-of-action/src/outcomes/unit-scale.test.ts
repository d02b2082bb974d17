import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  Indicator,
  Issue,
  Observation,
  ObservationValue,
} from '@community-excellence/schemas';
import {
  builtInMappings,
  importCsv,
  importCsvStream,
  importJson,
  importNdjson,
  type ImportMapping,
} from '../import/index.js';
import { checkUnitScale, createUnitScaleAccumulator } from './unit-scale.js';

const read = (file: string): string => readFileSync(`../shared/data/${file}`, 'utf8');

const indicator = (unit: Indicator['unit'], id = 'grad'): Indicator => ({
  id,
  name: 'Graduation',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit,
  direction: 'higher-is-better',
  role: 'core',
});

const mapping = (unit: Indicator['unit']): ImportMapping => ({
  id: 'long',
  indicators: [indicator(unit)],
  indicatorId: { value: 'grad' },
  place: { code: { column: 'place' }, level: { value: 'district' } },
  period: { label: { column: 'year' } },
  groups: [
    {
      subgroup: { dimension: { value: 'all' }, value: { value: 'all' } },
      columns: { value: 'value' },
    },
  ],
  scaleCheck: false,
});

const csv = (values: readonly string[]): string =>
  ['place,year,value', ...values.map((v, i) => `d${i % 3},${2010 + i},${v}`)].join('\n');

// Proportions, as the Colorado KIDS COUNT files write them (their DataFormat column says "Percent").
const proportions = ['0.724', '0.739', '0.75354', 'LNE', '0.769', '0.773', '0.057'];
// Percents, as EDFacts writes them.
const percents = ['72.4', '73.9', '75.4', 'S', '76.9', '0.5', '88'];

const mismatches = (issues: readonly Issue[]): Issue[] =>
  issues.filter((issue) => issue.code === 'unit_scale_mismatch');

const exact = (value: number): ObservationValue => ({ kind: 'exact', raw: String(value), value });
const row = (value: ObservationValue, indicatorId = 'grad'): Observation => ({
  indicatorId,
  place: { code: 'd', level: 'district' },
  period: { label: '2020' },
  subgroup: { dimension: 'all', value: 'all' },
  value,
});

describe('checkUnitScale: the rule', () => {
  it('0-1 data declared percent: one warning with the evidence', () => {
    const rows = [0.724, 0.739, 0.75354, 0.769, 0.057].map((v) => row(exact(v)));
    const issues = checkUnitScale(indicator({ type: 'percent' }), rows);
    expect(issues).toEqual([
      {
        code: 'unit_scale_mismatch',
        indicatorId: 'grad',
        declared: 'percent',
        count: 5,
        outside: 5,
        min: 0.057,
        max: 0.769,
        suggested: 'proportion',
        path: ['indicators', 'grad', 'unit'],
        severity: 'warning',
        message:
          'Indicator grad is declared in percent (0 to 100), but all 5 of its values lie between 0 and 1 (min 0.057, max 0.769): they look like proportions. Declare its unit as proportion, or multiply the values by 100. The values were not changed.',
      },
    ]);
  });

  it('0-100 data declared proportion: one warning suggesting percent', () => {
    const rows = [72.4, 73.9, 0.5, 88].map((v) => row(exact(v)));
    const [issue, ...rest] = checkUnitScale(indicator({ type: 'proportion' }), rows);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      declared: 'proportion',
      count: 4,
      outside: 3,
      min: 0.5,
      max: 88,
      suggested: 'percent',
    });
    expect(issue?.message).toBe(
      'Indicator grad is declared as a proportion (0 to 1), but 3 of its 4 values lie above 1 and at most 100 (min 0.5, max 88): they look like percents. Declare its unit as percent, or divide the values by 100. The values were not changed.',
    );
  });

  it('is not fooled by few values, zeros, one percent-sized value or values above 100', () => {
    const percent = indicator({ type: 'percent' });
    const proportion = indicator({ type: 'proportion' });
    // Four small percents are not evidence (minValues 5); five are.
    const small = [0.1, 0.2, 0.3, 0.4].map((v) => row(exact(v)));
    expect(checkUnitScale(percent, small)).toEqual([]);
    expect(checkUnitScale(percent, small, { minValues: 4 })).toHaveLength(1);
    // All zeros: nothing to tell the units apart.
    expect(
      checkUnitScale(
        percent,
        [0, 0, 0, 0, 0, 0].map((v) => row(exact(v))),
      ),
    ).toEqual([]);
    // One value above 1 among proportions: a percent data set with small values.
    expect(
      checkUnitScale(
        percent,
        [0.1, 0.2, 0.3, 0.4, 0.5, 2].map((v) => row(exact(v))),
      ),
    ).toEqual([]);
    // Negative values are not proportions.
    expect(
      checkUnitScale(
        percent,
        [-0.1, 0.2, 0.3, 0.4, 0.5].map((v) => row(exact(v))),
      ),
    ).toEqual([]);
    // One stray percent among 9 proportions is a problem of that value, not of the unit
    // (value_outside_unit_range and scale_factor_suspected report it) ...
    const stray = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 81.6].map((v) => row(exact(v)));
    expect(checkUnitScale(proportion, stray)).toEqual([]);
    // ... unless the caller asks to hear about any value above 1.
    expect(checkUnitScale(proportion, stray, { minShareAboveOne: 0 })[0]).toMatchObject({
      count: 10,
      outside: 1,
      max: 81.6,
    });
    // Values above 100 are neither proportions nor percents: not counted as percents.
    expect(
      checkUnitScale(
        proportion,
        [250, 300, 0.5].map((v) => row(exact(v))),
      ),
    ).toEqual([]);
    // Other units are not judged.
    expect(checkUnitScale(indicator({ type: 'rate', per: 1000 }), small)).toEqual([]);
  });

  it('counts bounds and intervals by their numbers, not suppressed or missing cells', () => {
    const rows = [
      row({ kind: 'bound', raw: '>=0.95', op: '>=', value: 0.95 }),
      row({ kind: 'interval', raw: '0.85-0.89', low: 0.85, high: 0.89 }),
      row(exact(0.5)),
      row(exact(0.6)),
      row({ kind: 'suppressed', raw: 'S' }),
      row({ kind: 'missing', raw: 'MISSING', reason: 'not-available' }),
      row(exact(0.05)),
      row(exact(99), 'other-indicator'),
    ];
    expect(checkUnitScale(indicator({ type: 'percent' }), rows)[0]).toMatchObject({
      count: 5,
      min: 0.05,
      max: 0.95,
    });
    // An interval reaching above 1 counts once, by its upper end.
    const percentRows = [
      row({ kind: 'interval', raw: '85-89%', low: 85, high: 89, unit: 'percent' }),
      row({ kind: 'bound', raw: '<50%', op: '<', value: 50, unit: 'percent' }),
    ];
    expect(checkUnitScale(indicator({ type: 'proportion' }), percentRows)[0]).toMatchObject({
      count: 2,
      outside: 2,
      min: 50,
      max: 89,
    });
  });

  it('takes the path of the indicator when the caller knows it', () => {
    const rows = [72.4, 73.9].map((v) => row(exact(v)));
    expect(
      checkUnitScale(indicator({ type: 'proportion' }), rows, { path: ['indicators', 3] })[0]?.path,
    ).toEqual(['indicators', 3, 'unit']);
  });

  it('never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(checkUnitScale(null as never, null as never)).toEqual([]);
    expect(checkUnitScale(hostile as never, [hostile] as never, hostile as never)).toEqual([]);
    expect(
      checkUnitScale(indicator({ type: 'percent' }), [null, 1, row(exact(Number.NaN))] as never),
    ).toEqual([]);
    const units = createUnitScaleAccumulator({ minValues: Number.NaN, minShareAboveOne: -1 });
    units.add('__proto__', hostile as never);
    units.add(null as never, exact(1));
    units.add('x', { kind: 'exact', raw: '', value: Number.POSITIVE_INFINITY });
    expect(units.issues(hostile as never)).toEqual([]);
    expect(units.issues(null as never)).toEqual([]);
  });
});

describe('the importers use the same rule', () => {
  it('CSV: 0-1 data declared percent give one warning on the whole file', () => {
    const result = importCsv(csv(proportions), mapping({ type: 'percent' }), { file: 'p.csv' });
    expect(result.ok).toBe(true);
    expect(mismatches(result.issues)).toEqual([
      expect.objectContaining({
        code: 'unit_scale_mismatch',
        declared: 'percent',
        count: 6,
        outside: 6,
        min: 0.057,
        max: 0.773,
        suggested: 'proportion',
        path: ['indicators', 'grad', 'unit'],
        severity: 'warning',
      }),
    ]);
    expect(result.stats.warnings).toBe(
      result.issues.filter((i) => i.severity === 'warning').length,
    );
    // Declared right, no warning.
    expect(mismatches(importCsv(csv(proportions), mapping({ type: 'proportion' })).issues)).toEqual(
      [],
    );
  });

  it('CSV: 0-100 data declared proportion give one warning suggesting percent', () => {
    const result = importCsv(csv(percents), mapping({ type: 'proportion' }));
    expect(mismatches(result.issues)).toEqual([
      expect.objectContaining({ count: 6, outside: 5, min: 0.5, max: 88, suggested: 'percent' }),
    ]);
    expect(mismatches(importCsv(csv(percents), mapping({ type: 'percent' })).issues)).toEqual([]);
  });

  it('streaming: the last batch carries the warning, whatever the chunk size', async () => {
    for (const chunkSize of [7, 1 << 20]) {
      const batches = [];
      for await (const batch of importCsvStream(csv(proportions), mapping({ type: 'percent' }), {
        chunkSize,
      }))
        batches.push(batch);
      const last = batches.at(-1);
      expect(last?.done).toBe(true);
      expect(batches.slice(0, -1).flatMap((b) => mismatches(b.issues))).toEqual([]);
      expect(mismatches(last?.issues ?? [])).toEqual([
        expect.objectContaining({ count: 6, min: 0.057, max: 0.773 }),
      ]);
    }
  });

  it('JSON and NDJSON: the same warning', () => {
    const rows = [0.724, 0.739, 0.75354, 0.769, 0.773].map((v, i) => ({
      ...row(exact(v)),
      period: { label: String(2010 + i) },
    }));
    const fromJson = importJson(
      JSON.stringify({
        kind: 'observation-set',
        formatVersion: 1,
        id: 's',
        indicators: [indicator({ type: 'percent' })],
        observations: rows,
      }),
    );
    expect(mismatches(fromJson.issues)).toEqual([
      expect.objectContaining({ count: 5, min: 0.724, max: 0.773, suggested: 'proportion' }),
    ]);
    expect(fromJson.issues.map((i) => i.code)).toEqual(['unit_scale_mismatch']);
    expect(fromJson.stats.warnings).toBe(1);
    const fromNdjson = importNdjson(rows.map((r) => JSON.stringify(r)).join('\n'), {
      indicators: [indicator({ type: 'percent' })],
    });
    expect(mismatches(fromNdjson.issues)).toHaveLength(1);
    // Without a catalogue the unit is unknown: nothing to judge.
    expect(mismatches(importNdjson(rows.map((r) => JSON.stringify(r)).join('\n')).issues)).toEqual(
      [],
    );
  });
});

describe('real files', () => {
  it('CHR&R v024 with its built-in mapping (proportion, values 0-1): no warning', () => {
    const result = importCsv(
      read('county-health-rankings/v024_subgroup_how.csv'),
      builtInMappings['chrr-v024-children-in-poverty'],
    );
    expect(result.set?.indicators?.[0]?.unit).toEqual({ type: 'proportion' });
    expect(result.stats.values.exact).toBe(9036);
    expect(mismatches(result.issues)).toEqual([]);
  });

  it('EDFacts with its built-in mapping (percent, exact values, ranges and bounds): no warning', () => {
    const result = importCsv(
      read('county-health-rankings/edfactsdownload.csv'),
      builtInMappings['edfacts-acgr'],
    );
    expect(result.set?.indicators?.[0]?.unit).toEqual({ type: 'percent' });
    expect(mismatches(result.issues)).toEqual([]);
  });

  // The Colorado KIDS COUNT files say "Percent" in their DataFormat column but hold proportions
  // (0.724); the built-in mappings declare `proportion`, so no Colorado file gives a warning.
  const colorado = [
    ['co-3rd-grade-proficient', '3rd-grade-students-scoring-proficient-or-above.csv'],
    ['co-8th-grade-proficient', '8th-grade-students-scoring-proficient-or-above.csv'],
    ['co-proficiency-by-race-math', 'average-proficiency-by-race-ethnicity-math.csv'],
    ['co-proficiency-by-race-reading', 'average-proficiency-by-race-ethnicity-reading.csv'],
    ['co-dropout-by-race-and-sex', 'dropout-rates-by-race-and-ethnicity.csv'],
    ['co-graduation', 'high-school-graduation-rates.csv'],
    ['co-graduation-cr', 'high-school-graduation-rates.cr-line-endings.csv'],
    ['co-full-day-kindergarten', 'kindergartners-in-full-day-program.csv'],
    ['co-remediation', 'remediation-in-higher-education.csv'],
  ] as const;

  it.each(colorado)('Colorado %s: declared proportion, no warning', (name, file) => {
    const m = builtInMappings[name];
    expect(new Set(m.indicators?.map((i) => i.unit.type))).toEqual(new Set(['proportion']));
    expect(mismatches(importCsv(read(`colorado-kids-count/${file}`), m).issues)).toEqual([]);
  });

  it('Colorado graduation declared percent, as its DataFormat column says: the warning', () => {
    const m = builtInMappings['co-graduation'];
    const percent: ImportMapping = {
      ...m,
      indicators: (m.indicators ?? []).map((i) => ({ ...i, unit: { type: 'percent' } })),
    };
    const result = importCsv(read('colorado-kids-count/high-school-graduation-rates.csv'), percent);
    expect(mismatches(result.issues)).toEqual([
      expect.objectContaining({
        indicatorId: 'co-graduation',
        declared: 'percent',
        count: 895,
        outside: 895,
        min: 0,
        max: 1,
        suggested: 'proportion',
      }),
    ]);
  });

  it('Colorado 3rd grade reading: the one 81.6* among 931 proportions is a value problem, not a unit one', () => {
    const result = importCsv(
      read('colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv'),
      builtInMappings['co-3rd-grade-proficient'],
    );
    const reading = (result.set?.indicators ?? []).find(
      (i) => i.id === 'co-grade3-proficient-reading',
    );
    const observations = result.set?.observations ?? [];
    expect(reading).toBeDefined();
    if (reading === undefined) return;
    // Reported per value by the row checks ...
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      'scale_factor_suspected',
      'value_outside_unit_range',
    ]);
    expect(checkUnitScale(reading, observations)).toEqual([]);
    // ... and by the unit rule only when asked to hear about any value above 1.
    expect(checkUnitScale(reading, observations, { minShareAboveOne: 0 })).toEqual([
      expect.objectContaining({ count: 931, outside: 1, min: 0, max: 81.6 }),
    ]);
  });
});
