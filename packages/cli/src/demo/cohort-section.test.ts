import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cohort } from '@community-excellence/schemas';
import { cohortSection } from './cohort-section.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/cohort.json', import.meta.url), 'utf8'),
) as Cohort;

describe('cohortSection', () => {
  it('replays the example cohort into phase one', () => {
    const section = cohortSection(example);
    expect(section.ok).toBe(true);
    expect(section.lines[0]).toContain('state phase-one');
  });

  it('reports a refused event instead of throwing', () => {
    const section = cohortSection({ ...example, kickoffOn: '2025-07-01' });
    expect(section.ok).toBe(false);
    expect(section.lines[0]).toContain('kick-off at 2025-07-01 refused');
  });
});
