import type { EventBase } from '@community-excellence/cohorts';
import { parseJson } from '../commands/json-position.js';

/** The `--event` option read: an event object for the machine, or why it cannot be one. */
export type ParsedEvent =
  | { readonly ok: true; readonly event: EventBase }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the `--event` option: a JSON object with at least a string `type`
 * (`{"type":"assign-mentor","communityId":"riverbend","mentorId":"mentor-omar-haddad","at":"2026-05-01"}`),
 * or a bare event type (`advance`) for events without fields. The machine checks the rest.
 *
 * @example
 * ```ts
 * parseEvent('advance');                                   // { ok: true, event: { type: 'advance' } }
 * parseEvent('{"type":"advance","at":"2026-10-14"}').ok;   // true
 * parseEvent('{"type":').ok;                               // false (malformed JSON, with the column)
 * ```
 */
export function parseEvent(text: string): ParsedEvent {
  const trimmed = text.trim();
  if (/^[a-z][a-z0-9-]*$/i.test(trimmed)) return { ok: true, event: { type: trimmed } };
  if (!trimmed.startsWith('{'))
    return {
      ok: false,
      message:
        'expected a JSON object such as {"type":"advance","at":"2026-10-14"} or a bare event type such as advance',
    };
  const parsed = parseJson(trimmed);
  if (!parsed.ok)
    return { ok: false, message: `malformed JSON at column ${parsed.column}: ${parsed.message}` };
  const value = parsed.value;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    typeof (value as { type?: unknown }).type !== 'string'
  ) {
    return { ok: false, message: 'the event must be a JSON object with a string "type"' };
  }
  return { ok: true, event: value as EventBase };
}
