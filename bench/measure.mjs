// Small measuring helpers for the benchmarks (run with `pnpm bench`, never as tests).
import { performance } from 'node:perf_hooks';

/**
 * Runs `fn` once as a warm-up on a slice and then `runs` times on the whole input, and returns the
 * best and median wall time with throughput. `count` is how many items one run processes.
 */
export function measure(name, count, fn, { runs = 3 } = {}) {
  fn();
  const times = [];
  let heapDelta = 0;
  for (let i = 0; i < runs; i += 1) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heapBefore);
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
  };
}

/** Formats results as a Markdown table with ratios against a baseline row. */
export function table(results, baselineName) {
  const baseline = results.find((r) => r.name === baselineName) ?? results[0];
  const lines = [
    '| task | items | median ms | items/s | x baseline | heap growth MB |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.count.toLocaleString('en-US')} | ${r.medianMs.toFixed(0)} | ${r.perSecond.toLocaleString('en-US')} | ${(r.medianMs / baseline.medianMs).toFixed(2)} | ${r.heapDeltaMb} |`,
    );
  }
  return lines.join('\n');
}
