import type { FeedbackFinding } from './feedback.js';
import { plural } from './plural.js';

/**
 * A finding as a theme lists it: its id, the item it was written on and (OFIs) its priority.
 *
 * @example
 * ```ts
 * const ref: ThemeFinding = { id: 'consensus-1.1-o1', item: '1.1', priority: 'medium' };
 * ```
 */
export interface ThemeFinding {
  readonly id: string;
  readonly item: string;
  readonly priority: FeedbackFinding['priority'];
}

/**
 * A key theme: the strengths and opportunities that share a key factor (`key-factor`: a
 * cross-cutting theme when they touch two or more items) or a category (`category`), the items
 * they touch, and a sentence saying so.
 *
 * @example
 * ```ts
 * declare const theme: KeyTheme;
 * theme.sentence;
 * // 'Key factor "Resident voice" (ksf-resident-voice) runs through 6 items (1.1, 3.1, ...): ...'
 * ```
 */
export interface KeyTheme {
  readonly kind: 'key-factor' | 'category';
  /** The key factor id or the category code. */
  readonly id: string;
  /** The key factor's first sentence (its id when the assessment does not list it), or the category name. */
  readonly title: string;
  /** The key factor's full text (null for categories and unknown key factors). */
  readonly text: string | null;
  /** False for a key factor id the assessment's `keyFactors` do not list. */
  readonly known: boolean;
  /** The item codes touched, in framework order. */
  readonly items: readonly string[];
  readonly strengths: readonly ThemeFinding[];
  readonly opportunities: readonly ThemeFinding[];
  readonly highPriority: number;
  readonly sentence: string;
}

/**
 * The key themes of a feedback: cross-cutting key factors (touched by findings in two or more
 * items) and the findings grouped by category, each ordered by the number of items touched,
 * then the number of high-priority OFIs, then first appearance. `singleItem` lists the key
 * factors that findings touch in one item only (not a theme).
 *
 * @example
 * ```ts
 * declare const themes: KeyThemes;
 * themes.crossCutting.map((t) => t.id);
 * ```
 */
export interface KeyThemes {
  readonly crossCutting: readonly KeyTheme[];
  readonly byCategory: readonly KeyTheme[];
  readonly singleItem: readonly string[];
}

/**
 * One item's findings as {@link keyThemes} reads them (items in framework order).
 *
 * @example
 * ```ts
 * declare const strengths: readonly FeedbackFinding[];
 * const entry: ThemeEntry = { item: '1.1', category: { code: '1', name: 'Leadership' }, strengths, opportunities: [] };
 * ```
 */
export interface ThemeEntry {
  readonly item: string;
  readonly category: { readonly code: string; readonly name: string };
  readonly strengths: readonly FeedbackFinding[];
  readonly opportunities: readonly FeedbackFinding[];
}

interface Group {
  readonly id: string;
  readonly title: string;
  readonly text: string | null;
  readonly known: boolean;
  readonly items: string[];
  readonly strengths: ThemeFinding[];
  readonly opportunities: ThemeFinding[];
  readonly order: number;
}

const firstSentence = (text: string): string => {
  const stop = text.search(/\.(\s|$)/);
  return (stop > 0 ? text.slice(0, stop) : text).trim();
};

function add(group: Group, item: string, finding: FeedbackFinding): void {
  if (!group.items.includes(item)) group.items.push(item);
  const ref: ThemeFinding = { id: finding.id, item, priority: finding.priority };
  (finding.kind === 'strength' ? group.strengths : group.opportunities).push(ref);
}

const highOf = (group: Group): number =>
  group.opportunities.filter((o) => o.priority === 'high').length;

function counted(group: Group): string {
  const high = highOf(group);
  return `${plural(group.strengths.length, 'strength')} and ${plural(group.opportunities.length, 'opportunity for improvement', 'opportunities for improvement')}${high === 0 ? '' : ` (${high} high priority)`}`;
}

function finish(groups: Iterable<Group>, kind: KeyTheme['kind']): KeyTheme[] {
  return [...groups]
    .sort((a, b) => b.items.length - a.items.length || highOf(b) - highOf(a) || a.order - b.order)
    .map((g) => ({
      kind,
      id: g.id,
      title: g.title,
      text: g.text,
      known: g.known,
      items: g.items,
      strengths: g.strengths,
      opportunities: g.opportunities,
      highPriority: highOf(g),
      sentence:
        kind === 'key-factor'
          ? `Key factor "${g.title}" (${g.id}${g.known ? '' : ', not among the assessment\u2019s key factors'}) runs through ${plural(g.items.length, 'item')} (${g.items.join(', ')}): ${counted(g)}.`
          : `Category ${g.id} ${g.title}: ${counted(g)} across ${plural(g.items.length, 'item')} (${g.items.join(', ')}).`,
    }));
}

/**
 * Groups the findings of scored items into key themes: by key factor (the ids findings carry;
 * `keyFactors` gives their text) and by category, counting the items each touches. A key factor
 * touched by findings in two or more items is a cross-cutting theme; one touched in a single
 * item is listed in `singleItem`. A finding that names a key factor twice counts once. Never
 * throws (bad input gives no themes).
 *
 * @example
 * ```ts
 * declare const entries: readonly ThemeEntry[];
 * declare const assessment: Assessment;
 * const themes = keyThemes(entries, assessment.keyFactors ?? []);
 * themes.crossCutting[0]?.items.length; // the most items any key factor touches
 * ```
 */
export function keyThemes(
  entries: readonly ThemeEntry[],
  keyFactors: readonly { readonly id: string; readonly text: string }[],
): KeyThemes {
  try {
    return keyThemesUnchecked(entries, keyFactors);
  } catch {
    return { crossCutting: [], byCategory: [], singleItem: [] };
  }
}

function keyThemesUnchecked(
  entries: readonly ThemeEntry[],
  keyFactors: readonly { readonly id: string; readonly text: string }[],
): KeyThemes {
  const texts = new Map<string, string>();
  for (const factor of keyFactors)
    if (typeof factor?.id === 'string' && typeof factor.text === 'string')
      texts.set(factor.id, factor.text);
  const byFactor = new Map<string, Group>();
  const byCategory = new Map<string, Group>();
  for (const entry of entries) {
    const findings = [...entry.strengths, ...entry.opportunities];
    if (findings.length === 0) continue;
    let category = byCategory.get(entry.category.code);
    if (category === undefined) {
      category = {
        id: entry.category.code,
        title: entry.category.name,
        text: null,
        known: true,
        items: [],
        strengths: [],
        opportunities: [],
        order: byCategory.size,
      };
      byCategory.set(entry.category.code, category);
    }
    for (const finding of findings) {
      add(category, entry.item, finding);
      for (const id of new Set(finding.keyFactors)) {
        let group = byFactor.get(id);
        if (group === undefined) {
          const text = texts.get(id) ?? null;
          group = {
            id,
            title: text === null ? id : firstSentence(text),
            text,
            known: text !== null,
            items: [],
            strengths: [],
            opportunities: [],
            order: byFactor.size,
          };
          byFactor.set(id, group);
        }
        add(group, entry.item, finding);
      }
    }
  }
  const crossCutting = [...byFactor.values()].filter((g) => g.items.length >= 2);
  return {
    crossCutting: finish(crossCutting, 'key-factor'),
    byCategory: finish(byCategory.values(), 'category'),
    singleItem: [...byFactor.values()].filter((g) => g.items.length < 2).map((g) => g.id),
  };
}
