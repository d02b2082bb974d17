import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { FrameworkSchema, type Framework } from './framework.js';
import { listFrameworkCodes, type FrameworkCodeEntry } from './framework-codes.js';
import type { ItemKind } from './framework-parts.js';
import { errorIssue } from '../error-issue.js';

const differs = (a: number, b: number): boolean =>
  Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Reports the second and later occurrences of each key, pointing at `field` of the entry. */
function checkUnique(
  entries: readonly { key: string; path: readonly PathSegment[] }[],
  out: Issue[],
): void {
  const first = new Map<string, readonly PathSegment[]>();
  for (const { key, path } of entries) {
    const firstPath = first.get(key);
    if (firstPath === undefined) first.set(key, path);
    else out.push(createIssue({ code: 'duplicate_id', id: key, path, firstPath }));
  }
}

/** True when `child` is written under `parent`: `1.1` under `1`, `1.1a` under `1.1`, `7.1(1)` under `7.1`. */
function isUnder(entry: FrameworkCodeEntry): boolean {
  const { code, parent, type } = entry;
  if (parent === undefined) return true;
  if (type === 'item') return code.startsWith(`${parent}.`) && code.length > parent.length + 1;
  if (!code.startsWith(parent) || code.length === parent.length) return false;
  const next = code.charAt(parent.length);
  return !(next === '.' || (next >= '0' && next <= '9'));
}

const expectedKind = (
  categoryCode: string,
  declared: ItemKind | undefined,
): ItemKind | undefined => {
  if (declared !== undefined) return declared;
  if (categoryCode === '7') return 'results';
  if (['1', '2', '3', '4', '5', '6'].includes(categoryCode)) return 'process';
  return undefined;
};

function checkPoints(framework: Framework, out: Issue[]): void {
  const status = framework.pointsStatus;
  const wantNumbers = status !== 'none';
  const statusOf = (value: number | null | undefined, path: PathSegment[]): value is number => {
    const isNumber = typeof value === 'number';
    if (isNumber !== wantNumbers) {
      out.push(
        createIssue({
          code: 'points_status_conflict',
          path,
          status,
          found: isNumber ? 'number' : 'null',
        }),
      );
    }
    return isNumber && wantNumbers;
  };
  if (status === 'derived' && framework.pointsLabel === undefined) {
    out.push(
      createIssue({ code: 'points_label_missing', severity: 'warning', path: ['pointsLabel'] }),
    );
  }
  const totalKnown = statusOf(framework.totalPoints, ['totalPoints']);
  let total = 0;
  let allCategoriesKnown = true;
  framework.categories.forEach((category, c) => {
    const categoryKnown = statusOf(category.points, ['categories', c, 'points']);
    let sum = 0;
    let allItemsKnown = true;
    category.items.forEach((item, i) => {
      if (statusOf(item.points, ['categories', c, 'items', i, 'points'])) sum += item.points ?? 0;
      else allItemsKnown = false;
    });
    if (
      categoryKnown &&
      allItemsKnown &&
      category.points !== null &&
      differs(category.points, sum)
    ) {
      out.push(
        createIssue({
          code: 'points_mismatch',
          path: ['categories', c, 'points'],
          declared: category.points,
          sum,
        }),
      );
    }
    if (categoryKnown) total += category.points ?? 0;
    else allCategoriesKnown = false;
  });
  if (
    totalKnown &&
    allCategoriesKnown &&
    framework.totalPoints !== null &&
    differs(framework.totalPoints, total)
  ) {
    out.push(
      createIssue({
        code: 'points_mismatch',
        path: ['totalPoints'],
        declared: framework.totalPoints,
        sum: total,
      }),
    );
  }
}

function checkScopes(framework: Framework, known: ReadonlySet<string>, out: Issue[]): void {
  const scopes = framework.scopes ?? [];
  checkUnique(
    scopes.map((scope, s) => ({ key: scope.id, path: ['scopes', s, 'id'] })),
    out,
  );
  const ids = new Set(scopes.map((scope) => scope.id));
  scopes.forEach((scope, s) => {
    scope.codes.forEach((code, k) => {
      if (!known.has(code)) {
        out.push(
          createIssue({
            code: 'unknown_reference',
            path: ['scopes', s, 'codes', k],
            target: 'framework code',
            id: code,
          }),
        );
      }
    });
    if (scope.requires !== undefined && (!ids.has(scope.requires) || scope.requires === scope.id)) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['scopes', s, 'requires'],
          target: 'scope',
          id: scope.requires,
        }),
      );
    }
  });
}

