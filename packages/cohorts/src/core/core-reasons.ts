import { refusalReason } from '../issue-codes.js';
import type { CohortsReasonDataByCode } from '../issue-codes.js';
import type { CoreReason, CoreReasonCode } from './types.js';

/**
 * Builds a core refusal reason from its code and data, with the message rendered by the code's
 * template (see `cohortsReasonCodes`).
 *
 * Never throws (see `refusalReason`).
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
  return refusalReason(code, data) as unknown as Extract<CoreReason, { code: C }>;
}
