import {
  createIssue,
  itemsInScope,
  listFrameworkCodes,
  listScoredItems,
  type Assessment,
  type AssessmentScope,
  type Framework,
  type Issue,
} from '@community-excellence/schemas/data';
import type { ScoreOptions } from './score-assessment.js';
import type { Scorecard } from './scorecard.js';

/** Which items to score: see {@link ScoreOptions.scope}. */
export type ScopeOption = NonNullable<ScoreOptions['scope']>;

/** A resolved scope: its description for the scorecard and the item codes it covers. */
export interface ResolvedScope {
  readonly scope: Scorecard['scope'];
  readonly items: ReadonlySet<string>;
}

const isCodeList = (value: ScopeOption): value is readonly string[] => Array.isArray(value);

/** Resolves the scope option (or the assessment's scope) against a framework. */
export function resolveScope(
  assessment: Assessment,
  framework: Framework,
  option: ScopeOption | undefined,
  out: Issue[],
): ResolvedScope {
  const from = option === undefined ? 'assessment' : 'options';
  const basePath = option === undefined ? ['scope'] : ['options', 'scope'];
  let spec: AssessmentScope | { readonly type: 'all' };
  if (option === undefined) spec = assessment.scope ?? { type: 'all' };
  else if (typeof option === 'string') spec = { type: 'scope', scopeId: option };
  else if (isCodeList(option)) spec = { type: 'codes', codes: [...option] };
  else spec = option;

  const all = (label: string): ResolvedScope => ({
    scope: { type: 'all', scopeId: null, codes: null, label, from },
    items: new Set(listScoredItems(framework).map((i) => i.code)),
  });
  if (spec.type === 'all') return all('all items');
  if (spec.type === 'scope') {
    const found = framework.scopes?.find((s) => s.id === spec.scopeId);
    if (found === undefined) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: option === undefined ? [...basePath, 'scopeId'] : basePath,
          target: 'scope',
          id: spec.scopeId,
        }),
      );
      return all(spec.scopeId);
    }
    return {
      scope: { type: 'scope', scopeId: found.id, codes: [...found.codes], label: found.id, from },
      items: new Set(itemsInScope(framework, found.codes).map((i) => i.code)),
    };
  }
  const known = new Set(listFrameworkCodes(framework).map((e) => e.code));
  spec.codes.forEach((code, k) => {
    if (!known.has(code))
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: option === undefined ? [...basePath, 'codes', k] : [...basePath, k],
          target: 'framework code',
          id: code,
        }),
      );
  });
  return {
    scope: {
      type: 'codes',
      scopeId: null,
      codes: [...spec.codes],
      label: `codes ${spec.codes.join(', ')}`,
      from,
    },
    items: new Set(itemsInScope(framework, spec.codes).map((i) => i.code)),
  };
}
