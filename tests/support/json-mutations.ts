import fc from 'fast-check';

/** A JSON value (what JSON.parse can return). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Path = (string | number)[];

/** Every path to a value inside a JSON document, the root included. */
export function jsonPaths(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...jsonPaths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      paths.push(...jsonPaths(item, [...prefix, key]));
  }
  return paths;
}

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node: Json = root;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<string, Json>)[segment as string] as Json;
  }
  return { parent: node, key: path[path.length - 1] as string | number };
}

/** One mutation of a JSON document. */
export type Mutation =
  | { readonly op: 'replace'; readonly at: number; readonly value: Json }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'add-key'; readonly at: number; readonly key: string; readonly value: Json };

/** Applies mutations (paths chosen by index modulo the current path count) to a copy. */
export function applyMutations(document: Json, mutations: readonly Mutation[]): Json {
  let root = clone(document);
  for (const mutation of mutations) {
    const paths = jsonPaths(root);
    const path = paths[mutation.at % paths.length] as Path;
    // Values are copied: `fc.constant({})` hands the same object to every mutation, and inserting
    // it twice (as the root, then as its own key) would make a cycle and change the constant.
    if (mutation.op === 'replace') {
      const target = parentOf(root, path);
      if (target === undefined) root = clone(mutation.value);
      else (target.parent as Record<string, Json>)[target.key as string] = clone(mutation.value);
    } else if (mutation.op === 'delete') {
      const target = parentOf(root, path);
      if (target === undefined) continue;
      if (Array.isArray(target.parent)) target.parent.splice(target.key as number, 1);
      else delete (target.parent as Record<string, Json>)[target.key as string];
    } else {
      let node: Json = root;
      for (const segment of path) node = (node as Record<string, Json>)[segment as string] as Json;
      if (
        node !== null &&
        typeof node === 'object' &&
        !Array.isArray(node) &&
        !(mutation.key in node)
      ) {
        node[mutation.key] = clone(mutation.value);
      }
    }
  }
  return root;
}

/** Small JSON values, biased toward the shapes that break schemas (wrong types, edge numbers, odd strings). */
export const jsonValueArbitrary: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1,
    5,
    57,
    100,
    101,
    1.5,
    -0.25,
    1e21,
    '',
    ' ',
    'x',
    '1.1',
    '50-65',
    '2026-13-01',
    '2026-10-01',
    'ADLI',
    'LeTCI',
    'process',
    'results',
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
);

/** A list of 1-3 mutations. */
export const mutationsArbitrary: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: jsonValueArbitrary }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('add-key' as const),
      at: fc.nat(),
      key: fc.constantFrom('extra', 'id', 'kind', 'notes', 'x'),
      value: jsonValueArbitrary,
    }),
  ),
  { minLength: 1, maxLength: 3 },
);
