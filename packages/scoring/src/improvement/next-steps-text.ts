import type { NextStepAction, NextStepOpportunity, NextSteps } from './next-steps.js';

function actionBrief(action: NextStepAction): string {
  const parts = [
    action.owner ?? 'no owner',
    action.dueDate === null ? 'no due date' : `due ${action.dueDate}`,
  ];
  if (action.overdue) parts.push('overdue');
  return `${action.id} "${action.title}" (${parts.join(', ')})`;
}

/**
 * One opportunity of the next steps in a sentence: the item, priority and text, the points at
 * stake, and the open actions that answer it, or "No action yet."
 *
 * @example
 * ```ts
 * declare const steps: NextSteps;
 * nextStepOpportunitySentence(steps.opportunities[0]!);
 * // '7.1 (high): ... At stake: +18 points (35% to 50%, range 30-45 to 50-65). No action yet.'
 * ```
 */
export function nextStepOpportunitySentence(step: NextStepOpportunity): string {
  try {
    const ofi = step.opportunity;
    const name = step.itemName === null ? '' : ` ${step.itemName}`;
    let stake = '';
    if (step.targetPercent !== null && step.percentGain !== null) {
      const gain = step.points === null ? `+${step.percentGain}%` : `+${step.points.exact} points`;
      const from = step.targetPercent - step.percentGain;
      const ranges =
        step.nextRange === null
          ? `range ${step.currentRange ?? 'unscored'}, the top range`
          : `range ${step.currentRange ?? 'unscored'} to ${step.nextRange}`;
      stake = ` At stake: ${gain} (${from}% to ${step.targetPercent}%, ${ranges}).`;
    }
    let answer: string;
    if (step.answer === 'open-actions')
      answer = ` Open actions: ${step.actions.map(actionBrief).join('; ')}.`;
    else if (step.answer === 'closed-actions-only')
      answer = ` No open action; closed: ${step.closedActions.join(', ')}.`;
    else answer = ' No action yet.';
    return `${ofi.item}${name} (${ofi.priority}): ${ofi.text}${stake}${answer}`;
  } catch {
    return 'An opportunity that could not be read.';
  }
}

/**
 * One open action of the next steps in a sentence: id, title, owner, due date (overdue),
 * effective status and the findings it answers.
 *
 * @example
 * ```ts
 * declare const steps: NextSteps;
 * nextStepActionSentence(steps.openActions[0]!);
 * // 'act-results-data "Publish the results dashboard": Riverbend Thrives, due 2026-03-31, overdue; in-progress. Answers consensus-7.1-o1.'
 * ```
 */
export function nextStepActionSentence(action: NextStepAction): string {
  try {
    const parts = [
      action.owner ?? 'no owner',
      action.dueDate === null ? 'no due date' : `due ${action.dueDate}`,
    ];
    if (action.overdue) parts.push('overdue');
    const answers =
      action.findings.length === 0
        ? ' Answers no finding.'
        : ` Answers ${action.findings.join(', ')}.`;
    return `${action.id} "${action.title}": ${parts.join(', ')}; ${action.status}.${answers}`;
  } catch {
    return 'An action that could not be read.';
  }
}

/**
 * The next steps as lines of text: a heading line for the opportunities, one sentence each
 * ({@link nextStepOpportunitySentence}), then the open actions
 * ({@link nextStepActionSentence}), saying so when there are none.
 *
 * @example
 * ```ts
 * declare const steps: NextSteps;
 * console.log(nextStepsSentences(steps).join('\n'));
 * ```
 */
export function nextStepsSentences(steps: NextSteps): readonly string[] {
  try {
    const lines: string[] = [];
    const waiting = steps.opportunities.filter((o) => o.answer === 'no-action-yet').length;
    // Profile opportunities (a Level 1 review) have nothing at stake: they keep framework order.
    const staked = steps.opportunities.some((o) => o.points !== null || o.percentGain !== null);
    const order = staked
      ? 'largest points at stake first'
      : 'in framework order (none is on a scored item)';
    if (steps.opportunities.length === 0) lines.push('No opportunities for improvement recorded.');
    else
      lines.push(
        `${steps.opportunities.length} ${steps.priorities.join(' and ')}-priority opportunit${steps.opportunities.length === 1 ? 'y' : 'ies'}, ${order}; ${waiting} with no action yet.`,
      );
    for (const step of steps.opportunities) lines.push(nextStepOpportunitySentence(step));
    const overdue = steps.openActions.filter((a) => a.overdue).length;
    const asOf = steps.asOf === null ? '' : ` as of ${steps.asOf}`;
    lines.push(
      steps.openActions.length === 0
        ? `No open actions${asOf}.`
        : `${steps.openActions.length} open action${steps.openActions.length === 1 ? '' : 's'}${asOf}, ${overdue} overdue:`,
    );
    for (const action of steps.openActions) lines.push(nextStepActionSentence(action));
    return lines;
  } catch {
    return ['No next steps: the input is not a next-steps value.'];
  }
}
