/**
 * The engine the bot tests run against. The seam: switch to the real engine over seeds/ by changing
 * the body of `engineForTests` (one line).
 */
import type { Answer, Citation, Engine } from '../../src/answer/types.ts';

export async function engineForTests(): Promise<Engine> {
  return handWrittenEngine();
}

/** A tiny engine over hand-written data, until the real one lands. */
function handWrittenEngine(): Engine {
  const cite = (n: number, text: string): Citation => ({
    articleId: `article-${n}`,
    title: `중기부, 미국 순방 통해 스타트업 판로개척 ${n}`,
    outlet: '중소벤처기업부',
    date: '2023-05-04',
    text,
    sentenceIndex: n,
    score: 10 - n,
  });
  const citations = [
    cite(1, '중기부는 4만㎡ 부지 규모에 약 2,700억 원을 투자해 ‘K-바이오 랩허브’를 인천 송도에 2025년까지 완공할 계획이다.'),
    cite(2, 'K-바이오 랩허브는 보스턴 클러스터를 벤치마킹했다.'),
    cite(3, '랩허브에는 바이오 스타트업이 입주한다.'),
    cite(4, '랩허브 예산은 국비와 지방비로 나뉜다.'),
    cite(5, '랩허브 사업은 2025년 완공을 목표로 한다.'),
  ];
  return {
    answer(question, options): Answer {
      const top = options?.top ?? 3;
      const base = { query: question, intent: 'money' as const, facts: [], problem: null };
      if (question.trim() === '') return { ...base, found: false, answer: null, citations: [], problem: { kind: 'empty', message: 'empty' } };
      if (!question.includes('랩허브')) return { ...base, found: false, answer: null, citations: [] };
      return { ...base, found: true, answer: '약 2,700억 원', citations: citations.slice(0, top) };
    },
    quotesBySpeaker: (speaker) =>
      speaker.includes('이영') ? [{ speaker: '이영', quote: '스타트업의 미국 진출을 돕겠다', citation: citations[0] as Citation }] : [],
    speakers: (prefix = '') =>
      ['이영', '윤석열', ...Array.from({ length: 40 }, (_, i) => `발언자${i}`), '긴'.repeat(150)].filter((name) =>
        name.startsWith(prefix),
      ),
    factsByTopic: () => [],
    articles: () => [{ id: 'article-1', title: '중기부, 미국 순방 통해 스타트업 판로개척', outlet: null, date: '2023-05-04', sentenceCount: 20 }],
  };
}
