import { validateDocument, type Indicator } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, starterEvidence } from './starter-evidence.js';

const indicator = (
  id: string,
  outcomeArea: Indicator['outcomeArea'],
  role: Indicator['role'],
): Indicator => ({
  id,
  name: `Indicator ${id}`,
  outcomeArea,
  unit: { type: 'proportion' },
  direction: 'higher-is-better',
  role,
});

describe('starterEvidence', () => {
  it('is a valid document with the place, one outcome per area and marked placeholders', () => {
    const doc = starterEvidence(
      { code: '0100005', scheme: 'nces-lea', name: 'Albertville City', level: 'district' },
      [
        indicator('grad', 'HIGH_SCHOOL_GRADUATION', 'core'),
        indicator('dropout', 'HIGH_SCHOOL_GRADUATION', 'contributing'),
        indicator('read', 'EARLY_GRADE_READING', 'core'),
      ],
      '2026-05-01',
    );
    expect(validateDocument(doc).ok).toBe(true);
    expect(doc.id).toBe('albertville-city-evidence-2026-05-01');
    expect(doc.name).toBe(`${PLACEHOLDER} name of the partnership serving Albertville City`);
    expect(doc.geography).toEqual({
      name: 'Albertville City',
      type: 'school-district',
      codes: [{ system: 'nces-lea', value: '0100005' }],
    });
    expect(doc.outcomes).toEqual([
      {
        id: 'out-high-school-graduation',
        area: 'HIGH_SCHOOL_GRADUATION',
        label: 'Indicator grad; Indicator dropout',
        coreIndicatorIds: ['grad'],
        contributingIndicatorIds: ['dropout'],
      },
      {
        id: 'out-early-grade-reading',
        area: 'EARLY_GRADE_READING',
        label: 'Indicator read',
        coreIndicatorIds: ['read'],
      },
    ]);
  });

  it('marks an unknown name and keeps a level without a geography type as its label', () => {
    const doc = starterEvidence({ code: '15', level: 'school' }, [], '2026-05-01');
    expect(validateDocument(doc).ok).toBe(true);
    expect(doc.geography).toEqual({
      name: 'TODO: name of the place 15',
      type: 'other',
      typeLabel: 'school',
      codes: [{ system: 'code', value: '15' }],
    });
    expect(doc.outcomes).toBeUndefined();
    expect(validateDocument(starterEvidence({ name: '!!!' }, [], '2026-05-01')).ok).toBe(true);
  });
});
