/**
 * "Never throws", proven over every export: each function the packages export (found by walking
 * the entry modules, not from a hand list) and each method of every exported machine is called with
 * generated JSON values, mutated Riverbend example documents and hostile values (deep nesting, huge
 * strings, `__proto__` / `constructor` keys, NaN / Infinity, throwing getters, throwing Proxies,
 * cycles). It must not throw, must not change its arguments and must not pollute prototypes.
 *
 * Arguments that can be snapshot (JSON values, mutated documents) are compared before and after
 * each call; the shared example documents are deep-frozen, so any write to them throws and is
 * reported as a throw.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { types } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as schemas from '@community-excellence/schemas';
import * as schemasData from '@community-excellence/schemas/data';
import * as schemasInternal from '@community-excellence/schemas/internal';
import * as scoring from '@community-excellence/scoring';
import * as cohorts from '@community-excellence/cohorts';
import * as theoryOfAction from '@community-excellence/theory-of-action';
import * as theoryOfActionImport from '@community-excellence/theory-of-action/import';
import * as theoryOfActionOutcomes from '@community-excellence/theory-of-action/outcomes';
import { applyMutations, mutationsArbitrary, type Json } from './json-mutations.js';
import { hostileBuilders } from './hostile-values.js';

/** Runs per exported function, in total over its property runs. */
const RUNS_PER_FUNCTION = 10_000;

/**
 * Functions allowed to throw, each with its reason and the only error it may throw. Anything else
 * they throw still fails the test. Keep this list short: a function that receives data answers
 * with issues.
 */
const notARational = (error: unknown): boolean =>
  error instanceof TypeError && /is not a Rational/.test(error.message);
const RATIONAL_REASON =
  'exact arithmetic over Rational values (bigint pairs, which JSON cannot hold): anything else is a programmer error (documented @throws TypeError)';

const EXCLUDED: Readonly<Record<string, { reason: string; allows: (error: unknown) => boolean }>> =
  {
    createValueCodec: {
      reason:
        'programmer error: the same character as decimal and group separator (documented @throws RangeError)',
      allows: (error) =>
        error instanceof RangeError && /groupSeparator and decimalSeparator/.test(error.message),
    },
    ...Object.fromEntries(
      [
        'addRational',
        'subtractRational',
        'multiplyRational',
        'divideRational',
        'sumRationals',
        'compareRational',
        'formatRational',
        'rationalToNumber',
        'toExactValue',
      ].map((name) => [name, { reason: RATIONAL_REASON, allows: notARational }]),
    ),
  };

/**
 * Output parameters that a function is documented to append to (its issues list): they are not
 * compared before and after. The internal `push*Issues` helpers are the only ones.
 */
const WRITES: Readonly<Record<string, readonly number[]>> = {
  pushIndicatorIssues: [2],
  pushObservationIssues: [3],
};

const packages: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '@community-excellence/schemas': schemas,
  '@community-excellence/schemas/data': schemasData,
  '@community-excellence/scoring': scoring,
  '@community-excellence/cohorts': cohorts,
  '@community-excellence/theory-of-action': theoryOfAction,
  '@community-excellence/theory-of-action/import': theoryOfActionImport,
  '@community-excellence/theory-of-action/outcomes': theoryOfActionOutcomes,
  '@community-excellence/schemas/internal': schemasInternal,
};

type AnyFunction = (...args: unknown[]) => unknown;

interface Target {
  readonly name: string;
  readonly fn: AnyFunction;
  readonly arity: number;
}

const isClass = (fn: AnyFunction): boolean => /^class\b/.test(Function.prototype.toString.call(fn));

/** Every exported function (once, by identity) and every method of every exported machine. */
function collectTargets(): Target[] {
  const targets: Target[] = [];
  const seen = new Set<unknown>();
  for (const [entry, module] of Object.entries(packages)) {
    for (const [name, value] of Object.entries(module)) {
      if (seen.has(value)) continue;
      seen.add(value);
      if (typeof value === 'function' && !isClass(value as AnyFunction)) {
        const fn = value as AnyFunction;
        targets.push({ name: `${entry} ${name}`, fn, arity: fn.length });
      } else if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { transition?: unknown }).transition === 'function'
      ) {
        for (const [method, member] of Object.entries(value)) {
          if (typeof member !== 'function') continue;
          const fn = member as AnyFunction;
          targets.push({ name: `${entry} ${name}.${method}`, fn, arity: fn.length });
        }
      }
    }
  }
  return targets;
}

const EXAMPLES_DIR = new URL('../../examples/riverbend/', import.meta.url);
const examples: Json[] = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, EXAMPLES_DIR), 'utf8')) as Json);

/** A smaller copy of a document: every array keeps its first two entries (cheap to mutate and to snapshot). */
function trim(value: Json): Json {
  if (Array.isArray(value)) return value.slice(0, 2).map(trim);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trim(item)]));
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const trimmed: Json[] = examples.map(trim);
const bases: object[] = trimmed.filter((doc): doc is { [key: string]: Json } => doc !== null);
/** The whole example documents, deep-frozen (a write to them throws): used less often, they are large. */
const fullDocuments: readonly unknown[] = deepFreeze(examples.map((doc) => structuredClone(doc)));
/** Trimmed documents, the built-in frameworks and guidelines, deep-frozen. */
const smallDocuments: readonly unknown[] = deepFreeze([
  ...trimmed.map((doc) => structuredClone(doc)),
  ...schemas.BUILT_IN_FRAMEWORKS.map((framework) => structuredClone(framework)),
  structuredClone(schemas.baldrigeScoringGuidelines),
]);
/**
 * Mutated documents made once (a fixed seed) and deep-frozen, so that most runs spend their time
 * in the function under test rather than in mutating; some runs still mutate afresh.
 */
