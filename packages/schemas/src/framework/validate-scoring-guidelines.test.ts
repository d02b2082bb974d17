import { describe, expect, it } from 'vitest';
import type { Issue } from '../issue.js';
import { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
import type { ScoringGuidelines } from './scoring-guidelines.js';
import { validateScoringGuidelines } from './validate-scoring-guidelines.js';

const copy = (): ScoringGuidelines => structuredClone(baldrigeScoringGuidelines);
const summary = (issues: readonly Issue[]): unknown[] =>
  issues.map((i) =>
    i.code === 'scale_gap' || i.code === 'scale_overlap'
      ? [i.code, i.path, i.from, i.to]
      : [i.code, i.path],
  );

describe('validateScoringGuidelines', () => {
  it('reports a gap between ranges', () => {
    const g = copy();
    g.ranges.splice(2, 1); // drop 30-45
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['scale_gap', ['ranges', 2, 'min'], 30, 50],
    ]);
  });

  it('reports overlapping ranges', () => {
    const g = copy();
    const range = g.ranges[3];
    if (range === undefined) throw new Error('fixture');
    range.min = 45;
    range.id = '45-65';
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['scale_overlap', ['ranges', 3, 'min'], 45, 45],
    ]);
  });

  it('reports a scale that does not reach 100 or start at 0', () => {
    const g = copy();
    g.ranges.pop();
    g.ranges.shift();
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['scale_gap', ['ranges', 0, 'min'], 0, 10],
      ['scale_gap', ['ranges', 3, 'max'], 90, 100],
    ]);
  });

  it('reports bounds off the step grid and an id that disagrees with its bounds', () => {
    const g = copy();
    const range = g.ranges[1];
    if (range === undefined) throw new Error('fixture');
    range.max = 27;
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['invalid_format', ['ranges', 1, 'id']],
      ['not_multiple_of', ['ranges', 1, 'max']],
      ['scale_overlap', ['ranges', 2, 'min'], 30, 27],
    ]);
  });

  it('reports duplicate range ids', () => {
    const g = copy();
    const first = g.ranges[0];
    if (first === undefined) throw new Error('fixture');
    g.ranges.push(first);
    expect(validateScoringGuidelines(g).issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate_id',
        path: ['ranges', 6, 'id'],
        firstPath: ['ranges', 0, 'id'],
      }),
    );
  });

  it('reports bands that do not start at 0, go backwards or exceed the maximum', () => {
    const g = copy();
    const process = g.bands?.process.bands;
    if (process === undefined) throw new Error('fixture');
    (process[0] as { lower: number }).lower = 10;
    (process[3] as { lower: number }).lower = 200;
    (process[7] as { lower: number }).lower = 600;
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['scale_gap', ['bands', 'process', 'bands', 0, 'lower'], 0, 10],
      ['scale_overlap', ['bands', 'process', 'bands', 3, 'lower'], 200, 201],
      ['too_big', ['bands', 'process', 'bands', 7, 'lower']],
    ]);
  });

  it('reports maturity stages that leave a gap', () => {
    const g = copy();
    const stage = g.maturityStages?.[3];
    if (stage === undefined) throw new Error('fixture');
    stage.minPercent = 75;
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['scale_gap', ['maturityStages', 3, 'min'], 70, 75],
    ]);
  });

  it('reports structural problems with paths and never throws', () => {
    const g = JSON.parse(JSON.stringify(baldrigeScoringGuidelines)) as {
      ranges: Record<string, unknown>[];
    };
    (g.ranges[0] as Record<string, unknown>).max = 'five';
    expect(summary(validateScoringGuidelines(g).issues)).toEqual([
      ['invalid_type', ['ranges', 0, 'max']],
    ]);
    for (const input of [null, {}, [], 'x'])
      expect(validateScoringGuidelines(input).ok).toBe(false);
  });
});
