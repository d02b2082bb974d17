import type { Framework } from './framework.js';
import type { FrameworkItem } from './framework-parts.js';
import { resolveAssessmentScope } from '../assessment/resolve-assessment-scope.js';

/**
 * Every scored item of a framework, in order (category 1 first). The Profile is not
 * included: it is never scored.
 *
 * Never throws: a value that is not a framework gives `[]`.
 *
 * @example
 * ```ts
 * listScoredItems(baldrige20232024).map((item) => item.code); // ['1.1', '1.2', ..., '7.5']
 * ```
 */
export function listScoredItems(framework: Pick<Framework, 'categories'>): FrameworkItem[] {
  try {
    return listScoredItemsUnchecked(framework);
  } catch {
    return [];
  }
}

function listScoredItemsUnchecked(framework: Pick<Framework, 'categories'>): FrameworkItem[] {
  return framework.categories.flatMap((category) => category.items);
}

/**
 * Finds a scored item by its code, or returns undefined.
 *
 * Never throws: a value that is not a framework gives `undefined`.
 *
 * @example
 * ```ts
 * findItem(baldrige20232024, '1.1')?.points; // 70
 * findItem(baldrige20232024, 'P.1'); // undefined (the Profile is not an item)
 * ```
 */
export function findItem(
  framework: Pick<Framework, 'categories'>,
  code: string,
): FrameworkItem | undefined {
  try {
    return findItemUnchecked(framework, code);
  } catch {
    return undefined;
  }
}

function findItemUnchecked(
  framework: Pick<Framework, 'categories'>,
  code: string,
): FrameworkItem | undefined {
  for (const category of framework.categories) {
    for (const item of category.items) if (item.code === code) return item;
  }
  return undefined;
}

/**
 * The scored items that a set of scope codes covers: an item is in scope when its own code,
 * its category's code, or the code of one of its areas or sub-areas is listed (so `7.1(1)`
 * brings in item 7.1 partly: how much of it counts is in {@link resolveAssessmentScope}, which this
 * calls). Profile codes select no scored item.
 *
 * Never throws: a value that is not a framework gives `[]`.
 *
 * @example
 * ```ts
 * itemsInScope(coeCommunity2024, ['P.1', '1', '7.4(1)']).map((i) => i.code); // ['1.1', '1.2', '7.4']
 * ```
 */
export function itemsInScope(
  framework: Pick<Framework, 'categories'>,
  codes: readonly string[],
): FrameworkItem[] {
  try {
    return itemsInScopeUnchecked(framework, codes);
  } catch {
    return [];
  }
}

function itemsInScopeUnchecked(
  framework: Pick<Framework, 'categories'>,
  codes: readonly string[],
): FrameworkItem[] {
  // The one scope resolver decides; this view keeps only the items.
  const whole = { profile: [], categories: framework.categories } as unknown as Framework;
  return resolveAssessmentScope(whole, [...codes]).items.map((entry) => entry.item);
}
