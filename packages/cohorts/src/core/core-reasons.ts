import type { Issue } from '@community-excellence/schemas/data';
import type { CoreReason } from './types.js';
import { errorIssue } from './error-issue.js';

type Data<C extends CoreReason['code']> = Omit<
  Extract<CoreReason, { code: C }>,
  'message' | 'code' | 'path'
>;

const list = (items: readonly string[]): string =>
  items.length === 0 ? '(none)' : items.join(', ');

/**
 * Builds a core refusal reason from its code and data, with the default English message.
 *
 * Never throws: data that cannot be read gives a reason whose message says so.
 *
 * @example
 * ```ts
 * coreReason('missing_time', { event: 'kick-off' }).message;
 * // 'Event "kick-off" has no `at` time and no clock was given.'
 * ```
 */
export function coreReason<C extends CoreReason['code']>(
  code: C,
  data: Data<C>,
): Extract<CoreReason, { code: C }> {
  try {
    if (typeof data !== 'object' || data === null) throw new TypeError('data is not an object');
    return coreReasonUnchecked(code, data);
  } catch (error) {
    const issue = errorIssue(error);
    return { code, message: issue.message } as unknown as Extract<CoreReason, { code: C }>;
  }
}

function coreReasonUnchecked<C extends CoreReason['code']>(
  code: C,
  data: Data<C>,
): Extract<CoreReason, { code: C }> {
  const d = { code, ...data } as unknown as CoreReason;
  let message: string;
  switch (d.code) {
    case 'unknown_event':
      message = `Unknown event ${JSON.stringify(d.event)}; this machine knows ${list(d.known)}.`;
      break;
    case 'invalid_event':
      message = `The event is malformed: ${d.issues.map((i: Issue) => `${i.path.join('.') || '(event)'}: ${i.message}`).join('; ')}`;
      break;
    case 'wrong_machine':
      message = `The ${d.subject} belongs to machine ${JSON.stringify(d.found)}, not ${JSON.stringify(d.expected)}.`;
      break;
    case 'invalid_snapshot':
      message = `The snapshot is invalid: ${d.issues.map((i: Issue) => `${i.path.join('.') || '(snapshot)'}: ${i.message}`).join('; ')}`;
      break;
    case 'not_allowed_in_state':
      message = `Event "${d.event}" is not possible in state "${d.state}"; it applies in ${list(d.allowedFrom)}.`;
      break;
    case 'terminal_state':
      message = `State "${d.state}" is final; no event (here "${d.event}") leaves it.`;
      break;
    case 'not_entered_from':
      message = `Event "${d.event}" applies in "${d.state}" only when it was entered from ${list(d.required)} (it was entered from ${d.enteredFrom ?? 'nowhere'}).`;
      break;
    case 'missing_time':
      message = `Event "${d.event}" has no \`at\` time and no clock was given.`;
      break;
    case 'event_out_of_order':
      message = `Event time ${d.at} is earlier than the last event (${d.previousAt}); events must arrive in calendar order.`;
      break;
    case 'guard_error':
      message = `Guard "${d.guard}" failed unexpectedly: ${d.error}`;
      break;
  }
  return { ...d, message } as Extract<CoreReason, { code: C }>;
}
