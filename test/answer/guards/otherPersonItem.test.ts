/**
 * A figure of another listed item (a name with its titles before it) is not the named one's
 * (src/answer/guards/otherPersonItem.ts). Invented article and sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { otherPersonItem } from '../../../src/answer/guards/otherPersonItem.ts';

const POLL = '솔내일보가 가상리서치에 의뢰한 조사에서 윤서진 전 솔내군의회 부의장은 44.1%, 마도현 전 솔내군 기획관은 31.8%의 지지를 얻었다.';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'poll', title: '솔내군수 보궐선거 여론조사', outlet: '가상일보', author: null, date: '2026-10-02', url: null },
      [[POLL], ['이번 조사는 솔내군에 사는 만 18세 이상 남녀 600명을 대상으로 실시했다.']],
    ),
  ]);
});

describe("another listed item's figure", () => {
  const never = () => false;
  it('is refused when another item opens with the word asked', () => {
    const at = POLL.indexOf('44.1%');
    expect(otherPersonItem('마도현 몇 퍼센트 나왔어?', POLL, at, at + 5, never)).toBe(true);
    const own = POLL.indexOf('31.8%');
    expect(otherPersonItem('마도현 몇 퍼센트 나왔어?', POLL, own, own + 5, never)).toBe(false);
  });
  it('reads a person the articles name inside the first item too', () => {
    const at = POLL.indexOf('31.8%');
    expect(otherPersonItem('윤서진 지지율 몇 %야?', POLL, at, at + 5, (word) => word === '윤서진')).toBe(true);
    expect(otherPersonItem('윤서진 지지율 몇 %야?', POLL, at, at + 5, never)).toBe(false);
  });
  it("reads only the shown figure's own comma list, not a whole it is part of", () => {
    const part = '박람회 혁신상 23개 중 4개를 가져왔고, 국내 거점 17곳 중 해외 기업이 세운 곳은 6곳 정도다.';
    const at = part.indexOf('6곳');
    expect(otherPersonItem('국내 거점 중 해외 기업이 세운 데 몇 곳?', part, at, at + 2, never)).toBe(false);
  });
  it('takes a list header ("방식별로는") for no item', () => {
    const fleet = '이 가운데 34척을 바꾸며, 추진 방식별로는 하이브리드 18척, 전기 10척, LNG 6척을 들인다.';
    const at = fleet.indexOf('10척');
    expect(otherPersonItem('전기 추진 선박은 몇 척이야?', fleet, at, at + 3, never)).toBe(false);
  });
  it("never reads out the other person's figure through the engine", async () => {
    const answer = await engine.answer('마도현 몇 퍼센트 나왔어?');
    expect(answer.found && answer.answerKind === 'span' ? answer.answer : '').not.toContain('44.1%');
  });
});
