import { enablePatches, produce, produceWithPatches, type Draft, type Patch } from 'immer';
import {
  checkShape,
  createIssue,
  isTimestamp,
  shape,
  type Issue,
} from '@community-excellence/schemas/data';
import { createCohortsIssue } from '../issue-codes.js';
import { coreReason } from './core-reasons.js';
import { errorIssue } from './error-issue.js';
import { toMermaid } from './mermaid.js';
import { checkSnapshot, quickCheckSnapshot } from './snapshot.js';
import type {
  AllowedEvent,
  AllowedEventsOptions,
  EventDefinition,
  HistoryEntry,
  JsonValue,
  Machine,
  MachineDefinition,
  MachineTypes,
  Refusal,
  Snapshot,
  StepArgs,
  TransitionArgs,
  TransitionDefinition,
  TransitionOptions,
  TransitionResult,
} from './types.js';

const BASE_KEYS = new Set(['type', 'at', 'actor', 'machine']);

/** Freezes a fresh JSON value and everything in it. */
function freezeDeep<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freezeDeep(child);
    Object.freeze(value);
  }
  return value;
}

type AnyEventDefinition<T extends MachineTypes> = EventDefinition<T, T['event']>;
type AnyTransition<T extends MachineTypes> = TransitionDefinition<T, T['event']>;

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The event definitions of a machine as a lookup by type (own keys only). */
function eventDefinition<T extends MachineTypes>(
  definition: MachineDefinition<T>,
  type: string,
): AnyEventDefinition<T> | undefined {
  if (!Object.hasOwn(definition.events, type)) return undefined;
  return (definition.events as unknown as Record<string, AnyEventDefinition<T>>)[type];
}

/** Transitions of an event that leave `state`, and whether `enteredFrom` allows them. */
function candidates<T extends MachineTypes>(
  event: AnyEventDefinition<T>,
  state: T['state'],
): AnyTransition<T>[] {
  return event.transitions.filter((t) => t.from.includes(state));
}

const enteredFromOk = <T extends MachineTypes>(
  t: AnyTransition<T>,
  enteredFrom: T['state'] | null,
): boolean =>
  t.enteredFrom === undefined || (enteredFrom !== null && t.enteredFrom.includes(enteredFrom));

/** Runs the guards of a transition; `skipEventGuards` is for `allowedEvents` (no event fields yet). */
function runGuards<T extends MachineTypes>(
  t: AnyTransition<T>,
  args: TransitionArgs<T>,
  skipEventGuards: boolean,
): { reasons: Refusal<T>[]; skipped: boolean } {
  const reasons: Refusal<T>[] = [];
  let skipped = false;
  for (const guard of t.guards ?? []) {
    if (skipEventGuards && guard.needs === 'event') {
      skipped = true;
      continue;
    }
    try {
      reasons.push(...guard.check(args));
    } catch (error) {
      reasons.push(coreReason('guard_error', { guard: guard.id, error: errorText(error) }));
    }
  }
  return { reasons, skipped };
}

