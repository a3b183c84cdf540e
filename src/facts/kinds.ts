/**
 * The fact-kind registry (사실 종류): one entry per kind of fact, holding everything the other stages
 * need to know about it — how it is read, which reading wins an overlap, its Korean and English
 * names, the question words that ask for it, and the shape of its value.
 *
 * Adding a kind is one `FactType` member, its fact type in `types.ts`, its extractor and one entry
 * here: the question analyzer, search's answer-type bonus, the labels and the `/facts` choices all
 * read this table, and `tsc` fails while an entry is missing or incomplete.
 */
import type { Article, Sentence } from '../corpus/types.ts';
import type { AnswerTypeHint } from '../search/answerType.ts';
import { extractAreas } from './area.ts';
import { extractCounts } from './count.ts';
import { extractDates, type DateContext } from './date.ts';
import { extractDurations } from './duration.ts';
import { extractMoney } from './money.ts';
import { extractPercents } from './percent.ts';
import { extractPersons } from './person.ts';
import { extractQuotes } from './quote.ts';
import type { Fact, FactType, PersonFact } from './types.ts';

/** The fact of one kind: `FactOf<'money'>` is `MoneyFact`. */
export type FactOf<T extends FactType> = Extract<Fact, { type: T }>;

/**
 * How a kind is read. Figures are read sentence by sentence and never overlap one another; people
 * and quotes are read over the whole article (short references, speakers named a sentence before),
 * with the facts of the kinds listed before them at hand (quotes need the people).
 */
export type Extractor<T extends FactType> =
  | { scope: 'sentence'; read: (sentence: Sentence, context: DateContext) => FactOf<T>[] }
  | { scope: 'article'; read: (article: Article, earlier: readonly Fact[]) => FactOf<T>[] };

/** The question words that ask for a kind (matched at the start of an 어절; English as whole words). */
export type QuestionCues = {
  /** Cue words, Korean and English. A word ending in `$` matches only whole ("수$" is not 수출). */
  words: readonly string[];
  /** Cue words that are only question words (언제, 얼마): always removed from the topic. */
  questionWords?: readonly string[];
  /** Words that set the intent but name what is asked about, so they stay in the topic (매출). */
  topicWords?: readonly string[];
  /** Cue words that set the intent only when no other intent's cue is there (기간). */
  weakWords?: readonly string[];
  /** Which intent wins when cues of several are in a question: lower first (the more specific). */
  order: number;
};

export type FactKind<T extends FactType> = {
  /** Names shown to users: Korean and English. */
  label: { ko: string; en: string };
  /** Which reading wins when two facts claim the same characters with equal length: lower first. */
  precedence: number;
  extract: Extractor<T>;
  cues: QuestionCues;
  /**
   * Search's answer-type preference (`AnswerTypeHint`): a question cue and what a value of the kind
   * looks like in normalized text; null when search does not prefer sentences holding one.
   */
  search: AnswerTypeHint | null;
  /**
   * The shape of the value, as users see it: a figure or name read from the text (shown as its
   * span, "약 2,700억 원"), or quoted words (shown in quote marks).
   */
  value: 'figure' | 'name' | 'words';
};

