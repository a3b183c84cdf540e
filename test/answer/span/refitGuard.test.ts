/**
 * What the refit scorer may not answer an open question with (src/answer/span/refitGuard.ts), and
 * what a chosen span is cut down to (src/answer/span/trim.ts). Invented sentences, not the seeds.
 */
import { describe, expect, it } from 'vitest';
import type { SpanCandidate } from '../../../src/answer/span/candidates.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { genericOfFocus, inQuestionsPhrase, insideQuote, particleAfter, refitRefuses, secondOfPair } from '../../../src/answer/span/refitGuard.ts';
import { trimSpan } from '../../../src/answer/span/trim.ts';

function span(sentence: string, text: string): SpanCandidate {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`${text} not in the sentence`);
  return { start, end: start + text.length, text, eojeols: text.split(' ').length, tail: '', quoted: false, facts: [] };
}

describe('the refit scorer refuses', () => {
  it('a subject for an object asked, also after a parenthesis', () => {
    const sentence = '미래혁신부(혁신부)는 내년부터 청년 창업 지원을 두 배로 늘리겠다고 밝혔다.';
    expect(particleAfter(sentence, '미래혁신부'.length)).toBe('는');
    const question = readSpanQuestion('정부가 청년 창업에 뭘 하겠다고 했어?', 'open');
    expect(refitRefuses(span(sentence, '미래혁신부'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '청년 창업 지원'), sentence, question)).toBe(false);
  });

  it("a name inside the question's own noun phrase (X를 비롯한 정부)", () => {
    const sentence = '윤가온 장관은 “미래혁신부를 비롯한 정부가 모든 지원을 아끼지 않겠다”고 말했다.';
    const question = readSpanQuestion('윤가온 장관 정부가 뭘 하겠다고 했지?', 'open');
    expect(inQuestionsPhrase(span(sentence, '미래혁신부'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '미래혁신부'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '모든 지원'), sentence, question)).toBe(false);
  });

  it('words inside a quotation for a person asked', () => {
    const sentence = '한도윤 시장은 "이번 확장은 누리항이 동북아 물류 거점으로 도약하는 전환점"이라고 말했다.';
    const question = readSpanQuestion('"동북아 물류 거점으로 도약하는 전환점"이라고 말한 사람은 누구인가?', 'open');
    const at = sentence.indexOf('동북아 물류 거점');
    expect(insideQuote(sentence, at, at + 4)).toBe(true);
    expect(refitRefuses(span(sentence, '동북아 물류 거점'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '한도윤 시장'), sentence, question)).toBe(false);
  });

  it('the asked noun behind generic words: the kind, not a name of it', () => {
    const sentence = '국내 바이오기업 누리바이오가 개발한 백신이 임상 3상에서 효과를 보였다.';
    const question = readSpanQuestion('백신을 개발한 기업은 어디인가?', 'open');
    expect(genericOfFocus(span(sentence, '국내 바이오기업'), question)).toBe(true);
    expect(refitRefuses(span(sentence, '국내 바이오기업'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '누리바이오'), sentence, question)).toBe(false);
  });

  it('a bare date for a question that asks a place, and a word for one that asks a time', () => {
    const sentence = '김하늘 대표는 28일 가온시의 한 호텔에서 투자 설명회를 열었다.';
    const place = readSpanQuestion('투자 설명회를 연 호텔은?', 'open');
    expect(refitRefuses(span(sentence, '28일'), sentence, place)).toBe(true);
    const when = readSpanQuestion('투자 설명회를 언제 열었어?', 'open');
    expect(refitRefuses(span(sentence, '28일'), sentence, when)).toBe(false);
    expect(refitRefuses(span(sentence, '투자 설명회'), sentence, when)).toBe(true);
    // A name that starts with a figure is no bare figure.
    const name = readSpanQuestion('김하늘 대표가 연 행사는?', 'open');
    const other = '김하늘 대표는 28일 3000 클럽 행사를 열었다.';
    expect(refitRefuses(span(other, '3000 클럽'), other, name)).toBe(false);
  });
});

