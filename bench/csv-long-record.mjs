// Benchmark: one 50 MB CSV record without a line break inside (unquoted, or one quoted field full
// of delimiters), read by the library's CSV reader as
// one string and streamed in 64 KiB chunks (the CLI's read size), compared in the same run with
// papaparse parsing the whole string. Before the reader's geometric back-off, the streamed read
// re-parsed the unfinished record on every chunk (quadratic: about 22 s on the CI machine kind).
// Run with `node --expose-gc bench/run.mjs csv-long-record`; figures go in docs/benchmarks.md.
import Papa from 'papaparse';
import { createCsvRecordReader } from '../packages/theory-of-action/dist/import.js';
import { measure, table } from './measure.mjs';

const SIZE = Number(process.env.BENCH_RECORD_MB ?? 50) * 1024 * 1024;
const CHUNK = 64 * 1024;
const text = `h1,h2,h3\n1,${'x'.repeat(SIZE)},3\n4,5,6\n`;
const quoted = `h1,h2,h3\n1,"${'ab, cd, '.repeat(SIZE / 8)}",3\n4,5,6\n`;

let sink = 0;
const readWhole = (input) => {
  const reader = createCsvRecordReader();
  sink += reader.push(input).records.length + reader.end().records.length;
};
const readChunks = (input) => {
  const reader = createCsvRecordReader();
  for (let i = 0; i < input.length; i += CHUNK)
    sink += reader.push(input.slice(i, i + CHUNK)).records.length;
  sink += reader.end().records.length;
};
const results = [
  measure('papaparse, whole string (unquoted record)', 1, () => {
    sink += Papa.parse(text).data.length;
  }),
  measure('reader, whole string (unquoted record)', 1, () => readWhole(text)),
  measure('reader, 64 KiB chunks (unquoted record)', 1, () => readChunks(text)),
  measure('papaparse, whole string (quoted record)', 1, () => {
    sink += Papa.parse(quoted).data.length;
  }),
  measure('reader, whole string (quoted record)', 1, () => readWhole(quoted)),
  measure('reader, 64 KiB chunks (quoted record)', 1, () => readChunks(quoted)),
];
console.log(table(results, 'papaparse, whole string (unquoted record)'));
if (sink < 0) console.log(sink);
