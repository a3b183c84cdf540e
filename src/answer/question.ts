/**
 * Question analysis (질문 분석): what a question asks for (its intent) and what it is about (its topic).
 *
 * "K-바이오 랩허브 예산" asks for an amount of money about "K-바이오 랩허브". The cue word "예산" is
 * left out of the topic: articles rarely repeat the question's wording ("약 2,700억 원을 투자해" never
 * says 예산), so the topic decides which sentences speak of the question and the intent picks the
 * fact. (Search still gets the whole question: its cue words steer search's answer-type preference.)
 * The cue words of the fact kinds are the fact-kind registry's (`src/facts/kinds.ts`).
 */
import { josaSource, stripJosa, type StripJosaOptions } from '../korean/josa.ts';
import { FACT_TYPES, factKind, type QuestionCues } from '../facts/kinds.ts';
import { readTitle, TITLES } from '../facts/titles.ts';
import { jamoDistance } from '../korean/jamo.ts';
import { closesHowMuch, isChatVerb, SPOKEN_ENDING, withoutChatVerbs } from './chatWords.ts';
import { escapeRegExp } from '../escapeRegExp.ts';
import { fixCueTypos, fixPastTypos } from './cueTypos.ts';
import { spaceGluedQuestionWords } from './gluedQuestion.ts';
import { NAMING_CUES, namingWanted } from './naming.ts';
import { askedKindNoun } from './span/kindNoun.ts';
import type { PreparedQuestion } from './prepare.ts';
import type { QuestionIntent, QuestionProblem } from './types.ts';

/** Longest question we search for; longer input is rejected with a clear message. */
export const MAX_QUESTION_LENGTH = 500;

export type QuestionAnalysis = {
  /** The question as prepared at the entrance (`prepareQuestion`): what every stage reads. */
  question: PreparedQuestion;
  /** Set when the question is the Korean reading of an English one (its answer is checked against the English). */
  translated?: boolean;
  intent: QuestionIntent;
  /** The counter the question names ("몇 곳" → 곳), for count questions. */
  counter: string | null;
  /** The words to search for: the question without its cue words and question endings. */
  topic: string;
  /** The cue words that set the intent (kept for scoring: "완공 시기" → 완공 stays in the topic). */
  cues: string[];
  /**
   * The noun a question asks about, when it ends on one ("헤이그의 부인은 누구인가?" → 부인):
   * the articles name the answer, not this word, so it need not appear in them.
   */
  focus: string | null;
  /**
   * Topic words that were verbs in the question ("열리는" → 열리, "맺은", "소속된"): an article
   * rarely inflects a verb as the question does, so they may support an answer but not block one.
   */
  predicates: string[];
  /**
   * How the question is put: as a sentence ("랩허브는 언제 완공돼?", with a question word, a
   * question mark or a verb) or as bare keywords ("랩허브 완공 시기"). Each keyword of a keyword
   * query is the point; a sentence says more than it needs to.
   */
  form: 'sentence' | 'keywords';
  /**
   * Whether the question asks who wrote the article (기자, 필자) or where it ran (언론사, 매체):
   * the answer is the article's byline, not a sentence of its body.
   */
  asksAbout: 'author' | 'outlet' | null;
  /** What a count question counts: the word before 몇 ("스타트업 몇 개" → 스타트업), or null. */
  countedNoun: string | null;
  /** Whether a date question wants the day ("며칠", "정확한 날짜"): a month alone does not answer. */
  wantsDay: boolean;
  /**
   * What to search for: the question without a closing chat verb after 얼마/몇 ("랩허브 예산 얼마
   * 들어?" searches "랩허브 예산 얼마") and without light verbs said in chat ("한다고 했지", ./chatWords.ts):
   * search finds such a verb inside other words ("만들어내고").
   */
  searchText?: string;
};

export type QuestionResult =
  | { ok: true; value: QuestionAnalysis }
  | { ok: false; error: QuestionProblem };

type IntentCue = Omit<QuestionCues, 'order'> & { intent: Exclude<QuestionIntent, 'open'> };

/** Asking where: not a kind of fact, so its cues live here rather than in the fact-kind registry. */
const PLACE_CUES: QuestionCues = {
  words: ['장소', '위치', '개최지', '소재지', '곳$', '어느 도시', 'where', 'location', 'venue', 'place', 'city'],
  weakWords: ['지역'],
  questionWords: ['어디', '어느 곳', '어느 나라', '어느 국가', '어느 지역', '무슨 나라'],
  order: 7,
};

/**
 * Cue words by intent, most specific first: the first intent with a cue in the question wins. The
 * fact kinds' cues come from the registry (`src/facts/kinds.ts`). Cues are general question
 * vocabulary, not words of any one article.
 */
