import { describe, expect, it } from 'vitest';
import { citationField } from '../../src/render/citation.ts';
import { labelsFor } from '../../src/render/labels.ts';

const citation = {
  articleId: 'a',
  title: '제목',
  outlet: '새벽일보',
  date: '2024-05-20',
  text: '문장이다.',
  sentenceIndex: 0,
  score: 1,
};

describe('citation links', () => {
  it('links the article page from the citation when it has a URL', () => {
    const field = citationField({ ...citation, url: 'https://news.example.kr/a?id=1&x=(2)' }, 1, labelsFor('ko'));
    expect(field.value).toBe('> 문장이다.\n— 새벽일보 · 2024-05-20 · [원문](<https://news.example.kr/a?id=1&x=(2)>)');
  });

  it('shows no link without a URL, or for a URL that is not plain http(s)', () => {
    for (const url of [undefined, null, 'javascript:alert(1)', 'https://a.example/<b>', `https://a.example/${'x'.repeat(600)}`]) {
      expect(citationField({ ...citation, url }, 1, labelsFor('en')).value).toBe('> 문장이다.\n— 새벽일보 · 2024-05-20');
    }
  });
});
