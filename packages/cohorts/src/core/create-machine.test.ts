import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMachine } from './create-machine.js';
import { shape } from '@community-excellence/schemas/data';
import { fixedClock } from './time.js';
import type { ReasonOf } from '../issue-codes.js';
import type { Snapshot } from './types.js';
import { machineProperties, type Driver } from '../testing/machine-properties.js';

// A user-defined machine on the generic core: a document review. Its refusal codes join the
// reason vocabulary by declaration merging.
declare module '../issue-codes.js' {
  interface ReasonDataByCode {
    approvals_missing: { readonly have: number; readonly need: number };
    title_empty: Readonly<Record<never, never>>;
  }
}
type ReviewReason = ReasonOf<'approvals_missing'> | ReasonOf<'title_empty'>;
type ReviewEvent =
  | {
      readonly type: 'submit';
      readonly at?: string;
      readonly actor?: string;
      readonly machine?: string;
      readonly title: string;
    }
  | {
      readonly type: 'approve';
      readonly at?: string;
      readonly actor?: string;
      readonly machine?: string;
      readonly by: string;
    }
  | {
      readonly type: 'publish';
      readonly at?: string;
      readonly actor?: string;
      readonly machine?: string;
    }
  | {
      readonly type: 'hold';
      readonly at?: string;
      readonly actor?: string;
      readonly machine?: string;
    }
  | {
      readonly type: 'resume';
      readonly at?: string;
      readonly actor?: string;
      readonly machine?: string;
    }
  | {
      readonly type: 'explode';
      readonly at?: string;
      readonly actor?: string;
      readonly machine?: string;
    };
interface Review {
  state: 'draft' | 'submitted' | 'published' | 'on-hold';
  context: { title: string; approvals: string[]; need: number };
  event: ReviewEvent;
  reason: ReviewReason;
  effect: { readonly type: 'notify'; readonly who: string };
  input: { need: number };
}

const review = createMachine<Review>({
  id: 'review',
  description: 'A document review',
  initial: 'draft',
  states: {
    draft: { description: 'Being written' },
    submitted: { description: 'Waiting for approvals' },
    'on-hold': { description: 'Paused' },
    published: { description: 'Done', terminal: true },
  },
  events: {
    submit: {
      description: 'Submit for review',
      payload: { title: 'string' },
      transitions: [
        {
          from: ['draft'],
          to: 'submitted',
          guards: [
            {
              id: 'title',
              description: 'A title is given',
              needs: 'event',
              check: ({ event }) =>
                event.title.trim() === ''
                  ? [{ code: 'title_empty', message: 'The title is empty.' }]
                  : [],
            },
          ],
          update: (draft, { event }) => {
            draft.title = event.title;
          },
          effects: () => [{ type: 'notify', who: 'reviewers' }],
        },
      ],
    },
    approve: {
      description: 'Approve',
      payload: { by: 'string' },
      transitions: [
        { from: ['submitted'], update: (draft, { event }) => void draft.approvals.push(event.by) },
      ],
    },
    publish: {
      description: 'Publish',
      transitions: [
        {
          from: ['submitted'],
          to: 'published',
          guards: [
            {
              id: 'approvals',
              description: 'Enough approvals',
              check: ({ context }) =>
                context.approvals.length < context.need
                  ? [
                      {
                        code: 'approvals_missing',
                        have: context.approvals.length,
                        need: context.need,
                        message: `${context.approvals.length} of ${context.need} approvals.`,
                      },
                    ]
                  : [],
            },
          ],
        },
      ],
    },
    hold: {
      description: 'Put on hold',
      transitions: [{ from: ['draft', 'submitted'], to: 'on-hold' }],
    },
    resume: {
      description: 'Resume where it was',
      transitions: [
        { from: ['on-hold'], to: 'draft', enteredFrom: ['draft'] },
        { from: ['on-hold'], to: 'submitted', enteredFrom: ['submitted'] },
      ],
    },
    explode: {
      description: 'A guard that throws',
      transitions: [
        {
          from: ['draft'],
          guards: [
            {
              id: 'boom',
              description: 'throws when more than one approval is needed',
              check: ({ context }) => {
                if (context.need > 1) throw new Error('boom');
                return [];
              },
            },
          ],
        },
      ],
    },
  },
  createContext: (input) => ({ title: '', approvals: [], need: input.need }),
  context: shape.object({ title: 'string', approvals: shape.array('string'), need: 'integer' }),
});

