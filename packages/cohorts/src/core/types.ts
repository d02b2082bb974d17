import type { Draft, Patch } from 'immer';
import type {
  Issue,
  PathSegment,
  ValidationResult,
  Shape,
  ShapeFields,
} from '@community-excellence/schemas/data';
import type { Clock } from './time.js';
import type { ReasonCode, ReasonOf } from '../issue-codes.js';

/** A JSON value: what snapshots, payloads and effects are made of. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The fields every event has. `at` is when it happened (ISO date or date-time); without it the
 * `clock` option supplies the time. `actor` is who did it (kept in the history). `machine`, when
 * given, must name the machine the event is sent to.
 */
export interface EventBase<T extends string = string> {
  readonly type: T;
  readonly at?: string;
  readonly actor?: string;
  readonly machine?: string;
}

/**
 * The fields every refusal reason has: a `code` to branch on (one of {@link ReasonCode}, declared
 * with its data and message template in cohorts' `issue-codes.ts`; a user-defined machine adds its
 * codes to `ReasonDataByCode` by declaration merging), a `message` for people, an optional `path`.
 */
export interface ReasonBase {
  readonly code: ReasonCode;
  readonly message: string;
  readonly path?: readonly PathSegment[];
}

/** The fields every effect has. Effects are plain data returned by a transition for the caller to act on. */
export interface EffectBase {
  readonly type: string;
}

/**
 * The type parameters of one machine, bundled: its state ids, context, events, refusal reasons,
 * effects, and the input that creates its first context.
 */
export interface MachineTypes {
  readonly state: string;
  readonly context: unknown;
  readonly event: EventBase;
  readonly reason: ReasonBase;
  readonly effect: EffectBase;
  readonly input: unknown;
}

/** One state of a machine definition. */
export interface StateDefinition {
  /** What being in this state means. */
  readonly description: string;
  /** No event leaves a terminal state. */
  readonly terminal?: boolean;
}

/** What guards, updates and effects receive. `event` has its `at` resolved. */
export interface TransitionArgs<T extends MachineTypes, E extends T['event'] = T['event']> {
  readonly state: T['state'];
  readonly context: T['context'];
  readonly event: E & { readonly at: string };
  /** The resolved time of the event. */
  readonly at: string;
  readonly snapshot: Snapshot<T>;
}

/**
 * A named check on a transition. It returns the reasons the transition is refused, or `[]`.
 * `needs: 'event'` marks guards that read event fields other than `at`: `allowedEvents` cannot run
 * them without an event and reports `needsInput`.
 */
export interface GuardDefinition<T extends MachineTypes, E extends T['event'] = T['event']> {
  readonly id: string;
  readonly description: string;
  readonly needs?: 'event';
  readonly check: (args: TransitionArgs<T, E>) => readonly T['reason'][];
}

/** What an update and the effects builder receive in addition to {@link TransitionArgs}. */
export interface StepArgs<
  T extends MachineTypes,
  E extends T['event'] = T['event'],
> extends TransitionArgs<T, E> {
  readonly from: T['state'];
  readonly to: T['state'];
}

/** One transition of an event: from some states to one state (or staying, when `to` is omitted). */
export interface TransitionDefinition<T extends MachineTypes, E extends T['event'] = T['event']> {
  readonly from: readonly T['state'][];
  /** Target state; omitted means the machine stays where it is (an in-state event). */
  readonly to?: T['state'];
  /**
   * Only when the current state was entered from one of these states (for example `resume` from
   * `paused` back to the state that was paused).
   */
  readonly enteredFrom?: readonly T['state'][];
  readonly guards?: readonly GuardDefinition<T, E>[];
  /** Changes the context through an immer draft. */
  readonly update?: (draft: Draft<T['context']>, args: StepArgs<T, E>) => void;
  /** Effects as data, computed from the context after the update. */
  readonly effects?: (
    args: StepArgs<T, E> & { readonly next: T['context'] },
  ) => readonly T['effect'][];
  readonly description?: string;
}

/** One event of a machine definition: its payload shape and its transitions (the first that passes is taken). */
export interface EventDefinition<T extends MachineTypes, E extends T['event'] = T['event']> {
  readonly description: string;
  /** The shape of the event's own fields (besides `type`, `at`, `actor`, `machine`). */
  readonly payload?: ShapeFields;
  /** Payload fields that may be left out. */
  readonly optional?: readonly string[];
  readonly transitions: readonly TransitionDefinition<T, E>[];
}

/** The events of a definition, keyed by event type, each typed with its own event. */
export type EventDefinitions<T extends MachineTypes> = {
  readonly [K in T['event']['type']]: EventDefinition<T, Extract<T['event'], { readonly type: K }>>;
};

/**
 * A machine as typed data: states, events with transitions, guards and effects, and how its
 * context is created and checked. Program machines are definitions; users write their own.
 */
export interface MachineDefinition<T extends MachineTypes> {
  /** Machine id, stored in every snapshot; events and snapshots for another id are refused. */
  readonly id: string;
  readonly description: string;
  readonly initial: T['state'];
  readonly states: { readonly [K in T['state']]: StateDefinition };
  readonly events: EventDefinitions<T>;
  /** Creates the first context from the input. */
  readonly createContext: (input: T['input']) => T['context'];
  /** The shape of a context, checked on start and on restore. */
  readonly context: Shape;
  /** Meaning checks on a context whose shape is valid (unique ids and the like). */
  readonly checkContext?: (context: T['context']) => readonly Issue[];
}

