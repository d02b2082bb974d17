import type { BenchmarkCatalogue } from './types.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Renders a catalogue as a Markdown table (id, version, family, gateway, pillar, text, rule,
 * judged on, confidence, sources). docs/benchmark-catalogue.md holds this output between markers,
 * and a test keeps the two equal.
 *
 * Never throws: a value that is not a catalogue gives `''`.
 *
 * @example
 * ```ts
 * renderCatalogueTable(DEFAULT_CATALOGUE).split('\n')[0]; // '| id | version | family | gateway | pillar | benchmark | rule | judged on | confidence | sources |'
 * ```
 */
export function renderCatalogueTable(catalogue: BenchmarkCatalogue): string {
  try {
    return renderCatalogueTableUnchecked(catalogue);
  } catch {
    return '';
  }
}

function renderCatalogueTableUnchecked(catalogue: BenchmarkCatalogue): string {
  const lines = [
    '| id | version | family | gateway | pillar | benchmark | rule | judged on | confidence | sources |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const b of catalogue.benchmarks) {
    const text =
      b.evidencePrompts.length > 0 ? `${b.text} Prompts: ${b.evidencePrompts.join('; ')}` : b.text;
    lines.push(
      `| ${cell(b.id)} | ${cell(b.version)} | ${b.family} | ${b.gateway ?? ''} | ${b.pillar ?? ''} | ${cell(text)} | ${cell(b.rule ?? '')} | ${b.judgedOn} | ${b.confidence} | ${b.sources.join(', ')} |`,
    );
  }
  return lines.join('\n');
}
