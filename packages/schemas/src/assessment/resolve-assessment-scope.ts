import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Framework } from '../framework/framework.js';
import { listFrameworkCodes } from '../framework/framework-codes.js';
import type { FrameworkItem } from '../framework/framework-parts.js';
import type { FrameworkScope, PartScoring } from '../framework/scope.js';
import { errorIssue } from '../error-issue.js';
import type { AssessmentScope } from './assessment.js';
import { itemPartShare, type ItemShare } from './item-part-share.js';

/**
 * A scope as callers name it: a scope id of the framework (`'coe-level-2'`), a list of codes
 * (`['1', '2', '7.4a']`), an assessment-style scope object, `{ type: 'all' }` for every scored
 * item, or `undefined` (every scored item).
 *
 * @example
 * ```ts
 * const level2: AssessmentScopeOption = 'coe-level-2';
 * const listed: AssessmentScopeOption = { type: 'codes', codes: ['7.4a'], partScoring: 'whole-item' };
 * ```
 */
export type AssessmentScopeOption =
  string | readonly string[] | AssessmentScope | { readonly type: 'all' };

/**
 * One scored item in a resolved scope and how much of it counts: `share` null means the whole
 * item; otherwise the exact share of its points (the listed `parts`), by the `share-of-item`
 * rule. `note` says when only part of the item was asked for.
 *
 * @example
 * ```ts
 * declare const scoped: ScopedItem;
 * scoped.share; // { numerator: 1, denominator: 2 } for 7.4a of Baldrige 7.4
 * ```
 */
export interface ScopedItem {
  readonly item: FrameworkItem;
  /** The code of the item's category. */
  readonly category: string;
  /** The share of the item's points that counts; null for the whole item. */
  readonly share: ItemShare | null;
  /** The listed codes that name parts of the item (empty when the item or its category is listed). */
  readonly parts: readonly string[];
  /** Why the item counts as it does, when only part of it is listed; null otherwise. */
  readonly note: string | null;
}

/**
 * A scope resolved against a framework: what {@link resolveAssessmentScope} returns.
 *
 * @example
 * ```ts
 * declare const resolved: ResolvedAssessmentScope;
 * resolved.items.map((entry) => entry.item.code);
 * ```
 */
export interface ResolvedAssessmentScope {
  readonly type: 'all' | 'scope' | 'codes';
  /** The scope id, `all items`, or `codes 1, 2, 7.4a`. */
  readonly label: string;
  readonly scopeId: string | null;
  /** The recognition level of the framework scope, when it has one. */
  readonly level: number | null;
  /** The scope that must be achieved first (the framework scope's `requires`). */
  readonly requires: string | null;
  /** The listed codes (null for every item). */
  readonly codes: readonly string[] | null;
  readonly partScoring: PartScoring;
  /** The scored items in scope, in framework order, with how much of each counts. */
  readonly items: readonly ScopedItem[];
  /** The Profile sections in scope (every section when the scope covers everything). */
  readonly profileSections: readonly string[];
  /** Unknown scope id (`unknown_reference`, target scope) or unknown code (target framework code). */
  readonly issues: readonly Issue[];
}

/** Options of {@link resolveAssessmentScope}. */
export interface ResolveScopeOptions {
  /** Where the scope sits, for issue paths (default `['scope']`). */
  readonly path?: readonly PathSegment[];
  /** Overrides the scope's own `partScoring` (default `share-of-item`). */
  readonly partScoring?: PartScoring;
}

const isList = (value: AssessmentScopeOption): value is readonly string[] => Array.isArray(value);

interface Spec {
  readonly type: 'all' | 'scope' | 'codes';
  readonly scopeId: string | null;
  readonly codes: readonly string[] | null;
  readonly partScoring: PartScoring | undefined;
  readonly scopeIdPath: readonly PathSegment[];
  readonly codePath: (k: number) => readonly PathSegment[];
}

function specOf(scope: AssessmentScopeOption | undefined, path: readonly PathSegment[]): Spec {
  const all: Spec = {
    type: 'all',
    scopeId: null,
    codes: null,
    partScoring: undefined,
    scopeIdPath: path,
    codePath: (k) => [...path, k],
  };
  if (scope === undefined) return all;
  if (typeof scope === 'string')
    return { ...all, type: 'scope', scopeId: scope, scopeIdPath: path };
  if (isList(scope)) return { ...all, type: 'codes', codes: [...scope] };
  if (scope.type === 'all') return all;
  if (scope.type === 'scope')
    return { ...all, type: 'scope', scopeId: scope.scopeId, scopeIdPath: [...path, 'scopeId'] };
  return {
    ...all,
    type: 'codes',
    codes: [...scope.codes],
    partScoring: scope.partScoring,
    codePath: (k) => [...path, 'codes', k],
  };
}

const fraction = (share: ItemShare): string => `${share.numerator}/${share.denominator}`;

