/**
 * A scope as the feedback names it when there is no scorecard to take the label from: a scope
 * id, a list of codes joined, or `all items`. Never throws.
 *
 * @example
 * ```ts
 * scopeLabel({ type: 'scope', scopeId: 'coe-level-1' }); // 'coe-level-1'
 * scopeLabel(['1', '7.1']);                              // '1, 7.1'
 * scopeLabel(undefined);                                 // 'all items'
 * ```
 */
export function scopeLabel(scope: unknown): string {
  try {
    if (typeof scope === 'string') return scope;
    if (Array.isArray(scope)) return scope.map(String).join(', ');
    if (typeof scope === 'object' && scope !== null) {
      const s = scope as { type?: unknown; scopeId?: unknown; codes?: unknown };
      if (s.type === 'scope' && typeof s.scopeId === 'string') return s.scopeId;
      if (s.type === 'codes' && Array.isArray(s.codes)) return s.codes.map(String).join(', ');
    }
    return 'all items';
  } catch {
    return 'all items';
  }
}
