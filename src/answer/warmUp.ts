/**
 * A warm-up for an engine after startup, off the path of any user's question: a few everyday
 * questions of each kind (English and Korean; amounts, dates, people, counts, places, quotes,
 * organizations, acronyms) answered once and their answers dropped. The first questions a process
 * answers otherwise pay for compiling the code they run — ten questions or so at 30–110 ms of CPU
 * each, against 3–15 ms warm — which made the English p99. Nothing here names any article: the
 * questions read whatever corpus the engine holds, and answers never depend on what was asked before.
 */
import type { Engine } from './types.ts';

const WARM_UP_QUESTIONS = [
  'How much is the budget of the project?',
  'When will the center open?',
  'Who said the cluster would grow?',
  'How many companies took part in the forum?',
  'Where will the plant be built?',
  'What did the minister say about startups?',
  'Which company signed the MOU?',
  'What is the area of the site?',
  'Who is the CEO of the company?',
  'What does MOU stand for?',
  'How much was the $1 billion worth in won?',
  'By how many percentage points did the rate rise?',
  '예산은 얼마야?',
  '누가 뭐라고 말했어?',
  '몇 개 기업이 참여했나?',
  '언제 개최됐어?',
];

/**
 * @name warmEngine
 * @description
 * 시작 뒤 질문 몇 개를 미리 답해(답은 버린다) 첫 사용자 질문이 코드 컴파일 비용을 치르지 않게 한다.
 */
export async function warmEngine(engine: Engine): Promise<void> {
  for (const question of WARM_UP_QUESTIONS) await engine.answer(question);
}
