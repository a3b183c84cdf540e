import { describe, expect, it } from 'vitest';
import { articleFromRecord, articleRecordSchema } from '../../src/corpus/index.ts';

describe('articleFromRecord', () => {
  it('keeps the whole text of a clean paragraph as body', () => {
    const text = '1989년 2월 15일 시위를 주도한 혐의로 지명수배되었다. 같은 해 6월 30일 혐의가 추가되었다(창세 16:7).';
    const article = articleFromRecord({ id: 'k1', title: '임종석', text })!;
    expect(article.sentences.map((s) => s.text).join(' ')).toBe(text);
    expect(article).toMatchObject({ id: 'k1', title: '임종석', outlet: null, author: null, date: null, url: null });
  });

  it('lets record fields win over the text, and normalizes the date', () => {
    const text = '[헤럴드경제=김용훈 기자] 계약을 체결했다.\nCopyright © 헤럴드경제';
    const article = articleFromRecord({
      id: 'r',
      title: '제목',
      text,
      outlet: '코리아헤럴드',
      date: '2024. 1. 2. 09:00',
      url: 'https://example.com/a',
    })!;
    expect(article).toMatchObject({ outlet: '코리아헤럴드', author: '김용훈', date: '2024-01-02', url: 'https://example.com/a' });
    expect(article.sentences.map((s) => s.text)).toEqual(['계약을 체결했다.']);
  });

  it('reads a date the record gives in another format as null when it is not a date', () => {
    expect(articleFromRecord({ id: 'r', title: 't', text: '문장이다.', date: '어제' })!.date).toBeNull();
  });

  it('returns null for an invalid record or one without body', () => {
    expect(articleFromRecord({ id: 'r', title: 't' })).toBeNull();
    expect(articleFromRecord({ id: 'r', title: 't', text: '공유하기' })).toBeNull();
    expect(articleRecordSchema.safeParse({ id: 'r', title: 't', text: '   ' }).success).toBe(false);
    expect(articleRecordSchema.safeParse({ id: 'r', title: 't', text: 'x', author: null }).success).toBe(true);
  });
});
