import { describe, expect, it } from 'vitest';
import { dedupeSentences, sentenceKey } from '../../src/corpus/dedupe.ts';

const para = (sentences: string[], inSummary = false) => ({ sentences, inSummary });

describe('sentenceKey', () => {
  it('따옴표 모양과 띄어쓰기가 달라도 같은 문장으로 본다', () => {
    expect(sentenceKey("'라운드 테이블'을 개최했다.")).toBe(sentenceKey('‘라운드 테이블’을  개최했다'));
  });
});

describe('dedupeSentences', () => {
  it('두 번 실린 본문은 처음 것만 남긴다', () => {
    const body = ['첫째 문단의 문장이다.', '둘째 문장도 여기 있다.'];
    expect(dedupeSentences([para(body), para(['다른 문단의 문장이다.']), para(body)])).toEqual([
      body,
      ['다른 문단의 문장이다.'],
    ]);
  });

  it('자동요약 블록의 문장은 본문에 있으면 버리고 본문 위치에 남긴다', () => {
    const kept = dedupeSentences([
      para(['결론 문장이 여기에 있다.'], true),
      para(['처음 본문 문장이다.', '결론 문장이 여기에 있다.']),
    ]);
    expect(kept).toEqual([['처음 본문 문장이다.', '결론 문장이 여기에 있다.']]);
  });

  it('한 줄짜리 예고문보다 여러 문장 문단 속 문장을 남긴다', () => {
    const kept = dedupeSentences([para(['수출이 10% 늘었다.']), para(['올해 수출이 크게 늘었다.', '수출이 10% 늘었다.'])]);
    expect(kept).toEqual([['올해 수출이 크게 늘었다.', '수출이 10% 늘었다.']]);
  });

  it('짧은 문장은 다른 문단에서 되풀이돼도 남긴다', () => {
    const kept = dedupeSentences([para(['첫째 긴 문장이 여기 있다.', '그렇다.']), para(['둘째 긴 문장이 저기 있다.', '그렇다.'])]);
    expect(kept).toEqual([
      ['첫째 긴 문장이 여기 있다.', '그렇다.'],
      ['둘째 긴 문장이 저기 있다.', '그렇다.'],
    ]);
  });
});
