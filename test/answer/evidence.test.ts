import { describe, expect, it } from 'vitest';
import { contentWords, isTopicWordPresent, isWordPresent, questionSupport, topicSupport, topicWords } from '../../src/answer/evidence.ts';

describe('isWordPresent', () => {
  it('띄어쓰기와 조사가 달라도 낱말을 찾는다', () => {
    expect(isWordPresent('랩허브', 'K-바이오 랩 허브를 인천 송도에 짓는다.')).toBe(true);
  });
  it('오타(자모 한 개)를 허용한다', () => {
    expect(isWordPresent('대웅재약', '대웅제약은 계약을 체결했다.')).toBe(true);
  });
  it('초성만 쓴 낱말을 찾는다', () => {
    expect(isWordPresent('ㄷㅇㅈㅇ', '대웅제약은 계약을 체결했다.')).toBe(true);
  });
  it('없는 낱말은 없다고 한다', () => {
    expect(isWordPresent('기준금리', '대웅제약은 계약을 체결했다.')).toBe(false);
    expect(isWordPresent('mou', '대웅제약은 계약을 체결했다.')).toBe(false);
  });
});

describe('topicSupport', () => {
  it('counts the share of topic words present', () => {
    const words = contentWords('국빈 방문 투자 유치');
    expect(topicSupport(words, '12년 만의 국빈 방문이다. 59억 달러의 투자 유치와 MOU 체결')).toBe(1);
    expect(topicSupport(words, '투자 유치 상담회가 열렸다.')).toBe(0.5);
  });
  it('한 음절 낱말은 내용어로 치지 않는다', () => {
    expect(contentWords('랩허브 직원 수')).toEqual(['랩허브', '직원']);
  });
  it('의존 명사와 조사는 빼되, 의존 명사로 시작하는 낱말은 남긴다 ("수매", "중국", "수출")', () => {
    expect(contentWords('지금까지 수매 것은 수는 중에')).toEqual(['지금까지', '수매']);
    expect(contentWords('중국 수출 비중')).toEqual(['중국', '수출', '비중']);
  });
  it('"왜 이렇게", "그렇게": 가리키는 말은 내용어가 아니다', () => {
    expect(contentWords('빈집 이렇게 늘어난')).toEqual(['빈집', '늘어난']);
  });
});

describe('topicWords', () => {
  it('말뭉치가 정의한 별칭을 한 낱말의 다른 꼴로 묶는다', () => {
    const aliases = new Map([['캠브리지이노베이션센터', ['cic']]]);
    const topic = topicWords('캠브리지 이노베이션 센터 시작', {
      aliasesOf: (phrase) => aliases.get(phrase.replace(/\s+/gu, '')) ?? [],
    });
    expect(topic.words.map((word) => word.text)).toEqual(['캠브리지 이노베이션 센터', '시작']);
    expect(isTopicWordPresent(topic.words[0]!, 'CIC는 1999년 시작한 공유오피스다.')).toBe(true);
  });

  it('초점과 동사는 있으면 세고 없어도 막지 않는다', () => {
    const topic = topicWords('헤이그의 부인', { focus: '부인' });
    expect(questionSupport(topic, '헤이그는 1979년 나토 사령관이 되었다.')).toBe(1);
    const verbs = topicWords('업무협약 맺은', { predicates: ['맺은'] });
    expect(questionSupport(verbs, '30여 개 기관과 업무협약을 체결했다.')).toBe(1);
  });
});
