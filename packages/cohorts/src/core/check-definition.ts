import { createIssue, type Issue } from '@community-excellence/schemas/data';
import { createCohortsIssue } from '../issue-codes.js';
import type { MachineDefinition, MachineTypes, TransitionDefinition } from './types.js';
import { errorIssue } from './error-issue.js';

/**
 * Checks a definition for mistakes: an unknown initial state, transitions from or to unknown
 * states, transitions out of terminal states, events without transitions, guards without ids.
 *
 * Never throws: a value that is not a machine definition gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * checkDefinition(cohortMachine.definition); // []
 * ```
 */
export function checkDefinition<T extends MachineTypes>(definition: MachineDefinition<T>): Issue[] {
  try {
    return checkDefinitionUnchecked(definition);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkDefinitionUnchecked<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): Issue[] {
  const issues: Issue[] = [];
  const states = Object.keys(definition.states);
  const known = (s: string): boolean => Object.hasOwn(definition.states, s);
  const terminal = (s: string): boolean =>
    (definition.states as Record<string, { terminal?: boolean }>)[s]?.terminal === true;
  if (!known(definition.initial))
    issues.push(
      createIssue({
        code: 'unknown_reference',
        path: ['initial'],
        target: 'state',
        id: definition.initial,
      }),
    );
  const events = definition.events as unknown as Record<
    string,
    { readonly transitions: readonly TransitionDefinition<T>[] }
  >;
  for (const [event, def] of Object.entries(events)) {
    if (def.transitions.length === 0)
      issues.push(
        createIssue({
          code: 'too_small',
          path: ['events', event, 'transitions'],
          minimum: 1,
          origin: 'array',
          inclusive: true,
        }),
      );
    def.transitions.forEach((t, i) => {
      const path = ['events', event, 'transitions', i];
      for (const s of [
        ...t.from,
        ...(t.to === undefined ? [] : [t.to]),
        ...(t.enteredFrom ?? []),
      ]) {
        if (!known(s))
          issues.push(createIssue({ code: 'unknown_reference', path, target: 'state', id: s }));
      }
      for (const s of t.from) {
        if (terminal(s))
          issues.push(
            createCohortsIssue({
              code: 'transition_leaves_terminal_state',
              path: [...path, 'from'],
              state: s,
            }),
          );
      }
      const ids = new Set<string>();
      (t.guards ?? []).forEach((g, j) => {
        if (g.id.length === 0 || ids.has(g.id))
          issues.push(
            createIssue({
              code: 'duplicate_id',
              path: [...path, 'guards', j, 'id'],
              id: g.id,
              firstPath: path,
            }),
          );
        ids.add(g.id);
      });
    });
  }
  if (states.length === 0)
    issues.push(
      createIssue({
        code: 'too_small',
        path: ['states'],
        minimum: 1,
        origin: 'object',
        inclusive: true,
      }),
    );
  return issues;
}
