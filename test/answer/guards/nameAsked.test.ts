/**
 * A name asked, something else shown (src/answer/guards/nameAsked.ts): an organization is not answered
 * by a figure, a person by their post, a word pointing back at a name ("재단") or a span cutting a word;
 * the bot says the articles do not answer and lists the sentence as related. Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import { asksOrganization, notAName } from '../../../src/answer/guards/nameAsked.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'fest', title: '솔내 연꽃축제 관람객 30만 명', outlet: '가상일보', author: null, date: '2025-08-20', url: null },
      [
        ['솔내군 연꽃축제에 열흘 동안 관람객 30만 명이 다녀갔다.'],
        ['재단은 축제 기간 관람객이 쓴 돈을 바탕으로 추산한 지역경제 효과가 210억 원에 이른다고 밝혔다.'],
        ['시민단체인 물길시민모임의 한다솜 사무국장은 "주차 대책이 부족했다"고 지적했다.'],
      ],
    ),
  ]);
});

describe('a name asked is not answered by something else', () => {
  it('a word pointing back at a name said elsewhere is no name', async () => {
    const answer = await engine.answer('지역경제 효과 추산을 발표한 기관은 어디인가?');
    expect(answer.answer).not.toBe('재단');
  });
  it('a person by their post is not the organization asked', async () => {
    const answer = await engine.answer('주차 대책이 부족했다고 지적한 시민단체는 어디인가?');
    expect(answer.answer ?? '').not.toMatch(/사무국장/u);
  });
  it('the reasons, read off a span and its sentence', () => {
    const sentence = '한빛연구원은 이번 인상이 내년 소비자물가 상승률을 끌어올릴 것으로 분석했다.';
    expect(notAName('인상이 소비자물가를 끌어올린다고 분석한 기관은 어디인가?', '내년 소비자물', sentence, 14, 21)).toBe('cut-word');
    expect(notAName('인상이 소비자물가를 끌어올린다고 분석한 기관은 어디인가?', '한빛연구원', sentence, 0, 5)).toBeNull();
    expect(notAName('경매 주택을 제공하는 기관은 어디인가?', '58명', '이 가운데 58명은 입주했다.', 6, 9)).toBe('figure-for-name');
    expect(notAName('앙코르 공연 장소 어디래?', '말 서울', '마지막 무대는 8월 말 서울에서 열린다.', 11, 15)).toBe('opens-with-syllable');
    expect(notAName('앙코르 공연 장소 어디래?', '미 국립보건원', '미 국립보건원에서 열린다.', 0, 7)).toBeNull();
    expect(notAName('한다솜 과장 무슨 과 소속이야?', '솔내군', '솔내군 관광정책과 한다솜 과장은 말했다.', 0, 3)).toBe('not-of-kind');
    expect(notAName('한다솜 과장 무슨 과 소속이야?', '관광정책과', '솔내군 관광정책과 한다솜 과장은 말했다.', 4, 9)).toBeNull();
    expect(notAName('결과를 발표한 학회는 어디인가?', '리스본', '리스본에서 열린 국제수면학회에서 발표했다.', 0, 3)).toBe('not-of-kind');
    expect(notAName('입주사 중에 누리로 시작하는 데 이름 뭐야?', '한빛랩', '한빛랩, 누리헬스가 입주했다.', 0, 3)).toBe('lacks-given-part');
    expect(notAName('입주사 중에 누리로 시작하는 데 이름 뭐야?', '누리헬스', '한빛랩, 누리헬스가 입주했다.', 5, 9)).toBeNull();
    // A figure asked is none of this guard's business.
    expect(notAName('관람객 몇 명이야?', '30만 명', '관람객 30만 명이 다녀갔다.', 4, 9)).toBeNull();
  });
  it('one reading of "an organization asked by name" for every guard', () => {
    for (const asked of ['입찰을 따낸 건설사는 어디야?', '어느 자산운용사가 맡았어', '무슨 학회에서 발표했대', '연구소 이름 뭐였지', '어떤 조합이 반대했어', '주관 기관은 어느 곳인가?']) {
      expect(asksOrganization(asked), asked).toBe(true);
    }
    for (const other of ['축제 관람객 몇 명이야?', '사무국장 이름 뭐야?', '어느 도시에서 열렸어?']) {
      expect(asksOrganization(other), other).toBe(false);
    }
  });
});
