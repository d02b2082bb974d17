import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCohort } from '../program/validate-cohort.js';
import { validateProgramParticipation } from '../program/validate-program-participation.js';
import { validatePartnershipEvidence } from './validate-partnership-evidence.js';

const jsonBlocks = (file: string): unknown[] =>
  [
    ...readFileSync(new URL(`../../../../docs/${file}`, import.meta.url), 'utf8').matchAll(
      /```json\n([\s\S]*?)```/g,
    ),
  ].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/programs-and-evidence.md', () => {
  it('has cohort, participation and evidence examples that validate without issues', () => {
    const [cohort, participation, evidence, ...rest] = jsonBlocks('programs-and-evidence.md');
    expect(rest).toEqual([]);
    expect(validateCohort(cohort).issues).toEqual([]);
    expect(validateProgramParticipation(participation).issues).toEqual([]);
    expect(validatePartnershipEvidence(evidence).issues).toEqual([]);
  });
});
