/** Thrown by the getters and Proxy traps of the hostile values below. */
export class HostileReadError extends Error {
  constructor(what: string) {
    super(`hostile value: ${what}`);
  }
}

const deepArray = (depth: number): unknown =>
  JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;
const deepObject = (depth: number): unknown =>
  JSON.parse('{"a":'.repeat(depth) + 'null' + '}'.repeat(depth)) as unknown;

/** An object whose `key` getter throws; the other keys read normally. */
export function withThrowingGetter(base: object, key: string): object {
  const copy: Record<string, unknown> = Array.isArray(base) ? ([...base] as never) : { ...base };
  Object.defineProperty(copy, key, {
    enumerable: true,
    configurable: true,
    get(): never {
      throw new HostileReadError(`getter ${key}`);
    },
  });
  return copy;
}

/** A Proxy whose every trap throws (even `Array.isArray` sees through to the target). */
export function throwingProxy(target: object): object {
  const trap = (name: string) => (): never => {
    throw new HostileReadError(`trap ${name}`);
  };
  return new Proxy(target, {
    get: trap('get'),
    set: trap('set'),
    has: trap('has'),
    ownKeys: trap('ownKeys'),
    getOwnPropertyDescriptor: trap('getOwnPropertyDescriptor'),
    getPrototypeOf: trap('getPrototypeOf'),
    setPrototypeOf: trap('setPrototypeOf'),
    defineProperty: trap('defineProperty'),
    deleteProperty: trap('deleteProperty'),
    isExtensible: trap('isExtensible'),
    preventExtensions: trap('preventExtensions'),
    apply: trap('apply'),
    construct: trap('construct'),
  });
}

/** A Proxy that reads like its target but throws once the key `key` is read. */
export function proxyThrowingOn(target: object, key: string): object {
  return new Proxy(target, {
    get(object, property, receiver): unknown {
      if (property === key) throw new HostileReadError(`get ${key}`);
      return Reflect.get(object, property, receiver) as unknown;
    },
  });
}

// Built once: walking them is the test, not building them.
const DEEP_ARRAY = deepArray(100_000);
const DEEP_OBJECT = deepObject(100_000);
const DEEPISH_ARRAY = deepArray(1_000);
const HUGE_STRING = 'x'.repeat(200_000) + '&amp;'.repeat(20_000);

/**
 * Builders of hostile values: each call returns a fresh value (the shared deep values excepted,
 * which cannot be snapshot anyway). `base` is a valid-ish document to plant the hostility in.
 */
export const hostileBuilders: readonly ((base: object) => unknown)[] = [
  () => DEEP_ARRAY,
  () => DEEP_OBJECT,
  () => DEEPISH_ARRAY,
  () => HUGE_STRING,
  () => [HUGE_STRING],
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -0,
  () => Number.MAX_VALUE,
  () => [NaN, Infinity, -Infinity],
  () => ({ value: NaN, percent: Infinity, date: NaN, at: Infinity }),
  () =>
    JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}',
    ) as unknown,
  (base) => ({ ...base, ...(JSON.parse('{"__proto__":{"polluted":true}}') as object) }),
  (base) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    return JSON.parse(
      JSON.stringify(copy).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    ) as unknown;
  },
  () => Object.assign(Object.create(null) as object, { kind: 'assessment', id: 'x' }),
  // eslint-disable-next-line no-sparse-arrays
  () => [1, , 3],
  (base) => withThrowingGetter(base, 'kind'),
  (base) => withThrowingGetter(base, 'id'),
  (base) => withThrowingGetter(base, Object.keys(base)[2] ?? 'x'),
  (base) => withThrowingGetter(base, Object.keys(base).at(-1) ?? 'x'),
  () => withThrowingGetter([1, 2, 3], '1'),
  () => throwingProxy({}),
  () => throwingProxy([]),
  (base) => throwingProxy(base),
  (base) => proxyThrowingOn(base, Object.keys(base).at(-1) ?? 'x'),
  (base) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    copy.self = copy;
    return copy;
  },
  (base) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    const last = Object.keys(copy).at(-1);
    if (last !== undefined) copy[last] = copy;
    return copy;
  },
  () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    return cycle;
  },
];
