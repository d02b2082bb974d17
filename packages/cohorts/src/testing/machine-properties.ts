// Test support shared by the machine tests (not exported from the package).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { allTransitions, shortestPaths, type PathStep } from '../core/paths.js';
import { checkDefinition } from '../core/check-definition.js';
import { addDays } from '../core/time.js';
import type { Machine, MachineTypes, Snapshot, TransitionResult } from '../core/types.js';

/** How to drive one machine in tests. */
export interface Driver<T extends MachineTypes> {
  readonly machine: Machine<T>;
  readonly input: T['input'];
  /** Time of the first event. */
  readonly startAt: string;
  /**
   * The events that take the transition `step` from `snapshot` (preparing in-state events first,
   * then the event itself), with `at` times not earlier than `now`.
   */
  readonly eventsFor: (
    step: { readonly event: string; readonly from: string; readonly to: string },
    snapshot: Snapshot<T>,
    now: string,
  ) => T['event'][];
  /** Random events without `at` (valid and invalid ones). */
  readonly arbitraryEvent: fc.Arbitrary<T['event']>;
}

export function start<T extends MachineTypes>(driver: Driver<T>): Snapshot<T> {
  const result = driver.machine.initialSnapshot(driver.input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Sends events one by one, failing the test with the reasons when one is refused. */
export function sendAll<T extends MachineTypes>(
  machine: Machine<T>,
  snapshot: Snapshot<T>,
  events: readonly T['event'][],
): Snapshot<T> {
  let current = snapshot;
  for (const event of events) {
    const result = machine.transition(current, event);
    if (!result.ok)
      throw new Error(
        `${event.type} refused in ${current.state}: ${result.reasons.map((r) => r.message).join(' | ')}`,
      );
    current = result.snapshot;
  }
  return current;
}

/** Walks a path of state changes with the driver; returns the snapshot at its end. */
export function walk<T extends MachineTypes>(
  driver: Driver<T>,
  path: readonly PathStep[],
  from?: Snapshot<T>,
): Snapshot<T> {
  let snapshot = from ?? start(driver);
  for (const step of path) {
    const events = driver.eventsFor(step, snapshot, snapshot.lastEventAt ?? driver.startAt);
    snapshot = sendAll(driver.machine, snapshot, events);
    expect(snapshot.state, `after ${step.event} from ${step.from}`).toBe(step.to);
  }
  return snapshot;
}

const comparable = <T extends MachineTypes>(result: TransitionResult<T>): unknown =>
  JSON.parse(JSON.stringify(result)) as unknown;

/** The path-walking and random-sequence tests every machine gets. */
export function machineProperties<T extends MachineTypes>(driver: Driver<T>, runs = 150): void {
  const { machine } = driver;
  const definition = machine.definition;
  const states = Object.keys(definition.states);

  it('has a consistent definition', () => {
    expect(checkDefinition(definition)).toEqual([]);
  });

  it('reaches every state by BFS over the definition', () => {
    const paths = shortestPaths(definition);
    expect(
      Object.entries(paths)
        .filter(([, p]) => p === null)
        .map(([s]) => s),
    ).toEqual([]);
  });

  it('walks the shortest path to every state with real events', () => {
    const paths = shortestPaths(definition) as Record<string, readonly PathStep[] | null>;
    for (const state of states) {
      const snapshot = walk(driver, paths[state] ?? []);
      expect(snapshot.state).toBe(state);
      expect(snapshot.history.at(-1)?.to ?? definition.initial).toBe(state);
    }
  });

  it('exercises every transition', () => {
    const edges = allTransitions(definition);
    const taken = new Set<string>();
    for (const edge of edges) {
      expect(edge.path, `${edge.event} from ${edge.from}`).not.toBeNull();
      const before = walk(driver, edge.path ?? []);
      expect(before.state).toBe(edge.from);
      const after = walk(driver, [{ event: edge.event, from: edge.from, to: edge.to }], before);
      const last = after.history.at(-1);
      expect(last?.event).toBe(edge.event);
      expect(last?.from).toBe(edge.from);
      expect(last?.to).toBe(edge.to);
      taken.add(`${edge.event}:${edge.from}:${edge.index}`);
    }
    expect(taken.size).toBe(edges.length);
  });

  const paths = shortestPaths(definition) as Record<string, readonly PathStep[] | null>;
  const startingPoints = fc.constantFrom(...states);
  const steps = fc.array(
    fc.record({
      event: driver.arbitraryEvent,
      days: fc.integer({ min: -20, max: 400 }),
      noTime: fc.boolean(),
    }),
    { maxLength: 25 },
  );

  it('random event sequences never reach an undefined state, refusals carry reasons, restore(persist(s)) behaves like s', () => {
    fc.assert(
      fc.property(startingPoints, steps, (state, sequence) => {
        let snapshot = walk(driver, paths[state] ?? []);
        let now = snapshot.lastEventAt ?? driver.startAt;
        for (const { event, days, noTime } of sequence) {
          const at = addDays(now, days);
          const timed = (noTime ? { ...event } : { ...event, at }) as T['event'];
          const restored = machine.restore(machine.persist(snapshot));
          expect(restored.ok).toBe(true);
          if (!restored.ok) return;
          expect(restored.value).toEqual(snapshot);
          const result = machine.transition(snapshot, timed);
          expect(comparable(machine.transition(restored.value, timed))).toEqual(comparable(result));
          if (result.ok) {
            expect(states).toContain(result.snapshot.state);
            expect(result.snapshot.history).toHaveLength(snapshot.history.length + 1);
            expect(result.snapshot.history.slice(0, -1)).toEqual(snapshot.history);
            snapshot = result.snapshot;
            now = snapshot.lastEventAt ?? now;
          } else {
            expect(result.reasons.length).toBeGreaterThan(0);
            for (const reason of result.reasons) {
              expect(typeof reason.code).toBe('string');
              expect(reason.message.length).toBeGreaterThan(0);
            }
            if (noTime)
              expect(result.reasons.map((r) => r.code)).toContainEqual(
                expect.stringMatching(
                  /missing_time|unknown_event|invalid_event|wrong_machine|not_allowed_in_state|terminal_state|not_entered_from/,
                ),
              );
          }
          expect(states).toContain(snapshot.state);
        }
      }),
      { numRuns: runs },
    );
  });

  it('lists allowed events consistently with transition', () => {
    fc.assert(
      fc.property(startingPoints, (state) => {
        const snapshot = walk(driver, paths[state] ?? []);
        const now = snapshot.lastEventAt ?? driver.startAt;
        const allowed = machine.allowedEvents(snapshot, { at: now });
        expect(allowed.map((a) => a.type).sort()).toEqual(Object.keys(definition.events).sort());
        for (const entry of allowed) {
          if (!entry.allowed) expect(entry.reasons.length).toBeGreaterThan(0);
          else expect(entry.reasons).toEqual([]);
          if (definition.states[state as T['state']].terminal === true)
            expect(entry.allowed).toBe(false);
          if (!entry.needsInput) {
            const result = machine.transition(snapshot, {
              type: entry.type,
              at: now,
            } as T['event']);
            expect(result.ok, `${entry.type} in ${state}`).toBe(entry.allowed);
          }
        }
      }),
      { numRuns: Math.min(runs, states.length * 3) },
    );
  });
}