const INTENT_CUES: IntentCue[] = [
  ...FACT_TYPES.map((type) => ({ intent: type, cues: factKind(type).cues })),
  { intent: 'place' as const, cues: PLACE_CUES },
]
  .sort((a, b) => a.cues.order - b.cues.order)
  .map(({ intent, cues }) => ({ intent, ...cues }));

/** A question put as a sentence: a question mark, a question word, or a verb ending. */
const SENTENCE_FORM =
  /[?？]|(^|\s)(무엇|뭐|누구|누가|어디|언제|얼마|몇|어느|어떤|어떻게|무슨|왜)|(나요|니까|는가|인가|인지|나|니|냐|어|야|죠|까|대|요)\s*$/u;

/** "기사 쓴 기자 누구?", "기자 소속", "who wrote the article": the article's author is asked for. */
const AUTHOR_QUESTION =
  /(기자|필자|기고자)\s*(는|가|이)?\s*(누구|이름|어디|어느|소속)|(기사|기고문?|칼럼)\S*\s*(쓴|작성한|썼)|who wrote the (article|op-ed|column|story)/iu;
/** "기사 어느 언론사?", "어디 기사야", "기고문 어떤 매체": the article's outlet is asked for. */
const OUTLET_QUESTION =
  /(기사|기고문?|칼럼)\S*\s*(어디|어느|어떤|무슨)?\s*(언론사|신문사|방송사|매체|신문)|어디\s*기사|(기사|기고문?|칼럼)\S*\s*(어디|어느)|which (outlet|newspaper)/iu;
/** The words of a byline question, taken out of its topic. */
const META_CUE = /(기자|필자|작성자|기고자|글쓴이|언론사|매체|신문사|방송사|소속|작성한|썼어|썼나|쓴|wrote|outlet|newspaper)/giu;

/** Counters that measure time: "몇 분 동안", "징역 몇 년". */
const TIME_COUNTERS = new Set(['분', '초', '시간', '일', '년', '개월', '달', '주', '주일', '주년']);

/** Counters a count question may name, longest first so "개사" wins over "개". */
const COUNTERS = ['개국', '개사', '개소', '개월', '군데', '개', '곳', '명', '건', '사', '대', '종', '회', '번', '차례', '장', '권', '편', '곡', '척', '마리', '채', '동'];

/** Question endings (어미) left on the last eojeol: "시작했나" → "시작", "열렸나요" → dropped. */
const PREDICATE_ENDING =
  /(?:(?:했|됐|하였|되었|었|았|였|렸|셨|겠|졌|왔|갔|났|켰|쳤)(?:나요|나|니|냐|어|어요|지|죠|을까|는지|습니까)|(?:나요|습니까|입니까|는지|는가|인가|인지|을까|ㄹ까|할까|일까|인가요|가요|이야|이에요|예요))$/u;

/**
 * How particles (조사), spoken ones too, come off a question's words: "VC는" → VC, "상담회에서" →
 * 상담회, "기자한테" → 기자; a one-syllable remainder keeps the word whole ("수는" stays).
 */
// (Agreeing with the syllable before: "기업가" is a word, not 기업 + 가.)
const QUESTION_JOSA: StripJosaOptions = { sets: ['case', 'topic', 'colloquial'], longestOnly: true, agreeing: true };

/** English words that carry no topic ("what is the budget of …"). */
const ENGLISH_STOPWORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'did', 'do',
  'does', 'what', 'which', 'and', 'or', 'it', 'its', 'this', 'that', 'how', 'much', 'many', 'about', 'tell', 'me',
]);

/** Every intent's question words (언제, 얼마, 누구 …): never part of a topic. */
const ALL_QUESTION_WORDS = INTENT_CUES.flatMap((cue) => cue.questionWords ?? []).concat([
  '무엇', '뭐야', '뭔가', '뭐로', '어떻게', '왜', '알려줘', '알려 줘',
  // Chat forms of 뭐 ("뭐더라", "뭐였더라", "뭐임") and its spoken spelling 머 ("머더라", "머였지").
  '뭐더라', '뭐드라', '뭐였더라', '뭐였드라', '뭐였지', '뭐였어', '뭐임', '머더라', '머드라', '머였더라', '머였지', '머였어', '머야', '머임',
  // "… 어디라고 나와?", "기사에 뭐라고 적혀 있어": where the answer is written, not what about.
  '나와', '나왔어', '나왔지', '나왔더라', '나와있어', '나와 있어', '적혀있어', '적혀 있어', '써있어', '써 있어',
]);

