import { refusalReason } from '../issue-codes.js';
import type { CohortsReasonDataByCode } from '../issue-codes.js';
import { errorIssue } from './error-issue.js';
import type { CoreReason, CoreReasonCode } from './types.js';

/**
 * Builds a core refusal reason from its code and data, with the message rendered by the code's
 * template (see `cohortsReasonCodes`).
 *
 * Never throws: data that cannot be read gives a reason whose message says so.
 *
 * @example
 * ```ts
 * coreReason('missing_time', { event: 'kick-off' }).message;
 * // 'Event "kick-off" has no `at` time and no clock was given.'
 * ```
 */
export function coreReason<C extends CoreReasonCode>(
  code: C,
  data: CohortsReasonDataByCode[C],
): Extract<CoreReason, { code: C }> {
  try {
    if (typeof data !== 'object' || data === null) throw new TypeError('data is not an object');
    return refusalReason(code, data) as unknown as Extract<CoreReason, { code: C }>;
  } catch (error) {
    const issue = errorIssue(error);
    return { code, message: issue.message } as unknown as Extract<CoreReason, { code: C }>;
  }
}
