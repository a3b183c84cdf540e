/**
 * Text repeated from a user (or an article) is inert: no masked link, spoiler, code block or heading
 * comes alive in the bot's own message; invisible characters and lone surrogates do not come back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFacts, renderQuotes } from '../../src/render/index.ts';
import { inert } from '../../src/render/echo.ts';

/** A `[text](url)` Discord would render as a link: an unescaped `[`, then `](` with nothing escaped. */
const LIVE_MASKED_LINK = /(?<!\\)(?:\\\\)*\[[^\]]*(?<!\\)(?:\\\\)*\]\(/;

describe('inert', () => {
  it('breaks masked links, spoilers, code, emphasis, headings, quotes and subtext', () => {
    expect(inert('[공지](http://evil.example)')).toBe('\\[공지\\](http://evil.example)');
    expect(inert('[x](<http://a.example>)')).toBe('\\[x\\](<http://a.example>)');
    expect(inert('||스포|| **굵게** `코드` ~~취소~~')).toBe('\\|\\|스포\\|\\| \\*\\*굵게\\*\\* \\`코드\\` \\~\\~취소\\~\\~');
    expect(inert('```js\nalert(1)\n```')).toBe('\\`\\`\\`js alert(1) \\`\\`\\`');
    expect(inert('# 제목')).toBe('\\# 제목');
    expect(inert('> 인용')).toBe('\\> 인용');
    expect(inert('-# 작게')).toBe('\\-# 작게');
    expect(inert('\\[a](http://b.example)')).not.toMatch(LIVE_MASKED_LINK);
  });

  it('drops format characters and repairs lone surrogates; keeps Korean as typed', () => {
    expect(inert('랩\u200B허브\u202E\uD800')).toBe('랩허브\uFFFD');
    expect(inert('K-바이오 랩허브 예산 2,700억 원')).toBe('K-바이오 랩허브 예산 2,700억 원');
  });

  it('never leaves a live masked link or a lone surrogate (property)', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '\\', '<', '>', 'http://x.example', '공지', '*', '|', '`', ' ', '\n', '\uD800', '\u200B');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const out = inert(pieces.join(''));
        expect(out).not.toMatch(LIVE_MASKED_LINK);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });
});

describe('"not found" replies repeat the input inertly', () => {
  it('/quote and /facts', () => {
    const hostile = '[공지](http://evil.example) ||스포|| ```x```';
    for (const payload of [renderQuotes(hostile, []), renderFacts(hostile, [])]) {
      expect(payload.content).toContain('\\[공지\\](http://evil.example)');
      expect(payload.content).not.toMatch(LIVE_MASKED_LINK);
      expect(payload.content).not.toContain('||');
      expect(payload.allowedMentions).toEqual({ parse: [] });
    }
  });
});
