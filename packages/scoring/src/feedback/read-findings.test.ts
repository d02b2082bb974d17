import { describe, expect, it } from 'vitest';
import { readFindings } from './read-findings.js';
import { feedbackAssessment, reviewOnlyAssessment } from './test-assessments.js';

describe('readFindings', () => {
  const assessment = feedbackAssessment([
    {
      item: '1.1',
      range: '30-45',
      percent: 40,
      strengths: [{ text: 'Clear vision.' }, { id: 's-given', text: 'Shared values.' }],
      opportunities: [
        { id: 'o-low', text: 'Low one.', priority: 'low' },
        { id: 'o-med', text: 'Medium one.', priority: 'medium' },
        { id: 'o-high', text: 'High one.', priority: 'high', keyFactors: ['kf-a'] },
      ],
    },
  ]);

  it('reads the consensus, sorts OFIs high first and keeps or generates ids', () => {
    const read = readFindings(assessment);
    expect(read.source).toEqual({
      type: 'consensus',
      status: 'agreed',
      label: 'the consensus record (agreed)',
    });
    const entry = read.entries.get('1.1');
    expect(entry?.strengths.map((s) => [s.id, s.idGiven])).toEqual([
      ['1.1#s1', false],
      ['s-given', true],
    ]);
    expect(entry?.opportunities.map((o) => o.id)).toEqual(['o-high', 'o-med', 'o-low']);
    expect(entry?.opportunities[0]?.keyFactors).toEqual(['kf-a']);
    expect(entry?.rationale).toBe('Rationale for 1.1.');
  });

  it('reads one review, says it is a draft, and takes the comment as the rationale', () => {
    const read = readFindings(
      reviewOnlyAssessment('draft', [
        {
          item: '1.1',
          factors: 'ADLI',
          comment: 'Reviewer comment.',
          strengths: [{ text: 'Draft strength.' }],
        },
      ]),
    );
    expect(read.source).toEqual({
      type: 'review',
      reviewId: 'review-a',
      reviewerId: 'rev-a',
      status: 'draft',
      label: 'review review-a by Ana Reviewer (a draft: its findings may still change)',
    });
    expect(read.entries.get('1.1')?.rationale).toBe('Reviewer comment.');
  });

  it('reports a source that does not exist, with no entries', () => {
    const read = readFindings(assessment, { reviewerId: 'rev-nobody' });
    expect(read.entries.size).toBe(0);
    expect(read.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', ['options', 'source', 'reviewerId']],
    ]);
    const noConsensus = readFindings({ ...assessment, consensus: undefined }, 'consensus');
    expect(noConsensus.issues.map((i) => i.code)).toEqual(['unknown_reference']);
  });

  it('skips entries and findings it cannot read, and never throws', () => {
    const hostile = JSON.parse(
      '{"id":"x","consensus":{"status":"agreed","items":[null,{"item":"1.1","strengths":[{"text":""},{"text":"Kept.","keyFactors":[1,"kf"]}],"opportunities":[{"text":"Odd priority.","priority":"urgent"}]},{"__proto__":{"item":"2.1"}}]}}',
    ) as unknown;
    const read = readFindings(hostile);
    expect([...read.entries.keys()]).toEqual(['1.1']);
    expect(read.entries.get('1.1')?.strengths.map((s) => [s.text, s.keyFactors])).toEqual([
      ['Kept.', ['kf']],
    ]);
    expect(read.entries.get('1.1')?.opportunities[0]?.priority).toBe('medium');
    expect(readFindings(null).issues.map((i) => i.code)).toEqual(['invalid_type']);
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(readFindings(throwing).entries.size).toBe(0);
  });
});