function dedupe<R extends { readonly code: string; readonly message: string }>(
  reasons: readonly R[],
): R[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why no transition of `event` applies in the snapshot's state (state and enteredFrom only). */
function structuralRefusal<T extends MachineTypes>(
  definition: MachineDefinition<T>,
  snapshot: Snapshot<T>,
  type: string,
  event: AnyEventDefinition<T>,
): Refusal<T>[] {
  const state = snapshot.state;
  if (definition.states[state as T['state']].terminal === true)
    return [coreReason('terminal_state', { event: type, state })];
  const from = candidates(event, state);
  if (from.length === 0) {
    const allowedFrom = [...new Set(event.transitions.flatMap((t) => t.from))];
    return [coreReason('not_allowed_in_state', { event: type, state, allowedFrom })];
  }
  if (!from.some((t) => enteredFromOk(t, snapshot.enteredFrom))) {
    const required = [...new Set(from.flatMap((t) => t.enteredFrom ?? []))];
    return [
      coreReason('not_entered_from', {
        event: type,
        state,
        required,
        enteredFrom: snapshot.enteredFrom,
      }),
    ];
  }
  return [];
}

function payloadOf(event: Record<string, unknown>): { [key: string]: JsonValue } {
  const payload: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(event))
    if (BASE_KEYS.has(key) || value === undefined) continue;
    // `__proto__` stays an own property (an assignment would replace the prototype and hide the
    // key), so the payload check refuses it.
    else if (key === '__proto__')
      Object.defineProperty(payload, key, {
        value: value as JsonValue,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else payload[key] = value as JsonValue;
  return payload;
}

function checkEvent<T extends MachineTypes>(
  definition: MachineDefinition<T>,
  event: unknown,
): { type: string; def: AnyEventDefinition<T> } | { reasons: Refusal<T>[] } {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return {
      reasons: [
        coreReason('invalid_event', {
          issues: [
            createIssue({
              code: 'invalid_type',
              path: [],
              expected: 'object',
              received: event === null ? 'null' : Array.isArray(event) ? 'array' : typeof event,
            }),
          ],
        }),
      ],
    };
  }
  const record = event as Record<string, unknown>;
  const type = record['type'];
  if (typeof type !== 'string') {
    return {
      reasons: [
        coreReason('invalid_event', {
          issues: [
            createIssue({
              code: 'invalid_type',
              path: ['type'],
              expected: 'string',
              received: typeof type,
            }),
          ],
        }),
      ],
    };
  }
  if (record['machine'] !== undefined && record['machine'] !== definition.id) {
    return {
      reasons: [
        coreReason('wrong_machine', {
          subject: 'event',
          expected: definition.id,
          found: String(record['machine']),
        }),
      ],
    };
  }
  const def = eventDefinition(definition, type);
  if (def === undefined)
    return {
      reasons: [
        coreReason('unknown_event', { event: type, known: Object.keys(definition.events) }),
      ],
    };
  const issues: Issue[] = [];
  if (record['at'] !== undefined && !isTimestamp(record['at']))
    issues.push(
      createIssue({ code: 'invalid_format', path: ['at'], format: 'ISO date or date-time' }),
    );
  if (record['actor'] !== undefined && typeof record['actor'] !== 'string') {
    issues.push(
      createIssue({
        code: 'invalid_type',
        path: ['actor'],
        expected: 'string',
        received: typeof record['actor'],
      }),
    );
  }
  const payloadIssues = checkShape(
    payloadOf(record),
    shape.object(def.payload ?? {}, def.optional ?? []),
  );
  issues.push(...payloadIssues);
  if (issues.length > 0) return { reasons: [coreReason('invalid_event', { issues })] };
  return { type, def };
}

/**
 * Creates a machine from its definition: pure `transition`, `allowedEvents`, `initialSnapshot`,
 * `persist` / `restore` and `toMermaid`, all of which return results instead of throwing.
 *
 * @example
 * ```ts
 * type Door = { state: 'open' | 'closed'; context: { slams: number }; event: EventBase<'close'> | EventBase<'open'>;
 *   reason: never; effect: never; input: void };
 * const door = createMachine<Door>({
 *   id: 'door', description: 'A door', initial: 'open',
 *   states: { open: { description: 'Open' }, closed: { description: 'Closed' } },
 *   events: {
 *     close: { description: 'Close it', transitions: [{ from: ['open'], to: 'closed', update: (d) => { d.slams += 1; } }] },
 *     open: { description: 'Open it', transitions: [{ from: ['closed'], to: 'open' }] },
 *   },
 *   createContext: () => ({ slams: 0 }),
 *   context: shape.object({ slams: 'integer' }),
 * });
 * const start = door.initialSnapshot(undefined);
 * if (start.ok) door.transition(start.value, { type: 'close', at: '2026-01-01' }); // { ok: true, snapshot: { state: 'closed', ... } }
 * ```
 */
export function createMachine<T extends MachineTypes>(
  definition: MachineDefinition<T>,
): Machine<T> {
  const anyDefinition = definition as unknown as MachineDefinition<MachineTypes>;

  const initialSnapshot: Machine<T>['initialSnapshot'] = (input) => {
    let context: T['context'];
    try {
      context = definition.createContext(input);
    } catch (error) {
      return {
        ok: false,
        issues: [
          createCohortsIssue({
            code: 'context_creation_failed',
            path: ['input'],
            error: errorText(error),
          }),
        ],
      };
    }
    const snapshot: Snapshot<T> = {
      formatVersion: 1,
      machine: definition.id,
      state: definition.initial,
      enteredFrom: null,
      context,
      history: [],
      lastEventAt: null,
    };
    const issues = checkSnapshot(definition, JSON.parse(JSON.stringify(snapshot)) as unknown);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: produce(snapshot, () => undefined), issues: [] };
  };

  const transition: Machine<T>['transition'] = (snapshot, event, options = {}) => {
    try {
      return transitionUnsafe(snapshot, event, options);
    } catch (error) {
      return {
        ok: false,
        reasons: [coreReason('guard_error', { guard: '(transition)', error: errorText(error) })],
      };
    }
  };

  function transitionUnsafe(
    snapshot: Snapshot<T>,
    event: T['event'],
    options: TransitionOptions,
  ): TransitionResult<T> {
    const snapshotIssues = quickCheckSnapshot(anyDefinition, snapshot);
    if (snapshotIssues.length > 0) {
      const machineIssue = snapshotIssues.find((i) => i.path[0] === 'machine');
      if (machineIssue !== undefined) {
        const found = (snapshot as unknown as Record<string, unknown>)['machine'];
        return {
          ok: false,
          reasons: [
            coreReason('wrong_machine', {
              subject: 'snapshot',
              expected: definition.id,
              found: String(found),
            }),
          ],
        };
      }
      return { ok: false, reasons: [coreReason('invalid_snapshot', { issues: snapshotIssues })] };
    }
    const checked = checkEvent(definition, event);
    if ('reasons' in checked) return { ok: false, reasons: checked.reasons };
    const { type, def } = checked;
    const structural = structuralRefusal(definition, snapshot, type, def);
    if (structural.length > 0) return { ok: false, reasons: structural };
    let at = (event as { at?: string }).at;
    if (at === undefined && options.clock !== undefined) {
      const fromClock = options.clock();
      if (!isTimestamp(fromClock))
        return {
          ok: false,
          reasons: [
            coreReason('invalid_event', {
              issues: [
                createIssue({
                  code: 'invalid_format',
                  path: ['at'],
                  format: 'ISO date or date-time (from the clock)',
                }),
              ],
            }),
          ],
        };
      at = fromClock;
    }
    if (at === undefined)
      return { ok: false, reasons: [coreReason('missing_time', { event: type })] };
    if (snapshot.lastEventAt !== null && Date.parse(at) < Date.parse(snapshot.lastEventAt)) {
      return {
        ok: false,
        reasons: [coreReason('event_out_of_order', { at, previousAt: snapshot.lastEventAt })],
      };
    }
    const resolved = { ...(event as object), at } as T['event'] & { readonly at: string };
    const args: TransitionArgs<T> = {
      state: snapshot.state,
      context: snapshot.context,
      event: resolved,
      at,
      snapshot,
    };
    const refusals: Refusal<T>[] = [];
    for (const t of candidates(def, snapshot.state)) {
      if (!enteredFromOk(t, snapshot.enteredFrom)) continue;
      const { reasons } = runGuards(t, args, false);
      if (reasons.length > 0) {
        refusals.push(...reasons);
        continue;
      }
      return apply(snapshot, t, args, type, options);
    }
    return { ok: false, reasons: dedupe(refusals) };
  }

  function apply(
    snapshot: Snapshot<T>,
    t: AnyTransition<T>,
    args: TransitionArgs<T>,
    type: string,
    options: TransitionOptions,
  ): TransitionResult<T> {
    const from = snapshot.state;
    const to = t.to ?? from;
    const step: StepArgs<T> = { ...args, from, to };
    const recipe = (draft: Draft<T['context']>): void => {
      t.update?.(draft, step);
    };
    let context: T['context'];
    let patches: Patch[] | undefined;
    if (options.recordPatches === true) {
      enablePatches();
      [context, patches] = produceWithPatches(snapshot.context, recipe) as unknown as [
        T['context'],
        Patch[],
        Patch[],
      ];
    } else {
      context = produce(snapshot.context, recipe) as T['context'];
    }
    const actor = args.event.actor;
    const entry: HistoryEntry<T['state']> = {
      seq: snapshot.history.length + 1,
      event: type,
      at: args.at,
      ...(actor === undefined ? {} : { actor }),
      from,
      to,
      payload: payloadOf(args.event as unknown as Record<string, unknown>),
      ...(patches === undefined ? {} : { patches: JSON.parse(JSON.stringify(patches)) as Patch[] }),
    };
    // The envelope is rebuilt by hand (the history is append-only, so a native copy plus freezing the
    // new parts is enough); immer would revisit every history entry on each transition.
    const frozenEntry = freezeDeep(entry);
    const next: Snapshot<T> = Object.freeze({
      ...snapshot,
      state: to,
      enteredFrom: to === from ? snapshot.enteredFrom : from,
      context,
      history: Object.freeze([...snapshot.history, frozenEntry]),
      lastEventAt: args.at,
    });
    const effects = t.effects?.({ ...step, next: context }) ?? [];
    return { ok: true, snapshot: next, effects, entry: frozenEntry };
  }

  const allowedEvents: Machine<T>['allowedEvents'] = (snapshot, options = {}) => {
    const snapshotIssues = quickCheckSnapshot(anyDefinition, snapshot);
    const types = Object.keys(definition.events) as T['event']['type'][];
    if (snapshotIssues.length > 0) {
      const reason = coreReason('invalid_snapshot', { issues: snapshotIssues });
      return types.map((type) => ({
        type,
        description: eventDefinition(definition, type)?.description ?? '',
        allowed: false,
        reasons: [reason],
        targets: [],
        needsInput: false,
      }));
    }
    let at =
      options.at ??
      (options.clock === undefined ? undefined : options.clock()) ??
      snapshot.lastEventAt ??
      undefined;
    if (at !== undefined && !isTimestamp(at)) at = undefined;
    return types.map((type): AllowedEvent<T> => {
      const def = eventDefinition(definition, type) as AnyEventDefinition<T>;
      const structural = structuralRefusal(definition, snapshot, type, def);
      const usable = candidates(def, snapshot.state).filter((t) =>
        enteredFromOk(t, snapshot.enteredFrom),
      );
      const targets = [...new Set(usable.map((t) => t.to ?? snapshot.state))];
      const needsInput =
        usable.some((t) => (t.guards ?? []).some((g) => g.needs === 'event')) ||
        Object.keys(def.payload ?? {}).some((k) => !(def.optional ?? []).includes(k));
      if (structural.length > 0)
        return {
          type,
          description: def.description,
          allowed: false,
          reasons: structural,
          targets,
          needsInput,
        };
      if (at === undefined) {
        return {
          type,
          description: def.description,
          allowed: false,
          reasons: [coreReason('missing_time', { event: type })],
          targets,
          needsInput,
        };
      }
      const probe = { type, at } as unknown as T['event'] & { readonly at: string };
      const args: TransitionArgs<T> = {
        state: snapshot.state,
        context: snapshot.context,
        event: probe,
        at,
        snapshot,
      };
      const refusals: Refusal<T>[] = [];
      for (const t of usable) {
        const { reasons } = runGuards(t, args, true);
        if (reasons.length === 0)
          return {
            type,
            description: def.description,
            allowed: true,
            reasons: [],
            targets,
            needsInput,
          };
        refusals.push(...reasons);
      }
      return {
        type,
        description: def.description,
        allowed: false,
        reasons: dedupe(refusals),
        targets,
        needsInput,
      };
    });
  };

  const persist: Machine<T>['persist'] = (snapshot) => JSON.stringify(snapshot);

  const restore: Machine<T>['restore'] = (persisted) => {
    let value: unknown = persisted;
    if (typeof persisted === 'string') {
      try {
        value = JSON.parse(persisted) as unknown;
      } catch (error) {
        return {
          ok: false,
          issues: [
            createIssue({
              code: 'invalid_format',
              path: [],
              format: 'JSON',
              message: `Not valid JSON: ${errorText(error)}`,
            }),
          ],
        };
      }
    }
    const issues = checkSnapshot(definition, value);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: value as Snapshot<T>, issues: [] };
  };

  // Every method answers any input: what the checks above do not catch becomes an issue (or, for
  // the methods without one, an empty answer), never an exception.
  return {
    definition,
    initialSnapshot: (input) => {
      try {
        return initialSnapshot(input);
      } catch (error) {
        return { ok: false, issues: [errorIssue(error)] };
      }
    },
    transition,
    allowedEvents: (snapshot, options) => {
      try {
        return allowedEvents(snapshot, options);
      } catch {
        return [];
      }
    },
    persist: (snapshot) => {
      try {
        return persist(snapshot) ?? '';
      } catch {
        return '';
      }
    },
    restore: (persisted) => {
      try {
        return restore(persisted);
      } catch (error) {
        return { ok: false, issues: [errorIssue(error)] };
      }
    },
    toMermaid: () => toMermaid(definition),
  };
}
