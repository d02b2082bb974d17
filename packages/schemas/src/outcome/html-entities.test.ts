import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities.js';

describe('decodeHtmlEntities', () => {
  it.each([
    ['Kahuku High &amp; Intermediate School', 'Kahuku High & Intermediate School'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['O&#39;Neill &#x27;s&#X27;', "O'Neill 's'"],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&amp;lt;', '&lt;'],
    ['AT&T', 'AT&T'],
    ['&unknown; &#xZZ; &#0; &#55296; &;', '&unknown; &#xZZ; &#0; &#55296; &;'],
    ['fish & chips;', 'fish & chips;'],
    ['no entities', 'no entities'],
  ])('decodes %j', (input, output) => {
    expect(decodeHtmlEntities(input)).toBe(output);
  });

  it('never throws and leaves text without "&" unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const decoded = decodeHtmlEntities(text);
        if (!text.includes('&')) expect(decoded).toBe(text);
        expect(decoded.length).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});
