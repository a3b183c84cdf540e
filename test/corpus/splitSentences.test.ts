import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/index.ts';

describe('splitSentences', () => {
  it('다./요./까? 로 끝나는 문장을 나눈다', () => {
    expect(splitSentences('행사가 열렸다. 정말 좋았어요. 다시 갈까? 그렇다!')).toEqual([
      '행사가 열렸다.',
      '정말 좋았어요.',
      '다시 갈까?',
      '그렇다!',
    ]);
  });

  it('따옴표 안에서 끝난 문장은 인용 뒤 서술어까지 한 문장이다', () => {
    const text = '그는 “수출이 늘 것이다. 성공으로 이어질 것이다.”라고 전했다. 다음 문장이다.';
    expect(splitSentences(text)).toEqual([
      '그는 “수출이 늘 것이다. 성공으로 이어질 것이다.”라고 전했다.',
      '다음 문장이다.',
    ]);
  });

  it('「」 와 작은따옴표 인용도 함께 묶는다', () => {
    expect(splitSentences('그는 「좋다.」고 말했다. 끝났다.')).toEqual(['그는 「좋다.」고 말했다.', '끝났다.']);
    expect(splitSentences("한미동맹은 '가치동맹이다.'라고 했다. 끝났다.")).toEqual([
      "한미동맹은 '가치동맹이다.'라고 했다.",
      '끝났다.',
    ]);
  });

  it('인용이 문장 끝에서 닫히고 띄어 쓰면 거기서 나눈다', () => {
    expect(splitSentences('그는 “좋다.” 그리고 떠났다.')).toEqual(['그는 “좋다.”', '그리고 떠났다.']);
  });

  it('소수점, 약어, 날짜에서는 나누지 않는다', () => {
    expect(splitSentences('약 2.59km²이다. 워싱턴 D.C. 본부에서 만났다. 2023. 5. 4. 발표했다. 4.26(수) 열렸다.')).toEqual([
      '약 2.59km²이다.',
      '워싱턴 D.C. 본부에서 만났다.',
      '2023. 5. 4. 발표했다.',
      '4.26(수) 열렸다.',
    ]);
  });

  it('짝이 없는 따옴표가 문단 전체를 삼키지 않는다', () => {
    expect(splitSentences('그는 "좋다고 했다. 다음 날 떠났다. 끝났다.')).toEqual([
      '그는 "좋다고 했다.',
      '다음 날 떠났다.',
      '끝났다.',
    ]);
  });

  it('splits English sentences but not abbreviations', () => {
    expect(splitSentences('The fund was approved. It opens in May.')).toEqual(['The fund was approved.', 'It opens in May.']);
    expect(splitSentences('Washington D.C. hosted it.')).toEqual(['Washington D.C. hosted it.']);
  });

  it('collapses whitespace and returns nothing for a blank paragraph', () => {
    expect(splitSentences('  가나다   라마바다.  ')).toEqual(['가나다 라마바다.']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('끝맺음 부호 없는 마지막 조각도 문장으로 남긴다', () => {
    expect(splitSentences('첫 문장이다. 마련됐다')).toEqual(['첫 문장이다.', '마련됐다']);
  });
});
