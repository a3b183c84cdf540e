import { describe, expect, it } from 'vitest';
import { widenSpan } from '../../../src/answer/span/widen.ts';

function widened(sentence: string, span: string, question = ''): string {
  const start = sentence.indexOf(span);
  const { start: from, end } = widenSpan(sentence, start, start + span.length, question.replace(/\s+/gu, '').toLowerCase());
  return sentence.slice(from, end);
}

describe('widenSpan', () => {
  it('앞의 맨 명사를 붙여 명사구를 온전히 한다', () => {
    expect(widened('CIC는 바이오헬스 업계의 네트워킹 1번지로 손꼽힌다.', '1번지')).toBe('네트워킹 1번지');
    expect(widened('한미 관계는 포괄적 전략동맹으로 발전했다.', '전략동맹')).toBe('포괄적 전략동맹');
  });

  it('조사가 붙은 어절, 관형형, 부사 앞에서 멈춘다', () => {
    expect(widened('업계의 허브로 불린다.', '허브')).toBe('허브');
    expect(widened('스타트업을 위한 지원 사업이다.', '지원')).toBe('지원');
    expect(widened('가장 큰 시장이다.', '시장')).toBe('시장');
    expect(widened('이번 행사에서 만났다.', '행사')).toBe('행사');
  });

  it('문장부호를 건너지 않고, 질문이 이미 말한 낱말은 붙이지 않는다', () => {
    expect(widened('보스턴, 클러스터를 찾았다.', '클러스터')).toBe('클러스터');
    expect(widened('보스턴 클러스터를 찾았다.', '클러스터', '보스턴 어디 갔어')).toBe('클러스터');
    expect(widened('보스턴 클러스터를 찾았다.', '클러스터', '어디 갔어')).toBe('보스턴 클러스터');
  });

  it('두 어절, 서른 글자까지만 넓힌다', () => {
    expect(widened('가나 다라 마바 사아를 봤다.', '사아')).toBe('다라 마바 사아');
  });
});
