/**
 * Chat questions answered right or not at all (issue 15, "never wrong"): a name only another article
 * writes is not answered from this one's figure; a topic of a verb and the noun asked still finds its
 * sentence; 일시 before a verb is "temporarily", not a date; a past question is not answered with next
 * year's dates nor a "다음 경기" question with the game just reported; a name or a party asked is no
 * sentence that names none. Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'game', title: '누리게임즈 3분기 실적', outlet: '가상경제', author: null, date: '2026-11-06', url: null },
      [
        ['누리게임즈는 연결 기준 올해 3분기 매출 2,310억원, 영업이익 412억원을 기록했다고 6일 공시했다.'],
        ['신작 흥행이 실적을 이끌었다고 회사는 설명했다.'],
      ],
    ),
    buildArticle(
      { id: 'ship', title: '한결조선해양, 컨테이너선 6척 수주', outlet: '가상경제', author: null, date: '2026-11-07', url: null },
      [
        ['한결조선해양은 유럽 선사와 컨테이너선 6척에 대한 건조 계약을 맺었다고 7일 공시했다.'],
        ['계약 금액은 약 1조1천억 원이다.'],
      ],
    ),
    buildArticle(
      { id: 'snow', title: '폭설 피해 눈덩이', outlet: '가상일보', author: null, date: '2026-12-09', url: null },
      [
        ['사흘째 이어진 폭설로 빙판길 낙상과 교통사고 등으로 다친 사람은 23명으로 집계됐다.'],
        ['붕괴 위험 등으로 5개 시군에서 주민 412명이 마을회관 등으로 일시 대피했다.'],
      ],
    ),
    buildArticle(
      { id: 'fest', title: '별빛축제 막 내려', outlet: '가상일보', author: null, date: '2026-10-20', url: null },
      [
        ['제5회 가온 별빛축제가 열흘 일정을 마치고 18일 폐막했다.'],
        ['군은 내년 10월 7일부터 16일까지 제6회 축제를 열 계획이다.'],
      ],
    ),
    buildArticle(
      { id: 'hoop', title: '해오름, 연장 끝에 5연승', outlet: '가상스포츠', author: null, date: '2026-11-06', url: null },
      [
        ['해오름은 5일 해오름체육관에서 열린 정규리그 경기에서 바다솔을 88-85로 이겼다.'],
        ['이날 승리로 해오름은 시즌 11승 4패가 됐다.'],
      ],
    ),
    buildArticle(
      { id: 'poll', title: '가온군수 재선거 접전', outlet: '가상일보', author: null, date: '2026-12-01', url: null },
      [
        ['가온군수 재선거를 앞두고 윤하람 후보와 서지율 후보가 오차범위 안에서 접전을 벌이는 것으로 나타났다.'],
        ['윤 후보와 서 후보의 가상 대결에서는 윤 후보 41.2%, 서 후보 40.8%로 초박빙 양상을 보였다.'],
      ],
    ),
    buildArticle(
      { id: 'tour', title: '아르떼 월드투어 확정', outlet: '가상연예', author: null, date: '2026-11-20', url: null },
      [
        ['정규 2집은 발매 첫 주에만 164만 장이 팔렸다.'],
        ['가온투자증권의 민서하 연구원은 이번 투어의 티켓 매출만 1,240억 원에 이를 것으로 추산했다.'],
        ['정년은 현행 62세에서 63세로 늘어나고, 명절 상여금 40만 원이 새로 지급된다.'],
        ['한빛시 남구 전세사기 피해자 대책위원회 위원장 도하진 씨는 "판결을 환영한다"고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'ipo', title: '새벽마켓 코스피 상장 추진', outlet: '가상경제', author: null, date: '2026-11-26', url: null },
      [
        ['공모가 희망 범위는 1만9천∼2만3천 원이었다.'],
        ['이번 공모 주식 수는 840만 주이며, 공모 금액은 1,900억 원이다.'],
        ['상장 후 시가총액은 약 1조2,600억 원으로 추산된다.'],
        ['새벽마켓은 공모 자금 가운데 900억 원을 경기 이천시에 물류센터를 짓는 데 쓸 계획이다.'],
        ['대한백신학회(Korean Vaccine Society) 연하율 이사장은 "상장과 무관하다"고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'forum', title: '한미 바이오 포럼 성황', outlet: '가상바이오신문', author: null, date: '2026-04-29', url: null },
      [
        ['1부에서는 누리헬스와 구름AI가 디지털 헬스케어 업무협약을 맺었다.'],
        ['2부에서는 신약 후보물질 기술 수출 계약(한빛제약, 약 4,100억 원 규모) 등 총 8건의 체결식이 진행됐다.'],
        ['5월 3일 기준 투자 상담회에서 유치를 논의 중인 규모는 620억 원이다.'],
      ],
    ),
    buildArticle(
      { id: 'box', title: '별의 노래, 2주 연속 정상', outlet: '가상연예', author: null, date: '2026-11-09', url: null },
      [
        ['영화 \'별의 노래\'가 개봉 2주 차 주말에도 박스오피스 정상을 지켰다.'],
        ['\'별의 노래\'는 지난 주말 사흘 동안 52만1,300명을 모았다.'],
      ],
    ),
    buildArticle(
      { id: 'debt', title: '가온국 재정', outlet: '가상백과', author: null, date: '2026-01-01', url: null },
      [['2010년 가온국 정부의 채무가 400조 원을 돌파하였다.']],
    ),
    buildArticle(
      { id: 'hike', title: '해솔산 등반기', outlet: '가상백과', author: null, date: '2026-01-02', url: null },
      [['원정대는 해발 3천 m를 넘어섰으며 이튿날 정상에 올랐다.']],
    ),
    buildArticle(
      { id: 'trade', title: '11월 반도체 수출 역대 최대', outlet: '가상경제', author: null, date: '2026-12-01', url: null },
      [
        ['지난달 반도체 수출액은 150억2천만 달러로 1년 전보다 21.4% 늘었다.'],
        ['메모리 가운데 D램 수출은 66억1천만 달러로 39.7% 증가했다.'],
        ['베트남 수출은 24억3천만 달러로 51.2% 늘며 주요국 가운데 가장 가파르게 증가했다.'],
        ['반면 반도체 제조장비 수입은 18억4천만 달러로 9.8% 줄었다.'],
      ],
    ),
  ]);
});

describe('a name only another article writes', () => {
  it('is not answered with this article\'s figure', async () => {
    const answer = await engine.answer('한결 3분기 영업이익 얼마래?');
    expect(answer.answer).not.toBe('412억원');
    expect(answer.found).toBe(false);
  });
  it('a verb another article writes (넘어섰으며) is no name', async () => {
    expect((await engine.answer('2010년 가온국 정부의 채무는 얼마를 넘어섰는가?')).answer).toBe('400조 원');
  });
  it('the article that writes it still answers', async () => {
    const answer = await engine.answer('누리게임즈 3분기 영업이익 얼마래?');
    expect(answer.answer).toBe('412억원');
  });
});

describe('chat topics and cue words', () => {
  it('a topic of only a verb and the noun asked finds its sentence', async () => {
    const answer = await engine.answer('다친 사람 몇명임');
    expect(answer.answer).toBe('23명');
  });
  it('일시 before a verb is temporarily, and the count is asked', async () => {
    const answer = await engine.answer('이번 폭설로 일시 대피한 주민은 몇 명인가?');
    expect(answer.intent).toBe('count');
    expect(answer.answer).toBe('412명');
  });
});

describe('an answer of the other time', () => {
  it('a past festival is not answered with next year\'s dates', async () => {
    const answer = await engine.answer('별빛축제 언제부터 언제까지였어');
    expect(answer.answer ?? '').not.toContain('내년');
  });
  it('the next game is not the one just reported', async () => {
    const answer = await engine.answer('해오름 다음 경기 언제?');
    expect(answer.answer).not.toBe('5일');
    expect((await engine.answer('해오름의 다음 경기가 열리는 장소는 어디인가?')).answer).not.toBe('해오름체육관');
  });
});

describe('a slot asked is no sentence that fills none', () => {
  it('무슨 당 asks a party by name', async () => {
    const answer = await engine.answer('서지율 무슨 당이야');
    expect(answer.found).toBe(false);
  });
  it('a title asked (직책) is a slot', async () => {
    const answer = await engine.answer('윤하람 후보의 이전 직책은 무엇인가?');
    expect(answer.found).toBe(false);
  });
});

describe('chat spellings and frames', () => {
  it('a past verb typed with ㅅ for ㅆ (줄엇어) asks the same', async () => {
    expect((await engine.answer('반도체 장비 수입 몇프로 줄엇어')).answer).toBe('9.8%');
  });
  it('an export asked is not answered by an import figure (the other side of the pair)', async () => {
    expect((await engine.answer('베트남으로의 11월 반도체 수출액은 얼마였나?')).answer).not.toBe('18억4천만 달러');
    expect((await engine.answer('베트남 반도체 수출 얼마임')).answer).not.toBe('18억4천만 달러');
  });
  it('the frame of a change (전년 동월 대비) is not required of the article', async () => {
    expect((await engine.answer('11월 D램 수출은 전년 동월 대비 몇 % 증가했나?')).answer).toBe('39.7%');
  });
  it('이날 points at the story\'s day, not a topic word', async () => {
    expect((await engine.answer('해오름은 이날 승리로 시즌 몇 승이 됐나?')).answer).toContain('11승');
  });
  it('an acronym no article writes is what the question is about', async () => {
    const answer = await engine.answer('TSMC 11월 반도체 수출액 얼마래?');
    expect(answer.found).toBe(false);
  });
});

describe('chat words the articles say otherwise', () => {
  it('판매량 is written as what was sold (팔렸다)', async () => {
    expect((await engine.answer('정규 2집의 발매 첫 주 판매량은 얼마인가?')).answer).toBe('164만 장');
  });
  it('누구 asks a person even when the question names a money word (매출)', async () => {
    const answer = await engine.answer('이번 투어의 티켓 매출을 추산한 연구원은 누구인가?');
    expect(answer.intent).toBe('person');
    expect(answer.answer).toContain('민서하');
  });
  it('a verb made a noun in chat (생김) is no topic word', async () => {
    expect((await engine.answer('명절 상여금 얼마 새로 생김?')).answer).toBe('40만 원');
  });
});

describe('market chat', () => {
  it('희망밴드 and 시총 are the articles\' 희망 범위 and 시가총액', async () => {
    expect((await engine.answer('희망밴드 얼마였어?')).answer).toContain('1만9천');
    expect((await engine.answer('상장후 시총 얼마래?')).answer).toContain('1조2,600억 원');
  });
  it('건립 is written 짓는 데', async () => {
    expect((await engine.answer('이천 물류센터 건립에 쓰일 공모 자금은 얼마인가?')).answer).toBe('900억 원');
  });
  it('몇 주 beside 주식 counts shares, not weeks', async () => {
    const answer = await engine.answer('공모주식 몇주야');
    expect(answer.intent).toBe('count');
    expect(answer.answer).toBe('840만 주');
  });
  it('a verb before 는 (이끄는) is the question\'s verb, not a topic word', async () => {
    expect((await engine.answer('연하율 이사장이 이끄는 단체는 어디인가?')).answer).toContain('대한백신학회');
  });
});

describe('a figure told of another name, a date told as of', () => {
  it('a deal\'s figure bound to another company does not answer for the companies asked', async () => {
    expect((await engine.answer('누리헬스 구름AI 협약 규모 얼마야?')).answer).not.toBe('약 4,100억 원');
    expect((await engine.answer('한빛제약 기술 수출 계약 규모 얼마야?')).answer).toBe('약 4,100억 원');
  });
  it('a date a tally is counted as of is not when the event was held', async () => {
    expect((await engine.answer('투자 상담회 몇일에 열렸어')).answer ?? '').not.toContain('5월 3일');
  });
});

describe('a rank the question states', () => {
  it('the first is not the answer for the second', async () => {
    expect((await engine.answer('지난 주말 박스오피스 2위를 차지한 영화는 무엇인가?')).answer).not.toBe('별의 노래');
  });
});
