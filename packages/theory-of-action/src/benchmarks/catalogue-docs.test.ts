import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from './catalogue.js';
import { renderCatalogueTable } from './render.js';

const page = readFileSync(
  new URL('../../../../docs/benchmark-catalogue.md', import.meta.url),
  'utf8',
);
const between = /<!-- catalogue:start -->\n([\s\S]*?)\n<!-- catalogue:end -->/.exec(page)?.[1];

describe('docs/benchmark-catalogue.md', () => {
  it('holds exactly the rendered default catalogue (the docs never drift from the data)', () => {
    expect(between).toBe(renderCatalogueTable(DEFAULT_CATALOGUE));
  });
  it('ids are unique and gateway ids follow <letter>.<pillar>.<n>', () => {
    const ids = DEFAULT_CATALOGUE.benchmarks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of DEFAULT_CATALOGUE.benchmarks.filter((x) => x.family === 'gateway'))
      expect(b.id).toMatch(/^[EMSCPT]\.[0-4]\.\d+$/);
    expect(DEFAULT_CATALOGUE.benchmarks).toHaveLength(71);
  });
});
