/**
 * User-facing labels in Korean (한국어) or English, chosen by the interaction's locale.
 * Article text is never translated: only the words around it.
 */
import type { FactType, QuestionProblem } from '../answer/types.ts';
import { FACT_KINDS, FACT_TYPES } from '../facts/kinds.ts';

/** The two label languages. */
export type Language = 'ko' | 'en';

/** Korean for any `ko…` locale (Discord sends `ko`), English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The fact kinds' names in one language, from the fact-kind registry. */
function factLabels(language: Language): Record<FactType, string> {
  return Object.fromEntries(FACT_TYPES.map((type) => [type, FACT_KINDS[type].label[language]])) as Record<FactType, string>;
}

export type Labels = {
  question: string;
  answer: string;
  /** Title when the articles hold relevant sentences but no short direct answer. */
  relevantSentences: string;
  /** Title when no span is sure enough: the best sentence is offered as evidence, not as the answer. */
  closestSentence: string;
  /** Name of the one related sentence shown under "not in the articles". */
  relatedSentence: string;
  /** For a question that states a figure ("… 2700억 맞아?"): whether the articles' figure is the same. */
  confirms: (claimed: string, stated: string, agrees: boolean) => string;
  facts: string;
  sources: string;
  moreSources: string;
  /** "Sources 4–6". */
  sourceRange: (from: number, to: number) => string;
  noMoreSources: string;
  notFound: string;
  problems: Record<QuestionProblem['kind'], string>;
  factTypes: Record<FactType, string>;
  quotesBy: (speaker: string) => string;
  noQuotes: (speaker: string) => string;
  factsAbout: (topic: string) => string;
  noFacts: (topic: string) => string;
  knownArticles: (count: number) => string;
  noArticles: string;
  sentenceCount: (count: number) => string;
  /** "…and 3 more". */
  andMore: (count: number) => string;
  unknownOutlet: string;
  /** After an issuer's name, for an article that is its press release. */
  pressRelease: string;
  unknownDate: string;
  /** Text of the link to an article's page. */
  original: string;
  apology: string;
  shuttingDown: string;
};

const ko: Labels = {
  question: '질문',
  answer: '답변',
  relevantSentences: '관련 문장',
  closestSentence: '가장 관련 있는 문장',
  relatedSentence: '관련 문장',
  confirms: (claimed, stated, agrees) => (agrees ? `✅ 맞습니다: 기사에도 ${stated}` : `⚠️ 기사에는 ${claimed}이(가) 아니라 ${stated}`),
  facts: '근거 사실',
  sources: '출처',
  moreSources: '출처 더 보기',
  sourceRange: (from, to) => `출처 ${from}–${to}`,
  noMoreSources: '더 보여 드릴 출처가 없습니다.',
  notFound: '기사에서 찾지 못했습니다.',
  problems: {
    empty: '질문이 비어 있습니다. 궁금한 내용을 입력해 주세요.',
    'too-long': '질문이 너무 깁니다. 짧게 줄여서 다시 물어봐 주세요.',
    'no-words': '질문에서 검색할 단어를 찾지 못했습니다. 다른 표현으로 물어봐 주세요.',
  },
  factTypes: factLabels('ko'),
  quotesBy: (speaker) => `${speaker}의 발언`,
  noQuotes: (speaker) => `기사에서 ${speaker}의 발언을 찾지 못했습니다.`,
  factsAbout: (topic) => `${topic}에 관한 사실`,
  noFacts: (topic) => `기사에서 ${topic}에 관한 사실을 찾지 못했습니다.`,
  knownArticles: (count) => `기사 ${count}건`,
  noArticles: '아직 불러온 기사가 없습니다.',
  sentenceCount: (count) => `${count}문장`,
  andMore: (count) => `… 외 ${count}건`,
  unknownOutlet: '언론사 미상',
  pressRelease: '보도자료',
  unknownDate: '날짜 미상',
  original: '원문',
  apology: '죄송합니다. 요청을 처리하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
  shuttingDown: '봇이 재시작 중입니다. 잠시 후 다시 시도해 주세요.',
};

const en: Labels = {
  question: 'Question',
  answer: 'Answer',
  relevantSentences: 'Relevant sentences',
  closestSentence: 'Closest sentence',
  relatedSentence: 'Related sentence',
  confirms: (claimed, stated, agrees) => (agrees ? `✅ Yes: the articles say ${stated} too` : `⚠️ The articles say ${stated}, not ${claimed}`),
  facts: 'Supporting facts',
  sources: 'Sources',
  moreSources: 'More sources',
  sourceRange: (from, to) => `Sources ${from}–${to}`,
  noMoreSources: 'No more sources to show.',
  notFound: 'Not in the articles.',
  problems: {
    empty: 'The question is empty. Please type what you want to know.',
    'too-long': 'The question is too long. Please shorten it and ask again.',
    'no-words': 'Nothing searchable in the question. Please rephrase it.',
  },
  factTypes: factLabels('en'),
  quotesBy: (speaker) => `Quotes by ${speaker}`,
  noQuotes: (speaker) => `No quotes by ${speaker} in the articles.`,
  factsAbout: (topic) => `Facts about ${topic}`,
  noFacts: (topic) => `No facts about ${topic} in the articles.`,
  knownArticles: (count) => `${count} article${count === 1 ? '' : 's'}`,
  noArticles: 'No articles are loaded yet.',
  sentenceCount: (count) => `${count} sentence${count === 1 ? '' : 's'}`,
  andMore: (count) => `… and ${count} more`,
  unknownOutlet: 'unknown outlet',
  pressRelease: 'press release',
  unknownDate: 'undated',
  original: 'article',
  apology: 'Sorry, something went wrong while handling that. Please try again in a moment.',
  shuttingDown: 'The bot is restarting. Please try again in a moment.',
};

/** The labels for an interaction's locale. */
export function labelsFor(locale: string | null | undefined): Labels {
  return languageOf(locale) === 'ko' ? ko : en;
}