function started(): Snapshot<Review> {
  const s = review.initialSnapshot({ need: 2 });
  if (!s.ok) throw new Error('start failed');
  return s.value;
}
function send(s: Snapshot<Review>, e: ReviewEvent): Snapshot<Review> {
  const r = review.transition(s, e);
  if (!r.ok) throw new Error(r.reasons.map((x) => x.message).join());
  return r.snapshot;
}

describe('createMachine (generic core, user-defined machine)', () => {
  it('moves, updates context with immer, records history and returns effects as data', () => {
    const s0 = started();
    const r = review.transition(s0, {
      type: 'submit',
      title: 'Plan',
      at: '2026-01-02',
      actor: 'ana',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.state).toBe('submitted');
    expect(r.snapshot.context.title).toBe('Plan');
    expect(r.effects).toEqual([{ type: 'notify', who: 'reviewers' }]);
    expect(r.entry).toEqual({
      seq: 1,
      event: 'submit',
      at: '2026-01-02',
      actor: 'ana',
      from: 'draft',
      to: 'submitted',
      payload: { title: 'Plan' },
    });
    expect(s0.state).toBe('draft');
    expect(s0.history).toEqual([]);
    expect(Object.isFrozen(r.snapshot)).toBe(true);
  });

  it('refuses with the guard reasons and leaves the snapshot as it was', () => {
    const s1 = send(started(), { type: 'submit', title: 'Plan', at: '2026-01-02' });
    const r = review.transition(s1, { type: 'publish', at: '2026-01-03' });
    expect(r).toEqual({
      ok: false,
      reasons: [{ code: 'approvals_missing', have: 0, need: 2, message: '0 of 2 approvals.' }],
    });
    const empty = review.transition(started(), { type: 'submit', title: ' ', at: '2026-01-02' });
    expect(!empty.ok && empty.reasons.map((x) => x.code)).toEqual(['title_empty']);
  });

  it('returns structured errors for bad input and never throws', () => {
    const s = started();
    const codes = (e: unknown, snap: unknown = s): string[] => {
      const r = review.transition(snap as Snapshot<Review>, e as ReviewEvent);
      return r.ok ? [] : r.reasons.map((x) => x.code);
    };
    expect(codes({ type: 'fly', at: '2026-01-01' })).toEqual(['unknown_event']);
    expect(codes({ type: 'toString', at: '2026-01-01' })).toEqual(['unknown_event']);
    expect(codes(null)).toEqual(['invalid_event']);
    expect(codes('submit')).toEqual(['invalid_event']);
    expect(codes({ type: 'submit', at: '2026-13-01', title: 'x' })).toEqual(['invalid_event']);
    expect(codes({ type: 'submit', at: '2026-01-01', title: 3 })).toEqual(['invalid_event']);
    expect(codes({ type: 'submit', at: '2026-01-01', title: 'x', extra: 1 })).toEqual([
      'invalid_event',
    ]);
    // A top-level `__proto__` key (as JSON.parse makes it: an own property) is refused, never
    // swallowed into a prototype.
    const hostile: unknown = JSON.parse(
      '{"type":"submit","at":"2026-01-01","title":"x","__proto__":{"polluted":true}}',
    );
    const refused = review.transition(s, hostile as ReviewEvent);
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('forbidden_key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(codes({ type: 'submit', at: '2026-01-01', title: 'x', machine: 'cohort' })).toEqual([
      'wrong_machine',
    ]);
    expect(codes({ type: 'submit', title: 'x' })).toEqual(['missing_time']);
    expect(codes({ type: 'publish', at: '2026-01-01' })).toEqual(['not_allowed_in_state']);
    expect(codes({ type: 'resume', at: '2026-01-01' })).toEqual(['not_allowed_in_state']);
    expect(
      codes({ type: 'submit', at: '2026-01-01', title: 'x' }, { ...s, formatVersion: 2 }),
    ).toEqual(['invalid_snapshot']);
    expect(
      codes({ type: 'submit', at: '2026-01-01', title: 'x' }, { ...s, machine: 'cohort' }),
    ).toEqual(['wrong_machine']);
    expect(
      codes({ type: 'submit', at: '2026-01-01', title: 'x' }, { ...s, state: 'nowhere' }),
    ).toEqual(['invalid_snapshot']);
    expect(codes({ type: 'submit', at: '2026-01-01', title: 'x' }, 42)).toEqual([
      'invalid_snapshot',
    ]);
    expect(codes({ type: 'explode', at: '2026-01-01' })).toEqual(['guard_error']);
    const later = send(s, { type: 'submit', title: 'x', at: '2026-03-01' });
    const r = review.transition(later, { type: 'approve', by: 'bo', at: '2026-02-01' });
    expect(r).toMatchObject({
      ok: false,
      reasons: [{ code: 'event_out_of_order', at: '2026-02-01', previousAt: '2026-03-01' }],
    });
    const published = send(
      send(send(later, { type: 'approve', by: 'a', at: '2026-03-02' }), {
        type: 'approve',
        by: 'b',
        at: '2026-03-02',
      }),
      { type: 'publish', at: '2026-03-03' },
    );
    expect(codes({ type: 'hold', at: '2026-04-01' }, published)).toEqual(['terminal_state']);
  });

  it('takes the time from the clock when the event has none', () => {
    const r = review.transition(
      started(),
      { type: 'submit', title: 'x' },
      { clock: fixedClock('2026-05-05T10:00:00Z') },
    );
    expect(r.ok && r.snapshot.lastEventAt).toBe('2026-05-05T10:00:00Z');
    const bad = review.transition(
      started(),
      { type: 'submit', title: 'x' },
      { clock: () => 'yesterday' },
    );
    expect(!bad.ok && bad.reasons[0]?.code).toBe('invalid_event');
  });

  it('resumes to the state it was paused from (enteredFrom)', () => {
    const held = send(send(started(), { type: 'submit', title: 'x', at: '2026-01-01' }), {
      type: 'hold',
      at: '2026-01-02',
    });
    expect(held.enteredFrom).toBe('submitted');
    expect(send(held, { type: 'resume', at: '2026-01-03' }).state).toBe('submitted');
    const heldDraft = send(started(), { type: 'hold', at: '2026-01-02' });
    expect(send(heldDraft, { type: 'resume', at: '2026-01-03' }).state).toBe('draft');
  });

  it('records immer patches in the history when asked', () => {
    const s1 = send(started(), { type: 'submit', title: 'x', at: '2026-01-01' });
    const r = review.transition(
      s1,
      { type: 'approve', by: 'bo', at: '2026-01-02' },
      { recordPatches: true },
    );
    expect(r.ok && r.entry.patches).toEqual([{ op: 'add', path: ['approvals', 0], value: 'bo' }]);
    if (r.ok) expect(review.restore(review.persist(r.snapshot)).ok).toBe(true);
  });

  it('restore validates persisted snapshots with structured issues', () => {
    const s1 = send(started(), { type: 'submit', title: 'x', at: '2026-01-01' });
    const text = review.persist(s1);
    const codesOf = (v: unknown): string[] => {
      const r = review.restore(v);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(review.restore(text)).toEqual({ ok: true, value: JSON.parse(text), issues: [] });
    expect(codesOf('{not json')).toEqual(['invalid_format']);
    expect(codesOf({ ...JSON.parse(text), formatVersion: 2 })).toEqual([
      'unsupported_format_version',
    ]);
    expect(codesOf({ ...JSON.parse(text), formatVersion: '1' })).toEqual(['invalid_type']);
    expect(codesOf({ ...JSON.parse(text), machine: 'cohort' })).toEqual(['invalid_value']);
    expect(codesOf({ ...JSON.parse(text), state: 'draft' })).toEqual(['invalid_value']);
    expect(codesOf({ ...JSON.parse(text), lastEventAt: '2026-01-09' })).toEqual(['invalid_value']);
    expect(codesOf({ ...JSON.parse(text), enteredFrom: null })).toEqual(['invalid_value']);
    expect(
      codesOf({ ...JSON.parse(text), context: { title: 'x', approvals: [1], need: 2 } }),
    ).toEqual(['invalid_type']);
    expect(codesOf(text.replace('"need":2', '"need":2,"__proto__":{}'))).toEqual(['forbidden_key']);
    expect(codesOf(text.replace('"seq":1', '"seq":3'))).toEqual(['history_seq_mismatch']);
    expect(codesOf({ ...JSON.parse(text), extra: true })).toEqual(['unrecognized_key']);
    expect(codesOf(null)).toEqual(['invalid_type']);
  });

  it('lists allowed events with reasons for UIs', () => {
    const s1 = send(started(), { type: 'submit', title: 'x', at: '2026-01-01' });
    const byType = Object.fromEntries(review.allowedEvents(s1).map((a) => [a.type, a]));
    expect(byType['publish']).toMatchObject({
      allowed: false,
      targets: ['published'],
      needsInput: false,
      reasons: [{ code: 'approvals_missing' }],
    });
    expect(byType['approve']).toMatchObject({
      allowed: true,
      targets: ['submitted'],
      needsInput: true,
    });
    expect(byType['submit']).toMatchObject({
      allowed: false,
      reasons: [{ code: 'not_allowed_in_state' }],
    });
    expect(review.allowedEvents(started()).every((a) => !a.allowed && a.reasons.length > 0)).toBe(
      true,
    );
  });

  it('draws a Mermaid diagram from the definition', () => {
    expect(review.toMermaid()).toBe(
      [
        'stateDiagram-v2',
        '  state "draft" as draft',
        '  state "submitted" as submitted',
        '  state "on-hold" as on_hold',
        '  state "published" as published',
        '  [*] --> draft',
        '  draft --> submitted : submit',
        '  submitted --> published : publish',
        '  draft --> on_hold : hold',
        '  submitted --> on_hold : hold',
        '  on_hold --> draft : resume [from draft]',
        '  on_hold --> submitted : resume [from submitted]',
        '  draft : explode',
        '  submitted : approve',
        '  published --> [*]',
      ].join('\n'),
    );
  });

  describe('properties', () => {
    const driver: Driver<Review> = {
      machine: review,
      input: { need: 1 },
      startAt: '2026-01-01',
      eventsFor: (step, snapshot, now) => {
        if (step.event === 'publish' && snapshot.context.approvals.length === 0)
          return [
            { type: 'approve', by: 'x', at: now },
            { type: 'publish', at: now },
          ];
        if (step.event === 'submit') return [{ type: 'submit', title: 'T', at: now }];
        if (step.event === 'approve') return [{ type: 'approve', by: 'x', at: now }];
        return [{ type: step.event, at: now } as ReviewEvent];
      },
      arbitraryEvent: fc.oneof(
        fc.record({ type: fc.constant('submit' as const), title: fc.string() }),
        fc.record({ type: fc.constant('approve' as const), by: fc.string() }),
        fc.constantFrom<ReviewEvent>(
          { type: 'publish' },
          { type: 'hold' },
          { type: 'resume' },
          { type: 'explode' },
        ),
        fc.constant({ type: 'nope' } as unknown as ReviewEvent),
      ),
    };
    machineProperties(driver);
  });
});
