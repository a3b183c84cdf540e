import type { Answer, Citation } from '../../src/answer/types.ts';
import type { MoneyFact } from '../../src/facts/types.ts';

export function citation(n: number, text = `문장 ${n}입니다.`): Citation {
  return {
    articleId: `a${n}`,
    title: `기사 제목 ${n}`,
    outlet: n % 2 === 0 ? null : '연합뉴스',
    date: '2023-05-04',
    text,
    sentenceIndex: n,
    score: 10 - n,
  };
}

export const moneyFact: MoneyFact = {
  type: 'money',
  text: '약 2,700억 원',
  articleId: 'a1',
  sentenceIndex: 1,
  sentence: '약 2,700억 원을 투자한다.',
  start: 0,
  end: 9,
  value: 270_000_000_000,
  unit: 'KRW',
  qualifiers: ['about'],
  converted: null,
};

export function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    query: 'K-바이오 랩허브 예산',
    found: true,
    answer: '약 2,700억 원',
    answerKind: 'span',
    confidence: 0.9,
    answerStart: 5,
    answerEnd: 15,
    intent: 'money',
    facts: [moneyFact],
    citations: [citation(1, '중기부는 약 2,700억 원을 투자해 K-바이오 랩허브를 완공할 계획이다.'), citation(2), citation(3)],
    problem: null,
    ...overrides,
  };
}