describe('the refit scorer refuses on news questions', () => {
  it('a figure without a currency for an amount asked', () => {
    const sentence = '지난해 가온시를 덮친 호우 피해의 복구율은 지금도 71%에 머물러 있다.';
    const question = readSpanQuestion('지난해 호우의 피해액은 얼마였나?', 'money');
    expect(refitRefuses(span(sentence, '71%'), sentence, question)).toBe(true);
  });

  it('a room, or the object of the verb, for a person asked', () => {
    const room = '도는 21일 도청 별관 대회의실에서 대책 회의를 열었다.';
    const who = readSpanQuestion('대책 회의 주재한 사람 누구였지?', 'open');
    expect(refitRefuses(span(room, '도청 별관 대회의실'), room, who)).toBe(true);
    const object = '한국 선수가 이 팀 모자를 쓰는 것은 10년 만이다.';
    const player = readSpanQuestion('전에 누리FC 뛴 한국선수 누구였지', 'open');
    expect(refitRefuses(span(object, '모자'), object, player)).toBe(true);
    const named = '가온FC는 공격수 한누리를 일본으로 보냈다.';
    expect(refitRefuses(span(named, '한누리'), named, readSpanQuestion('가온FC가 일본으로 보낸 공격수를 누구라고 했어? 누구를 보냈어?', 'open'))).toBe(false);
  });

  it('a count in another counter than the one asked ("경기 수" answered in 골)', () => {
    const sentence = '그는 국가대표로 A매치 12경기에 출전해 3골을 넣었다.';
    const question = readSpanQuestion('한누리의 A매치 출전 경기 수는?', 'open');
    expect(refitRefuses(span(sentence, '3골'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '12경기'), sentence, question)).toBe(false);
  });

  it("a fragment of a short quoted name", () => {
    const sentence = "연구 결과는 국제학술지 '가온 종양학 리포트(Gaon Oncology Reports)'에 실렸다.";
    const question = readSpanQuestion('연구 결과가 실린 국제학술지는 어디인가?', 'open');
    expect(refitRefuses(span(sentence, '리포트'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '가온 종양학 리포트'), sentence, question)).toBe(false);
  });
});

describe('a chosen span is trimmed', () => {
  const cut = (sentence: string, text: string) => {
    const start = sentence.indexOf(text);
    const { start: from, end } = trimSpan(sentence, start, start + text.length);
    return sentence.slice(from, end);
  };

  it('of a word that only leads into it', () => {
    expect(cut('그는 국회의원 선거에 출마하여 가온시 남구에서 당선되었다.', '출마하여 가온시 남구')).toBe('가온시 남구');
    expect(cut('결국 한누리 선수가 결승골을 넣었다.', '결국 한누리')).toBe('한누리');
    expect(cut('두 나라 사이 누리국이 중재에 나섰다.', '사이 누리국')).toBe('누리국');
  });

  it('of an ending after its figure', () => {
    expect(cut('그는 3살때 가온시로 이사했다.', '3살때')).toBe('3살');
    expect(cut('공사는 2024년 3월부터 시작됐다.', '2024년 3월부터')).toBe('2024년 3월');
    expect(cut('1,200억 원이 투입된다.', '1,200억 원')).toBe('1,200억 원');
  });
});