/**
 * Analyzes a question: rejects empty, over-long and wordless input, then finds intent and topic.
 * @example
 * analyzeQuestion('K-바이오 랩허브 예산') // { ok: true, value: { intent: 'money', topic: 'K-바이오 랩허브', … } }
 * analyzeQuestion('   ') // { ok: false, error: { kind: 'empty', … } }
 */
export function analyzeQuestion(question: PreparedQuestion): QuestionResult {
  if (question.length === 0) {
    return { ok: false, error: { kind: 'empty', message: 'The question is empty.' } };
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    return {
      ok: false,
      error: {
        kind: 'too-long',
        message: `The question is ${question.length} characters long; the limit is ${MAX_QUESTION_LENGTH}.`,
      },
    };
  }
  // Mentions are shown but never searched: "<@123>" is not a word of any article.
  const searchable = question.replace(/<[@#][!&]?\d+>|@(everyone|here)\b/gu, ' ');
  if (!/[\p{L}\p{N}]/u.test(searchable)) {
    return {
      ok: false,
      error: { kind: 'no-words', message: 'The question has no words to search for.' },
    };
  }
  // "몇년도", "몇개" are often typed without the space the cue list has; "언재" is 언제 mistyped.
  // "드론은몇대": 몇 glued to the word before it is spaced off too.
  const spaced = spaceGluedQuestionWords(fixCueTypos(fixPastTypos(searchable))).replace(/몇(?=[가-힣])/gu, '몇 ').replace(/(?<=[가-힣])몇(?=\s)/gu, ' 몇');
  const detected = detectIntent(spaced.replace(TEMPORARILY, '잠시'));
  const { cues, counter } = detected;
  // "몇 분", "몇 년" count time: a duration.
  // "몇 시에 열렸어" asks the hour of a day: a date (with its hour), not a count.
  // "피해면적 얼마야", "영업이익률 몇이야": a compound ending in the measure asks that measure.
  const measured = detected.intent === 'count' ? (measureAsked(spaced) ?? compoundMeasure(spaced)) : detected.intent === 'money' ? compoundMeasure(spaced) : null;
  const intent =
    measured ?? (detected.intent === 'count' && counter === '시' ? 'date' : detected.intent === 'count' && counter !== null && TIME_COUNTERS.has(counter) && !countsShares(spaced, counter) ? 'duration' : detected.intent);
  const asksAbout = AUTHOR_QUESTION.test(spaced) ? 'author' : OUTLET_QUESTION.test(spaced) ? 'outlet' : null;
  const metaCues: string[] = asksAbout === null ? [] : (spaced.match(META_CUE) ?? []);
  // "MIT 한글로 뭐라고 나와?": the naming words are the question's, not the articles' (./naming.ts).
  if (asksAbout === null && namingWanted(spaced) !== null) metaCues.push(...NAMING_CUES.filter((cue) => spaced.includes(cue)));
  // "투자유치 8조 가까이 된다던데 정확히 얼마": the asker's own estimate of the figure asked is no topic.
  const unhedged = intent === 'money' || intent === 'count' || intent === 'percent' || intent === 'area' ? spaced.replace(HEDGED_FIGURE, '$1 ') : spaced;
  const { topic, predicates, spoken, chatVerb } = extractTopic(unhedged, [...cues, ...metaCues]);
  const focus = findFocus(spaced, topic);
  const form = SENTENCE_FORM.test(spaced) || predicates.length > 0 || spoken ? 'sentence' : 'keywords';
  const wantsDay = intent === 'date' && /며칠|몇 일|정확한 (날짜|날)|무슨 요일|일자/u.test(spaced);
  const countedNoun = intent === 'count' ? findCountedNoun(spaced) : null;
  return {
    ok: true,
    value: {
      question, intent, counter, topic, cues, focus, predicates, form, wantsDay, countedNoun, asksAbout,
      ...searchTextOf(question, chatVerb),
    },
  };
}

/** "공모주식 몇 주", "주식 몇 주 팔았어": 주 counts shares beside 주식, not weeks. */
function countsShares(question: string, counter: string): boolean {
  return counter === '주' && /주식|주주|공모주|신주|구주|자사주/u.test(question);
}

/**
 * A figure said with a hedge (어림수): "8조 가까이", "6천억대라던데", "30곳 넘게", "200억 정도". In a
 * question that asks a figure of that kind it is the asker's estimate of the answer, not the topic.
 */
const HEDGED_FIGURE =
  /(^|\s)\d[\d,.]*\s*(?:천|백|십)?\s*(?:조|억|만)?\s*(?:원|달러|불|명|개사|개국|개|건|곳|%|퍼센트|프로)?\s*(?:가까이|가량|남짓|넘게|넘는다던데|넘는다는데|안팎|정도|쯤|언저리|대라던데|대라는데|대)(?=\s|[?？,.]|$)/gu;

/**
 * "몇 억짜리", "몇 달러", "몇㎡", "몇 %": 몇 before a unit of money, area or share asks that figure,
 * not a count ("몇 억 명", "몇 만 개" still count people and things).
 */
function measureAsked(question: string): 'money' | 'area' | 'percent' | null {
  if (/몇\s*(?:십|백|천|만|억|조)*\s*(?:원|달러|불|엔|유로|위안|파운드)/u.test(question)) return 'money';
  if (/몇\s*(?:억|조)(?!\s*(?:[명개건대곳톤회번채척쌍장권벌마리]|가구|개사|개국|세대))/u.test(question)) return 'money';
  if (/몇\s*(?:천|만)?\s*(?:㎡|㎢|m²|km²|제곱미터|제곱킬로미터|평(?![가-힣])|헥타르|㏊)/u.test(question)) return 'area';
  // Chat spells it 몇퍼, 몇 프로 (not 프로그램, 프로젝트, 프로야구).
  if (/몇\s*(?:%|퍼센트|퍼(?![가-힣]{2})|프로(?!젝|그|필|듀|세|포|모|선|골|야구|게|팀|리))/u.test(question)) return 'percent';
  return null;
}

/**
 * A word ending in a measure's noun asks that measure when 얼마/몇 ask a quantity: "피해면적 얼마야",
 * "연면적 얼마?" an area; "영업이익률 몇이야", "참여율 얼마" a percentage (환율 is money).
 */
function compoundMeasure(question: string): 'area' | 'percent' | null {
  for (const word of question.split(/\s+/u)) {
    const bare = stripJosa(word.replace(/[?？!.,~]+$/u, ''), QUESTION_JOSA);
    if (/^[가-힣]+(?:면적|넓이)$/u.test(bare)) return 'area';
    if (/^[가-힣]+[률율]$/u.test(bare) && [...bare].length >= 3 && !/환율$/u.test(bare)) return 'percent';
  }
  return null;
}

/**
 * "일시 대피한 주민 몇 명", "일시 중단된 노선": 일시 (temporarily) before a verb, not 일시 (the date and
 * time) asked. Read as 잠시 for the intent only; the topic keeps the word the articles write.
 */
const TEMPORARILY = /일시(?=\s*[가-힣]{2,4}(?:한|된|했|하는|하고|됐|되는|돼|해|중)(?:\s|[?？]|$))/gu;

type IntentDetection = { intent: QuestionIntent; cues: string[]; counter: string | null };

/** Cue words that say how much is asked (a total), not what kind of thing. */
const QUANTIFIER_CUES = new Set(['전체', '총$']);

/** Intents asked by their own question word: 누구, 어디, 언제. */
const WH_INTENTS = new Set<QuestionIntent>(['person', 'place', 'date']);

/** Whether another intent's question word that asks who, where or when is in the question. */
function asksWhoWhereWhen(question: string, intent: QuestionIntent, notWho = false): boolean {
  return INTENT_CUES.some((other) => other.intent !== intent && WH_INTENTS.has(other.intent) && !(notWho && other.intent === 'person') && (other.questionWords ?? []).some((word) => hasCue(question, word)));
}

/** Whether another intent's question word is in the question. */
function asksOtherwise(question: string, intent: QuestionIntent): boolean {
  return INTENT_CUES.some((other) => other.intent !== intent && (other.questionWords ?? []).some((word) => hasCue(question, word)));
}

function detectIntent(question: string): IntentDetection {
  const lower = question.toLowerCase();
  // "어디 대표야?", "회사가 어디래?" ask which organization, not where: the best sentence names it.
  if (ENTITY_QUESTION.test(lower)) {
    const cue = /어디|어느/u.exec(lower)?.[0] ?? '어디';
    return { intent: 'open', cues: [cue], counter: null };
  }
  for (const strength of ['strong', 'weak'] as const) {
    for (const cue of INTENT_CUES) {
      const words = strength === 'strong' ? [...(cue.questionWords ?? []), ...cue.words] : (cue.weakWords ?? []);
      const found = words.filter((word) => hasCue(lower, word));
      // "전체 투자 규모 얼마": a quantifier (전체, 총) asks a count only when no other intent's question
      // word (얼마, 언제, 누구 …) asks something else.
      if (found.length > 0 && found.every((word) => QUANTIFIER_CUES.has(word)) && asksOtherwise(lower, cue.intent)) continue;
      // "대선 때 강조한 정책은 무엇인가?", "주장한 인물은?": a word of saying names the statement, but the
      // question asks a named thing of it (a policy, a person), not the words said.
      if (cue.intent === 'quote' && found.every((word) => !(cue.questionWords ?? []).includes(word)) && asksNamedThing(lower)) continue;
      // "보조금 선정된 회사" names money but asks for a company.
      // "어떤 지원금", "무슨 보조금" ask which one: the money word is the topic, not the cue.
      const named =
        strength === 'strong' &&
        !ENDS_ON_ENTITY.test(lower) &&
        (cue.topicWords ?? []).some((word) => hasCue(lower, word) && !new RegExp(`(어떤|무슨|어느)\\s*${escapeRegExp(word)}`, 'u').test(lower));
      // "티켓 매출을 추산한 연구원은 누구인가?": a word of a kind (매출) does not outweigh the question
      // word of another kind that asks who, where or when.
      // (Who said it is left to the quote readers: "'닫힌 고리' 얘기한 사람 누구였지" is read with its
      // quote; "언급한 전략 언제 발표된 거래" still asks when.)
      if (strength === 'strong' && !found.some((word) => (cue.questionWords ?? []).includes(word)) && asksWhoWhereWhen(lower, cue.intent, cue.intent === 'quote')) continue;
      if (found.length > 0 || named) {
        const counter = cue.intent === 'count' ? findCounter(lower) : null;
        return { intent: cue.intent, cues: found.map((word) => word.replace(/\$$/u, '')), counter };
      }
    }
  }
  // "제노스코 대표 이름" and "차순도 원장 소속" ask for a person; "단체의 이름은" and "이명박이
  // 소속된 당" do not: a name or role cue counts only next to a title (직함).
  const nameCue = NAME_CUES.find((word) => hasCue(lower, word));
  if (nameCue && lower.split(/\s+/u).some((word) => readTitle(word) !== null || nearTitle(word) !== null)) {
    return { intent: 'person', cues: [nameCue], counter: null };
  }
  return { intent: 'open', cues: [], counter: null };
}

/**
 * 어디 before a bare noun that another word follows ("어디 협업 스타트업 됐다고", "어디 보조금
 * 프로그램에"): whose, not where. A word with a particle or a verb ending after 어디 ("어디 안에",
 * "어디 있어") still asks where.
 */
const WHOSE_NOUN = /어디\s+(?![있열짓지들])[가-힣]{2,}(?<![에서로어아여야지해했고는은을를려임래대])\s+[가-힣A-Za-z]/u;

/**
 * Nouns of organizations asked about with 어디/어느 (회사, 대학, 기관 …), and 어디 as an object or
 * partner ("어디를 벤치마킹", "어디랑 협약"): which one, not where.
 */
const ENTITY_NOUN = '(회사|기업|업체|대학|학교|기관|단체|병원|언론사|매체|브랜드|대표|소속|팀|연구소|정당|출판사|방송사|투자사|제약사|협력사|(?<![가-힣])상대|(?<![가-힣])파트너|vc|은행|증권사)';
const ENTITY_QUESTION = new RegExp(
  `${ENTITY_NOUN}[가-힣]{0,2}\\s*(어디|어느)|(어디|어느)\\s*(의\\s*)?${ENTITY_NOUN}|어디(를|와|랑|하고|로부터|한테)|${WHOSE_NOUN.source}`,
  'u',
);
/** A question that ends on the organization it wants: "NIH 보조금 선정된 회사", "… 기업은?". */
/** Nouns that name what was said: "발언 내용은?", "소감은?" ask the words themselves. */
const SAID_NOUNS = new Set(['내용', '말', '말씀', '발언', '소감', '입장', '얘기', '이야기', '메시지', '주장', '요지', '한마디', '당부', '각오', '답변', '평가', '설명']);

/** The noun a question ends by asking for ("정책은 무엇인가?", "인물은?", "드라마는?"). */
const ASKED_NOUN = /([가-힣]{1,6}?)(?:은|는|이|가)\s*(?:무엇|뭐|누구|어디)?\s*(?:인가요|인가|입니까|이었나|였나|일까|이야|야|였지|이었지)?\s*[?？]?\s*$/u;

/**
 * Whether the question asks a named thing rather than words said: "어떤 병", "무슨 정책" (not "무슨
 * 말"), or a final noun that is not one of saying ("강조한 정책은 무엇인가?").
 */
function asksNamedThing(question: string): boolean {
  const which = /(?:어떤|무슨|어느)\s*([가-힣]+)/u.exec(question)?.[1];
  if (which !== undefined && !SAID_NOUNS.has(which) && !/^말/u.test(which)) return true;
  const noun = ASKED_NOUN.exec(question)?.[1];
  return noun !== undefined && noun.length >= 2 && !SAID_NOUNS.has(noun);
}

const ENDS_ON_ENTITY = /\s(회사|기업|업체|기관|대학|단체)(은|는|야|이야|임|들)?\s*[?？]?\s*$/u;

/**
 * A title typed with a one-jamo typo ("부시쟝" for 부시장): same length and first letter, one jamo
 * apart. Three syllables at least (two-syllable titles are one jamo from too many words).
 */
function nearTitle(word: string): string | null {
  const bare = stripJosa(word, QUESTION_JOSA);
  // "원쟝", "부시쟝": chat writes the 장 of a title as 쟝 — a two-syllable title too.
  const plain = bare.endsWith('쟝') ? `${bare.slice(0, -1)}장` : null;
  if (plain !== null && readTitle(plain)?.title === plain) return plain;
  if (!/^[가-힣]{3,}$/u.test(bare) || readTitle(bare) !== null) return null;
  for (const title of TITLES) {
    if (title.length === bare.length && title[0] === bare[0] && jamoDistance(title, bare) === 1) return title;
  }
  return null;
}

/** Words that ask for a person's name or role; they do only next to a title (직함). */
const NAME_CUES = ['이름', '성함', '풀네임', '실명', '직함', '직책', '직위', '소속', 'name'];

/**
 * A cue matches at the start of an eojeol ("예산은" has 예산; "공예산업" does not) and, for Latin
 * cues, as a whole word.
 */
function hasCue(question: string, cue: string): boolean {
  // Every pattern needs the cue's own letters: most cues are ruled out by a plain substring test.
  const literal = cue.endsWith('$') ? cue.slice(0, -1) : cue;
  if (!question.includes(literal)) return false;
  return cuePattern(cue).test(question);
}

/** Compiled once per cue: intent detection tries every cue on every question. */
const cuePatterns = new Map<string, RegExp>();
function cuePattern(cue: string): RegExp {
  let pattern = cuePatterns.get(cue);
  if (pattern) return pattern;
  if (/^[a-z ]+$/u.test(cue)) pattern = new RegExp(`\\b${cue}\\b`, 'u');
  // A cue ending in $ is a whole word, particles allowed ("직원 수는"), never a prefix ("수출").
  // "할 수 있다" is not a number (수) question.
  else if (cue.endsWith('$')) {
    const word = escapeRegExp(cue.slice(0, -1));
    pattern = new RegExp(`(^|[\\s\\p{P}])${word}${josaSource(['marker'])}?(?=$|[\\s\\p{P}])(?!\\s*(있|없))`, 'u');
  }
  // "총사업비", "총예산": 총 (total) may be glued in front.
  else pattern = new RegExp(`(^|[\\s\\p{P}])(총|전체)?${escapeRegExp(cue)}`, 'u');
  cuePatterns.set(cue, pattern);
  return pattern;
}

/** The noun right before 몇, without its particle: "VC는 몇 곳" → VC. */
function findCountedNoun(question: string): string | null {
  // "유니콘 기업 전체 몇 개": skip words that say how much is counted, not what.
  // "몇 개국 참가했어": 몇 opening the question has no noun before it.
  const at = question.search(/\s몇/u);
  if (at < 0) return null;
  // "초대형선 월평균 몇 척": how often or on average is not what is counted.
  const before = question.slice(0, at).split(/\s+/u).filter((word) => !/^(전체|총|모두|다|각|평균|월평균|연평균|일평균|하루|하루에|한달|한달에|매달|매일|매년|연간|해마다)$/u.test(word));
  const word = before.at(-1);
  if (!word) return null;
  const noun = stripJosa(word, QUESTION_JOSA);
  return [...noun].length >= 2 ? noun : null;
}

/**
 * The counter after 몇: a known one ("몇 개사" → 개사), else the word without its particle or
 * copula ("몇 부작의" → 부작, "몇 장인가" → 장).
 */
function findCounter(question: string): string | null {
  const match = /몇\s*([가-힣]+)/u.exec(question);
  if (!match?.[1]) return impliedCounter(question);
  const word = match[1];
  // "몇 키로", "몇 미리": a unit said as chat says it, counted as articles write it (㎞, ㎜, ㎝, m).
  const unit = CHAT_UNITS.find(([said]) => said.test(word));
  if (unit) return unit[1];
  const known = COUNTERS.find((counter) => word.startsWith(counter));
  if (known) return known;
  const stem = word.replace(COUNTER_TAIL, '');
  return stem.length > 0 ? stem : null;
}

/** Units as chat says them and as articles write them (키로 is ㎞ where a length is asked, else ㎏). */
const CHAT_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(?:키로|킬로)(?:미터)/u, '㎞'],
  [/^(?:키로|킬로)(?=[가-힣]*$)/u, '㎞'],
  [/^(?:미리|밀리)/u, '㎜'],
  [/^(?:센치|센티)/u, '㎝'],
  [/^미터/u, 'm'],
];

