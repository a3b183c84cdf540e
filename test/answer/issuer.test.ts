/**
 * A press release no outlet ran names its issuer as the source (src/answer/issuer.ts), read from
 * how press releases open; an article an outlet ran, or one that names no issuer, names none.
 * Articles written for this suite.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { pressReleaseIssuer } from '../../src/answer/issuer.ts';
import { sourceLine } from '../../src/render/citation.ts';
import { labelsFor } from '../../src/render/labels.ts';

function article(title: string, sentences: string[], outlet: string | null = null, author: string | null = null): Article {
  return {
    id: 'a',
    title,
    outlet,
    author,
    date: '2024-03-02',
    url: null,
    paragraphs: sentences,
    sentences: sentences.map((text, index) => ({ articleId: 'a', index, paragraphIndex: index, text })),
  };
}

describe('pressReleaseIssuer', () => {
  it('reads the self-introduction "기관(장관 홍길동, 이하 약칭)은"', () => {
    const release = article('해양 쓰레기 줄인다', [
      '항만 정화선이 부산항에 배치됐다.',
      '해양수산부(장관 김바다, 이하 해수부)는 2일 항만 정화 계획을 발표했다.',
    ]);
    expect(pressReleaseIssuer(release)).toBe('해양수산부');
  });

  it('reads a headline opening with the organization that is a lead sentence\'s subject', () => {
    const release = article('특허청, 중소기업 특허 지원 확대', ['특허청은 올해 중소기업 특허 지원 예산을 늘린다고 밝혔다.']);
    expect(pressReleaseIssuer(release)).toBe('특허청');
  });

  it('names none for an article an outlet ran, or one without the opening', () => {
    expect(pressReleaseIssuer(article('특허청, 특허 지원 확대', ['특허청은 지원을 늘린다고 밝혔다.'], '한빛일보'))).toBeNull();
    expect(pressReleaseIssuer(article('봄꽃 축제 개막', ['시민들이 공원에 모였다.', '축제는 다음 주까지 이어진다.']))).toBeNull();
    // A headline's first word that is not an organization is not an issuer.
    expect(pressReleaseIssuer(article('서울, 봄꽃 만개', ['서울은 봄꽃이 만개했다.']))).toBeNull();
  });

  it('is shown as the source where an outlet would be', () => {
    expect(sourceLine({ outlet: null, date: '2024-03-02', issuer: '해양수산부' }, labelsFor('ko'))).toBe('해양수산부 보도자료 · 2024-03-02');
    expect(sourceLine({ outlet: null, date: null, issuer: '해양수산부' }, labelsFor('en-US'))).toBe('해양수산부 press release');
    expect(sourceLine({ outlet: '한빛일보', date: null, issuer: null })).toBe('한빛일보');
  });
});
