// Benchmark: how long the built CLI (packages/cli/dist/bin.js) takes to start and finish for
// `--version`, `--help` and `validate` on small inputs, each run as a new process, compared in the same
// run with what any Node tool pays: bare Node startup (`node -e 0`) and Node importing commander,
// zod, or our validators (@community-excellence/schemas) and exiting. Runs are interleaved (one of
// each task per round) so that load on the machine affects every task alike. It also lists the
// modules `--help` and `validate` load (bench/cli-startup.hooks.mjs), to show that commands are
// loaded lazily. Run with `pnpm bench` (or `node bench/run.mjs cli-startup` after a build); figures go
// in docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 40);
const WARMUP = 3;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const commanderUrl = pathToFileURL(
  createRequire(join(root, 'packages/cli/package.json')).resolve('commander'),
).href;
const schemasUrl = pathToFileURL(join(root, 'packages/schemas/dist/index.js')).href;
const importOnly = (url) => ['--input-type=module', '-e', `await import(${JSON.stringify(url)})`];

/** Each task: its label, the arguments after `node`, and what its output must contain. */
const tasks = [
  { name: '`node -e 0` (bare Node startup)', args: ['-e', '0'], expect: { code: 0 } },
  { name: 'Node importing commander', args: importOnly(commanderUrl), expect: { code: 0 } },
  {
    name: 'Node importing zod',
    args: ['--input-type=module', '-e', "await import('zod')"],
    expect: { code: 0 },
  },
  {
    name: 'Node importing `@community-excellence/schemas`',
    args: importOnly(schemasUrl),
    expect: { code: 0 },
  },
  {
    name: '`coe --version`',
    args: [bin, '--version'],
    expect: { code: 0, stdout: /\d+\.\d+\.\d+/ },
  },
  {
    name: '`coe --help`',
    args: [bin, '--help'],
    expect: { code: 0, stdout: /Usage: community-excellence/ },
  },
  {
    name: '`coe validate examples/riverbend/assessment.json`',
    args: [bin, 'validate', 'examples/riverbend/assessment.json'],
    expect: { code: 0, stdout: /valid/ },
  },
  {
    name: '`coe validate examples/riverbend` (7 documents)',
    args: [bin, 'validate', 'examples/riverbend'],
    expect: { code: 0, stdout: /valid/ },
  },
];

/** Runs one task once as a child process and returns its wall time in ms; throws on unexpected output. */
function runOnce(task, env = process.env) {
  const start = performance.now();
  const result = spawnSync(process.execPath, task.args, { cwd: root, env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (
    result.status !== task.expect.code ||
    (task.expect.stdout !== undefined && !task.expect.stdout.test(result.stdout))
  ) {
    throw new Error(`${task.name}: exit ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return ms;
}

/** The value at quantile `q` (0..1) of sorted numbers. */
const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];

for (const task of tasks) for (let i = 0; i < WARMUP; i += 1) runOnce(task);
const times = tasks.map(() => []);
for (let round = 0; round < RUNS; round += 1) {
  tasks.forEach((task, index) => times[index].push(runOnce(task)));
}

const baseline = quantile(
  [...times[0]].sort((a, b) => a - b),
  0.5,
);
const lines = [
  '| task | runs | min ms | median ms | p90 ms | x bare Node | ms over bare Node |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
tasks.forEach((task, index) => {
  const sorted = [...times[index]].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  lines.push(
    `| ${task.name} | ${sorted.length} | ${sorted[0].toFixed(0)} | ${median.toFixed(0)} | ${quantile(sorted, 0.9).toFixed(0)} | ${(median / baseline).toFixed(2)} | ${(median - baseline).toFixed(0)} |`,
  );
});
console.log(
  `${RUNS} interleaved rounds after ${WARMUP} warm-up runs per task, wall time per process (spawnSync), Node ${process.version}`,
);
console.log(lines.join('\n'));

// Which modules each command loads: the lazily loaded command chunks should keep zod, echarts and
// the workspace packages out of `--help`.
const logDir = mkdtempSync(join(tmpdir(), 'cli-startup-'));
try {
  const hooks = pathToFileURL(join(root, 'bench/cli-startup.hooks.mjs')).href;
  const heavy = ['zod', 'echarts', 'zrender', 'papaparse', 'cli-progress'].map((name) => ({
    name,
    pattern: new RegExp(`/node_modules/${name}/`),
  }));
  for (const pkg of ['schemas', 'scoring', 'cohorts', 'theory-of-action'])
    heavy.push({
      name: `@community-excellence/${pkg}`,
      pattern: new RegExp(`/packages/${pkg}/dist/`),
    });
  console.log('\n| command | modules loaded | heavy modules among them |\n|---|---:|---|');
  for (const task of tasks.filter((t) => t.args[0] === bin)) {
    const log = join(logDir, `${tasks.indexOf(task)}.txt`);
    runOnce(
      { ...task, args: ['--import', hooks, ...task.args] },
      { ...process.env, CLI_STARTUP_MODULE_LOG: log },
    );
    const urls = readFileSync(log, 'utf8').trim().split('\n');
    const found = heavy
      .filter(({ pattern }) => urls.some((url) => pattern.test(url)))
      .map(({ name }) => name);
    console.log(
      `| ${task.name} | ${urls.length} | ${found.length === 0 ? 'none' : found.join(', ')} |`,
    );
  }
} finally {
  rmSync(logDir, { recursive: true, force: true });
}
