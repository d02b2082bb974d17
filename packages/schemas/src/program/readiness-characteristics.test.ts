import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NLC_READINESS } from './readiness-characteristics.js';

describe('NLC_READINESS', () => {
  it('lists R1..R9 with unique ids, confidence tags and sources', () => {
    expect(NLC_READINESS.characteristics.map((c) => c.id)).toEqual([
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R8',
      'R9',
    ]);
    for (const c of NLC_READINESS.characteristics) {
      expect(['verified', 'partial', 'inferred']).toContain(c.confidence);
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(10);
    }
  });

  it('keeps the self-assessment rule (1-4 scale, ready at 30) with its encoding tagged inferred', () => {
    expect(NLC_READINESS.selfAssessment).toMatchObject({
      scaleMin: 1,
      scaleMax: 4,
      readyThreshold: 30,
      confidence: 'verified',
      encodingConfidence: 'inferred',
    });
  });

  it('is plain data: the file does not import zod at runtime', () => {
    const source = readFileSync(new URL('./readiness-characteristics.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from 'zod'/);
    expect(JSON.parse(JSON.stringify(NLC_READINESS))).toEqual(NLC_READINESS);
  });
});
