import type { JudgeContext } from './types.js';

/** An action network of the partnership evidence. */
type Network = NonNullable<JudgeContext['evidence']['actionNetworks']>[number];

const actionsOf = (network: Network): NonNullable<Network['actions']> =>
  Array.isArray(network.actions) ? network.actions : [];

/**
 * How many PDSA cycles the actions of a network record.
 *
 * @example
 * ```ts
 * networkPdsaCycles({ id: 'an-attendance', name: 'Attendance network' }); // 0
 * ```
 * @internal
 */
export function networkPdsaCycles(network: Network): number {
  let cycles = 0;
  for (const action of actionsOf(network))
    cycles += Array.isArray(action.pdsaCycles) ? action.pdsaCycles.length : 0;
  return cycles;
}

/**
 * Whether a network runs continuous improvement: it says so (`continuousImprovement`), or the
 * actions it lists carry PDSA cycles, which show the improvement process at work.
 *
 * @example
 * ```ts
 * runsContinuousImprovement({ id: 'an-attendance', name: 'Attendance network', continuousImprovement: true }); // true
 * ```
 * @internal
 */
export function runsContinuousImprovement(network: Network): boolean {
  return network.continuousImprovement === true || networkPdsaCycles(network) > 0;
}

/**
 * What the actions of a network show, for evidence notes: `'; 2 actions (1 done), 3 PDSA cycles'`,
 * or `''` when the network lists no actions.
 *
 * @example
 * ```ts
 * networkActionsNote({ id: 'an-attendance', name: 'Attendance network' }); // ''
 * ```
 * @internal
 */
export function networkActionsNote(network: Network): string {
  const actions = actionsOf(network);
  if (actions.length === 0) return '';
  const done = actions.filter((a) => a.status === 'done').length;
  const cycles = networkPdsaCycles(network);
  return `; ${actions.length} action(s) (${done} done), ${cycles} PDSA cycle(s)`;
}
