const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const MAX_ENTITY_LENGTH = 10;

const fromCodePoint = (digits: string, radix: number): string | undefined => {
  if (digits.length === 0) return undefined;
  for (const char of digits) {
    if (Number.isNaN(Number.parseInt(char, radix))) return undefined;
  }
  const code = Number.parseInt(digits, radix);
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return undefined;
  return String.fromCodePoint(code);
};

/**
 * Decodes the HTML entities that leak into text fields of exported files (`Kahuku High
 * &amp; Intermediate School`): `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and
 * numeric `&#39;` / `&#x27;`. Decodes once (so `&amp;lt;` becomes `&lt;`), leaves unknown
 * or malformed entities as they are, and never throws (anything but a string gives `''`). Use it
 * on names and labels, not on
 * value tokens.
 *
 * @example
 * ```ts
 * decodeHtmlEntities('Kahuku High &amp; Intermediate School'); // 'Kahuku High & Intermediate School'
 * ```
 */
export function decodeHtmlEntities(text: string): string {
  if (typeof text !== 'string') return '';
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp === -1) break;
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp + 1);
    let decoded: string | undefined;
    if (semi !== -1 && semi - amp - 1 <= MAX_ENTITY_LENGTH) {
      const body = text.slice(amp + 1, semi);
      if (body.startsWith('#x') || body.startsWith('#X'))
        decoded = fromCodePoint(body.slice(2), 16);
      else if (body.startsWith('#')) decoded = fromCodePoint(body.slice(1), 10);
      else if (Object.prototype.hasOwnProperty.call(NAMED, body)) decoded = NAMED[body];
    }
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + text.slice(i);
}
