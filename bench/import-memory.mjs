// Benchmark: `coe import` through the built CLI on a large EDFacts-shaped CSV, for memory.
// Generates the file (default 1 GB; BENCH_IMPORT_MB to change) from the real EDFacts rows with
// district ids and school years varied (cells stay unique), in a temporary folder; runs
// `node packages/cli/dist/bin.js import big.csv --mapping edfacts-acgr --out rows.ndjson`, and
// compares in the same run with papaparse alone streaming the same file in a process of its own.
// Reports wall time, the rate over time (from the bytes the process has read, /proc/<pid>/io)
// and the peak resident set (VmHWM, /proc/<pid>/status). Linux only (it reads /proc).
// Run with `node bench/run.mjs import-memory` after `pnpm build`; figures go in docs/benchmarks.md.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import Papa from 'papaparse';
import { builtInMappings } from '../packages/theory-of-action/dist/import.js';

const TARGET_MB = Number(process.env.BENCH_IMPORT_MB ?? 1024);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const real = readFileSync(
  new URL('../../shared/data/county-health-rankings/edfactsdownload.csv', import.meta.url),
  'utf8',
);
const [header, ...body] = Papa.parse(real, { skipEmptyLines: true }).data;
const idColumn = header.indexOf('NCES LEA ID');
const yearColumn = header.indexOf('School Year');
const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

const dir = mkdtempSync(join(tmpdir(), 'coe-import-memory-'));
const csv = join(dir, 'big.csv');

async function generate() {
  const out = createWriteStream(csv);
  const target = TARGET_MB * 1024 * 1024;
  let bytes = 0;
  let rows = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${header.map(quote).join(',')}\r\n`);
  while (bytes < target) {
    const repeat = Math.floor(rows / body.length);
    let block = '';
    for (const source of body) {
      const row = source.slice();
      row[idColumn] = `${row[idColumn]}-${repeat}`;
      const year = 2021 - (repeat % 20);
      row[yearColumn] = `${year}-${year + 1}`;
      block += `${row.map(quote).join(',')}\r\n`;
      rows += 1;
    }
    await write(block);
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

const readProc = (pid, file) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
};
const field = (text, name) => {
  const match = new RegExp(`^${name}:?\\s+(\\d+)`, 'm').exec(text);
  return match === null ? undefined : Number(match[1]);
};

/** Runs a process, polling its peak RSS and the bytes it has read every 250 ms. */
async function watch(name, args, totalBytes) {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (data) => (stderr += data));
  let peakKb = 0;
  const samples = [];
  const timer = setInterval(() => {
    const hwm = field(readProc(child.pid, 'status'), 'VmHWM');
    if (hwm !== undefined) peakKb = Math.max(peakKb, hwm);
    const read = field(readProc(child.pid, 'io'), 'rchar');
    if (read !== undefined) samples.push({ t: performance.now() - start, read });
  }, 250);
  const [code] = await once(child, 'close');
  clearInterval(timer);
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`${name} exited ${code}: ${stderr}`);
  // The rate over time: MB read per second in windows of about 10% of the run.
  const windows = [];
  const step = Math.max(1, Math.floor(samples.length / 10));
  for (let i = step; i < samples.length; i += step) {
    const a = samples[i - step];
    const b = samples[i];
    windows.push(((b.read - a.read) / 1e6 / ((b.t - a.t) / 1000)).toFixed(0));
  }
  return {
    name,
    seconds,
    peakMb: Math.round(peakKb / 1024),
    mbPerSecond: totalBytes / 1e6 / seconds,
    windows,
  };
}

const papaScript = `
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
let rows = 0;
Papa.parse(createReadStream(process.argv[1]), { step: () => { rows += 1; }, complete: () => {} });
`;

try {
  const rows = await generate();
  const size = statSync(csv).size;
  console.log(
    `generated file: ${rows.toLocaleString('en-US')} rows, ${(size / 1e6).toFixed(0)} MB (CRLF), in ${dir}`,
  );
  console.log('| task | wall s | rows/s | MB/s | peak RSS MB | MB/s read, per tenth of the run |');
  console.log('|---|---:|---:|---:|---:|---|');
  const print = (r) =>
    console.log(
      `| ${r.name} | ${r.seconds.toFixed(1)} | ${Math.round(rows / r.seconds).toLocaleString('en-US')} | ${r.mbPerSecond.toFixed(1)} | ${r.peakMb} | ${r.windows.join(' ')} |`,
    );
  print(
    await watch(
      'papaparse alone, streamed (step per row)',
      ['--input-type=module', '-e', papaScript, csv],
      size,
    ),
  );
  // The same mapping without the library's factor-100 check: what the CLI's streaming itself holds.
  const noScale = join(dir, 'edfacts-acgr-no-scale-check.json');
  writeFileSync(noScale, JSON.stringify({ ...builtInMappings['edfacts-acgr'], scaleCheck: false }));
  const runs = [
    ['coe import --out rows.ndjson', 'edfacts-acgr', 'rows.ndjson'],
    ['coe import --out rows.ndjson, mapping with scaleCheck: false', noScale, 'rows.ndjson'],
    ['coe import --out set.json (streamed JSON)', 'edfacts-acgr', 'set.json'],
  ];
  for (const [name, mapping, out] of runs) {
    print(
      await watch(
        name,
        [bin, 'import', csv, '--mapping', mapping, '--out', join(dir, out), '--quiet'],
        size,
      ),
    );
    for (const file of ['rows.ndjson', 'rows.indicators.json', 'set.json'])
      rmSync(join(dir, file), { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
