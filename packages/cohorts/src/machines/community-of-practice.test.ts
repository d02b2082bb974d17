import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../core/time.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  communityOfPracticeMachine as machine,
  type CommunityOfPracticeEvent,
  type CommunityOfPracticeTypes,
} from './community-of-practice.js';

const driver: Driver<CommunityOfPracticeTypes> = {
  machine,
  input: { practiceId: 'class-of-2029' },
  startAt: '2029-11-01',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    const prep: CommunityOfPracticeEvent[] = [];
    for (let i = c.members.length; i < c.minimumMembers; i += 1)
      prep.push({ type: 'add-member', memberId: `m${i}`, at: now });
    const first = c.members[0] ?? 'm0';
    if (c.coordinatorId === null) prep.push({ type: 'name-coordinator', memberId: first, at: now });
    if (c.learningAgenda === null)
      prep.push({ type: 'set-learning-agenda', agenda: 'data sharing across sectors', at: now });
    switch (step.event) {
      case 'add-member':
        return [{ type: 'add-member', memberId: `x${snapshot.history.length}`, at: now }];
      case 'remove-member':
        return (
          [
            ...prep,
            { type: 'remove-member', memberId: 'm0', at: now },
          ] as CommunityOfPracticeEvent[]
        ).slice(c.members.includes('m0') ? -1 : 0);
      case 'name-coordinator':
        return [
          ...prep.filter((e) => e.type === 'add-member'),
          { type: 'name-coordinator', memberId: first, at: now },
        ];
      case 'set-learning-agenda':
        return [{ type: 'set-learning-agenda', agenda: 'revised agenda', at: now }];
      case 'merge':
      case 'institutionalize':
        return [{ type: step.event, into: 'regional-network', at: now }];
      case 'split':
        return [{ type: 'split', into: ['north', 'south'], at: now }];
      default:
        return [...prep, { type: step.event, at: addMonths(now, 6) } as CommunityOfPracticeEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({
      type: fc.constantFrom(
        'add-member' as const,
        'remove-member' as const,
        'name-coordinator' as const,
      ),
      memberId: fc.constantFrom('a', 'b', 'c', 'd'),
    }),
    fc.record({ type: fc.constant('set-learning-agenda' as const), agenda: fc.string() }),
    fc.constantFrom<CommunityOfPracticeEvent>(
      { type: 'coalesce' },
      { type: 'mature' },
      { type: 'steward' },
      { type: 'renew' },
      { type: 'transform' },
      { type: 'close' },
    ),
    fc.record({
      type: fc.constantFrom('merge' as const, 'institutionalize' as const),
      into: fc.constant('x'),
    }),
    fc.record({
      type: fc.constant('split' as const),
      into: fc.array(fc.constantFrom('n', 's'), { maxLength: 3 }),
    }),
  ),
};

describe('community of practice: stages', () => {
  it('coalesces with enough members and a coordinator, matures with a learning agenda, renews from stewardship', () => {
    const s = start(driver);
    const r = machine.transition(s, { type: 'coalesce', at: '2029-12-01' });
    expect(!r.ok && r.reasons).toEqual([
      {
        code: 'members_too_few',
        count: 0,
        minimum: 3,
        message: '0 members; at least 3 are needed.',
      },
      { code: 'coordinator_missing', message: 'No coordinator is named.' },
    ]);
    const grown = sendAll(machine, s, [
      ...['riverbend-county', 'hill-county', 'lake-city'].map(
        (memberId): CommunityOfPracticeEvent => ({
          type: 'add-member',
          memberId,
          at: '2029-12-01',
        }),
      ),
      { type: 'name-coordinator', memberId: 'lake-city', at: '2029-12-01' },
      { type: 'coalesce', at: '2030-01-10' },
    ]);
    const noAgenda = machine.transition(grown, { type: 'mature', at: '2030-06-01' });
    expect(!noAgenda.ok && noAgenda.reasons.map((x) => x.code)).toEqual([
      'learning_agenda_missing',
    ]);
    const mature = sendAll(machine, grown, [
      { type: 'set-learning-agenda', agenda: 'Shared measures', at: '2030-06-01' },
      { type: 'mature', at: '2030-06-01' },
      { type: 'steward', at: '2034-06-01' },
      { type: 'renew', at: '2035-01-01' },
    ]);
    expect(mature.state).toBe('maturing');
    expect(mature.context.renewals).toBe(1);
    const leaving = sendAll(machine, mature, [
      { type: 'remove-member', memberId: 'lake-city', at: '2035-02-01' },
    ]);
    expect(leaving.context.coordinatorId).toBeNull();
    const steward = machine.transition(leaving, { type: 'steward', at: '2035-03-01' });
    expect(!steward.ok && steward.reasons.map((x) => x.code)).toEqual(['coordinator_missing']);
  });

  it('ends by closing, merging, splitting (two successors at least) or being institutionalized', () => {
    const s = sendAll(machine, start(driver), [
      ...['a', 'b', 'c'].map((memberId): CommunityOfPracticeEvent => ({
        type: 'add-member',
        memberId,
        at: '2030-01-01',
      })),
      { type: 'name-coordinator', memberId: 'a', at: '2030-01-01' },
      { type: 'set-learning-agenda', agenda: 'x', at: '2030-01-01' },
      { type: 'coalesce', at: '2030-01-01' },
      { type: 'mature', at: '2030-01-02' },
      { type: 'steward', at: '2030-01-03' },
      { type: 'transform', at: '2036-01-01' },
    ]);
    const one = machine.transition(s, { type: 'split', into: ['north'], at: '2036-02-01' });
    expect(!one.ok && one.reasons.map((x) => x.code)).toEqual(['split_needs_two']);
    const merged = machine.transition(s, {
      type: 'merge',
      into: 'state-network',
      at: '2036-02-01',
    });
    expect(merged.ok && merged.effects).toEqual([
      { type: 'practice-ended', kind: 'merged', into: ['state-network'] },
    ]);
  });

  machineProperties(driver);
});
