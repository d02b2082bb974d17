import type { ScoreOptions } from '@community-excellence/scoring';

type ScopeOption = NonNullable<ScoreOptions['scope']>;

/**
 * Reads the `--scope` option: `all` for every scored item; framework codes (`7.1`, or a
 * comma-separated list such as `P.1,1,7.1`: anything with a comma or starting with a digit or
 * `P.`) for exactly those; otherwise the id of one of the framework's scopes (`coe-level-2`).
 * Unknown scope ids and codes are reported by the scoring engine.
 *
 * @example
 * ```ts
 * parseScope('all');         // { type: 'all' }
 * parseScope('coe-level-2'); // 'coe-level-2'
 * parseScope('P.1, 1, 7.1'); // ['P.1', '1', '7.1']
 * parseScope('7.1');         // ['7.1']
 * ```
 */
export function parseScope(text: string): ScopeOption {
  const trimmed = text.trim();
  if (trimmed === 'all') return { type: 'all' };
  if (trimmed.includes(',') || /^(?:P\.)?\d/.test(trimmed))
    return trimmed
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== '');
  return trimmed;
}
