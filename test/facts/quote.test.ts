import { describe, expect, it } from 'vitest';
import { extractPersons } from '../../src/facts/person.ts';
import { extractQuotes, isStatement } from '../../src/facts/quote.ts';
import { article } from './sentence.ts';

/** Quotes of an article given as paragraphs of sentences, with speakers resolved through its people. */
function quotes(paragraphs: string[][]) {
  const { sentences } = article(paragraphs);
  return extractQuotes(sentences, extractPersons(sentences)).map((q) => ({
    value: q.value,
    speaker: q.speaker,
    speakerTitle: q.speakerTitle,
    sentenceIndex: q.sentenceIndex,
    continuedIn: q.continuedIn,
    text: q.text,
  }));
}

describe('extractQuotes', () => {
  it('‘X는 “…”라고 말했다’의 화자를 이름과 직함으로 읽는다 (통신사)', () => {
    expect(quotes([['중기부 조주현 차관은 “미국은 우리 기업들에게 기회의 땅이다”라고 전했다.']])).toEqual([
      {
        value: '미국은 우리 기업들에게 기회의 땅이다',
        speaker: '조주현',
        speakerTitle: '중기부 차관',
        sentenceIndex: 0,
        continuedIn: [],
        text: '“미국은 우리 기업들에게 기회의 땅이다”',
      },
    ]);
  });

  it('‘X는 “…”며, “…”고 밝혔다’의 두 인용은 같은 화자다 (보도자료)', () => {
    const found = quotes([['이영 장관은 “오늘 행사를 통해 우수성을 느낄 수 있었다”며, “정부가 모든 역량을 집중하겠다”고 밝혔다.']]);
    expect(found.map((q) => [q.speaker, q.speakerTitle])).toEqual([
      ['이영', '장관'],
      ['이영', '장관'],
    ]);
  });

  it('짧은 호칭 ‘윤 대통령은’은 기사 속 전체 이름으로 푼다', () => {
    const found = quotes([
      ['윤석열 대통령은 28일 보스턴에서 라운드 테이블을 개최했다.'],
      ['윤 대통령은 “양국 경제 모두에게 윈윈이 될 것”이라고 강조했다.'],
    ]);
    expect(found[0]).toMatchObject({ speaker: '윤석열', speakerTitle: '대통령' });
  });

  it('‘그러면서 “…”라고 당부했다’는 앞 문장의 화자다 (방송)', () => {
    const found = quotes([
      ['윤석열 대통령은 “보스턴은 세계 최고의 클러스터로 거듭나고 있다”고 언급했다.'],
      ['그러면서 “상호 경험을 적극적으로 공유해달라”고 당부했다.'],
    ]);
    expect(found[1]?.speaker).toBe('윤석열');
  });

  it('인용이 뒤에 화자가 오는 ‘“…”고 X는 말했다’를 읽는다 (외신 번역체)', () => {
    const found = quotes([['“금리 인하는 아직 이르다”고 제롬 파월 연준 의장은 말했다.']]);
    expect(found[0]).toMatchObject({ speaker: '제롬 파월', speakerTitle: '연준 의장' });
  });

  it('기관도 화자가 된다: ‘대통령실은 “…”라고 강조했다’', () => {
    const found = quotes([['대통령실은 “정부는 클러스터 육성 정책을 적극 추진할 계획”이라고 강조했다.']]);
    expect(found[0]).toMatchObject({ speaker: '대통령실', speakerTitle: null });
  });

  it('인용된 말의 화자: ‘헨리 포드의 말처럼 “…”’과 ‘“…”이라는 … 헨리 포드의 말처럼’ (칼럼)', () => {
    expect(quotes([['헨리 포드의 말처럼 “함께 모이는 것은 시작, 같이 있는 것은 진전”이다.']])[0]?.speaker).toBe('헨리 포드');
    const after = quotes([['“함께 모이는 것은 시작, 같이 있는 것은 진전, 서로 협력하는 것은 성공”이라는 미국의 기업가 헨리 포드의 말처럼 협력이 중요하다.']]);
    expect(after[0]).toMatchObject({ speaker: '헨리 포드', speakerTitle: '기업가' });
  });

  it('여러 문장에 걸친 인용은 이어 붙이고 continuedIn에 적는다', () => {
    const found = quotes([
      ['김민수 대표는 “올해 매출이 두 배로 늘었다.', '내년에는 해외 시장에 진출하겠다”고 말했다.'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      value: '올해 매출이 두 배로 늘었다. 내년에는 해외 시장에 진출하겠다',
      speaker: '김민수',
      continuedIn: [1],
      text: '“올해 매출이 두 배로 늘었다.',
    });
  });

  it('작은따옴표로 쓴 이름·강조와 짧은 말은 인용이 아니다', () => {
    expect(quotes([['중기부는 ‘K-바이오 랩허브’를 짓고 ‘기회의 땅’이라 불렀다.']])).toEqual([]);
    expect(quotes([['이른바 “윈윈” 전략이다.']])).toEqual([]);
  });

  it('괄호 뒤 조사로 이어진 화자: ‘최고경영자(CEO)는 “…”’ (외신 번역체·보도자료 사진설명)', () => {
    expect(quotes([['팀 쿡 애플 최고경영자(CEO)는 “중국은 여전히 중요한 시장”이라고 말했다.']])[0]).toMatchObject({
      speaker: '팀 쿡',
      speakerTitle: '애플 최고경영자',
    });
    expect(quotes([['이영 중소벤처기업부 장관(오른쪽)은 “협약으로 실증 기회가 넓어질 것”이라고 밝혔다.']])[0]?.speaker).toBe('이영');
  });

  it('‘겸’ 직함의 화자와 단체장 화자를 읽는다 (경제지·지역지)', () => {
    expect(quotes([['최상목 부총리 겸 기획재정부 장관은 이날 “경제 회복에 총력을 다하겠다”고 밝혔다.']])[0]).toMatchObject({
      speaker: '최상목',
      speakerTitle: '부총리 겸 기획재정부 장관',
    });
    expect(quotes([['오세훈 서울시장은 15일 “주택 공급을 늘리겠다”고 말했다.']])[0]).toMatchObject({ speaker: '오세훈', speakerTitle: '서울시장' });
  });

  it('외국인의 성만 쓴 화자는 기사 속 전체 이름으로 푼다 (외신)', () => {
    const found = quotes([['트럼프 대통령은 “관세를 25% 부과하겠다”고 밝혔다.'], ['도널드 트럼프 미국 대통령은 전날 회견에서 이렇게 말했다.']]);
    expect(found[0]).toMatchObject({ speaker: '도널드 트럼프', speakerTitle: '대통령' });
  });

  it('기사에 전체 이름이 없는 ‘김 장관’·‘박 대표’는 쓰인 그대로 화자로 둔다 (방송·온라인)', () => {
    const found = quotes([['박 대표는 “고객 신뢰가 가장 중요하다”며 “품질을 높이겠다”고 강조했다.', '이어 “직원들에게 감사하다”고 전했다.']]);
    expect(found.map((q) => [q.speaker, q.speakerTitle])).toEqual([
      ['박 대표', '대표'],
      ['박 대표', '대표'],
      ['박 대표', '대표'],
    ]);
    expect(quotes([['김 장관은 "올해 안에 마무리하겠다"고 했다.']])[0]?.speaker).toBe('김 장관');
    expect(quotes([['정 회장은 “내년에도 투자를 늘리겠다”고 말했다.']])[0]?.speaker).toBe('정 회장');
  });

  it('인용 뒤 ‘X의 설명이다’·‘~는 게 X의 분석이다’로 밝힌 화자를 읽는다 (신문 해설 기사)', () => {
    const found = quotes([
      ['김민수 서울대 경제학부 교수는 “금리 인하는 아직 이르다”고 말했다.'],
      ['“물가가 안정되지 않았기 때문이다.” 김 교수의 설명이다.'],
    ]);
    expect(found[1]).toMatchObject({ speaker: '김민수', speakerTitle: '교수' });
    expect(quotes([['“수출 회복세가 뚜렷하다”는 게 산업부의 설명이다.']])[0]?.speaker).toBe('산업부');
    expect(quotes([['“하반기 반등이 예상된다”는 것이 증권가의 분석이다.']])[0]?.speaker).toBe('증권가');
  });

  it('익명 화자 ‘A씨’, 이름 없는 직함 화자 ‘한 증권사 연구원’, 약칭 괄호가 붙은 기관의 화자 (사회면·증권면·연구기관)', () => {
    expect(quotes([['A씨는 “갑자기 연락이 끊겼다”고 했다.']])[0]?.speaker).toBe('A씨');
    expect(quotes([['“반도체 업황이 바닥을 쳤다”고 한 증권사 연구원은 분석했다.']])[0]?.speaker).toBe('증권사 연구원');
    expect(quotes([['이에 대해 김영희 한국개발연구원(KDI) 연구위원은 “구조개혁이 시급하다”고 지적했다.']])[0]).toMatchObject({
      speaker: '김영희',
      speakerTitle: '한국개발연구원(KDI) 연구위원',
    });
  });

  it('화자를 알 수 없으면 null로 둔다 (지어내지 않는다)', () => {
    expect(quotes([['“교류를 원한다면 수영복을 준비하라”는 말이 돈다.']])[0]?.speaker).toBeNull();
  });
});

describe('isStatement', () => {
  it('술어로 끝나거나 여러 낱말로 된 8자 이상은 진술이다', () => {
    expect(isStatement('큰 의미가 있다')).toBe(true);
    expect(isStatement('함께 모이는 것은 시작')).toBe(true);
    expect(isStatement('기회의 땅')).toBe(false);
    expect(isStatement('윈윈')).toBe(false);
  });
});
