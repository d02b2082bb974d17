import { describe, expect, it } from 'vitest';
import { roadmap } from './roadmap.js';
import { roadmapSentences } from './roadmap-text.js';
import { riverbendAssessment, scoreDerived } from './riverbend.fixture.js';

const assessment = riverbendAssessment();
const scorecard = scoreDerived(assessment);

describe('roadmapSentences', () => {
  it('writes the Riverbend roadmap to 400 as a start, one phase and the outcome', () => {
    const lines = roadmapSentences(roadmap(scorecard, { target: 400, assessment }));
    expect(lines).toEqual([
      'Now: 278 of 1000 points (process band 2 of 8; results band 1 of 8; maturity stage Early Systematic Approaches); target: 400 points.',
      'Phase 1: raise 7.1 to 50-65 (50%, +18, high-priority OFI), 7.4 to 50-65 (50%, +16, high-priority OFI), ' +
        '7.2 to 30-45 (30%, +12, high-priority OFI), 7.3 to 30-45 (30%, +12, high-priority OFI), 7.5 to 30-45 (30%, +9), ' +
        '2.2 to 50-65 (50%, +8, high-priority OFI), 5.1 to 50-65 (50%, +8, high-priority OFI), 1.1 to 50-65 (50%, +7), ' +
        '6.2 to 30-45 (30%, +6, high-priority OFI), 3.1 to 50-65 (50%, +6), 4.1 to 50-65 (50%, +4.5, high-priority OFI), ' +
        '4.2 to 30-45 (30%, +4.5, high-priority OFI), 2.1 to 50-65 (50%, +4.5), 5.2 to 50-65 (50%, +4.5), ' +
        '1.2 to 30-45 (30%, +2.5, high-priority OFI). ' +
        'Projected: 400.5 of 1000 points (process band 3 of 8; results band 3 of 8; maturity stage Early Systematic Approaches).',
      'Phase 1 reaches the target of 400 points.',
    ]);
  });

  it('says when the target is already met', () => {
    expect(roadmapSentences(roadmap(scorecard, { target: 250 })).at(-1)).toBe(
      'The target of 250 points is already met.',
    );
  });

  it('says how far short a phase limit leaves it', () => {
    expect(roadmapSentences(roadmap(scorecard, { target: 500, phases: 1 })).at(-1)).toBe(
      'After 1 phase the target of 500 points is not reached: 95 points short.',
    );
  });

  it('says when the target cannot be reached, and moves within the top range', () => {
    const lines = roadmapSentences(roadmap(scorecard, { target: 1200 }));
    expect(lines.at(-1)).toBe(
      'The target of 1200 points cannot be reached: with every item at 100% it is still 200 points short.',
    );
    expect(lines.at(-2)).toContain('Phase 5: raise 7.5 to 90-100 (100%, within its range, +9), ');
  });

  it('writes a mean-percent target in percent', () => {
    const lines = roadmapSentences(roadmap(scorecard, { target: { averagePercent: 30 } }));
    expect(lines[0]).toBe(
      'Now: a mean item score of 28.2% (process band 2 of 8; results band 1 of 8; maturity stage Early Systematic Approaches); target: a mean item score of 30%.',
    );
    expect(lines.at(-1)).toBe('Phase 1 reaches the target of a mean item score of 30%.');
  });

  it('says why there is no roadmap, and never throws', () => {
    expect(roadmapSentences(roadmap(scorecard, { target: -5 }))).toEqual([
      'No roadmap: Too small: expected number >= 0.',
    ]);
    expect(roadmapSentences(null as never)).toEqual(['No roadmap: the input is not a roadmap.']);
  });
});