describe('the refit scorer refuses fragments that name nothing asked', () => {
  it('a bare dependent noun', () => {
    const sentence = '가온시의 추진 주체(누리기술진흥원 등)는 협약을 맺었다.';
    const question = readSpanQuestion('협약 맺은 추진 주체 무슨 진흥원이었지?', 'open');
    expect(refitRefuses(span(sentence, '등'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '누리기술진흥원'), sentence, question)).toBe(false);
  });

  it('the second noun of a pair the question does not name', () => {
    const sentence = '한도윤 시장은 누리항이 평화와 번영을 위해 세운 항구라고 말했다.';
    const question = readSpanQuestion('누리항은 뭘 위해 세운 항구라고 했어?', 'open');
    expect(secondOfPair(span(sentence, '번영'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '번영'), sentence, question)).toBe(true);
    expect(refitRefuses(span(sentence, '평화와 번영'), sentence, question)).toBe(false);
    // The question names the first noun: the second is what it asks.
    const named = readSpanQuestion('누리항은 평화와 무엇을 위해 세운 항구야?', 'open');
    expect(secondOfPair(span(sentence, '번영'), sentence, named)).toBe(false);
  });

  it('a title for a place asked, a numbered part for a company asked', () => {
    const sentence = '윤가온 장관은 미국 누리랩스 보스턴 본부에서 한다온 누리랩스 총괄 사장과 협약을 맺었다.';
    const where = readSpanQuestion('윤가온 장관이 누리랩스와 협약 맺은 곳 어디야?', 'open');
    expect(refitRefuses(span(sentence, '누리랩스 총괄 사장'), sentence, where)).toBe(true);
    const part = '2부에서는 한빛제약의 기술 수출 계약 등 10건의 체결식이 진행됐다.';
    const company = readSpanQuestion('한빛제약 기술 수출한 미국 기업 어디?', 'open');
    expect(refitRefuses(span(part, '2부'), part, company)).toBe(true);
  });

  it('a bare noun of degree, a bare title, a count behind 총 for a company asked', () => {
    const degree = '한도윤 시장은 “세계 최고 수준의 연구진이 모여 세계 최고의 항만 기술을 만들고 있다”고 밝혔다.';
    const what = readSpanQuestion('연구진이 모여 세계 최고의 뭘 만들고 있대?', 'open');
    expect(refitRefuses(span(degree, '수준'), degree, what)).toBe(true);
    expect(refitRefuses(span(degree, '항만 기술'), degree, what)).toBe(false);
    // Asked for the degree itself, the word is the answer's head.
    expect(refitRefuses(span(degree, '수준'), degree, readSpanQuestion('연구진은 어느 수준이래?', 'open'))).toBe(false);
    const titled = '윤가온 장관은 “물류와 제조가 결합 된다면 두 도시 모두에게 상생이 될 것”이라고 강조했다.';
    const become = readSpanQuestion('윤 물류 제조 결합하면 뭐가 된대?', 'open');
    expect(refitRefuses(span(titled, '장관'), titled, become)).toBe(true);
    expect(refitRefuses(span(titled, '상생'), titled, become)).toBe(false);
    expect(refitRefuses(span(titled, '장관'), titled, readSpanQuestion('윤가온 직함이 뭐야?', 'open'))).toBe(false);
    const pacts = '물결테크는 누리항만공사와 자율운항 기술협력 MOU를 체결하는 등 총 7건의 해양 분야 MOU가 체결됐다.';
    const company = readSpanQuestion('물결테크 체결 자율운항 MOU 기업?', 'open');
    expect(refitRefuses(span(pacts, '총 7건'), pacts, company)).toBe(true);
    expect(refitRefuses(span(pacts, '총 7건'), pacts, readSpanQuestion('해양 분야 MOU 몇 건 체결됐어?', 'open'))).toBe(false);
  });

  it('a verb phrase and a lowercase Latin word', () => {
    const sentence = '수비수 한누리는 2016년 누리FC 유니폼을 입고 뛰며 "best square mile on earth"라는 말을 남겼다.';
    const who = readSpanQuestion('전에 누리FC 뛴 한국선수 누구였지', 'open');
    expect(refitRefuses(span(sentence, '유니폼을 입'), sentence, who)).toBe(true);
    const which = readSpanQuestion('최고의 구역이라는 말 들은 곳 어디?', 'open');
    expect(refitRefuses(span(sentence, 'earth'), sentence, which)).toBe(true);
    expect(refitRefuses(span(sentence, '한누리'), sentence, who)).toBe(false);
  });
});
