import { describe, expect, it } from 'vitest';
import type { FeedbackFinding } from './feedback.js';
import { keyThemes, type ThemeEntry } from './key-themes.js';

const finding = (
  id: string,
  item: string,
  keyFactors: readonly string[],
  priority: FeedbackFinding['priority'] = null,
  text = `Finding ${id}.`,
): FeedbackFinding => ({
  id,
  idGiven: true,
  kind: priority === null ? 'strength' : 'opportunity',
  item,
  text,
  priority,
  keyFactors,
});

const entry = (
  item: string,
  category: string,
  findings: readonly FeedbackFinding[],
): ThemeEntry => ({
  item,
  category: { code: category, name: `Category ${category} name` },
  strengths: findings.filter((f) => f.kind === 'strength'),
  opportunities: findings.filter((f) => f.kind === 'opportunity'),
});

const factors = [
  { id: 'kf-a', text: 'Rural county. Most residents live outside the seat.' },
  { id: 'kf-b', text: 'Strong backbone' },
  { id: 'kf-once', text: 'Mentioned once.' },
];

describe('keyThemes', () => {
  const entries = [
    entry('1.1', '1', [
      finding('s1', '1.1', ['kf-a', 'kf-a']),
      finding('o1', '1.1', ['kf-b'], 'high'),
    ]),
    entry('1.2', '1', [finding('o2', '1.2', ['kf-b', 'kf-a'], 'low')]),
    entry('2.1', '2', [
      finding('o3', '2.1', ['kf-b'], 'high'),
      finding('o4', '2.1', ['kf-once'], 'medium'),
    ]),
    entry('2.2', '2', []),
    entry('3.1', '3', [finding('s2', '3.1', ['kf-unknown']), finding('s3', '3.1', [])]),
    entry('3.2', '3', [finding('s4', '3.2', ['kf-unknown'])]),
  ];
  const themes = keyThemes(entries, factors);

  it('makes a key factor touched in two or more items a cross-cutting theme, ordered by items then high OFIs', () => {
    // kf-b: 1.1, 1.2, 2.1 (3 items, 2 high); kf-a: 1.1, 1.2 (2 items, 0 high); kf-unknown: 3.1, 3.2 (2 items, 0 high, later).
    expect(themes.crossCutting.map((t) => [t.id, t.items, t.highPriority])).toEqual([
      ['kf-b', ['1.1', '1.2', '2.1'], 2],
      ['kf-a', ['1.1', '1.2'], 0],
      ['kf-unknown', ['3.1', '3.2'], 0],
    ]);
    expect(themes.singleItem).toEqual(['kf-once']);
  });

  it('counts a finding that names a key factor twice once, and lists findings by id and item', () => {
    const a = themes.crossCutting.find((t) => t.id === 'kf-a');
    expect(a?.strengths).toEqual([{ id: 's1', item: '1.1', priority: null }]);
    expect(a?.opportunities).toEqual([{ id: 'o2', item: '1.2', priority: 'low' }]);
  });

  it('renders each theme as a sentence', () => {
    expect(themes.crossCutting.map((t) => t.sentence)).toEqual([
      'Key factor "Strong backbone" (kf-b) runs through 3 items (1.1, 1.2, 2.1): 0 strengths and 3 opportunities for improvement (2 high priority).',
      'Key factor "Rural county" (kf-a) runs through 2 items (1.1, 1.2): 1 strength and 1 opportunity for improvement.',
      'Key factor "kf-unknown" (kf-unknown, not among the assessment\u2019s key factors) runs through 2 items (3.1, 3.2): 2 strengths and 0 opportunities for improvement.',
    ]);
    expect(themes.crossCutting.map((t) => [t.title, t.text, t.known])).toEqual([
      ['Strong backbone', 'Strong backbone', true],
      ['Rural county', 'Rural county. Most residents live outside the seat.', true],
      ['kf-unknown', null, false],
    ]);
  });

  it('groups findings by category with the items they touch (an item without findings touches nothing)', () => {
    expect(themes.byCategory.map((t) => t.sentence)).toEqual([
      'Category 1 Category 1 name: 1 strength and 2 opportunities for improvement (1 high priority) across 2 items (1.1, 1.2).',
      'Category 3 Category 3 name: 3 strengths and 0 opportunities for improvement across 2 items (3.1, 3.2).',
      'Category 2 Category 2 name: 0 strengths and 2 opportunities for improvement (1 high priority) across 1 item (2.1).',
    ]);
  });

  it('keeps findings with the same text in different items apart', () => {
    const same = keyThemes(
      [
        entry('1.1', '1', [finding('x1', '1.1', ['kf-a'], 'high', 'Same text.')]),
        entry('4.1', '4', [finding('x2', '4.1', ['kf-a'], 'high', 'Same text.')]),
      ],
      factors,
    );
    expect(same.crossCutting[0]?.opportunities).toEqual([
      { id: 'x1', item: '1.1', priority: 'high' },
      { id: 'x2', item: '4.1', priority: 'high' },
    ]);
  });

  it('never throws', () => {
    expect(keyThemes(null as never, factors)).toEqual({
      crossCutting: [],
      byCategory: [],
      singleItem: [],
    });
    expect(keyThemes([], null as never).crossCutting).toEqual([]);
  });
});
