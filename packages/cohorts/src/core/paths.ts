import type { MachineDefinition, MachineTypes, TransitionDefinition } from './types.js';

/** One step of a path through a definition: an event taking the machine from one state to another. */
export interface PathStep<S extends string = string> {
  readonly event: string;
  readonly from: S;
  readonly to: S;
}

/** A transition of a definition, one per source state, with the shortest path that makes it possible. */
export interface TransitionEdge<S extends string = string> {
  readonly event: string;
  readonly from: S;
  readonly to: S;
  /** Position of the transition in its event's list. */
  readonly index: number;
  readonly enteredFrom?: readonly S[];
  /** Shortest path of state changes from the start to a point where this transition applies; `null` if none. */
  readonly path: readonly PathStep<S>[] | null;
}

interface Node<S extends string> {
  readonly state: S;
  readonly enteredFrom: S | null;
}

const keyOf = <S extends string>(node: Node<S>): string =>
  `${node.state}\u0000${node.enteredFrom ?? ''}`;

function edgesOf<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): { event: string; index: number; t: TransitionDefinition<T> }[] {
  const events = definition.events as unknown as Record<
    string,
    { readonly transitions: readonly TransitionDefinition<T>[] }
  >;
  return Object.entries(events).flatMap(([event, def]) =>
    def.transitions.map((t, index) => ({ event, index, t })),
  );
}

/** Breadth-first search over (state, entered-from) pairs, following state changes only (guards are ignored). */
function search<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): Map<string, { node: Node<T['state']>; path: PathStep<T['state']>[] }> {
  const start: Node<T['state']> = { state: definition.initial, enteredFrom: null };
  const seen = new Map<string, { node: Node<T['state']>; path: PathStep<T['state']>[] }>([
    [keyOf(start), { node: start, path: [] }],
  ]);
  const queue = [start];
  const edges = edgesOf(definition);
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i] as Node<T['state']>;
    const path = seen.get(keyOf(node))?.path ?? [];
    if (
      (definition.states as Record<string, { terminal?: boolean }>)[node.state]?.terminal === true
    )
      continue;
    for (const { event, t } of edges) {
      if (!t.from.includes(node.state) || t.to === undefined || t.to === node.state) continue;
      if (
        t.enteredFrom !== undefined &&
        (node.enteredFrom === null || !t.enteredFrom.includes(node.enteredFrom))
      )
        continue;
      const next: Node<T['state']> = { state: t.to, enteredFrom: node.state };
      if (seen.has(keyOf(next))) continue;
      seen.set(keyOf(next), { node: next, path: [...path, { event, from: node.state, to: t.to }] });
      queue.push(next);
    }
  }
  return seen;
}

/**
 * The shortest sequence of state changes from the start to every state (BFS over the definition,
 * guards ignored, `enteredFrom` respected); `null` for a state that cannot be reached.
 *
 * Never throws: a value that is not a machine definition gives `{}`.
 *
 * @example
 * ```ts
 * shortestPaths(cohortMachine.definition)['alumni']?.map((s) => s.event);
 * // ['kick-off', 'advance', 'advance', 'advance', 'advance']
 * ```
 */
export function shortestPaths<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): Record<T['state'], readonly PathStep<T['state']>[] | null> {
  try {
    return shortestPathsUnchecked(definition);
  } catch {
    return {} as Record<T['state'], readonly PathStep<T['state']>[] | null>;
  }
}

function shortestPathsUnchecked<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): Record<T['state'], readonly PathStep<T['state']>[] | null> {
  const found = search(definition);
  const result = {} as Record<T['state'], readonly PathStep<T['state']>[] | null>;
  for (const state of Object.keys(definition.states) as T['state'][]) {
    let best: PathStep<T['state']>[] | null = null;
    for (const { node, path } of found.values())
      if (node.state === state && (best === null || path.length < best.length)) best = path;
    result[state] = best;
  }
  return result;
}

/**
 * Every transition of a definition, one entry per source state, each with the shortest path that
 * reaches a point where it applies (respecting `enteredFrom`). Tests walk these to exercise every
 * transition.
 *
 * Never throws: a value that is not a machine definition gives `[]`.
 *
 * @example
 * ```ts
 * allTransitions(cohortMachine.definition).filter((t) => t.path === null); // [] when all are reachable
 * ```
 */
export function allTransitions<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): TransitionEdge<T['state']>[] {
  try {
    return allTransitionsUnchecked(definition);
  } catch {
    return [];
  }
}

function allTransitionsUnchecked<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): TransitionEdge<T['state']>[] {
  const found = [...search(definition).values()];
  return edgesOf(definition).flatMap(({ event, index, t }) =>
    t.from.map((from) => {
      let best: PathStep<T['state']>[] | null = null;
      for (const { node, path } of found) {
        if (node.state !== from) continue;
        if (
          t.enteredFrom !== undefined &&
          (node.enteredFrom === null || !t.enteredFrom.includes(node.enteredFrom))
        )
          continue;
        if (best === null || path.length < best.length) best = path;
      }
      return {
        event,
        from,
        to: t.to ?? from,
        index,
        ...(t.enteredFrom === undefined ? {} : { enteredFrom: t.enteredFrom }),
        path: best,
      };
    }),
  );
}
