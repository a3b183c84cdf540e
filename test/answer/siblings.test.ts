/**
 * The rest of a list (src/answer/siblings.ts): "X 말고 또 어디야?", "X랑 같이 … 어디어디야?",
 * "X 말고 채택한 거 뭐였지?" — the other items of the list the article names X in, through
 * answer(). Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'fund', title: '청년 창업 펀드 설명회 열려', outlet: '가상일보', author: null, date: '2025-08-01', url: null },
      [
        ['설명회에는 해외 VC인 노스브릿지(North Bridge), 실버라인(Silverline)을 비롯한 12개 VC가 참석했다.'],
        ['하늘로보틱스, 바다셀, 누리팜 등은 현지 기업과 공급 계약을 맺었다.'],
        ['양측은 공동 선언문과 함께 협력 의향서 등 3건의 문서를 채택했다.'],
      ],
    ),
  ]);
});

describe('the rest of a list', () => {
  it('the items after the one named, its Latin name or 초성 too', async () => {
    expect(await engine.answer('North Bridge 말고 설명회 온 해외 VC 또 어디야?')).toMatchObject({ found: true, answerKind: 'span', answer: '실버라인(Silverline)' });
    expect((await engine.answer('ㄴㅅㅂㄹㅈ 말고 다른 해외 VC 어디?')).answer).toBe('실버라인(Silverline)');
  });
  it('"X랑 같이" asks the others of the list', async () => {
    expect((await engine.answer('하늘로보틱스랑 같이 공급 계약 맺은 곳 어디어디야?')).answer).toBe('바다셀, 누리팜');
  });
  it('"X과 함께 Y 등": the item joined to the named one', async () => {
    expect((await engine.answer('공동 선언문 말고 채택한 문서 이름 뭐야?')).answer).toBe('협력 의향서');
  });
  it('no list around the named item: no list answer', async () => {
    const answer = await engine.answer('누리팜 말고 설명회 주최한 곳 어디야?');
    expect(answer.answer === '바다셀, 누리팜').toBe(false);
  });
});
