import type { PathSegment } from '../issue.js';
import type { Framework } from './framework.js';
import type { FrameworkArea, FrameworkSubArea } from './framework-parts.js';

/** What a code names inside a framework. */
export type FrameworkCodeType = 'profile-section' | 'category' | 'item' | 'area' | 'sub-area';

/** One code of a framework with where it is defined. */
export interface FrameworkCodeEntry {
  readonly code: string;
  readonly type: FrameworkCodeType;
  /** Path from the framework root to the entry (not to its `code` field). */
  readonly path: readonly PathSegment[];
  /** The code of the enclosing entry; undefined for Profile sections and categories. */
  readonly parent: string | undefined;
  /** The scored item the entry belongs to (itself for an item); undefined outside categories. */
  readonly item: string | undefined;
}

const pushAreas = (
  out: FrameworkCodeEntry[],
  areas: readonly FrameworkArea[] | undefined,
  subAreas: readonly FrameworkSubArea[] | undefined,
  parent: string,
  path: readonly PathSegment[],
  item: string | undefined,
): void => {
  subAreas?.forEach((sub, index) => {
    out.push({
      code: sub.code,
      type: 'sub-area',
      path: [...path, 'subAreas', index],
      parent,
      item,
    });
  });
  areas?.forEach((area, index) => {
    const areaPath = [...path, 'areas', index];
    out.push({ code: area.code, type: 'area', path: areaPath, parent, item });
    pushAreas(out, undefined, area.subAreas, area.code, areaPath, item);
  });
};

/**
 * Lists every code of a framework in document order (Profile sections and their areas,
 * then categories, items, areas and sub-areas) with its type, path and parent. Duplicates
 * are listed as often as they occur.
 *
 * Never throws: a value that is not a framework gives `[]`.
 *
 * @example
 * ```ts
 * listFrameworkCodes(baldrige20232024).filter((e) => e.type === 'item').length; // 17
 * ```
 */
export function listFrameworkCodes(
  framework: Pick<Framework, 'profile' | 'categories'>,
): FrameworkCodeEntry[] {
  try {
    return listFrameworkCodesUnchecked(framework);
  } catch {
    return [];
  }
}

function listFrameworkCodesUnchecked(
  framework: Pick<Framework, 'profile' | 'categories'>,
): FrameworkCodeEntry[] {
  const out: FrameworkCodeEntry[] = [];
  framework.profile.forEach((section, index) => {
    const path = ['profile', index];
    out.push({
      code: section.code,
      type: 'profile-section',
      path,
      parent: undefined,
      item: undefined,
    });
    pushAreas(out, section.areas, undefined, section.code, path, undefined);
  });
  framework.categories.forEach((category, categoryIndex) => {
    const categoryPath = ['categories', categoryIndex];
    out.push({
      code: category.code,
      type: 'category',
      path: categoryPath,
      parent: undefined,
      item: undefined,
    });
    category.items.forEach((entry, itemIndex) => {
      const itemPath = [...categoryPath, 'items', itemIndex];
      out.push({
        code: entry.code,
        type: 'item',
        path: itemPath,
        parent: category.code,
        item: entry.code,
      });
      pushAreas(out, entry.areas, entry.subAreas, entry.code, itemPath, entry.code);
    });
  });
  return out;
}