const mutantPool: readonly unknown[] = deepFreeze(
  fc
    .sample(fc.tuple(fc.nat(trimmed.length - 1), mutationsArbitrary), { numRuns: 400, seed: 11 })
    .map(([index, mutations]) => applyMutations(trimmed[index] as Json, cloneValues(mutations))),
);
/** Every hostile builder applied to every base once (hostile values are not snapshot anyway). */
const hostilePool: readonly unknown[] = hostileBuilders.flatMap((builder) =>
  builder.length === 0 ? [builder(bases[0] as object)] : bases.map((base) => builder(base)),
);

/** Mutations whose values are copies: applyMutations inserts the values themselves. */
function cloneValues(
  mutations: Parameters<typeof applyMutations>[1],
): Parameters<typeof applyMutations>[1] {
  return mutations.map((m) => ('value' in m ? { ...m, value: structuredClone(m.value) } : m));
}

/** Plain data describing one argument, so that counterexamples print; values are built from it. */
type ArgumentSpec =
  | { readonly json: Json }
  | { readonly document: number }
  | { readonly fullDocument: number }
  | { readonly pooledMutant: number }
  | { readonly mutant: number; readonly mutations: Parameters<typeof applyMutations>[1] }
  | { readonly hostile: number }
  | { readonly absent: true };

const argumentSpec: fc.Arbitrary<ArgumentSpec> = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json: json as Json })) },
  { weight: 6, arbitrary: fc.nat(smallDocuments.length - 1).map((document) => ({ document })) },
  {
    weight: 1,
    arbitrary: fc.nat(fullDocuments.length - 1).map((fullDocument) => ({ fullDocument })),
  },
  {
    weight: 6,
    arbitrary: fc.nat(mutantPool.length - 1).map((pooledMutant) => ({ pooledMutant })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ mutant: fc.nat(trimmed.length - 1), mutations: mutationsArbitrary }),
  },
  { weight: 6, arbitrary: fc.nat(hostilePool.length - 1).map((hostile) => ({ hostile })) },
  { weight: 2, arbitrary: fc.constant({ absent: true as const }) },
);

interface Built {
  readonly value: unknown;
  /** JSON text of the value before the call, when it can be snapshot (frozen ones cannot change). */
  readonly before: string | undefined;
}

function build(spec: ArgumentSpec): Built {
  if ('json' in spec) return { value: spec.json, before: JSON.stringify(spec.json) };
  if ('document' in spec) return { value: smallDocuments[spec.document], before: undefined };
  if ('fullDocument' in spec) return { value: fullDocuments[spec.fullDocument], before: undefined };
  if ('pooledMutant' in spec) return { value: mutantPool[spec.pooledMutant], before: undefined };
  if ('mutant' in spec) {
    const value = applyMutations(trimmed[spec.mutant] as Json, cloneValues(spec.mutations));
    return { value, before: JSON.stringify(value) };
  }
  if ('hostile' in spec) return { value: hostilePool[spec.hostile], before: undefined };
  return { value: undefined, before: undefined };
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = (): string =>
  prototypes.map((proto) => Reflect.ownKeys(proto).map(String).sort().join(',')).join('|');
const PROTOTYPE_KEYS = prototypeKeys();

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Declares the property tests for one share of the targets (`share` of `shares`, by position), so
 * that several test files run them in parallel workers.
 */
export function describeNeverThrows(share: number, shares: number): void {
  const all = collectTargets();
  const targets = all.filter((_, index) => index % shares === share);
  describe(`every export never throws on data (share ${share + 1} of ${shares})`, () => {
    it('finds the exports of every package', () => {
      expect(all.length).toBeGreaterThan(100);
    });

    for (const target of targets) {
      const name = target.name.split(' ')[1] ?? '';
      const excluded = EXCLUDED[name];
      it(`${target.name}${excluded === undefined ? '' : ` (may throw: ${excluded.reason})`}`, () => {
        const argumentsArbitrary = fc.array(argumentSpec, {
          minLength: target.arity,
          maxLength: target.arity + 2,
        });
        fc.assert(
          fc.property(argumentsArbitrary, (specs) => {
            const built = specs.map(build);
            let result: unknown;
            try {
              result = target.fn(...built.map((b) => b.value));
            } catch (error) {
              if (excluded?.allows(error)) return;
              throw new Error(`${target.name} threw ${describeError(error)}`);
            }
            built.forEach((b, index) => {
              if (WRITES[name]?.includes(index) === true) return;
              if (b.before !== undefined && JSON.stringify(b.value) !== b.before)
                throw new Error(`${target.name} changed its argument ${index}`);
            });
            // util.types.isPromise, unlike instanceof, runs no Proxy trap of a returned input. None of
            // these inputs is an async iterable, so nothing may answer with a promise.
            if (types.isPromise(result)) throw new Error(`${target.name} returned a promise`);
            if (prototypeKeys() !== PROTOTYPE_KEYS || ({} as { polluted?: unknown }).polluted)
              throw new Error(`${target.name} polluted a prototype`);
          }),
          // No shrinking: hostile counterexamples are already small, and shrinking them is slow.
          { numRuns: RUNS_PER_FUNCTION, endOnFailure: true },
        );
      });
    }
  });
}
