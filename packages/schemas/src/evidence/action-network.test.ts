import { describe, expect, it } from 'vitest';
import type { Action } from '../action-plan/action-plan.js';
import { ActionNetworkSchema } from './action-network.js';
import { riverbendEvidence } from './test-fixtures.js';
import { validatePartnershipEvidence } from './validate-partnership-evidence.js';

const action = (id: string, extra: Partial<Action> = {}): Action => ({
  id,
  title: 'Text reminders the evening before school',
  owner: 'Attendance coordinator',
  status: 'in-progress',
  serves: { indicators: ['ind-chronic-absence'] },
  ...extra,
});

/** The fixture with a second network and the given actions on the two networks. */
function withActions(first: unknown[], second: unknown[] = []): unknown {
  const doc = riverbendEvidence();
  const [network] = doc.actionNetworks ?? [];
  return {
    ...doc,
    actionNetworks: [
      { ...network, actions: first },
      { id: 'can-grad', name: 'On track to graduate', actions: second },
    ],
  };
}

const codesAndPaths = (input: unknown): [string, readonly (string | number)[]][] =>
  validatePartnershipEvidence(input).issues.map((issue) => [issue.code, issue.path]);

describe('action network actions', () => {
  it('lists actions of the one action type, with PDSA cycles and an action-network origin', () => {
    const result = validatePartnershipEvidence(
      withActions([
        action('can-reading-reminders', {
          origin: { type: 'action-network', actionNetworkId: 'can-reading' },
          pdsaCycles: [
            {
              id: 'pdsa-reminders-1',
              change: 'Reminders to 20 families',
              prediction: 'Absences fall by a third',
              startedOn: '2026-02-02',
              decision: 'adapt',
              decidedOn: '2026-02-27',
            },
          ],
        }),
        action('can-reading-tutors'),
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(
      ActionNetworkSchema.safeParse({ id: 'n', name: 'N', actions: [action('a')] }).success,
    ).toBe(true);
  });

  it('reports an action whose origin is another network or not a network, and repeated action ids', () => {
    const result = validatePartnershipEvidence(
      withActions(
        [
          action('a1', { origin: { type: 'action-network', actionNetworkId: 'can-grad' } }),
          action('a2', { origin: { type: 'assessment' } }),
        ],
        [action('a1')],
      ),
    );
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'origin_mismatch',
        ['actionNetworks', 0, 'actions', 0, 'origin', 'actionNetworkId'],
        "The action's origin is can-grad; it should be can-reading.",
      ],
      [
        'origin_mismatch',
        ['actionNetworks', 0, 'actions', 1, 'origin', 'type'],
        "The action's origin is assessment; it should be action-network.",
      ],
      ['duplicate_id', ['actionNetworks', 1, 'actions', 0, 'id'], expect.stringContaining('a1')],
    ]);
    expect(result.issues[0]).toMatchObject({ expected: 'can-reading', found: 'can-grad' });
  });

  it('reports malformed actions with exact paths and refuses __proto__ keys in them', () => {
    expect(
      codesAndPaths(withActions([{ id: 'a1', title: '', status: 'later', serves: {} }])),
    ).toEqual([
      ['too_small', ['actionNetworks', 0, 'actions', 0, 'title']],
      ['invalid_value', ['actionNetworks', 0, 'actions', 0, 'status']],
    ]);
    const hostile: unknown = JSON.parse(
      '{"kind":"partnership-evidence","formatVersion":1,"id":"e","partnershipId":"p","name":"P","asOf":"2026-01-01","actionNetworks":[{"id":"n","name":"N","actions":[{"id":"a","title":"t","status":"planned","serves":{"__proto__":{"admin":true}}}]}]}',
    );
    expect(codesAndPaths(hostile)).toEqual([
      ['forbidden_key', ['actionNetworks', 0, 'actions', 0, 'serves', '__proto__']],
    ]);
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });
});
