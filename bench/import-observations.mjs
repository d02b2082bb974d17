// Benchmark: importing real outcome files into validated observation sets, compared in the same run
// with papaparse alone (the floor: parsing the CSV without mapping, codec or validation).
// 1. the largest real file (edfactsdownload.csv, 12,281 rows) with importCsv (whole set, set-level checks)
//    against Papa.parse on the whole string;
// 2. a 1,000,000-row file generated at bench time from the real EDFacts rows (district ids and years
//    varied so that cells stay unique), streamed with importCsvStream in 1 MiB chunks (default: the
//    factor-100 check and the duplicate-cell check; and with scaleCheck: false) against papaparse's
//    Parser fed the same chunks. Besides time, the heap the import retains at its end (its
//    cross-row state, measured after a full GC while the last batch is being read) per row.
// Run with `node --expose-gc bench/run.mjs import-observations`; figures go in docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import {
  builtInMappings,
  importCsv,
  importCsvStream,
} from '../packages/theory-of-action/dist/import.js';
import { measure, table } from './measure.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const mapping = builtInMappings['edfacts-acgr'];
const real = readFileSync(
  new URL('../../shared/data/county-health-rankings/edfactsdownload.csv', import.meta.url),
  'utf8',
);
const realRows = Papa.parse(real, { skipEmptyLines: true }).data;
const [header, ...body] = realRows;
console.log(
  `real file: ${body.length.toLocaleString('en-US')} rows, ${(real.length / 1e6).toFixed(1)} MB`,
);

let sink = 0;
// 15 runs: the import's code takes a few runs to be optimised, and measure() warms up once.
const RUNS = 15;
const small = [
  measure(
    'papaparse alone (real file)',
    body.length,
    () => {
      sink += Papa.parse(real).data.length;
    },
    { runs: RUNS },
  ),
  measure(
    'importCsv (real file, validated set)',
    body.length,
    () => {
      sink += importCsv(real, mapping).stats.observations;
    },
    { runs: RUNS },
  ),
];
console.log(table(small, 'papaparse alone (real file)'));
console.log(
  `importCsv / papaparse (median): ${(small[1].medianMs / small[0].medianMs).toFixed(2)}x; best of runs: ${(small[1].bestMs / small[0].bestMs).toFixed(2)}x`,
);

// Generated file: the real rows repeated, with the district id and the school year varied per repeat.
const idColumn = header.indexOf('NCES LEA ID');
const yearColumn = header.indexOf('School Year');
const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const lines = [header.map(quote).join(',')];
for (let i = 0; i < ROWS; i += 1) {
  const row = body[i % body.length].slice();
  const repeat = Math.floor(i / body.length);
  row[idColumn] = `${row[idColumn]}-${repeat}`;
  const year = 2021 - (repeat % 20);
  row[yearColumn] = `${year}-${year + 1}`;
  lines.push(row.map(quote).join(','));
}
const big = `${lines.join('\r\n')}\r\n`;
lines.length = 0;
console.log(
  `generated file: ${ROWS.toLocaleString('en-US')} rows, ${(big.length / 1e6).toFixed(0)} MB (CRLF)`,
);
const CHUNK = 1 << 20;
const chunks = [];
for (let i = 0; i < big.length; i += CHUNK) chunks.push(big.slice(i, i + CHUNK));

/**
 * Like measure() in measure.mjs, for async work: median of `runs` after a warm-up, peak heap growth,
 * and the heap retained at the end (`fn` returns `{ peak, retained }`, heap figures in bytes).
 */
async function measureAsync(name, count, fn, { runs = 3 } = {}) {
  await fn();
  const times = [];
  let heapDelta = 0;
  let retained = 0;
  for (let i = 0; i < runs; i += 1) {
    globalThis.gc?.();
    const before = inUse();
    const start = performance.now();
    const result = await fn();
    times.push(performance.now() - start);
    heapDelta = Math.max(heapDelta, (result?.peak ?? inUse()) - before);
    if (result?.retained !== undefined) retained = Math.max(retained, result.retained - before);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return {
    name,
    count,
    bestMs: times[0],
    medianMs: median,
    perSecond: Math.round((count / median) * 1000),
    heapDeltaMb: Math.round(heapDelta / 1e6),
    retainedBytesPerRow: retained / count,
  };
}

/** JS heap in use plus typed-array memory (outside the JS heap: the cross-row state lives there). */
const inUse = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** Reads an import stream; at the last batch, a full GC, then the heap that is still in use. */
async function drain(stream, expected) {
  let peak = 0;
  let retained;
  let observations = 0;
  for await (const batch of stream) {
    observations += batch.observations.length;
    sink += batch.issues.length;
    if (batch.done) {
      globalThis.gc?.();
      retained = inUse();
    }
    peak = Math.max(peak, inUse());
  }
  if (expected !== undefined && observations !== expected)
    throw new Error(`expected ${expected} observations, got ${observations}`);
  return { peak, retained };
}

const bigResults = [
  await measureAsync('papaparse alone, chunked (1M rows)', ROWS, async () => {
    let peak = 0;
    const parser = new Papa.Parser({ delimiter: ',', newline: '\r\n' });
    let partial = '';
    for (const chunk of chunks) {
      const text = partial + chunk;
      const result = parser.parse(text, 0, true);
      partial = text.slice(result.meta.cursor);
      sink += result.data.length;
      peak = Math.max(peak, inUse());
    }
    sink += parser.parse(partial, 0, false).data.length;
    return { peak };
  }),
  await measureAsync('importCsvStream (1M rows: scale and duplicate-cell checks)', ROWS, () =>
    drain(importCsvStream(chunks, mapping), ROWS),
  ),
  await measureAsync('importCsvStream, scaleCheck off (1M rows)', ROWS, () =>
    drain(importCsvStream(chunks, { ...mapping, scaleCheck: false }), ROWS),
  ),
];
console.log(table(bigResults, 'papaparse alone, chunked (1M rows)'));
for (const r of bigResults.slice(1))
  console.log(
    `${r.name}: ${(r.medianMs / bigResults[0].medianMs).toFixed(2)}x papaparse; retained at the end ${((r.retainedBytesPerRow * ROWS) / 1e6).toFixed(0)} MB (${r.retainedBytesPerRow.toFixed(1)} bytes a row)`,
  );
console.log(
  '(heap growth for the 1M-row runs is the peak of heap plus array buffers during the run minus the same before it; the generated text itself is held outside the measured growth)',
);
console.log(`(sink ${sink})`);
