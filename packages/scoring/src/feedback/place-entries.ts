import { profileSectionsOf, type Framework } from '@community-excellence/schemas/data';
import type { EntryFindings } from './read-findings.js';

/**
 * A source's entries placed in the framework: by scored item (an entry on an item, or on a part
 * of it such as `7.4(1)` or `1.1a`, goes to the item), and the Profile entries (`P.1`, `P.1a`,
 * ...) apart, in framework order, with their names. Entries on codes the framework does not
 * have are listed in `unplaced`.
 *
 * @example
 * ```ts
 * declare const framework: Framework;
 * declare const entries: ReadonlyMap<string, EntryFindings>;
 * placeEntries(framework, entries).items.get('1.1');
 * ```
 */
export interface PlacedEntries {
  readonly items: ReadonlyMap<string, readonly EntryFindings[]>;
  readonly profile: readonly {
    readonly code: string;
    readonly name: string;
    readonly findings: EntryFindings;
  }[];
  readonly unplaced: readonly string[];
}

interface Named {
  readonly code: string;
  readonly name: string;
  readonly areas?: readonly Named[];
  readonly subAreas?: readonly Named[];
}

function walk(nodes: readonly Named[] | undefined, out: Map<string, string>): void {
  for (const node of nodes ?? []) {
    out.set(node.code, node.name);
    walk(node.areas, out);
    walk(node.subAreas, out);
  }
}

/** Whether `code` is `item` or a part of it (`1.1a`, `7.4(1)`, `1.1a(2)`). */
const partOf = (code: string, item: string): boolean =>
  code === item || (code.startsWith(item) && /^[a-z(]/.test(code.slice(item.length)));

/**
 * Places a source's entries in the framework (see {@link PlacedEntries}).
 *
 * @example
 * ```ts
 * declare const framework: Framework;
 * declare const entries: ReadonlyMap<string, EntryFindings>;
 * placeEntries(framework, entries).profile.map((p) => p.code); // ['P.1']
 * ```
 */
export function placeEntries(
  framework: Framework,
  entries: ReadonlyMap<string, EntryFindings>,
): PlacedEntries {
  const profileNames = new Map<string, string>();
  walk(framework.profile as readonly Named[] | undefined, profileNames);
  const profileOrder = [...profileNames.keys()];
  const itemCodes = framework.categories.flatMap((c) => c.items.map((i) => i.code));
  const items = new Map<string, EntryFindings[]>();
  const profile: { code: string; name: string; findings: EntryFindings }[] = [];
  const unplaced: string[] = [];
  // Which codes are Profile codes is the assessment check's rule (profileSectionsOf), not a pattern.
  const profileSections = profileSectionsOf(framework);
  for (const [code, findings] of entries) {
    if (profileSections.has(code)) {
      profile.push({ code, name: profileNames.get(code) ?? code, findings });
      continue;
    }
    const item = itemCodes.find((c) => partOf(code, c));
    if (item === undefined) {
      unplaced.push(code);
      continue;
    }
    const list = items.get(item) ?? [];
    list.push(findings);
    items.set(item, list);
  }
  const rank = (code: string): number => {
    const i = profileOrder.indexOf(code);
    return i < 0 ? profileOrder.length : i;
  };
  profile.sort((a, b) => rank(a.code) - rank(b.code));
  return { items, profile, unplaced };
}
