import { baldrige20232024, coeCommunity2024 } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESULTS_ITEM_MAP, resultsItemCodes } from './results-item-map.js';

describe('DEFAULT_RESULTS_ITEM_MAP', () => {
  it('files community outcomes under 7.4(1), economic vitality under 7.5(2), OTHER nowhere', () => {
    expect(DEFAULT_RESULTS_ITEM_MAP).toEqual({
      KINDERGARTEN_READINESS: '7.4(1)',
      EARLY_GRADE_READING: '7.4(1)',
      MIDDLE_GRADE_MATH: '7.4(1)',
      HIGH_SCHOOL_GRADUATION: '7.4(1)',
      POSTSECONDARY_ENROLLMENT: '7.4(1)',
      POSTSECONDARY_COMPLETION: '7.4(1)',
      EMPLOYMENT: '7.4(1)',
      HEALTH: '7.4(1)',
      SAFETY: '7.4(1)',
      QUALITY_OF_LIFE: '7.4(1)',
      ECONOMIC_VITALITY: '7.5(2)',
    });
    expect(Object.isFrozen(DEFAULT_RESULTS_ITEM_MAP)).toBe(true);
  });

  it('names only codes of the COE framework', () => {
    const codes = resultsItemCodes(coeCommunity2024).map((c) => c.code);
    for (const code of Object.values(DEFAULT_RESULTS_ITEM_MAP)) expect(codes).toContain(code);
  });
});

describe('resultsItemCodes', () => {
  it('lists results items, their areas and sub-areas in the framework order', () => {
    expect(resultsItemCodes(coeCommunity2024)).toEqual([
      { code: '7.1', name: 'Community and Process Results' },
      { code: '7.1(1)', name: 'Community Offering Results' },
      { code: '7.1(2)', name: 'Program and Service Results' },
      { code: '7.1(3)', name: 'Process Results' },
      { code: '7.1(4)', name: 'Safety Results' },
      { code: '7.2', name: 'Customer-Focused Results' },
      { code: '7.3', name: 'People and Organizational Resource Results' },
      { code: '7.4', name: 'Leadership and Governance Results' },
      { code: '7.4(1)', name: 'Key Community Outcomes' },
      { code: '7.5', name: 'Budgetary and Strategy Results' },
      { code: '7.5(2)', name: 'Economic Vitality Results' },
    ]);
    const baldrige = resultsItemCodes(baldrige20232024).map((c) => c.code);
    expect(baldrige.slice(0, 3)).toEqual(['7.1', '7.1a', '7.1b']);
    expect(baldrige).not.toContain('6.1');
  });

  it('never throws', () => {
    expect(resultsItemCodes(null as never)).toEqual([]);
    expect(resultsItemCodes({ categories: [{ items: 3 }] } as never)).toEqual([]);
  });
});
