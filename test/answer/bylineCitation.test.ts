/**
 * A byline answer ("기사 쓴 기자 누구?") cites where it was read: the article's lead as the page
 * opens it, byline first. Questions written for this suite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bylineText } from '../../src/answer/compose.ts';
import type { Engine } from '../../src/answer/types.ts';
import { engineForTests } from '../discord/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await engineForTests();
});

describe('byline citations', () => {
  it('writes a reporter byline as news pages do, and an op-ed writer with the outlet', () => {
    expect(bylineText('헤럴드경제', '김용훈')).toBe('[헤럴드경제=김용훈 기자]');
    expect(bylineText('동아일보', '이영 중소벤처기업부 장관')).toBe('이영 중소벤처기업부 장관 (동아일보)');
    expect(bylineText(null, null)).toBeNull();
  });

  it('cites the lead with its byline for "who wrote it", even when the topic named only the byline', async () => {
    const answer = await engine.answer('바이오헬스 포럼 기사 헤럴드경제 기자 누가 썼어?');
    expect(answer).toMatchObject({ found: true, answer: '김용훈 (헤럴드경제)' });
    expect(answer.citations[0]?.text.startsWith('[헤럴드경제=김용훈 기자] ')).toBe(true);
    const byInitials = await engine.answer('ㄱㅇㅎ 기자 어느 언론사 소속이었지?');
    expect(byInitials.citations[0]?.text.startsWith('[헤럴드경제=김용훈 기자] ')).toBe(true);
  });

  it('a body answer cites the sentence as written, without a byline', async () => {
    const answer = await engine.answer('중소기업인의 밤 워싱턴에서 언제 열렸어?');
    expect(answer.citations.every((citation) => !citation.text.startsWith('['))).toBe(true);
  });
});
