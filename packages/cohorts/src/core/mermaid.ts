import type { MachineDefinition, MachineTypes, TransitionDefinition } from './types.js';

const mermaidId = (state: string): string => state.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * A Mermaid `stateDiagram-v2` generated from a definition: one arrow per state change (labelled
 * with its events; `[from x]` when the transition applies only when the state was entered from
 * `x`), in-state events listed inside the state, `[*]` for the start and for terminal states.
 *
 * Never throws: a value that is not a machine definition gives an empty diagram.
 *
 * @example
 * ```ts
 * toMermaid(cohortMachine.definition).split('\n')[0]; // 'stateDiagram-v2'
 * ```
 */
export function toMermaid<T extends MachineTypes>(definition: MachineDefinition<T>): string {
  try {
    return toMermaidUnchecked(definition);
  } catch {
    return 'stateDiagram-v2';
  }
}

function toMermaidUnchecked<T extends MachineTypes>(definition: MachineDefinition<T>): string {
  const lines = ['stateDiagram-v2'];
  const states = Object.keys(definition.states);
  for (const state of states) lines.push(`  state "${state}" as ${mermaidId(state)}`);
  lines.push(`  [*] --> ${mermaidId(definition.initial)}`);
  const edges = new Map<string, string[]>();
  const inState = new Map<string, string[]>();
  const events = definition.events as unknown as Record<
    string,
    { readonly transitions: readonly TransitionDefinition<T>[] }
  >;
  for (const [event, def] of Object.entries(events)) {
    for (const t of def.transitions) {
      for (const from of t.from) {
        const to = t.to ?? from;
        if (to === from) {
          const list = inState.get(from) ?? [];
          if (!list.includes(event)) list.push(event);
          inState.set(from, list);
          continue;
        }
        const key = `${from}\u0000${to}`;
        const label =
          t.enteredFrom === undefined ? event : `${event} [from ${t.enteredFrom.join(', ')}]`;
        const list = edges.get(key) ?? [];
        if (!list.includes(label)) list.push(label);
        edges.set(key, list);
      }
    }
  }
  for (const [key, labels] of edges) {
    const [from = '', to = ''] = key.split('\u0000');
    lines.push(`  ${mermaidId(from)} --> ${mermaidId(to)} : ${labels.join(' / ')}`);
  }
  for (const state of states) {
    const list = inState.get(state);
    if (list !== undefined) lines.push(`  ${mermaidId(state)} : ${list.join(', ')}`);
  }
  for (const state of states) {
    if ((definition.states as Record<string, { terminal?: boolean }>)[state]?.terminal === true)
      lines.push(`  ${mermaidId(state)} --> [*]`);
  }
  return lines.join('\n');
}
