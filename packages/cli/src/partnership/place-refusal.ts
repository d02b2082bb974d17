import type { Issue } from '@community-excellence/schemas';
import type { OutcomeAnalysis } from '@community-excellence/theory-of-action/outcomes';

/**
 * Why `check` and `report` refuse to go on: the outcome analysis could not choose a place (its
 * `place_ambiguous` or `place_not_found` issue, whose message lists the candidate places with
 * their row counts), and what to do about it. `null` when a place was chosen or the analysis has
 * no such issue (no outcome data at all). The analysis decides; this only reads its answer.
 *
 * @example
 * ```ts
 * const refusal = placeRefusal(assessPartnership({ evidence, indicators, observations }).outcomes);
 * if (refusal !== null) process.stderr.write(`${refusal.message}\n${refusal.hint}\n`);
 * ```
 */
export function placeRefusal(
  analysis: OutcomeAnalysis,
): { readonly issue: Issue; readonly message: string; readonly hint: string } | null {
  if (analysis.place !== null) return null;
  const issue = analysis.issues.find(
    (i) => i.code === 'place_ambiguous' || i.code === 'place_not_found',
  );
  if (issue === undefined) return null;
  const example = analysis.candidates.find((c) => c.level !== 'state' && c.level !== 'nation');
  const code = example?.code ?? '<code>';
  return {
    issue,
    message: issue.message,
    hint:
      issue.code === 'place_not_found'
        ? `hint: pass --place with one of the codes listed (for example --place ${code}), or correct the code in the partnership evidence's geography.`
        : `hint: choose the place with --place <code> (for example --place ${code}; level:code when a code is used at several levels), or give the partnership evidence's geography the place's code (geography.codes).`,
  };
}