/** Every kind of fact. Order matters only where said (article-scope extraction: people before quotes). */
export const FACT_KINDS = {
  money: {
    label: { ko: '금액', en: 'money' },
    precedence: 0,
    extract: { scope: 'sentence', read: extractMoney },
    cues: {
      words: ['예산', '금액', '액수', '비용', '투자액', '사업비', '자금', '규모', 'budget', 'amount', 'cost', 'how much', 'funding', 'worth'],
      questionWords: ['얼마', '얼만', '원화로', '원화', '한화로', '환산'],
      // Kinds of money the articles name as such: they set the intent and stay in the topic,
      // so "대웅제약 매출" is not answered with 대웅제약's export deal.
      topicWords: ['매출', '가격', '연봉', '임금', '주가', '영업이익', '순이익', '시가총액', '수출액', '보조금', '지원금', 'price', 'revenue', 'salary'],
      order: 6,
    },
    search: {
      cue: /예산|금액|비용|규모|얼마|매출|가격|투자액|액수|자금/,
      value: /\d[\d.]*\s*(만|억|조)?\s*(원|달러|유로|엔|위안|파운드)|\d\s*(억|조)/,
    },
    value: 'figure',
  },
  percent: {
    label: { ko: '비율', en: 'percent' },
    precedence: 1,
    extract: { scope: 'sentence', read: extractPercents },
    cues: {
      words: ['비율', '비중', '퍼센트', '증가율', '감소율', '점유율', '득표율', 'percent', 'percentage', 'rate', 'share'],
      questionWords: ['몇 퍼센트', '몇 %', '몇%'],
      order: 1,
    },
    search: null,
    value: 'figure',
  },
  area: {
    label: { ko: '면적', en: 'area' },
    precedence: 2,
    extract: { scope: 'sentence', read: extractAreas },
    cues: {
      words: ['면적', '넓이', '부지 규모', '평수', 'area', 'acreage'],
      questionWords: ['얼마나 넓', '몇 평', '몇 제곱미터'],
      order: 2,
    },
    search: { cue: /면적|넓이|부지/, value: /\d[\d.]*\s*(만|천)?\s*(m2|km2|평|헥타르|ha)/ },
    value: 'figure',
  },
  duration: {
    label: { ko: '기간', en: 'duration' },
    precedence: 3,
    extract: { scope: 'sentence', read: extractDurations },
    cues: {
      words: ['how long', 'duration'],
      weakWords: ['기간', '동안'],
      questionWords: ['얼마나 오래', '얼마나 걸', '얼마 만', '얼마만', '몇 년 만', '몇 년간', '몇 년 동안', '몇 달'],
      order: 3,
    },
    search: null,
    value: 'figure',
  },
  date: {
    label: { ko: '날짜', en: 'date' },
    precedence: 4,
    extract: { scope: 'sentence', read: extractDates },
    cues: {
      words: [
        '시기', '날짜', '일시', '일정', '연도', '시점', '기한', '개최일', '완공일', '발표일', '출시일', '시행일', '마감일',
        '개막일', '선고일', '창립일', '설립일', 'when', 'date', 'year', 'deadline',
      ],
      questionWords: ['언제', '몇 년도', '몇 월', '며칠', '몇 일', '몇 년에'],
      order: 4,
    },
    search: { cue: /언제|시기|날짜|연도|몇 ?년|몇 ?월|며칠|기한/, value: /\d+\s*(년|월|일)|\d{4}/ },
    value: 'figure',
  },
  count: {
    label: { ko: '수량', en: 'count' },
    precedence: 5,
    extract: { scope: 'sentence', read: extractCounts },
    cues: {
      words: ['개수', '건수', '인원', '수$', '전체', '총$', 'how many', 'number of', 'count'],
      questionWords: ['몇 곳', '몇 개', '몇 명', '몇 건', '몇 사', '몇 개사', '몇 개국', '몇 군데', '몇'],
      order: 5,
    },
    search: { cue: /몇 ?(개|곳|명|건|개사|차례|번)|몇|수는|개수|인원/, value: /\d+\s*(개|곳|명|건|사|차례|번|개국|개사)/ },
    value: 'figure',
  },
  person: {
    label: { ko: '인물', en: 'person' },
    precedence: 6,
    extract: { scope: 'article', read: (article) => extractPersons(article.sentences) },
    cues: {
      words: ['인물', '담당자', '책임자', 'who', 'whom'],
      questionWords: ['누구', '누가', '어떤 사람'],
      order: 8,
    },
    search: null,
    value: 'name',
  },
  quote: {
    label: { ko: '발언', en: 'quote' },
    precedence: 7,
    extract: {
      scope: 'article',
      read: (article, earlier) => extractQuotes(article.sentences, earlier.filter((fact): fact is PersonFact => fact.type === 'person')),
    },
    cues: {
      words: [
        '발언', '명언', '소감', '인용', '한 말', '말$', '말씀', '입장', '얘기', '이야기', '강조', '당부', '언급', '주장',
        // A person's reaction asked in chat ("국장 반응 뭐였어", "한마디 한 거"): what they said.
        '반응', '한마디', '코멘트', '멘트',
        'quote', 'quoted', 'said', 'say', 'says', 'statement',
      ],
      questionWords: ['뭐라고', '무슨 말', '뭐라', '라고 했', '뭐에 비유', '무엇에 비유', '뭐로 비유', '뭐에 빗대'],
      order: 0,
    },
    search: null,
    value: 'words',
  },
} as const satisfies { [T in FactType]: FactKind<T> };

/** Every fact type, in the registry's order. */
export const FACT_TYPES = Object.keys(FACT_KINDS) as FactType[];

/** The registry entry of a type, typed for any type. */
export function factKind<T extends FactType>(type: T): FactKind<T> {
  return FACT_KINDS[type] as unknown as FactKind<T>;
}

/** Search's answer-type hints, from every kind that has one. */
export function answerTypeHints(): AnswerTypeHint[] {
  return FACT_TYPES.flatMap((type) => {
    const hint = factKind(type).search;
    return hint ? [hint] : [];
  });
}
