/**
 * 후속 질문: a question asked in a thread after another. A short question that names no topic of its
 * own ("그럼 완공은 언제?", "누가 발표했어?") is read with the topic of the thread's previous question;
 * one that names a topic the articles answer on its own starts a new topic.
 */
import { composeAnswer } from './compose.ts';
import { contentWords, isWordPresent, topicSupport } from './evidence.ts';
import type { Library } from './library.ts';
import { SHORT_QUESTION_WORDS } from './options.ts';
import { prepareQuestion } from './prepare.ts';
import { analyzeQuestion } from './question.ts';
import type { AnswerOptions, Citation, FollowUpAnswer } from './types.ts';

/** The topic of a question ("K-바이오 랩허브 예산" → "K-바이오 랩허브"), null when it has none. */
export function questionTopic(question: string): string | null {
  const analyzed = analyzeQuestion(prepareQuestion(question));
  if (!analyzed.ok) return null;
  const topic = analyzed.value.topic.trim();
  return topic.length > 0 ? topic : null;
}

export async function answerFollowUp(
  library: Library,
  asked: string,
  previousTopic: string | null,
  options: AnswerOptions = {},
): Promise<FollowUpAnswer> {
  const question = prepareQuestion(asked);
  const alone = async (): Promise<FollowUpAnswer> => {
    const answer = await composeAnswer(library, question, options);
    return { answer, topic: questionTopic(question) ?? previousTopic ?? '', inherited: false };
  };
  const analyzed = analyzeQuestion(question);
  if (!previousTopic || !analyzed.ok) return alone();
  const own = contentWords(analyzed.value.topic);
  const previous = contentWords(previousTopic);
  // Already about the previous topic, or long enough to say what it is about: read as it is.
  const mentionsPrevious = previous.some((word) => own.some((mine) => isWordPresent(word, mine)));
  if (mentionsPrevious || own.length > SHORT_QUESTION_WORDS) return alone();
  const combined = await composeAnswer(library, prepareQuestion(`${previousTopic} ${question}`), options);
  const inherited = { answer: { ...combined, query: question }, topic: previousTopic, inherited: true };
  // The previous topic must be where the answer is: "대웅제약 계약 규모는?" after a question about
  // 랩허브 is answered from a paragraph that never names 랩허브 — a new topic, asked on its own.
  if (combined.found && answeredWithin(library, combined.citations[0], previous)) return inherited;
  const single = await alone();
  if (single.answer.found && own.length > 0) return single;
  return inherited;
}

/** Whether the paragraph of an answer's first citation holds at least half of the topic's words. */
function answeredWithin(library: Library, citation: Citation | undefined, topic: readonly string[]): boolean {
  if (!citation) return false;
  return topicSupport(topic, library.paragraphOf(citation.articleId, citation.sentenceIndex)) >= 0.5;
}
