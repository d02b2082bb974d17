import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { coeCommunity2024, type FrameworkScope } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  recognitionJourneyMachine as machine,
  type RecognitionJourneyEvent,
  type RecognitionJourneyTypes,
} from './recognition-journey.js';

const levels: readonly FrameworkScope[] = coeCommunity2024.scopes ?? [];
const review = (
  at: string,
  assessmentId = 'riverbend-level-1-review-2024',
): RecognitionJourneyEvent => ({
  type: 'start-review',
  assessmentId,
  reviewers: ['reviewer-ana', 'reviewer-bo'],
  at,
});

const driver: Driver<RecognitionJourneyTypes> = {
  machine,
  input: { communityId: 'riverbend', levels },
  startAt: '2024-01-15',
  eventsFor: (step, snapshot, now) => {
    const last = snapshot.context.applications.at(-1);
    switch (step.event) {
      case 'apply': {
        // The first level, the next level after a recognition, the same level after a decline or withdrawal.
        const scopeId =
          last === undefined
            ? 'coe-level-1'
            : last.outcome === 'recognised'
              ? (levels.find((l) => l.requires === last.scopeId)?.id ?? 'coe-level-1')
              : last.scopeId;
        return [{ type: 'apply', scopeId, at: now }];
      }
      case 'start-review':
        return [review(now)];
      case 'recognise':
      case 'decline':
        return [{ type: step.event, note: 'decided by the panel', at: now }];
      case 'withdraw':
        return [{ type: 'withdraw', reason: 'not ready', at: now }];
      default:
        return [{ type: step.event, at: now } as RecognitionJourneyEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({
      type: fc.constant('apply' as const),
      scopeId: fc.constantFrom('coe-level-1', 'coe-level-2', 'coe-level-3', 'coe-level-9'),
    }),
    fc.record({
      type: fc.constant('start-review' as const),
      assessmentId: fc.constant('a-1'),
      reviewers: fc.constantFrom([], ['ana']),
    }),
    fc.constantFrom<RecognitionJourneyEvent>(
      { type: 'deliver-feedback' },
      { type: 'hold-conversation' },
      { type: 'recognise' },
      { type: 'decline', note: 'not yet' },
      { type: 'withdraw' },
    ),
    fc.constant({ type: 'apply', scopeId: 2 } as unknown as RecognitionJourneyEvent),
  ),
};

/** Level 1 applied for, reviewed, fed back, talked over and recognised in 2024. */
const level1Recognised = (): ReturnType<typeof start<RecognitionJourneyTypes>> =>
  sendAll(machine, start(driver), [
    { type: 'apply', scopeId: 'coe-level-1', at: '2024-01-15' },
    review('2024-02-01'),
    { type: 'deliver-feedback', at: '2024-04-10' },
    { type: 'hold-conversation', at: '2024-04-24' },
    {
      type: 'recognise',
      note: 'Commitment recognised at the annual conference.',
      at: '2024-05-20',
    },
  ]);

describe('recognition journey', () => {
  it('records apply -> review -> feedback -> conversation -> recognised, with every date', () => {
    const s = level1Recognised();
    expect(s.state).toBe('recognised');
    expect(s.context.applications).toEqual([
      {
        scopeId: 'coe-level-1',
        appliedOn: '2024-01-15',
        assessmentId: 'riverbend-level-1-review-2024',
        reviewers: ['reviewer-ana', 'reviewer-bo'],
        reviewStartedOn: '2024-02-01',
        feedbackOn: '2024-04-10',
        conversationOn: '2024-04-24',
        decidedOn: '2024-05-20',
        outcome: 'recognised',
        note: 'Commitment recognised at the annual conference.',
      },
    ]);
    expect(s.history.map((h) => h.event)).toEqual([
      'apply',
      'start-review',
      'deliver-feedback',
      'hold-conversation',
      'recognise',
    ]);
  });

  it('gives effects as data, naming the next level after a recognition', () => {
    const s = sendAll(machine, start(driver), [
      { type: 'apply', scopeId: 'coe-level-1', at: '2024-01-15' },
      review('2024-02-01'),
    ]);
    const fed = machine.transition(s, { type: 'deliver-feedback', at: '2024-04-10' });
    expect(fed.ok && fed.effects).toEqual([
      {
        type: 'feedback-delivered',
        scopeId: 'coe-level-1',
        assessmentId: 'riverbend-level-1-review-2024',
      },
    ]);
    if (!fed.ok) return;
    const decided = machine.transition(fed.snapshot, { type: 'recognise', at: '2024-05-20' });
    expect(decided.ok && decided.effects).toEqual([
      { type: 'level-recognised', scopeId: 'coe-level-1', nextLevels: ['coe-level-2'] },
    ]);
  });

  it('refuses a Level 2 application without Level 1, naming the missing level', () => {
    const result = machine.transition(start(driver), {
      type: 'apply',
      scopeId: 'coe-level-2',
      at: '2025-01-10',
    });
    expect(!result.ok && result.reasons).toEqual([
      {
        code: 'level_prerequisite_missing',
        scopeId: 'coe-level-2',
        requires: 'coe-level-1',
        requiresName: 'Commitment to Community Excellence',
        message:
          'Cannot apply for coe-level-2: it requires Commitment to Community Excellence (coe-level-1), which has not been recognised.',
      },
    ]);
    // The docs quote the refusal as the machine gives it.
    const message = !result.ok ? (result.reasons[0]?.message ?? '') : '';
    for (const page of ['cohorts-machines.md', 'recognition.md'])
      expect(
        readFileSync(new URL(`../../../../docs/${page}`, import.meta.url), 'utf8'),
        page,
      ).toContain(message);
  });

  it('refuses Level 3 after Level 1 alone, and allows it once Level 2 is recognised', () => {
    const s = level1Recognised();
    const early = machine.transition(s, {
      type: 'apply',
      scopeId: 'coe-level-3',
      at: '2025-01-10',
    });
    expect(!early.ok && early.reasons.map((r) => [r.code, 'requires' in r && r.requires])).toEqual([
      ['level_prerequisite_missing', 'coe-level-2'],
    ]);
    const level2 = sendAll(machine, s, [
      { type: 'apply', scopeId: 'coe-level-2', at: '2025-01-10' },
      review('2025-02-01', 'riverbend-level-2-review-2025'),
      { type: 'deliver-feedback', at: '2025-04-10' },
      { type: 'recognise', at: '2025-05-20' },
    ]);
    const level3 = sendAll(machine, level2, [
      { type: 'apply', scopeId: 'coe-level-3', at: '2026-01-12' },
    ]);
    expect(level3.state).toBe('applied');
    expect(level3.context.applications.map((a) => [a.scopeId, a.outcome])).toEqual([
      ['coe-level-1', 'recognised'],
      ['coe-level-2', 'recognised'],
      ['coe-level-3', null],
    ]);
  });

  it('counts recognitions given as input only from their date on', () => {
    const s = machine.initialSnapshot({
      communityId: 'riverbend',
      levels,
      priorRecognitions: [{ scopeId: 'coe-level-1', recognisedOn: '2024-05-20' }],
    });
    if (!s.ok) throw new Error('start failed');
    const before = machine.transition(s.value, {
      type: 'apply',
      scopeId: 'coe-level-2',
      at: '2024-05-01',
    });
    expect(!before.ok && before.reasons.map((r) => r.code)).toEqual(['level_prerequisite_missing']);
    const after = machine.transition(s.value, {
      type: 'apply',
      scopeId: 'coe-level-2',
      at: '2025-01-10',
    });
    expect(after.ok && after.effects).toEqual([
      { type: 'application-submitted', scopeId: 'coe-level-2' },
    ]);
    const again = machine.transition(s.value, {
      type: 'apply',
      scopeId: 'coe-level-1',
      at: '2025-01-10',
    });
    expect(!again.ok && again.reasons).toEqual([
      {
        code: 'level_already_recognised',
        scopeId: 'coe-level-1',
        message: 'The community is already recognised at coe-level-1.',
      },
    ]);
  });

  it('refuses a level already recognised, a level the framework lacks, and a second open application', () => {
    const s = level1Recognised();
    const twice = machine.transition(s, {
      type: 'apply',
      scopeId: 'coe-level-1',
      at: '2025-01-10',
    });
    expect(!twice.ok && twice.reasons.map((r) => r.code)).toEqual(['level_already_recognised']);
    const unknown = machine.transition(s, {
      type: 'apply',
      scopeId: 'coe-level-4',
      at: '2025-01-10',
    });
    expect(!unknown.ok && unknown.reasons).toEqual([
      {
        code: 'unknown_level',
        scopeId: 'coe-level-4',
        known: ['coe-level-1', 'coe-level-2', 'coe-level-3'],
        message:
          '"coe-level-4" is not a recognition level of this framework; the levels are coe-level-1, coe-level-2, coe-level-3.',
      },
    ]);
    const open = sendAll(machine, s, [{ type: 'apply', scopeId: 'coe-level-2', at: '2025-01-10' }]);
    const second = machine.transition(open, {
      type: 'apply',
      scopeId: 'coe-level-2',
      at: '2025-01-11',
    });
    expect(!second.ok && second.reasons.map((r) => r.code)).toEqual(['not_allowed_in_state']);
  });

  it('lets the community apply again for a level after a decline or a withdrawal', () => {
    const declined = sendAll(machine, start(driver), [
      { type: 'apply', scopeId: 'coe-level-1', at: '2024-01-15' },
      review('2024-02-01'),
      { type: 'deliver-feedback', at: '2024-04-10' },
      { type: 'decline', note: 'Profile too thin on key factors.', at: '2024-05-20' },
    ]);
    expect(declined.context.applications[0]).toMatchObject({
      outcome: 'not-recognised',
      decidedOn: '2024-05-20',
      note: 'Profile too thin on key factors.',
    });
    const withdrawn = sendAll(machine, declined, [
      { type: 'apply', scopeId: 'coe-level-1', at: '2025-01-15' },
      { type: 'withdraw', reason: 'Backbone director left.', at: '2025-02-01' },
    ]);
    expect(withdrawn.state).toBe('withdrawn');
    expect(withdrawn.context.applications[1]).toMatchObject({
      outcome: 'withdrawn',
      decidedOn: '2025-02-01',
      note: 'Backbone director left.',
    });
    const third = sendAll(machine, withdrawn, [
      { type: 'apply', scopeId: 'coe-level-1', at: '2026-01-15' },
    ]);
    expect(third.state).toBe('applied');
  });

  it('refuses a review without reviewers, a second conversation, a decision after withdrawal and dates that go backwards', () => {
    const applied = sendAll(machine, start(driver), [
      { type: 'apply', scopeId: 'coe-level-1', at: '2024-01-15' },
    ]);
    const noTeam = machine.transition(applied, {
      type: 'start-review',
      assessmentId: 'riverbend-level-1-review-2024',
      reviewers: [],
      at: '2024-02-01',
    });
    expect(!noTeam.ok && noTeam.reasons).toEqual([
      {
        code: 'reviewer_team_missing',
        message: 'A review needs a reviewer team: name at least one reviewer.',
      },
    ]);
    const backwards = machine.transition(applied, review('2024-01-01'));
    expect(!backwards.ok && backwards.reasons.map((r) => r.code)).toEqual(['event_out_of_order']);
    const talked = sendAll(machine, applied, [
      review('2024-02-01'),
      { type: 'deliver-feedback', at: '2024-04-10' },
      { type: 'hold-conversation', at: '2024-04-24' },
    ]);
    const again = machine.transition(talked, { type: 'hold-conversation', at: '2024-04-25' });
    expect(!again.ok && again.reasons).toEqual([
      {
        code: 'conversation_already_held',
        on: '2024-04-24',
        message: 'The conversation with the reviewers was already held on 2024-04-24.',
      },
    ]);
    const early = machine.transition(talked, { type: 'recognise', at: '2024-04-01' });
    expect(!early.ok && early.reasons.map((r) => r.code)).toEqual(['event_out_of_order']);
    const withdrawn = sendAll(machine, talked, [{ type: 'withdraw', at: '2024-05-01' }]);
    const late = machine.transition(withdrawn, { type: 'recognise', at: '2024-05-20' });
    expect(!late.ok && late.reasons.map((r) => r.code)).toEqual(['not_allowed_in_state']);
  });

  it('works with levels as data: six levels, each requiring the one before', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({
      id: `level-${i + 1}`,
      name: `Level ${i + 1}`,
      level: i + 1,
      ...(i === 0 ? {} : { requires: `level-${i}` }),
    }));
    const s = machine.initialSnapshot({
      communityId: 'hill',
      levels: six,
      priorRecognitions: six
        .slice(0, 4)
        .map((l) => ({ scopeId: l.id, recognisedOn: '2020-01-01' })),
    });
    if (!s.ok) throw new Error('start failed');
    const skip = machine.transition(s.value, {
      type: 'apply',
      scopeId: 'level-6',
      at: '2026-01-01',
    });
    expect(!skip.ok && skip.reasons.map((r) => r.message)).toEqual([
      'Cannot apply for level-6: it requires Level 5 (level-5), which has not been recognised.',
    ]);
    const next = machine.transition(s.value, {
      type: 'apply',
      scopeId: 'level-5',
      at: '2026-01-01',
    });
    expect(next.ok).toBe(true);
  });

  it('persists and restores a journey mid-review', () => {
    const s = sendAll(machine, start(driver), [
      { type: 'apply', scopeId: 'coe-level-1', at: '2024-01-15' },
      review('2024-02-01'),
    ]);
    const restored = machine.restore(machine.persist(s));
    expect(restored.ok && restored.value).toEqual(s);
  });

  it('replays the Riverbend recognition record and agrees with its document check', () => {
    const record = JSON.parse(
      readFileSync(
        new URL('../../../../examples/riverbend/recognition.json', import.meta.url),
        'utf8',
      ),
    ) as { applications: RecordedApplication[] };
    const replay = (applications: readonly RecordedApplication[]) => {
      let s = start(driver);
      for (const a of applications) {
        const events: RecognitionJourneyEvent[] = [
          { type: 'apply', scopeId: a.scopeId, at: a.appliedOn },
        ];
        if (a.reviewStartedOn !== undefined)
          events.push({
            type: 'start-review',
            assessmentId: a.assessmentId ?? 'not-in-the-folder',
            reviewers: a.reviewers ?? ['reviewer'],
            at: a.reviewStartedOn,
          });
        if (a.feedbackOn !== undefined) events.push({ type: 'deliver-feedback', at: a.feedbackOn });
        if (a.conversationOn !== undefined)
          events.push({ type: 'hold-conversation', at: a.conversationOn });
        if (a.status === 'recognised' && a.decidedOn !== undefined)
          events.push({ type: 'recognise', at: a.decidedOn });
        for (const event of events) {
          const result = machine.transition(s, event);
          if (!result.ok) return result.reasons.map((r) => r.code);
          s = result.snapshot;
        }
      }
      return s;
    };
    const journey = replay(record.applications);
    expect(!Array.isArray(journey) && journey.state).toBe('under-review');
    expect(
      !Array.isArray(journey) && journey.context.applications.map((a) => [a.scopeId, a.outcome]),
    ).toEqual([
      ['coe-level-1', 'recognised'],
      ['coe-level-2', 'recognised'],
      ['coe-level-3', null],
    ]);
    // Without its Level 1 application, the document gives level_prerequisite_missing (schemas'
    // validate-recognition test) and the machine refuses the Level 2 application for the same reason.
    expect(replay(record.applications.slice(1))).toEqual(['level_prerequisite_missing']);
  });

  machineProperties(driver);
});

interface RecordedApplication {
  readonly scopeId: string;
  readonly appliedOn: string;
  readonly assessmentId?: string;
  readonly reviewers?: string[];
  readonly reviewStartedOn?: string;
  readonly feedbackOn?: string;
  readonly conversationOn?: string;
  readonly status: string;
  readonly decidedOn?: string;
}
