import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromRecord, parsePage, splitSentences } from '../../src/corpus/index.ts';

/** Korean-news-like text: syllables, spaces, sentence punctuation, quotes, digits, newlines. */
const pieces = fc.constantFrom(
  '정부는', ' ', '발표했다', '.', '. ', '?', '!', '“', '”', '‘', '’', '"', "'", '「', '」', '2.59', 'D.C.', '2023. 5. 4.',
  '\n', '- ', '[헤럴드경제=김용훈 기자] ', '댓글', 'ⓒ 조선비즈', 'a@b.com', '(사진 제공 : 부처)', '했어요', '(', ')',
);
const koreanText = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('splitSentences (properties)', () => {
  it('문장을 이어 붙이면 공백을 빼고 원문과 같다 (글자를 잃거나 더하지 않는다)', () => {
    fc.assert(
      fc.property(koreanText, (text) => {
        const sentences = splitSentences(text);
        expect(squeeze(sentences.join(''))).toBe(squeeze(text));
        for (const sentence of sentences) expect(sentence).toBe(sentence.trim());
      }),
    );
  });
});

describe('parsePage and articleFromRecord (properties)', () => {
  it('never throw, and number sentences consistently', () => {
    fc.assert(
      fc.property(koreanText, fc.string(), (text, noise) => {
        for (const article of [parsePage('p', text), parsePage('q', noise), articleFromRecord({ id: 'r', title: 't', text })]) {
          if (article === null) continue;
          expect(article.sentences.length).toBeGreaterThan(0);
          article.sentences.forEach((sentence, i) => {
            expect(sentence.index).toBe(i);
            expect(sentence.text.trim()).not.toBe('');
            expect(article.paragraphs[sentence.paragraphIndex]).toContain(sentence.text);
          });
        }
      }),
      // Once found by a random seed: every sentence of the body dropped, yet an article came back.
      { examples: [['a@b.comⓒ 조선비즈발표했다', '']] },
    );
  });

  it('a body whose every sentence is chrome is no article (null), from a page or a record', () => {
    for (const text of ['a@b.comⓒ 조선비즈발표했다', '제목\na@b.comⓒ 조선비즈발표했다']) {
      expect(parsePage('p', `제목\n${text}`)).toBeNull();
      expect(articleFromRecord({ id: 'r', title: 't', text })).toBeNull();
    }
  });
});