function scopedItems(
  framework: Framework,
  codes: readonly string[] | null,
  partScoring: PartScoring,
): ScopedItem[] {
  const wanted = new Set(codes ?? []);
  const out: ScopedItem[] = [];
  for (const category of framework.categories) {
    for (const item of category.items) {
      const base = { item, category: category.code };
      if (codes === null || wanted.has(category.code) || wanted.has(item.code)) {
        out.push({ ...base, share: null, parts: [], note: null });
        continue;
      }
      const parts = listFrameworkCodes({
        profile: [],
        categories: [{ ...category, items: [item] }],
      })
        .filter((e) => e.item === item.code && e.code !== item.code && wanted.has(e.code))
        .map((e) => e.code);
      if (parts.length === 0) continue;
      const listed = parts.join(', ');
      if (partScoring === 'whole-item') {
        out.push({
          ...base,
          share: null,
          parts,
          note: `The scope lists only ${listed} of ${item.code}; the whole item counts (partScoring whole-item).`,
        });
        continue;
      }
      const share = itemPartShare(item, wanted);
      const whole = share.numerator === share.denominator;
      out.push({
        ...base,
        share,
        parts,
        note: whole
          ? `The scope lists ${listed}, every part of ${item.code} the framework data names; the whole item counts.`
          : `The scope lists only ${listed} of ${item.code}; ${fraction(share)} of its points count (partScoring share-of-item, an inferred rule).`,
      });
    }
  }
  return out;
}

function resolveUnchecked(
  framework: Framework,
  scope: AssessmentScopeOption | undefined,
  options: ResolveScopeOptions,
): ResolvedAssessmentScope {
  const path = options.path ?? ['scope'];
  const spec = specOf(scope, path);
  const issues: Issue[] = [];
  const entries = listFrameworkCodes(framework);
  const sections = framework.profile.map((section) => section.code);
  const everything = (label: string, partScoring: PartScoring): ResolvedAssessmentScope => ({
    type: 'all',
    label,
    scopeId: null,
    level: null,
    requires: null,
    codes: null,
    partScoring,
    items: scopedItems(framework, null, partScoring),
    profileSections: sections,
    issues,
  });
  const defaultScoring = options.partScoring ?? 'share-of-item';
  if (spec.type === 'all') return everything('all items', defaultScoring);

  let codes: readonly string[];
  let partScoring: PartScoring;
  let found: FrameworkScope | undefined;
  if (spec.type === 'scope') {
    found = framework.scopes?.find((s) => s.id === spec.scopeId);
    if (found === undefined) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: spec.scopeIdPath,
          target: 'scope',
          id: String(spec.scopeId),
        }),
      );
      return everything(String(spec.scopeId), defaultScoring);
    }
    codes = found.codes;
    partScoring = options.partScoring ?? found.partScoring ?? 'share-of-item';
  } else {
    codes = spec.codes ?? [];
    partScoring = options.partScoring ?? spec.partScoring ?? 'share-of-item';
    const known = new Set(entries.map((e) => e.code));
    codes.forEach((code, k) => {
      if (!known.has(code))
        issues.push(
          createIssue({
            code: 'unknown_reference',
            path: spec.codePath(k),
            target: 'framework code',
            id: code,
          }),
        );
    });
  }
  const wanted = new Set(codes);
  const sectionOf = new Map<string, string>();
  for (const entry of entries)
    if (entry.type === 'profile-section') sectionOf.set(entry.code, entry.code);
    else if (entry.item === undefined && entry.type !== 'category' && entry.parent !== undefined)
      sectionOf.set(entry.code, sectionOf.get(entry.parent) ?? entry.parent);
  const profileSections = sections.filter((section) =>
    [...wanted].some((code) => sectionOf.get(code) === section),
  );
  return {
    type: spec.type,
    label: found?.id ?? `codes ${codes.join(', ')}`,
    scopeId: found?.id ?? null,
    level: found?.level ?? null,
    requires: found?.requires ?? null,
    codes: [...codes],
    partScoring,
    items: scopedItems(framework, codes, partScoring),
    profileSections,
    issues,
  };
}

/**
 * THE scope resolver of the library: resolves a scope (a scope id, a code list, an
 * assessment-style scope object, `{ type: 'all' }` or undefined for every item) against a
 * framework. Returns its label, the framework scope's id, level and `requires`, the scored
 * items in scope with how much of each counts (a listed part of an item counts by
 * `partScoring`: its share of the item by default, see `PartScoringSchema`), the Profile
 * sections in scope, and issues for an unknown scope id or code (`unknown_reference`; an
 * unknown scope id falls back to every item). Validation, scoring, review summaries and
 * agreement all call it.
 *
 * Never throws: a framework of another shape gives every-item scope with an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * import { baldrige20232024 } from '@community-excellence/schemas/data';
 *
 * const resolved = resolveAssessmentScope(baldrige20232024, ['1', '7.4a']);
 * resolved.items.map((entry) => [entry.item.code, entry.share]); // [..., ['7.4', { numerator: 1, denominator: 2 }]]
 * ```
 */
export function resolveAssessmentScope(
  framework: Framework,
  scope: AssessmentScopeOption | undefined,
  options: ResolveScopeOptions = {},
): ResolvedAssessmentScope {
  try {
    return resolveUnchecked(framework, scope, options);
  } catch (error) {
    return {
      type: 'all',
      label: 'all items',
      scopeId: null,
      level: null,
      requires: null,
      codes: null,
      partScoring: 'share-of-item',
      items: [],
      profileSections: [],
      issues: [errorIssue(error)],
    };
  }
}
