import { isFiniteNumber } from '../metrics/metric.js';
import { optionsOf } from '../options-of.js';
import type { GapChange } from './gap-change.js';
import { sentenceNumbers, type SentenceNumbers } from './sentence-numbers.js';

/**
 * Options of {@link gapChangeSentence}.
 */
export interface GapChangeSentenceOptions {
  /** Words after the first number of the gap, e.g. `percentage points` (none by default). */
  readonly unitWords?: string;
  /** Decimals (default 1). */
  readonly digits?: number;
  /** Multiplies every difference before printing: 100 prints a proportion's gaps in percentage points. */
  readonly factor?: number;
  /** Name of the focal group (default `the focal group`). */
  readonly focal?: string;
  /** Name of the reference group (default `the reference group`). */
  readonly reference?: string;
}

function name(x: unknown, fallback: string): string {
  return typeof x === 'string' && x.trim() !== '' ? x.trim() : fallback;
}

/** How a group's value moved, in its own unit: `rose 0.5`, `fell 3.0`, `stayed at 80.0`. */
function moved(
  n: SentenceNumbers,
  from: number | undefined,
  to: number | undefined,
  unit: string,
): string {
  if (!isFiniteNumber(from) || !isFiniteNumber(to)) return 'changed by an unknown amount';
  const size = n.number(Math.abs(to - from));
  if (size === n.number(0)) return `stayed at ${n.number(to)}`;
  return `${to > from ? 'rose' : 'fell'} ${size}${unit}`;
}

/**
 * The one English sentence a report prints for a {@link GapChange}, for example
 * `closing: 4.8 of 14.3 percentage points closed (33.6%)`, or
 * `lead shrinking: Asian's lead over White fell from 4.9 to 1.4 (not a closing gap)`. Each status
 * has its own wording (docs/metrics.md, "Reading a trend and a gap change"); levelling down, a
 * crossing and a shrinking lead never read as closing.
 *
 * Never throws: a change that cannot be read gives the insufficient-data sentence.
 *
 * @example
 * ```ts
 * const c = classifyGapChange([{ label: 'year 0', time: 0, gap: -14.3 }, { label: 'year 3', time: 3, gap: -9.5 }], 'higher-is-better');
 * gapChangeSentence(c, { unitWords: 'percentage points' }); // 'closing: 4.8 of 14.3 percentage points closed (33.6%)'
 * ```
 */
export function gapChangeSentence(
  change: GapChange,
  options: GapChangeSentenceOptions = {},
): string {
  try {
    return gapChangeSentenceUnchecked(change, options);
  } catch {
    return INSUFFICIENT;
  }
}

const INSUFFICIENT = 'not enough data: a gap change needs two periods with a gap';

function gapChangeSentenceUnchecked(change: GapChange, options: GapChangeSentenceOptions): string {
  const opts = optionsOf(options);
  const n = sentenceNumbers(opts);
  const u = n.unit;
  const focal = name(opts.focal, 'the focal group');
  const reference = name(opts.reference, 'the reference group');
  if (typeof change !== 'object' || change === null) return INSUFFICIENT;
  const d0 = change.disadvantageStart;
  const d1 = change.disadvantageEnd;
  const start = change.start;
  const end = change.end;
  const abs = (x: number | undefined): number | undefined =>
    isFiniteNumber(x) ? Math.abs(x) : undefined;
  const groups = (first: 'focal' | 'reference'): string => {
    const f = `${focal} ${moved(n, start?.focal, end?.focal, first === 'focal' ? u : '')}`;
    const r = `${reference} ${moved(n, start?.reference, end?.reference, first === 'reference' ? u : '')}`;
    return first === 'focal' ? `${f} while ${r}` : `${r} while ${f}`;
  };
  const ratesKnown = isFiniteNumber(change.focalChange) && isFiniteNumber(change.referenceChange);
  switch (change.status) {
    case 'no-direction':
      return `no direction of good: the gap went from ${n.number(start?.gap)} to ${n.number(end?.gap)}${u} (neutral indicator; not read as closing or widening)`;
    case 'within-uncertainty':
      return `no change within uncertainty (change ${n.number(change.gapChange)}${u}, margin ±${n.number(change.uncertainty?.margin)})`;
    case 'mixed': {
      const narrowed = (abs(d1) ?? 0) < (abs(d0) ?? 0);
      return `mixed: the gap ${narrowed ? 'narrowed' : 'widened'} from ${n.number(abs(d0))} to ${n.number(abs(d1))}${u} while the rate ratio moved ${narrowed ? 'away from' : 'toward'} parity (${ratio(start?.ratio)} -> ${ratio(end?.ratio)})`;
    }
    case 'closing': {
      const closed = isFiniteNumber(d0) && isFiniteNumber(d1) ? d0 - d1 : undefined;
      const head = `closing: ${n.number(closed)} of ${n.number(d0)}${u} closed (${n.percent(change.relativeGapReduction)})`;
      return ratesKnown ? `${head}; ${groups('focal')}` : head;
    }
    case 'levelling-down':
      return `narrowing because the reference group worsened (levelling down): ${groups('reference')}; the gap went from ${n.number(d0)} to ${n.number(d1)} (not a closing gap)`;
    case 'widening':
      return isFiniteNumber(d0) && d0 > 0
        ? `widening: the gap grew from ${n.number(d0)} to ${n.number(d1)}${u} (${n.percent(isFiniteNumber(change.relativeGapReduction) ? -change.relativeGapReduction : undefined)} added)`
        : `widening: ${focal} fell from parity to ${n.number(d1)}${u} behind ${reference}`;
    case 'crossed':
      return isFiniteNumber(d0) && d0 > 0
        ? `crossed: the gap of ${n.number(d0)}${u} closed and ${focal} is now ${n.number(abs(d1))} ahead`
        : `crossed: ${focal}'s lead of ${n.number(abs(d0))}${u} is gone and ${focal} is now ${n.number(d1)} behind`;
    case 'lead-shrinking':
      return `lead shrinking: ${focal}'s lead over ${reference} fell from ${n.number(abs(d0))} to ${n.number(abs(d1))}${u} (not a closing gap)`;
    case 'lead-growing':
      return isFiniteNumber(d0) && d0 < 0
        ? `lead growing: ${focal}'s lead over ${reference} grew from ${n.number(abs(d0))} to ${n.number(abs(d1))}${u}`
        : `lead growing: ${focal} moved from parity to ${n.number(abs(d1))}${u} ahead of ${reference}`;
    case 'unchanged':
      if (!isFiniteNumber(d0) || n.number(d0) === n.number(0))
        return 'unchanged: no gap at either end';
      return d0 > 0
        ? `unchanged: the gap stayed at ${n.number(d0)}${u}`
        : `unchanged: ${focal}'s lead over ${reference} stayed at ${n.number(abs(d0))}${u}`;
    default:
      return INSUFFICIENT;
  }
}

function ratio(x: number | undefined): string {
  return isFiniteNumber(x) ? x.toFixed(2) : '?';
}
