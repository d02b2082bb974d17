// Benchmark: validating 1,000,000 observation rows (NDJSON lines built from the real EDFacts
// graduation-rate file) with our zod-based validators, compared in the same run with ajv on our
// exported JSON Schema and with JSON.parse alone. Run with `pnpm bench`; figures go in docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import {
  createValueCodec,
  ObservationSchema,
  toJsonSchema,
  validateObservation,
  valueCodecPresets,
} from '../packages/schemas/dist/index.js';
import { measure, table } from './measure.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const csv = readFileSync(
  new URL('../../shared/data/county-health-rankings/edfactsdownload.csv', import.meta.url),
  'utf8',
);
const { data } = Papa.parse(csv, { header: true, skipEmptyLines: true });
const codec = createValueCodec(valueCodecPresets.edfacts);

const toObservation = (row, repeat) => {
  const parsed = codec.parse(row.Value);
  const denominator = Number(row.Denominator);
  return {
    id: `edfacts-${repeat}-${row['NCES LEA ID']}-${row.Subgroup}`.replace(/[^A-Za-z0-9._:-]/g, '-'),
    indicatorId: 'acgr-4yr',
    place: { code: row['NCES LEA ID'], name: row.LEA, level: 'district' },
    period: { label: `${2021 - (repeat % 10)}-${2022 - (repeat % 10)}` },
    subgroup: {
      dimension: row.Subgroup === 'All Students' ? 'all' : 'subgroup',
      value: row.Subgroup === 'All Students' ? 'all' : row.Subgroup,
    },
    value: parsed.ok ? parsed.value : { kind: 'missing', raw: row.Value },
    ...(Number.isFinite(denominator) && denominator > 0 ? { denominator } : {}),
    source: 'EDFacts 4-year adjusted cohort graduation rate',
  };
};

const lines = new Array(ROWS);
for (let i = 0; i < ROWS; i += 1)
  lines[i] = JSON.stringify(toObservation(data[i % data.length], Math.floor(i / data.length)));
const bytes = lines.reduce((n, line) => n + line.length + 1, 0);
console.log(
  `${ROWS.toLocaleString('en-US')} NDJSON rows from ${data.length.toLocaleString('en-US')} real EDFacts rows, ${(bytes / 1e6).toFixed(0)} MB`,
);

const ajv = addFormats(new Ajv2020({ strict: true, allErrors: false }));
const ajvValidate = ajv.compile(toJsonSchema('observation'));
const indicators = new Map([
  [
    'acgr-4yr',
    {
      id: 'acgr-4yr',
      name: '4-year graduation rate',
      outcomeArea: 'HIGH_SCHOOL_GRADUATION',
      unit: { type: 'percent' },
      direction: 'higher-is-better',
      role: 'core',
    },
  ],
]);

let sink = 0;
const results = [
  measure('JSON.parse only', ROWS, () => {
    for (const line of lines) sink += JSON.parse(line) === null ? 0 : 1;
  }),
  measure('JSON.parse + ajv (exported JSON Schema)', ROWS, () => {
    for (const line of lines) sink += ajvValidate(JSON.parse(line)) ? 1 : 0;
  }),
  measure('JSON.parse + zod ObservationSchema.safeParse', ROWS, () => {
    for (const line of lines) sink += ObservationSchema.safeParse(JSON.parse(line)).success ? 1 : 0;
  }),
  measure('JSON.parse + validateObservation (full checks)', ROWS, () => {
    for (const line of lines)
      sink += validateObservation(JSON.parse(line), { indicators }).ok ? 1 : 0;
  }),
];
const valid = lines
  .slice(0, 10_000)
  .filter((line) => validateObservation(JSON.parse(line), { indicators }).ok).length;
console.log(
  `sanity: ${valid} of 10,000 sample rows valid by validateObservation; ajv agrees on ${lines.slice(0, 10_000).filter((l) => ajvValidate(JSON.parse(l))).length}`,
);
console.log(table(results, 'JSON.parse only'));
console.log(`(sink ${sink})`);
