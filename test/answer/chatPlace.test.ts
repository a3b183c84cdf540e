/**
 * Chat place questions, through answer(): "올해" the article leaves implicit in its date ("오는 10월 …
 * 개최") does not keep the answering sentence out, and a place the question itself names ("작년에 X
 * 들어간 회사 중에 …") is not its answer. Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '해양 바이오 박람회 10월 개최', outlet: '가상일보', author: null, date: '2025-06-02', url: null },
      [['해양수산부는 ‘2025 해양 바이오 박람회’가 오는 10월 부산 벡스코에서 개최될 예정이라고 밝혔다.'], ['박람회에는 국내외 기업 120곳이 참가한다.']],
    ),
    buildArticle(
      { id: 'center', title: '창업센터 입주 기업 확대', outlet: '가상경제', author: null, date: '2025-06-03', url: null },
      [['창업센터 내 공유 오피스에는 지난해 입주한 한결USA, 미래바이오 등에 이어 올해 누리텍 등 8개 기업이 입주한다.'], ['센터는 입주 기업에 회의 공간을 제공한다.']],
    ),
  ]);
});

describe('chat place questions', () => {
  it('올해 need not be written where the article dates the event itself', async () => {
    expect(await engine.answer('박람회 올해 어디서 해?')).toMatchObject({ found: true, answer: '부산 벡스코' });
  });
  it('올해 still picks the sentence that says it when one holds the rest of the question', async () => {
    expect((await engine.answer('창업센터 공유 오피스 올해 입주 기업 몇 개?')).answer).toContain('8개');
  });
  it('a place the question names is not its answer', async () => {
    const answer = await engine.answer('작년에 창업센터 공유 오피스 입주한 회사 중에 USA 붙은 데 어디야?');
    expect(answer.answer ?? '').not.toContain('공유 오피스');
  });
});
