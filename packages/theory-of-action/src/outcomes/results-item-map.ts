import type { Framework, Indicator } from '@community-excellence/schemas/data';

/**
 * Which category-7 item of the Communities of Excellence framework an indicator's results go to,
 * by outcome area ([inferred]; COE publishes no such table). The seven cradle-to-career outcomes
 * and `HEALTH`, `SAFETY`, `QUALITY_OF_LIFE` are the community outcomes a partnership commits to:
 * `7.4(1)` Key Community Outcomes (the question the COE recognition rules cite for them).
 * `ECONOMIC_VITALITY` goes to `7.5(2)` Economic Vitality Results. `OTHER` has no default: map
 * it per indicator (`itemCode`) or per area (`itemMap`), or it is listed as unmapped.
 *
 * @example
 * ```ts
 * DEFAULT_RESULTS_ITEM_MAP.EARLY_GRADE_READING; // '7.4(1)'
 * DEFAULT_RESULTS_ITEM_MAP.ECONOMIC_VITALITY; // '7.5(2)'
 * DEFAULT_RESULTS_ITEM_MAP.OTHER; // undefined
 * ```
 */
export const DEFAULT_RESULTS_ITEM_MAP: Readonly<Partial<Record<Indicator['outcomeArea'], string>>> =
  Object.freeze({
    KINDERGARTEN_READINESS: '7.4(1)',
    EARLY_GRADE_READING: '7.4(1)',
    MIDDLE_GRADE_MATH: '7.4(1)',
    HIGH_SCHOOL_GRADUATION: '7.4(1)',
    POSTSECONDARY_ENROLLMENT: '7.4(1)',
    POSTSECONDARY_COMPLETION: '7.4(1)',
    EMPLOYMENT: '7.4(1)',
    HEALTH: '7.4(1)',
    SAFETY: '7.4(1)',
    QUALITY_OF_LIFE: '7.4(1)',
    ECONOMIC_VITALITY: '7.5(2)',
  });

/**
 * The codes results can be filed under in a framework, in the framework's order: every results
 * item, its lettered areas and its numbered sub-areas, each with its name. Never throws: a value
 * that is not a framework gives `[]`.
 *
 * @example
 * ```ts
 * resultsItemCodes(coeCommunity2024).find((c) => c.code === '7.4(1)')?.name; // 'Key Community Outcomes'
 * ```
 */
export function resultsItemCodes(
  framework: Pick<Framework, 'categories'>,
): readonly { readonly code: string; readonly name: string }[] {
  try {
    const codes: { code: string; name: string }[] = [];
    const add = (entry: { readonly code: string; readonly name: string }): void => {
      if (typeof entry.code === 'string' && typeof entry.name === 'string')
        codes.push({ code: entry.code, name: entry.name });
    };
    for (const category of framework.categories)
      for (const item of category.items) {
        if (item.kind !== 'results') continue;
        add(item);
        for (const area of item.areas ?? []) {
          add(area);
          for (const sub of area.subAreas ?? []) add(sub);
        }
        for (const sub of item.subAreas ?? []) add(sub);
      }
    return codes;
  } catch {
    return [];
  }
}
