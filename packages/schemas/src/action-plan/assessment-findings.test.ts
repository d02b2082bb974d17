import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment.js';
import { assessmentFindings } from './assessment-findings.js';
import { readRiverbend } from './test-fixtures.js';

describe('assessmentFindings', () => {
  const assessment = readRiverbend('assessment.json') as Assessment;

  it('indexes the consensus findings of the Riverbend assessment by id, consensus first', () => {
    const findings = assessmentFindings(assessment);
    const consensus = [...findings.values()].filter((finding) => finding.source === 'consensus');
    expect(consensus.filter((finding) => finding.type === 'strength')).toHaveLength(17);
    expect(consensus.filter((finding) => finding.type === 'opportunity')).toHaveLength(17);
    expect(findings.get('consensus-1.2-o1')).toEqual({
      id: 'consensus-1.2-o1',
      type: 'opportunity',
      item: '1.2',
      text: "There is no systematic evaluation of the excellence group's own leaders or of the group's performance as a governing body.",
      priority: 'high',
      source: 'consensus',
    });
    expect(findings.get('consensus-1.1-s1')).toMatchObject({ type: 'strength', item: '1.1' });
    expect(findings.get('consensus-1.1-s1')?.priority).toBeUndefined();
  });

  it('keeps the first finding of a repeated id and leaves out findings without one', () => {
    const item = { item: '1.1', factors: 'ADLI' as const, range: '30-45', percent: 40 };
    const doc = {
      ...assessment,
      consensus: undefined,
      reviews: [
        {
          id: 'r1',
          reviewerId: 'x',
          status: 'submitted',
          items: [{ ...item, strengths: [{ id: 's', text: 'first' }, { text: 'no id' }] }],
        },
        {
          id: 'r2',
          reviewerId: 'y',
          status: 'submitted',
          items: [{ ...item, strengths: [{ id: 's', text: 'second' }] }],
        },
      ],
    } as unknown as Assessment;
    const findings = assessmentFindings(doc);
    expect([...findings.keys()]).toEqual(['s']);
    expect(findings.get('s')).toMatchObject({ text: 'first', source: { reviewId: 'r1' } });
  });

  it('never throws', () => {
    expect(assessmentFindings(null as unknown as Assessment).size).toBe(0);
  });
});
