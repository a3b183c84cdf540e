/**
 * Labels of the briefing tools (기사와 대조, 브리핑, 타임라인, 후속 질문, 평가) in Korean and English.
 */
import type { Verdict } from '../answer/types.ts';
import { languageOf } from './labels.ts';

export type BriefingLabels = {
  checkTitle: string;
  verdicts: Record<Verdict, string>;
  /** "기사: 약 2,700억 원". */
  articleSays: (value: string) => string;
  notInArticles: (topic: string) => string;
  noClaims: string;
  emptyMessage: string;
  briefOf: (subject: string) => string;
  keyFacts: string;
  differences: string;
  quotes: string;
  people: string;
  organizations: string;
  articles: string;
  noBrief: (subject: string) => string;
  unknownArticle: string;
  needArticleOrTopic: string;
  timelineOf: (topic: string) => string;
  noTimeline: (topic: string) => string;
  plan: string;
  /** A partial date: which parts are missing. */
  partialDate: (missing: 'year' | 'year-month') => string;
  inferredNote: string;
  sources: string;
  previous: string;
  next: string;
  page: (page: number, pages: number) => string;
  followUp: string;
  /** The line shown above an answer in a thread: the topic in use. */
  topicInUse: (topic: string, inherited: boolean) => string;
  threadIntro: (question: string) => string;
  threadName: (topic: string) => string;
  helpful: string;
  notHelpful: string;
  thanks: (up: boolean) => string;
  alreadyVoted: string;
  noThreadHere: string;
};

const ko: BriefingLabels = {
  checkTitle: '기사와 대조',
  verdicts: { agrees: '✅ 기사와 일치', differs: '⚠️ 기사와 다름', unknown: '❔ 기사에 없음' },
  articleSays: (value) => `기사: ${value}`,
  notInArticles: (topic) => (topic ? `기사에서 찾지 못했습니다 (주제: ${topic})` : '기사에서 찾지 못했습니다'),
  noClaims: '이 메시지에서 기사와 대조할 만한 주장(금액·날짜·수량·비율·직함이 붙은 인물·인용)을 찾지 못했습니다.',
  emptyMessage: '이 메시지에는 대조할 글이 없습니다.',
  briefOf: (subject) => `브리핑: ${subject}`,
  keyFacts: '핵심 사실',
  differences: '기사마다 다른 수치',
  quotes: '발언',
  people: '인물',
  organizations: '기관·기업',
  articles: '기사',
  noBrief: (subject) => `기사에서 ${subject}에 관한 내용을 찾지 못했습니다.`,
  unknownArticle: '그런 기사를 찾지 못했습니다. 목록에서 기사를 골라 주세요.',
  needArticleOrTopic: '`기사` 또는 `주제` 중 하나를 입력해 주세요.',
  timelineOf: (topic) => `타임라인: ${topic}`,
  noTimeline: (topic) => `기사에서 ${topic}에 관한 날짜가 있는 사건을 찾지 못했습니다.`,
  plan: '계획',
  partialDate: (missing) => (missing === 'year' ? '연도 미상' : '연·월 미상'),
  inferredNote: '연·월이 없는 날짜는 다른 기사의 날짜를 기준으로 배열했습니다.',
  sources: '출처',
  previous: '◀ 이전',
  next: '다음 ▶',
  page: (page, pages) => `${page}/${pages}쪽`,
  followUp: '이어서 질문',
  topicInUse: (topic, inherited) => `↪ 주제: ${topic}${inherited ? ' (앞 질문에서 이어짐)' : ''}`,
  threadIntro: (question) => `이 스레드에서 \`/질문\`으로 이어서 물어보세요. 주제를 빼고 물어도 앞 질문의 주제로 답합니다.\n첫 질문: ${question}`,
  threadName: (topic) => `↪ ${topic}`,
  helpful: '도움이 됨',
  notHelpful: '틀림',
  thanks: (up) => (up ? '👍 평가해 주셔서 고맙습니다.' : '👎 알려 주셔서 고맙습니다. 틀린 답으로 기록했습니다.'),
  alreadyVoted: '이 답에는 이미 평가하셨습니다.',
  noThreadHere: '여기서는 스레드를 열 수 없습니다.',
};

const en: BriefingLabels = {
  checkTitle: 'Checked against the articles',
  verdicts: { agrees: '✅ Agrees with the articles', differs: '⚠️ Differs from the articles', unknown: '❔ Not in the articles' },
  articleSays: (value) => `Articles: ${value}`,
  notInArticles: (topic) => (topic ? `Not found in the articles (topic: ${topic})` : 'Not found in the articles'),
  noClaims: 'No checkable claim in this message (amounts, dates, counts, percentages, people with titles, quotes).',
  emptyMessage: 'This message has no text to check.',
  briefOf: (subject) => `Brief: ${subject}`,
  keyFacts: 'Key facts',
  differences: 'Figures the articles differ on',
  quotes: 'Quotes',
  people: 'People',
  organizations: 'Organizations',
  articles: 'Articles',
  noBrief: (subject) => `Nothing about ${subject} in the articles.`,
  unknownArticle: 'No such article. Please pick one from the list.',
  needArticleOrTopic: 'Please give either `article` or `topic`.',
  timelineOf: (topic) => `Timeline: ${topic}`,
  noTimeline: (topic) => `No dated events about ${topic} in the articles.`,
  plan: 'plan',
  partialDate: (missing) => (missing === 'year' ? 'year not given' : 'year and month not given'),
  inferredNote: 'Dates without a month or year are placed by the dates of the other articles.',
  sources: 'Sources',
  previous: '◀ Previous',
  next: 'Next ▶',
  page: (page, pages) => `page ${page}/${pages}`,
  followUp: 'Follow up',
  topicInUse: (topic, inherited) => `↪ Topic: ${topic}${inherited ? ' (from the previous question)' : ''}`,
  threadIntro: (question) => `Ask follow-up questions here with \`/ask\`; a question without a topic keeps the previous one's.\nFirst question: ${question}`,
  threadName: (topic) => `↪ ${topic}`,
  helpful: 'Helpful',
  notHelpful: 'Wrong',
  thanks: (up) => (up ? '👍 Thanks for the feedback.' : '👎 Thanks — recorded as a wrong answer.'),
  alreadyVoted: 'You have already rated this answer.',
  noThreadHere: 'A thread cannot be opened here.',
};

export function briefingLabelsFor(locale: string | null | undefined): BriefingLabels {
  return languageOf(locale) === 'ko' ? ko : en;
}

/** Reads the topic back from a `topicInUse` line (Korean or English), for threads after a restart. */
export function readTopicLine(text: string): string | null {
  const match = /^↪ (?:주제|Topic): (.+?)(?: \((?:앞 질문에서 이어짐|from the previous question)\))?$/mu.exec(text);
  return match?.[1]?.trim() || null;
}
