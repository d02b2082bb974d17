// Benchmark: benchmark checks and series metrics over a generated national-scale observation set, at
// three sizes, compared in the same run with a floor (a plain loop summing the exact values).
// The data: the 12 Riverbend indicators (ids match examples/riverbend/partnership-evidence.json, so the
// 8 core indicators are checked) x 6 school years x 8 subgroups (all, 5 race/ethnicity groups, 2 sexes)
// per county; the sizes scale the number of counties (576 rows each). Values come from a seeded PRNG
// (mulberry32): about 4% suppressed, 1% missing, 2% bounds (">=95%"), the rest exact with a denominator.
// Place, period and subgroup objects are shared between rows (as an importer that interns them would);
// every row has its own observation and value objects.
// Run with `node --expose-gc --max-old-space-size=16384 bench/run.mjs check-partnership`
// (BENCH_SIZES=1000000,3000000 to choose the sizes); figures go in docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  assessPartnership,
  indicatorTrend,
  subgroupGapTrend,
} from '../packages/theory-of-action/dist/index.js';
import { measure } from './measure.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000000,3000000,10000000').split(',').map(Number);
const example = (name) =>
  JSON.parse(readFileSync(new URL(`../examples/riverbend/${name}`, import.meta.url), 'utf8'));
const evidence = example('partnership-evidence.json');
const indicators = example('indicators.json').indicators;
const coreIds = [...new Set(evidence.outcomes.flatMap((o) => o.coreIndicatorIds ?? []))];
const core = coreIds.map((id) => indicators.find((i) => i.id === id));

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const periods = YEARS.map((y) => ({
  label: `${y}-${String(y + 1).slice(2)}`,
  start: `${y}-07-01`,
  end: `${y + 1}-06-30`,
}));
const RACES = ['White', 'Black', 'Hispanic', 'Asian', 'Two or more races'];
const subgroups = [
  { dimension: 'all', value: 'all' },
  ...RACES.map((value) => ({ dimension: 'race-ethnicity', value })),
  ...['Female', 'Male'].map((value) => ({ dimension: 'sex', value })),
];
const ROWS_PER_COUNTY = indicators.length * periods.length * subgroups.length;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `counties` x 576 observation rows, deterministic for a given count. */
function generate(counties) {
  const random = mulberry32(20261123);
  const rows = new Array(counties * ROWS_PER_COUNTY);
  let n = 0;
  for (let c = 0; c < counties; c += 1) {
    const place = { code: `c${String(c).padStart(5, '0')}`, scheme: 'name', level: 'county' };
    const size = 200 + Math.floor(random() * 5000);
    for (const indicator of indicators) {
      const base = 20 + random() * 60;
      const slope = (random() - 0.4) * 2;
      for (let p = 0; p < periods.length; p += 1) {
        for (let s = 0; s < subgroups.length; s += 1) {
          const shift = s === 0 ? 0 : (s - 3) * 3 + (random() - 0.5) * 4;
          const u = random();
          let value;
          let denominator;
          if (u < 0.04) value = { kind: 'suppressed', raw: 'S' };
          else if (u < 0.05) value = { kind: 'missing', reason: 'not-available', raw: 'N/A' };
          else if (u < 0.07) value = { kind: 'bound', raw: '>=95%', op: '>=', value: 95 };
          else {
            const v = Math.round(Math.min(99, Math.max(1, base + slope * p + shift)) * 10) / 10;
            value = { kind: 'exact', raw: String(v), value: v };
            denominator = s === 0 ? size : Math.max(10, Math.floor(size / (s < 6 ? 5 : 2)));
          }
          rows[n++] = {
            indicatorId: indicator.id,
            place,
            period: periods[p],
            subgroup: subgroups[s],
            value,
            ...(denominator === undefined ? {} : { denominator }),
          };
        }
      }
    }
  }
  return rows;
}

const mb = (bytes) => Math.round(bytes / 1e6);
let sink = 0;
const all = [];
for (const target of SIZES) {
  const counties = Math.ceil(target / ROWS_PER_COUNTY);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let observations = generate(counties);
  const genMs = performance.now() - t0;
  globalThis.gc?.();
  const dataMb = mb(process.memoryUsage().heapUsed - before);
  const N = observations.length;
  console.log(
    `\n### ${N.toLocaleString('en-US')} observations (${counties.toLocaleString('en-US')} counties), generated in ${(genMs / 1000).toFixed(1)} s, ${dataMb} MB of heap\n`,
  );
  const primary = { level: 'county', code: 'c00000' };
  const results = [
    measure('floor: loop summing exact values', N, () => {
      let s = 0;
      for (let i = 0; i < observations.length; i += 1) {
        const v = observations[i].value;
        if (v.kind === 'exact') s += v.value;
      }
      sink += s;
    }),
    measure('assessPartnership (Riverbend evidence, default catalogue, --place c00000)', N, () => {
      const report = assessPartnership(
        { evidence, indicators, observations },
        { place: primary.code },
      );
      if (report.outcomes.place?.code !== primary.code)
        throw new Error(`unexpected place ${JSON.stringify(report.outcomes.place)}`);
      sink += report.counts.met;
    }),
    measure('indicatorTrend x 8 core indicators, one county, whole array', N, () => {
      for (const indicator of core)
        sink += indicatorTrend({ indicator, observations, place: primary }).trend.points;
    }),
    measure('subgroupGapTrend x 8 core x 4 groups vs White, one county, whole array', N, () => {
      for (const indicator of core)
        for (const focal of RACES.slice(1))
          sink += subgroupGapTrend({
            indicator,
            observations,
            place: primary,
            dimension: 'race-ethnicity',
            focal,
            reference: 'White',
          }).points.length;
    }),
    measure(
      'every county: group rows by place, then indicatorTrend x 8 core',
      N,
      () => {
        const byPlace = new Map();
        for (const o of observations) {
          const list = byPlace.get(o.place.code);
          if (list) list.push(o);
          else byPlace.set(o.place.code, [o]);
        }
        for (const [code, rows] of byPlace)
          for (const indicator of core)
            sink += indicatorTrend({
              indicator,
              observations: rows,
              place: { level: 'county', code },
            }).trend.points;
      },
      { runs: 1 },
    ),
  ];
  const floor = results[0];
  console.log('| task | observations | median ms | observations/s | x floor | heap growth MB |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.count.toLocaleString('en-US')} | ${r.medianMs.toFixed(0)} | ${r.perSecond.toLocaleString('en-US')} | ${(r.medianMs / floor.medianMs).toFixed(1)} | ${r.heapDeltaMb} |`,
    );
  all.push({ N, counties, dataMb, results });
  observations = undefined;
}

console.log('\n### Growth (median ms by size)\n');
console.log(`| task | ${all.map((a) => `${(a.N / 1e6).toFixed(1)}M`).join(' | ')} |`);
console.log(`|---|${all.map(() => '---:').join('|')}|`);
for (let i = 0; i < all[0].results.length; i += 1)
  console.log(
    `| ${all[0].results[i].name} | ${all.map((a) => a.results[i].medianMs.toFixed(0)).join(' | ')} |`,
  );
console.log(`| data set heap MB | ${all.map((a) => a.dataMb).join(' | ')} |`);
if (sink === 0) console.log('(sink)');
