import { describe, expect, it } from 'vitest';
import { coeCommunity2024 } from '../framework/coe-community.js';
import { levelApplicationVerdict, type RecognitionLevel } from './level-application.js';

const levels = coeCommunity2024.scopes ?? [];

describe('levelApplicationVerdict (the one level rule)', () => {
  it('lets a community apply for Level 1, which requires nothing', () => {
    const verdict = levelApplicationVerdict('coe-level-1', levels, []);
    expect(verdict.ok && verdict.level.id).toBe('coe-level-1');
  });

  it('refuses Level 2 without a recognised Level 1, naming the missing level', () => {
    expect(levelApplicationVerdict('coe-level-2', levels, [])).toEqual({
      ok: false,
      problem: 'prerequisite_missing',
      scopeId: 'coe-level-2',
      requires: 'coe-level-1',
      requiresName: 'Commitment to Community Excellence',
    });
    // An application in progress is not a recognition.
    expect(
      levelApplicationVerdict('coe-level-2', levels, [
        { scopeId: 'coe-level-1', standing: 'in-progress' },
      ]),
    ).toMatchObject({ ok: false, problem: 'prerequisite_missing' });
  });

  it('allows Level 2 once Level 1 is recognised, and Level 3 only after Level 2', () => {
    const level1 = { scopeId: 'coe-level-1', standing: 'recognised' } as const;
    expect(levelApplicationVerdict('coe-level-2', levels, [level1]).ok).toBe(true);
    expect(levelApplicationVerdict('coe-level-3', levels, [level1])).toMatchObject({
      ok: false,
      problem: 'prerequisite_missing',
      requires: 'coe-level-2',
      requiresName: 'Journey to Community Excellence',
    });
    expect(
      levelApplicationVerdict('coe-level-3', levels, [
        level1,
        { scopeId: 'coe-level-2', standing: 'recognised' },
      ]).ok,
    ).toBe(true);
  });

  it('refuses a level already recognised or in progress', () => {
    expect(
      levelApplicationVerdict('coe-level-1', levels, [
        { scopeId: 'coe-level-1', standing: 'recognised' },
      ]),
    ).toEqual({ ok: false, problem: 'already_recognised', scopeId: 'coe-level-1' });
    expect(
      levelApplicationVerdict('coe-level-1', levels, [
        { scopeId: 'coe-level-1', standing: 'in-progress' },
      ]),
    ).toEqual({ ok: false, problem: 'already_in_progress', scopeId: 'coe-level-1' });
  });

  it('refuses a level the framework does not define, listing the known ones', () => {
    expect(levelApplicationVerdict('coe-level-4', levels, [])).toEqual({
      ok: false,
      problem: 'unknown_level',
      scopeId: 'coe-level-4',
      known: ['coe-level-1', 'coe-level-2', 'coe-level-3'],
    });
  });

  it('reads levels as data: seven levels, each requiring the one before', () => {
    const seven: RecognitionLevel[] = Array.from({ length: 7 }, (_, i) => ({
      id: `level-${i + 1}`,
      level: i + 1,
      ...(i === 0 ? {} : { requires: `level-${i}` }),
    }));
    const recognised = seven
      .slice(0, 5)
      .map((l) => ({ scopeId: l.id, standing: 'recognised' as const }));
    expect(levelApplicationVerdict('level-6', seven, recognised).ok).toBe(true);
    // A required level without a name is named by its id.
    expect(levelApplicationVerdict('level-7', seven, recognised)).toMatchObject({
      problem: 'prerequisite_missing',
      requires: 'level-6',
      requiresName: 'level-6',
    });
  });

  it('never throws on input that cannot be read', () => {
    const trap = new Proxy([], {
      get: () => {
        throw new Error('boom');
      },
    }) as unknown as RecognitionLevel[];
    const hostileId = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as unknown as string;
    expect(levelApplicationVerdict(hostileId, levels, [])).toEqual({
      ok: false,
      problem: 'unknown_level',
      scopeId: '',
      known: [],
    });
    expect(levelApplicationVerdict('coe-level-1', trap, [])).toMatchObject({
      ok: false,
      problem: 'unknown_level',
    });
    expect(
      levelApplicationVerdict('coe-level-1', null as unknown as RecognitionLevel[], []),
    ).toEqual({ ok: false, problem: 'unknown_level', scopeId: 'coe-level-1', known: [] });
    expect(levelApplicationVerdict('coe-level-2', levels, 'x' as unknown as [])).toMatchObject({
      problem: 'prerequisite_missing',
    });
  });
});