function checkSources(
  framework: Framework,
  entries: readonly FrameworkCodeEntry[],
  out: Issue[],
): void {
  const sources = framework.sources ?? [];
  checkUnique(
    sources.map((source, k) => ({ key: source.key, path: ['sources', k, 'key'] })),
    out,
  );
  const keys = new Set(sources.map((source) => source.key));
  const cited: { sources?: readonly string[] | undefined; path: readonly PathSegment[] }[] = [
    ...entries.map((entry) => ({ sources: sourcesAt(framework, entry.path), path: entry.path })),
    ...(framework.scopes ?? []).map((scope, s) => ({
      sources: scope.sources,
      path: ['scopes', s],
    })),
    ...(framework.coreValues ?? []).map((value, v) => ({
      sources: value.sources,
      path: ['coreValues', v],
    })),
  ];
  for (const { sources: list, path } of cited) {
    list?.forEach((key, k) => {
      if (!keys.has(key))
        out.push(
          createIssue({
            code: 'unknown_reference',
            path: [...path, 'sources', k],
            target: 'source',
            id: key,
          }),
        );
    });
  }
}

/** Reads the `sources` field of the entry at a path produced by listFrameworkCodes. */
function sourcesAt(
  framework: Framework,
  path: readonly PathSegment[],
): readonly string[] | undefined {
  let node: unknown = framework;
  for (const segment of path) node = (node as Record<PathSegment, unknown>)[segment];
  return (node as { sources?: readonly string[] }).sources;
}

/**
 * The semantic checks of a structurally valid framework: unique codes across the whole
 * framework (`duplicate_id`), codes placed under their parent (`code_parent_mismatch`),
 * points adding up (`points_mismatch`) and agreeing with `pointsStatus`
 * (`points_status_conflict`), a `pointsLabel` for derived points (`points_label_missing`
 * warning), item kinds per category (`item_kind_mismatch`), an unscored
 * Profile (`profile_scored`), unique scope, core value and source ids, and references from
 * scopes and entries (`unknown_reference`).
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * checkFramework(baldrige20232024); // []
 * ```
 */
export function checkFramework(framework: Framework): Issue[] {
  try {
    return checkFrameworkUnchecked(framework);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkFrameworkUnchecked(framework: Framework): Issue[] {
  const out: Issue[] = [];
  const entries = listFrameworkCodes(framework);
  checkUnique(
    entries.map((entry) => ({ key: entry.code, path: [...entry.path, 'code'] })),
    out,
  );
  for (const entry of entries) {
    if (!isUnder(entry) && entry.parent !== undefined) {
      out.push(
        createIssue({
          code: 'code_parent_mismatch',
          path: [...entry.path, 'code'],
          child: entry.code,
          parent: entry.parent,
        }),
      );
    }
  }
  framework.profile.forEach((section, p) => {
    if (typeof section.points === 'number')
      out.push(
        createIssue({ code: 'profile_scored', path: ['profile', p, 'points'], item: section.code }),
      );
  });
  framework.categories.forEach((category, c) => {
    const expected = expectedKind(category.code, category.itemKind);
    category.items.forEach((item, i) => {
      if (expected !== undefined && item.kind !== expected) {
        out.push(
          createIssue({
            code: 'item_kind_mismatch',
            path: ['categories', c, 'items', i, 'kind'],
            item: item.code,
            expectedKind: expected,
            actualKind: item.kind,
          }),
        );
      }
    });
  });
  checkPoints(framework, out);
  checkScopes(framework, new Set(entries.map((entry) => entry.code)), out);
  checkUnique(
    (framework.coreValues ?? []).map((value, v) => ({
      key: value.id,
      path: ['coreValues', v, 'id'],
    })),
    out,
  );
  checkSources(framework, entries, out);
  return out;
}

/**
 * Validates unknown input as a {@link Framework}: structure first (strict objects, so typos
 * such as `pionts` are reported), then {@link checkFramework}. Works the same for the
 * bundled frameworks and for your own rubric. Never throws.
 *
 * @example
 * ```ts
 * const result = validateFramework(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.code, issue.path);
 * ```
 */
export function validateFramework(input: unknown): ValidationResult<Framework> {
  return validateWithSchema(FrameworkSchema, input, {
    kind: 'framework',
    formatVersions: [1],
    check: checkFramework,
  });
}
