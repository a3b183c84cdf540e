/**
 * A warm-up before users ask: a few questions of each kind put to the corpus's own headlines and
 * sentences and answered the way a user's are, so that V8 has compiled the answer path (and the
 * regular expressions, tables and word lists it makes on first use) before the first real question.
 * Profiled at 50× KorQuAD, the first ~25 questions of a process cost 3–5× a warm one and made most
 * of the p99 per question. Answers are never changed by it: everything it leaves behind is a cache.
 */
import { composeAnswer } from './compose.ts';
import type { Library } from './library.ts';
import { prepareQuestion } from './prepare.ts';

/** Question forms of the kinds briefings ask (amount, date, person, place, count, quote, English, keywords); `@` is a headline. */
const HEADLINE_FORMS = [
  '@ 규모는 얼마인가?',
  '@ 언제 열렸나?',
  '@ 누가 말했나?',
  '@ 어디에서 했어?',
  '@ 몇 명이 참석했나',
  "'@'라고 말한 사람은 누구야?",
  'How much did @ cost?',
  '@',
];

/** Forms put to the opening words of an article's sentences (long questions, as people ask about what they read). */
const SENTENCE_FORMS = ['@ 것은 무엇인가?', '@ 사람은 누구인가?', '@ 때는 언제인가?'];

/** Articles the forms are put to, spread over the corpus. */
const ARTICLES = 6;

/** Wall-clock bound of the whole warm-up (a slow machine stops early; it only warms less). */
const BUDGET_MS = 2_500;

/** How long the warm-up sleeps before looking again while a user's question is being answered. */
const BUSY_WAIT_MS = 5;

/** The warm-up questions for the article at a position. */
function questionsOf(library: Library, position: number): string[] {
  const article = library.articleAt(position);
  if (!article) return [];
  const questions = HEADLINE_FORMS.map((form) => form.replace('@', () => article.title));
  for (const sentence of article.sentences.slice(0, SENTENCE_FORMS.length)) {
    const words = sentence.text.split(/\s+/u).filter((word) => word.length > 0);
    const form = SENTENCE_FORMS[sentence.index % SENTENCE_FORMS.length] ?? '@';
    if (words.length >= 4) questions.push(form.replace('@', () => words.slice(0, Math.min(8, words.length - 1)).join(' ')));
  }
  return questions;
}

/**
 * Answers the warm-up questions (each awaited in turn; the answers are dropped) within `budgetMs`
 * of wall clock, never starting one while `busy` says a user's question is being answered: it waits
 * for that answer, then goes on (the first user question, often asked right after startup, no longer
 * ends the warm-up, so the questions after it are not the cold ones). Never rejects.
 */
export async function warmUp(library: Library, busy: () => boolean = () => false, budgetMs = BUDGET_MS): Promise<void> {
  const started = performance.now();
  const count = Math.min(ARTICLES, library.size);
  for (let k = 0; k < count; k++) {
    for (const question of questionsOf(library, Math.floor((k * library.size) / count))) {
      // A user's question that arrives meanwhile is answered before the next warm-up question.
      do {
        if (performance.now() - started > budgetMs) return;
        await new Promise((resolve) => (busy() ? setTimeout(resolve, BUSY_WAIT_MS) : setImmediate(resolve)));
      } while (busy());
      try {
        await composeAnswer(library, prepareQuestion(question), {});
      } catch {
        // A warm-up question that fails only warms less; the user's question will say why.
      }
    }
  }
}