/**
 * The counter a count question implies without 몇: people are counted in 명 ("참석자 수",
 * "인원"), cases in 건 ("건수").
 */
function impliedCounter(question: string): string | null {
  if (/건수/u.test(question)) return '건';
  if (/인원|사람 ?수|[가-힣](자|객|원) ?수/u.test(question)) return '명';
  return null;
}

/** What may follow a counter in a question: particles, copula, question endings. */
const COUNTER_TAIL = /(짜리|만에|만|째|씩|인가요|인가|인지|입니까|이나|이야|이었지|이었나|이었어|이었|였어|였지|였나|였|이래|이었대|였대|이라던데|라던데|래|대|야|지|요|의|을|를|은|는|이|가|로|으로|에|나|까)+$/u;

/** The question minus cue words, question words and the trailing predicate. */
function extractTopic(question: string, cues: string[]): { topic: string; predicates: string[]; spoken: boolean; chatVerb: string | null } {
  // "몇 주년이었지": the counter after 몇 is asked about, not searched for.
  // "몇㎡ 였더라", "몇 % 올랐어": a unit written in symbols too, and a copula left standing after it.
  // "한 곳당", "기업마다": per what the figure is counted, not what about.
  let text = ` ${question} `.replace(/(^|\s)(?:한|각)\s+[가-힣]{1,2}당(?=\s)/gu, '$1 ').replace(/(^|\s)몇\s*(?:[가-힣]+|(?:[㎡㎢%]|m²|km²)[가-힣]*(?:\s+(?:이었|였)[가-힣]*)?)/gu, '$1 ');
  for (const cue of [...cues, ...ALL_QUESTION_WORDS].sort((a, b) => b.length - a.length)) {
    // A cue without Latin letters matches only where its letters are (no case to fold).
    if (!/[a-z]/iu.test(cue) && !text.includes(cue)) continue;
    text = text.replace(cueRemoval(cue), '$1 ');
  }
  const words = text
    .replace(/[?？!！.。,，~]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const last = words.at(-1);
  if (last !== undefined && /[가-힣]$/u.test(last) && PREDICATE_ENDING.test(last)) {
    const stem = last.replace(PREDICATE_ENDING, '');
    // Keep a Sino-Korean verb noun ("시작했나" → "시작"), drop a bare verb stem ("받았나" → "받").
    const noun = [...stem].length >= 2 && !/[었았였렸]$/u.test(stem);
    // "몇 개국 참가했어": a question whose only word is its verb keeps the verb's noun ("참가").
    if (words.length > 1 || noun) words.pop();
    if (noun) words.push(stem);
  }
  // "얼마 들어?", "몇 명 와?": a short spoken verb right after 얼마/몇 only asks how much; as a topic
  // word it would be found inside other words ("만들어내고" holds 들어) and outweigh the topic.
  const closing = words.at(-1);
  let chatVerb: string | null = null;
  if (closing !== undefined && words.length > 1 && closesHowMuch(question, closing)) chatVerb = words.pop() ?? null;
  // "전체", "총", "모두" standing alone say how much is asked ("전체 몇 개", "총 얼마"), not about what.
  // "얼마 들어?", "몇 월에 한다고 했지?": a light verb said in chat is how the asker asks, never the topic (./chatWords.ts).
  const spoken = words.filter(isChatVerb);
  const kept = words.filter((word) => !ENGLISH_STOPWORDS.has(word.toLowerCase()) && !/^(전체|총|모두)$/u.test(word) && !spoken.includes(word));
  const predicates = kept.filter(isPredicateForm).map((word) => stripJosa(word, QUESTION_JOSA));
  // A question that ends on a spoken verb ("어디에 지어?", "어떤 회사야") asks with it.
  const lastKept = kept.at(-1);
  if (lastKept !== undefined && kept.length > 1 && SPOKEN_ENDING.test(lastKept) && SPOKEN_ENDING.test(question.trim().replace(/[?？]\s*$/u, ''))) {
    predicates.push(stripJosa(lastKept, QUESTION_JOSA));
  }
  const topic = kept.map((word) => stripJosa(word, QUESTION_JOSA)).join(' ').trim();
  return topic.length > 0 ? { topic, predicates, spoken: spoken.length > 0 || chatVerb !== null, chatVerb } : { topic: question, predicates: [], spoken: false, chatVerb };
}

/** The pattern that removes a cue (with its particles) from a question, compiled once per cue. */
const cueRemovals = new Map<string, RegExp>();
function cueRemoval(cue: string): RegExp {
  let pattern = cueRemovals.get(cue);
  if (!pattern) {
    // A one-syllable cue (수) goes only as a whole word; longer cues take their particles along.
    const tail = [...cue].length === 1 ? `${josaSource(['marker'])}?(?=$|[\\s\\p{P}])` : '[가-힣]*';
    pattern = new RegExp(`(^|[\\s\\p{P}])(총|전체)?${escapeRegExp(cue)}${tail}`, 'giu');
    cueRemovals.set(cue, pattern);
  }
  return pattern;
}

/**
 * Predicate forms (용언의 활용형): adnominal and connective endings ("소속된", "개최한", "맺은",
 * "열리는"), told apart from nouns with particles by their endings alone.
 */
const PREDICATE_FORM =
  /(된|한|던|될|할|했던|하는|있는|없는|하여|하게|하고|하며|해서|했다|됐다|되어|되었|하기|했고|였던|시킨|당한|이라는|라는|다는|있던|된다|한다|했대|했어|했지|다고|다며|(?:는|한|된|났|았|었|였|겠|랬|댔)대|다던데|라던데)$/u;
/** A one-syllable verb stem with an adnominal ending ("맺은", "짓는", "받은", "열린", "부른"). */
const SHORT_ADNOMINAL = /^[가-힣][은는린된난친진운준쓴긴힌둔춘른]$/u;
/** A verb stem ending that takes 는 ("열리는", "보이는", "바꾸는"); nouns rarely end so. */
const VERB_STEM_NEUN = /[가-힣][리되지기시르우추주끄]는$/u;

/** The question as searched, when it differs: without its chat verbs (./chatWords.ts withoutChatVerbs). */
function searchTextOf(question: PreparedQuestion, chatVerb: string | null): { searchText?: string } {
  const searched = withoutChatVerbs(question, chatVerb);
  return searched === question ? {} : { searchText: searched };
}

function isPredicateForm(word: string): boolean {
  if (!/[가-힣]$/u.test(word)) return false;
  return SHORT_ADNOMINAL.test(word) || VERB_STEM_NEUN.test(word) || ([...word].length > 2 && PREDICATE_FORM.test(word));
}

/** Nouns that name the kind of answer wanted (답의 종류), with a copula or particle at most. */
const ANSWER_TYPE_NOUN =
  /^(회사|기업|업체|기관|대학|단체|분야|종류|이름|예시|목록|내용|방법|이유|목적|의미|역할|특징|장소|사람|인물|나라|국가|지역)(야|이야|임|은|는|이|가)?$/u;
/** The word before a closing question word: "부인은 누구인가" → 부인. */
const FOCUS_BEFORE_QUESTION_WORD = new RegExp(
  `([\\p{L}\\p{N}]+?)${josaSource(['subject'])}?\\s+(?:무엇|누구|어디|어느|무슨)[가-힣]*\\s*[?？]?\\s*$`,
  'u',
);
/** The topic-marked word closing a question: "발매된 해는?" → 해. */
const FOCUS_CLOSING = /([\p{L}\p{N}]+?)(?:은|는)\s*[?？]\s*$/u;

/**
 * The noun a question asks about: the word right before a question word ("부인은 누구인가",
 * "이름은 무엇인가", "장애는 무엇인가") or closing the question ("발매된 해는?"). The noun before
 * 몇 is what is counted ("VC는 몇 곳") and stays a topic word.
 */
function findFocus(question: string, topic: string): string | null {
  const words = topic.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 2) return null;
  // A question ending on the kind of answer it wants ("소속 회사", "무슨 분야야") names no topic there.
  const last = words.at(-1) ?? '';
  if (ANSWER_TYPE_NOUN.test(last)) return last;
  // "홍보한 행사 뭐야", "어떤 계획": the kind of thing asked (span/kindNoun.ts).
  const kind = askedKindNoun(question)?.toLowerCase();
  const kindWord = words.find((word) => word.toLowerCase() === kind);
  if (kindWord !== undefined) return kindWord;
  const trimmed = question.trim();
  const noun = (FOCUS_BEFORE_QUESTION_WORD.exec(trimmed) ?? FOCUS_CLOSING.exec(trimmed))?.[1];
  if (!noun) return null;
  return words.find((word) => word === noun || noun.startsWith(word)) ?? null;
}


