import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse-event.js';

describe('parseEvent', () => {
  it('reads a bare event type and a JSON event', () => {
    expect(parseEvent('advance')).toEqual({ ok: true, event: { type: 'advance' } });
    expect(
      parseEvent(
        ' {"type":"assign-mentor","communityId":"riverbend","mentorId":"m","at":"2026-05-01"} ',
      ),
    ).toEqual({
      ok: true,
      event: { type: 'assign-mentor', communityId: 'riverbend', mentorId: 'm', at: '2026-05-01' },
    });
  });

  it('refuses malformed JSON (with the column), non-objects and objects without a type', () => {
    const malformed = parseEvent('{"type":');
    expect(malformed.ok).toBe(false);
    expect(!malformed.ok && malformed.message).toMatch(/^malformed JSON at column 9: /);
    expect(parseEvent('[1]').ok).toBe(false);
    expect(parseEvent('{"kind":"advance"}')).toEqual({
      ok: false,
      message: 'the event must be a JSON object with a string "type"',
    });
    expect(parseEvent('two words').ok).toBe(false);
  });
});
