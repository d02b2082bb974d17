import {
  createIssue,
  itemsInScope,
  listScoredItems,
  type Assessment,
  type Framework,
  type FrameworkItem,
  type Issue,
} from '@community-excellence/schemas/data';

/** The scored items an assessment covers, and a label for its scope (internal helper). */
export interface AssessmentItems {
  readonly label: string;
  readonly items: readonly FrameworkItem[];
}

/**
 * Resolves an assessment's scope to the framework's scored items: no scope means every scored
 * item; a scope id is looked up in `framework.scopes`; a code list selects the items it covers.
 * An unknown scope id falls back to every scored item and reports `unknown_reference`.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * assessmentItems(assessment, coeCommunity2024, issues).items.map((i) => i.code);
 * ```
 */
export function assessmentItems(
  assessment: Pick<Assessment, 'scope'>,
  framework: Framework,
  out: Issue[],
): AssessmentItems {
  const scope = assessment.scope;
  if (scope === undefined) return { label: 'all items', items: listScoredItems(framework) };
  if (scope.type === 'scope') {
    const found = framework.scopes?.find((s) => s.id === scope.scopeId);
    if (found === undefined) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          severity: 'warning',
          path: ['scope', 'scopeId'],
          target: 'scope',
          id: scope.scopeId,
        }),
      );
      return { label: scope.scopeId, items: listScoredItems(framework) };
    }
    return { label: found.id, items: itemsInScope(framework, found.codes) };
  }
  return { label: 'listed codes', items: itemsInScope(framework, scope.codes) };
}
