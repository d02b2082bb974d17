import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocumentSet } from '../validate-document-set.js';
import { readRiverbend } from './test-fixtures.js';
import { validateActionPlan } from './validate-action-plan.js';

const jsonBlocks = (file: string): unknown[] =>
  [
    ...readFileSync(new URL(`../../../../docs/${file}`, import.meta.url), 'utf8').matchAll(
      /```json\n([\s\S]*?)```/g,
    ),
  ].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/action-plans.md', () => {
  it('has one action-plan example that validates alone and with the Riverbend documents, without issues', () => {
    const [plan, ...rest] = jsonBlocks('action-plans.md');
    expect(rest).toEqual([]);
    expect(validateActionPlan(plan).issues).toEqual([]);
    const others = [
      'community.json',
      'assessment.json',
      'indicators.json',
      'partnership-evidence.json',
    ];
    expect(validateDocumentSet([...others.map(readRiverbend), plan]).issues).toEqual([]);
  });
});
