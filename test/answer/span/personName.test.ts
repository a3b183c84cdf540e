/**
 * A person asked, named without the title and organization of the mention (src/answer/span/personName.ts).
 * Invented articles, not KorQuAD.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { asksPerson } from '../../../src/answer/span/personName.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ship', title: '한들조선, 친환경 선박 인도', outlet: '가상남해일보', author: null, date: '2026-11-20', url: null },
      [
        ['한들조선은 20일 거제 조선소에서 첫 친환경 선박 인도식을 열었다.'],
        ['인도식에서 박도현 한들조선 대표는 3년간 신규 설비에 투자하겠다고 밝혔다.'],
        ['행사에는 해양수산부 관계자들이 참석했다.'],
      ],
    ),
  ]);
});

describe('asksPerson', () => {
  it('reads 누구 and a title asked about as asking a person', () => {
    expect(asksPerson(readSpanQuestion('신규 투자 계획을 밝힌 사람은 누구인가?'))).toBe(true);
    expect(asksPerson(readSpanQuestion('이 사업을 비판한 앵커는?'))).toBe(true);
    expect(asksPerson(readSpanQuestion('인도식은 어디서 열렸나?'))).toBe(false);
  });
});

describe('a person asked', () => {
  it('is named without the organization and title of the mention', async () => {
    expect(await engine.answer('인도식에서 신규 설비 투자 계획을 밝힌 사람은 누구인가?')).toMatchObject({ found: true, answer: '박도현' });
  });
});
