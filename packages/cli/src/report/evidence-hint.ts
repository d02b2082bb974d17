import type { ReportModel } from './model.js';

/**
 * What a report without partnership evidence says about the theory-of-action check: that it
 * covers the outcomes only, which document and fields would enable the check, and the command
 * that writes a starter document for the place analysed. Empty when the report has partnership
 * evidence or no outcome data.
 *
 * @example
 * ```ts
 * declare const model: ReportModel;
 * for (const paragraph of evidenceHint(model)) console.log(paragraph);
 * ```
 */
export function evidenceHint(model: ReportModel): string[] {
  if (model.partnerships.length > 0 || model.outcomes === null) return [];
  const place = model.outcomes.place;
  const code = place === null ? '<code>' : place.code;
  return [
    'No partnership evidence was given, so this report covers the outcomes only: the theory-of-action check (gateways and benchmarks) needs a partnership-evidence document.',
    "That document (kind partnership-evidence, see docs/theory-of-action.md) gives the partnership's geography with the place's code (geography.codes), the outcomes it commits to with their indicator ids (outcomes[].coreIndicatorIds), and what it has in place: leadership table, accountability structure, shared vision, report cards, action networks, data agreements.",
    `Write a starter with: coe init evidence --place ${code} <data files> --out partnership-evidence.json. Fill in its TODO placeholders, then pass it to coe report (or coe check) with the data.`,
  ];
}