/** One line of the append-only history: who did what, when, and the state change it made. */
export interface HistoryEntry<S extends string = string> {
  /** 1-based position in the history. */
  readonly seq: number;
  readonly event: string;
  readonly at: string;
  readonly actor?: string;
  readonly from: S;
  readonly to: S;
  /** The event's own fields (besides `type`, `at`, `actor`, `machine`). */
  readonly payload: { readonly [key: string]: JsonValue };
  /** Immer patches of the context, when `recordPatches` was set. */
  readonly patches?: readonly Patch[];
}

/** The snapshot format version this library writes and reads. */
export type SnapshotFormatVersion = 1;

/** Where a machine stands: plain JSON, safe to persist and restore. */
export interface Snapshot<T extends MachineTypes> {
  readonly formatVersion: SnapshotFormatVersion;
  readonly machine: string;
  readonly state: T['state'];
  /** The state the current state was entered from (`null` at the start). */
  readonly enteredFrom: T['state'] | null;
  readonly context: T['context'];
  readonly history: readonly HistoryEntry<T['state']>[];
  /** `at` of the last accepted event; later events must not be earlier. */
  readonly lastEventAt: string | null;
}

/** The codes of the reasons the core itself gives, whatever the machine. */
export type CoreReasonCode =
  | 'unknown_event'
  | 'invalid_event'
  | 'wrong_machine'
  | 'invalid_snapshot'
  | 'not_allowed_in_state'
  | 'terminal_state'
  | 'not_entered_from'
  | 'missing_time'
  | 'event_out_of_order'
  | 'guard_error';

/** Reasons the core itself gives (bad input, wrong state, time), whatever the machine. */
export type CoreReason = { [C in CoreReasonCode]: ReasonOf<C> }[CoreReasonCode];

/** Every reason a machine of types `T` may give: the core's plus its own. */
export type Refusal<T extends MachineTypes> = CoreReason | T['reason'];

/** A successful transition: the next snapshot, the effects to carry out, and the new history entry. */
export interface TransitionSuccess<T extends MachineTypes> {
  readonly ok: true;
  readonly snapshot: Snapshot<T>;
  readonly effects: readonly T['effect'][];
  readonly entry: HistoryEntry<T['state']>;
}

/** A refused event: the snapshot is unchanged; `reasons` is never empty. */
export interface TransitionRefusal<T extends MachineTypes> {
  readonly ok: false;
  readonly reasons: readonly Refusal<T>[];
}

/** What {@link Machine.transition} returns. */
export type TransitionResult<T extends MachineTypes> = TransitionSuccess<T> | TransitionRefusal<T>;

/** Options of a transition. */
export interface TransitionOptions {
  /** Supplies the time of events that carry no `at`. */
  readonly clock?: Clock;
  /** Store immer patches of the context in the history entry. */
  readonly recordPatches?: boolean;
}

/** Options of {@link Machine.allowedEvents}. */
export interface AllowedEventsOptions {
  /** The time to judge calendar guards at; defaults to the clock, then the last event's time. */
  readonly at?: string;
  readonly clock?: Clock;
}

/** One event as a UI sees it: may it be sent now, and if not, why not. */
export interface AllowedEvent<T extends MachineTypes> {
  readonly type: T['event']['type'];
  readonly description: string;
  /** True when the event would be accepted (for guards that read event fields: if those fields pass). */
  readonly allowed: boolean;
  readonly reasons: readonly Refusal<T>[];
  /** States the event may lead to from here. */
  readonly targets: readonly T['state'][];
  /** Some guards depend on the event's fields; they are checked when the event is sent. */
  readonly needsInput: boolean;
}

/** A created machine: its definition and the pure functions over its snapshots. */
export interface Machine<T extends MachineTypes> {
  readonly definition: MachineDefinition<T>;
  /** The first snapshot, or issues when the input gives an invalid context; never throws. */
  readonly initialSnapshot: (input: T['input']) => ValidationResult<Snapshot<T>>;
  /** Applies one event; never throws, never changes its arguments. */
  readonly transition: (
    snapshot: Snapshot<T>,
    event: T['event'],
    options?: TransitionOptions,
  ) => TransitionResult<T>;
  /** Every event of the machine with whether it is allowed now and why not; never throws (`[]` when the arguments cannot be read). */
  readonly allowedEvents: (
    snapshot: Snapshot<T>,
    options?: AllowedEventsOptions,
  ) => readonly AllowedEvent<T>[];
  /** The snapshot as a JSON string; never throws (`''` for a value JSON cannot hold, such as a cycle). */
  readonly persist: (snapshot: Snapshot<T>) => string;
  /** Reads a persisted snapshot (string or parsed JSON), validating it fully; never throws. */
  readonly restore: (persisted: unknown) => ValidationResult<Snapshot<T>>;
  /** A Mermaid state diagram generated from the definition. */
  readonly toMermaid: () => string;
}
