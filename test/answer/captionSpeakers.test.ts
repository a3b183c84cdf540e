/**
 * Speakers of broadcast transcripts and of long titles, through answer(): a caption "[인터뷰] 이름 /
 * 소속 직함 : "…"" names the person and the speaker of the words after it (src/facts/caption.ts); a
 * name opening the clause before its organization and a modified title ("김도하 한결경제연구소
 * 수석연구위원은") speaks; a subject read as a bare title is the person named with it ("박하린
 * 이사장은 … 말했다"); "…다는 시민 누구" asks the speaker of those words; a judge in brackets after the
 * court ("형사합의7부(류시온 부장판사)는") is that person with that title. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { readCaption } from '../../src/facts/caption.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'strike', title: '[가상뉴스9] 누리시 택시 파업 하루 만에 타결', outlet: '가상방송', author: null, date: '2026-11-20', url: null },
      [
        ['누리시 택시 노사가 파업 하루 만에 임금 협상을 타결했습니다.'],
        ['[인터뷰] 한지우 / 누리시 중앙동 : "어제는 버스만 세 번 갈아탔어요. 이제 좀 살 것 같습니다."'],
        ['[인터뷰] 오태민 / 누리택시노동조합 위원장 : "시민 불편을 더 길게 끌 수는 없다고 판단했습니다."'],
      ],
    ),
    buildArticle(
      { id: 'market', title: '지방 집값 약세 이어져', outlet: '가상경제', author: null, date: '2026-11-21', url: null },
      [
        ['김도하 한결경제연구소 수석연구위원은 "내년에도 수도권 강세, 지방 약세의 흐름이 이어질 가능성이 크다"고 말했다.'],
        ['한빛감염학회(Hanbit Society of Infection) 박하린 이사장은 두 번 모두 맞아야 충분한 면역이 생긴다고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'court', title: '설탕 담합 업체들 벌금형', outlet: '가상일보', author: null, date: '2026-11-22', url: null },
      [['가온지법 형사합의7부(류시온 부장판사)는 21일 설탕 가격을 담합한 혐의로 기소된 업체 두 곳에 벌금 20억 원을 선고했다.']],
    ),
  ]);
});

describe('broadcast captions', () => {
  it('reads the name, the role and its title', () => {
    expect(readCaption('[인터뷰] 오태민 / 누리택시노동조합 위원장 : "…"')).toMatchObject({ name: '오태민', role: '누리택시노동조합 위원장', title: '위원장', organization: '누리택시노동조합' });
    expect(readCaption('오태민 위원장은 "…"라고 말했다.')).toBeNull();
  });
  it('the captioned person answers by title and says the words after the colon', async () => {
    expect(await engine.answer('택시노조 위원장 이름 뭐임?')).toMatchObject({ found: true, answer: '오태민' });
    expect((await engine.answer('오태민 위원장 뭐라고 했어?')).answer).toContain('시민 불편을 더 길게 끌 수는 없다');
    expect((await engine.answer('버스만 세 번 갈아탔다는 시민 누구?')).answer).toContain('한지우');
  });
});

describe('speakers with long titles', () => {
  it('a name opening the clause, its organization and a modified title between', async () => {
    expect((await engine.answer('수도권 강세 지방 약세 이어질거라고 한 사람 누구?')).answer).toBe('김도하 한결경제연구소 수석연구위원');
  });
  it('a judge named in brackets after the court', async () => {
    // The title the question itself says is cut from the shown name (span/echoTrim.ts).
    expect(await engine.answer('설탕 담합 부장판사 누구야?')).toMatchObject({ found: true, answer: '류시온' });
  });
  it('a subject read as a bare title is the person named with it', async () => {
    expect((await engine.answer('두 번 다 맞아야 충분한 면역 생긴다고 한 사람 누구?')).answer).toBe('박하린 이사장');
  });
});
