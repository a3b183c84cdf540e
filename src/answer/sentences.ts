/**
 * The sentences an answer may be drawn from: search hits for the question, each marked
 * `supported` when its paragraph really speaks of the question's topic.
 */
import type { SearchHit } from '../search/types.ts';
import { contentWords, questionSupport, topicWords, type TopicWord, type TopicWords } from './evidence.ts';
import type { Library } from './library.ts';
import { defaultAnswerOptions, SHORT_QUESTION_WORDS } from './options.ts';
import { josaSource } from '../korean/josa.ts';
import { syllablePieces } from '../korean/pieces.ts';
import { splitCompound } from '../korean/compound.ts';
import { questionSynonyms } from './questionSynonyms.ts';
import { hangulForLatin } from './english/index.ts';
import { chatFigureForms, isChatWord, isKindNoun } from './chatWords.ts';
import { expandAcronym } from './acronym.ts';
import { numberWordForms } from '../korean/numberWords.ts';
import { fixShortTypo } from './shortTypo.ts';
import { readSpanQuestion } from './span/question.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { INTERPUNCTS, withoutSpaces } from '../korean/normalize.ts';
import { isOrganization } from './organizations.ts';

/**
 * Endings of inflected and spoken Korean verbs (활용 어미, 구어체 어미): "짓는대", "열렸다고",
 * "왔음", "협력해", "나온", "들어간", "바뀌는거", "줄였더라", "나오는데", "납품함" (not "포함", a noun),
 * "생김", "바뀜", "나옴" (a verb made a noun, as chat ends a question: "걸림"; not 내림/올림/오름, whose direction is asked). Applied only to words the corpus does not know, where a noun would mean the
 * articles do not speak of the question but a verb is just the asker's phrasing.
 */
const SPOKEN_VERB_ENDING =
  /[가-힣](는거|던거|더라|는데|은데|던데|는대|했대|한대|된대|였대|았대|었대|다고|냐고|라고|었지|았지|였지|했지|됐지|었나|았나|였나|었어|았어|였어|었음|았음|였음|했음|됐음|왔음|갔음|나요|어요|아요|해요|대요|네요|지요|까요|려|돼|해|대|래|음|임|지|야|어|냐|니|죠|온|간|른|낸|린|본)$|^[가-힣]{2,}(함|됨)$|^(?!(?:내림|올림|오름)$)[가-힣]{1,2}(김|뀜|짐|옴|줌|림|름)$/u;

/**
 * Chat words an article seldom writes that name no topic: the slot asked ("보상금 총액", "습지 크기"
 * — the question word already says what is asked), how often ("매달", "매년"), hedges ("대략") and
 * totting up ("합쳐서", "통틀어").
 * Unknown to the corpus they are optional, not a sign that the articles do not speak of the question
 * ("매달 장려금 얼마" is asked of "월 80만원의 학업장려금"). "돈" is not among them: "3부두 건설 돈"
 * names no figure's noun, and a part of a total ("국비 600억원") would answer it.
 */
const SAID_IN_PASSING = new Set([
  '총액', '금액', '액수', '크기', '수치', '합계', '총합',
  '매달', '매월', '매년', '매일', '해마다', '달마다',
  '대략', '대충', '얼추',
  // Totting up: "계약이랑 MOU 합쳐서 몇 건" asks the total the article gives.
  '전부', '다해서', '합쳐서', '합치면', '합하면', '통틀어',
]);

/** A one-syllable noun with its particle ("전에", "왕은", spoken "전엔"): too little to require, kept optional. */
const SHORT_NOUN_WITH_PARTICLE = new RegExp(`^[가-힣](?:${josaSource(['basic', 'marker', 'genitive'])}|엔|에선)$`, 'u');

/**
 * Share of topic words a sentence's neighbourhood must hold. Short topics must be held whole:
 * "랩허브 직원 수" must not be answered from a sentence about 랩허브 alone.
 */
function requiredSupport(q: QuestionAnalysis, wordCount: number): number {
  return q.form === 'keywords' && wordCount <= SHORT_QUESTION_WORDS ? 1 : 0.6;
}

/** The sentences for a question, and the pieces of its topic (all spellings) to locate in them. */
export type Ranking = {
  sentences: RankedSentence[];
  pieces: string[];
  /** False when the topic holds a word the corpus never uses: no sentence is supported then. */
  topicKnown: boolean;
};

/**
 * The search hits for a question, in search order, those whose paragraph holds the topic marked
 * `supported`, then the sentence after each of the best supported ones. Only supported sentences
 * may answer; the others may still be cited after them. When the topic holds a word the corpus
 * never uses, no sentence is supported: the hits are only the closest evidence, listed as related.
 */
export async function rankSentences(library: Library, q: QuestionAnalysis): Promise<Ranking> {
  // The whole question goes to search: its cue words ("예산") steer the search's own answer-type
  // preference; the topic alone decides whether a sentence is about the question.
  // Chat verbs are not searched: "들어" would find "만들어내고" (./question.ts searchText).
  const hits: SearchHit[] = await library.retriever.search(q.searchText ?? q.question, { limit: defaultAnswerOptions.searchLimit });
  // Whether a hit writes a figure (spaces and thousands separators aside: "59억 달러" has 59억달러).
  const writesFigure = (form: string) => hits.some((hit) => hit.sentence.text.replace(/[\s,]+/gu, '').includes(form));
  const writesWord = (word: string) => hits.some((hit) => hit.sentence.text.includes(word));
  const topic = knownTopic(library, splitCompounds(library, topicWords(q.topic, {
    focus: q.focus,
    predicates: q.predicates,
    // The corpus's own aliases, and the question-side synonyms of everyday question words.
    // A Latin name the corpus writes only in Hangul ("LabCentral" → 랩센트럴) is that Hangul.
    // A figure said in chat ("59억불이면") is the one articles write ("59억달러").
    aliasesOf: (phrase) => [...library.aliasesOf(phrase), ...questionSynonyms(phrase), ...hangulForLatin(library, phrase), ...chatFigureForms(phrase, writesFigure), ...numeralFormsOf(library, phrase, hits), ...acronymOf(library, phrase), ...shortTypoOf(library, phrase, writesWord), ...interpunctOf(library, phrase, writesWord)],
  })), readSpanQuestion(q.question).before, q.question);
  const topScore = hits[0]?.score || 1;
  if (topic === null) {
    const related = hits.map((hit): RankedSentence => {
      const { articleId, index, text } = hit.sentence;
      return { articleId, sentenceIndex: index, text, relevance: hit.score / topScore, ownSupport: 0, supported: false, facts: library.factsOf(articleId, index) };
    });
    return { sentences: related, pieces: [], topicKnown: false };
  }
  const ranked = rankHits(library, q, hits, topic);
  // "세계한상대회 올해 어디서 해?": news leaves the current year implicit in the article's date ("오는
  // 10월 … 개최"). When every supported sentence is supported only by its 올해, 올해 counts only where
  // a sentence says it, and the sentences that speak of the rest of the question answer.
  const current = topic.words.filter((word) => CURRENT_PERIOD.test(word.text));
  const others = topic.words.filter((word) => !current.includes(word));
  const loose = current.length > 0 && others.length > 0 ? rankHits(library, q, hits, { words: others, optional: [...topic.optional, ...current] }) : null;
  const sentences = loose && !ranked.some((sentence, i) => sentence.supported && loose[i]?.supported) ? loose : ranked;
  const pieces = [...topic.words, ...topic.optional].flatMap((word) => word.forms.flatMap((form) => syllablePieces(form)));
  return { sentences: [...sentences, ...followingSentences(library, topic, sentences)], pieces: [...new Set(pieces)], topicKnown: true };
}

/**
 * The corpus's Hangul words by first syllable, built once per library on first use: the acronym and
 * short-typo readers look only among words that begin as the question word does.
 */
const wordsByFirst = new WeakMap<Library, Map<string, string[]>>();

function wordsBeginningWith(library: Library, syllable: string): readonly string[] {
  let index = wordsByFirst.get(library);
  if (!index) {
    index = new Map();
    for (const word of library.words.keys()) {
      const first = word[0];
      if (first === undefined) continue;
      const bucket = index.get(first);
      if (bucket) bucket.push(word);
      else index.set(first, [word]);
    }
    wordsByFirst.set(library, index);
  }
  return index.get(syllable) ?? [];
}

/**
 * The corpus word a question word unknown to the corpus abbreviates ("보산진" → 보건산업진흥원,
 * ./acronym.ts), none when the corpus knows the word or no single word fits.
 */
function acronymOf(library: Library, phrase: string): readonly string[] {
  if (!/^[가-힣]{3,4}$/u.test(phrase) || library.knowsWord({ text: phrase, forms: [phrase] })) return [];
  const long = expandAcronym(phrase, wordsBeginningWith(library, phrase[0] ?? ''));
  return long === null ? [] : [long];
}

/**
 * A figure a question word spells in Korean numerals ("이천칠백억" → 2700억, ../korean/numberWords.ts), as
 * one of the question's hits writes it; none for short words the corpus knows ("구조" is not 9조).
 */
function numeralFormsOf(library: Library, phrase: string, hits: readonly SearchHit[]): readonly string[] {
  if (!/^[가-힣]{2,}$/u.test(phrase)) return [];
  // A short word the corpus knows is that word ("구조", "오만"); "열다섯", "서른여덟" are numbers.
  if (phrase.length <= 2 && library.knowsWord({ text: phrase, forms: [phrase] })) return [];
  return numberWordForms(phrase, hits.map((hit) => hit.sentence.text));
}

/**
 * The corpus word a two-syllable question word unknown to the corpus mistypes by one jamo ("수쥬" →
 * 수주, ./shortTypo.ts) when the question's hits write it; none otherwise.
 */
function shortTypoOf(library: Library, phrase: string, written: (word: string) => boolean): readonly string[] {
  if (!/^[가-힣]{2}$/u.test(phrase) || library.knowsWord({ text: phrase, forms: [phrase] })) return [];
  const fixed = fixShortTypo(phrase, wordsBeginningWith(library, phrase[0] ?? ''), written);
  return fixed === null ? [] : [fixed];
}

/**
 * The spelling with interpuncts of a word the corpus never writes whole, when the question's hits
 * write it so: chat types "한미 정상회담", "노사 협상", "미중 갈등" for the articles' "한·미", "노·사",
 * "미·중" (one syllable per party). None otherwise.
 */
function interpunctOf(library: Library, phrase: string, written: (word: string) => boolean): readonly string[] {
  if (!/^[가-힣]{2,4}$/u.test(phrase) || library.knowsWord({ text: phrase, forms: [phrase] })) return [];
  return INTERPUNCTS.map((mark) => [...phrase].join(mark)).filter(written);
}

/** Whether the question writes a (lowercased) topic word as an organization's acronym ("TSMC"). */
function writesAcronym(question: string, word: string): boolean {
  if (!/^[a-z][a-z&]{2,7}$/u.test(word)) return false;
  return question.split(/[^A-Za-z&]+/u).some((written) => written.toLowerCase() === word && isOrganization(written));
}

/** The current period as questions say it: "올해", "금년". */
const CURRENT_PERIOD = /^(올해|금년)$/u;

/** The search hits as ranked sentences, those whose paragraph holds the topic marked `supported`. */
function rankHits(library: Library, q: QuestionAnalysis, hits: readonly SearchHit[], topic: TopicWords): RankedSentence[] {
  const topScore = hits[0]?.score || 1;
  const needed = requiredSupport(q, topic.words.length);
  // In a long question, search's own IDF-weighted coverage vouches for a paraphrase ("죽은 해" /
  // "사망") when most of the question's weight is in the passage and half its words are there.
  // A keyword query gets no such leeway: each of its few words is the point.
  const vouchable = q.form === 'sentence' || contentWords(q.topic).length > SHORT_QUESTION_WORDS;
  // How much of the topic a sentence holds itself weighs rare words more: "카카오헬스케어 구글 MOU"
  // is not held by a sentence that only says MOU.
  const weightOf = (word: TopicWord) => library.wordWeight(word);
  const ranked = hits.map((hit): RankedSentence => {
    const { articleId, index, text } = hit.sentence;
    const support = questionSupport(topic, library.paragraphOf(articleId, index));
    // A sentence continues the one before it ("… 소개하는 시간을 가졌다. 총 3개 기업이 각 10분간
    // 발표를 진행했다."): it holds a share of what that one holds.
    const previous = library.sentence(articleId, index - 1);
    const inherited = previous ? INHERITED_SUPPORT * questionSupport(topic, previous.text, weightOf) : 0;
    return {
      articleId,
      sentenceIndex: index,
      text,
      relevance: hit.score / topScore,
      ownSupport: Math.max(questionSupport(topic, text, weightOf), inherited),
      supported: support >= needed || (vouchable && hit.coverage >= defaultAnswerOptions.vouchingCoverage && support >= 0.5),
      facts: library.factsOf(articleId, index),
    };
  });
  return ranked;
}

/**
 * Each topic word the corpus never writes whole, but writes as parts, becomes those parts:
 * "산불대책" asks about an article's "산불" and its "대책", wherever each stands. Words with other
 * forms (aliases, typo spellings) are kept whole.
 */
function splitCompounds(library: Library, topic: TopicWords): TopicWords {
  const words = library.words;
  if (words.size === 0) return topic;
  const isWord = (word: string) => words.has(word);
  // Only a word with a syllable pair the corpus never has: "라운드테이블" is written "라운드 테이블",
  // whose pairs (across the space too) search already finds together.
  const knowsPiece = (piece: string) => library.knowsWord({ text: piece, forms: [piece] });
  const split = (word: TopicWord): TopicWord[] => {
    if (word.forms.length > 1 || syllablePieces(word.text).every(knowsPiece)) return [word];
    const parts = splitCompound(word.text, isWord);
    return parts === null ? [word] : parts.map((part) => ({ text: part, forms: [part] }));
  };
  return { words: topic.words.flatMap(split), optional: topic.optional.flatMap(split) };
}

/**
 * An unknown word that names an article's outlet ("헤럴드 소제목", "조선비즈 기사에서"): which article
 * the asker read, not a topic its sentences hold (bylines are outside the body).
 */
function namesOutlet(library: Library, word: string): boolean {
  const name = word.replace(/(에선|에서|엔|에|의|은|는|이|가)$/u, '');
  if (!/^[가-힣A-Za-z]{2,}$/u.test(name)) return false;
  return library.outlets.some((outlet) => withoutSpaces(outlet).startsWith(name));
}

/** Share of the previous sentence's topic support a sentence inherits. */
const INHERITED_SUPPORT = 0.8;

/**
 * The sentence after each of the best supported ones, when search did not rank it: news often
 * names the topic in one sentence and gives the figure in the next ("현지 우수 기업을 소개하는
 * 시간을 가졌다." / "… 총 3개 기업이 각 10분간 발표를 진행했다.").
 */
function followingSentences(
  library: Library,
  topic: TopicWords,
  ranked: readonly RankedSentence[],
): RankedSentence[] {
  const seen = new Set(ranked.map((sentence) => `${sentence.articleId}\u0000${sentence.sentenceIndex}`));
  const following: RankedSentence[] = [];
  for (const sentence of ranked.filter((candidate) => candidate.supported).slice(0, defaultAnswerOptions.followedSentences)) {
    const next = library.sentence(sentence.articleId, sentence.sentenceIndex + 1);
    const key = `${sentence.articleId}\u0000${sentence.sentenceIndex + 1}`;
    if (!next || seen.has(key)) continue;
    seen.add(key);
    following.push({
      articleId: next.articleId,
      sentenceIndex: next.index,
      text: next.text,
      relevance: sentence.relevance * defaultAnswerOptions.followingRelevance,
      // It continues the sentence before it, whose topic it shares.
      ownSupport: Math.max(questionSupport(topic, next.text, (word) => library.wordWeight(word)), INHERITED_SUPPORT * sentence.ownSupport),
      supported: true,
      facts: library.factsOf(next.articleId, next.index),
    });
  }
  return following;
}

/**
 * The topic without the words the corpus never uses, or null when those words mean the articles
 * do not speak of the question ("중기부 장관 연봉"). Unknown Latin words are dropped, not held
 * against the question: "When did CIC start?" still asks about CIC.
 */
function knownTopic(library: Library, given: TopicWords, asked: string | null = null, question = ''): TopicWords | null {
  // "다친 사람 몇명임": a topic of nothing but its verb and the noun asked is about them; else no
  // sentence could ever hold it.
  const whole = given.words.length === 0 ? { words: given.optional.filter((word) => library.knowsWord(word)), optional: given.optional.filter((word) => !library.knowsWord(word)) } : given;
  // "1위라는 회사 이름", "MGH 대표로 온 사람": the kind of what is asked is optional (./chatWords.ts isKindNoun).
  const kinds = whole.words.filter((word) => isKindNoun(word.text));
  const topic = kinds.length > 0 && kinds.length < whole.words.length ? { words: whole.words.filter((word) => !kinds.includes(word)), optional: [...whole.optional, ...kinds] } : whole;
  const unknownAll = topic.words.filter((word) => !library.knowsWord(word));
  // An unknown word with a spoken verb ending ("짓는대", "열려") is the question's verb, not its
  // topic: it becomes optional.
  const verbs = unknownAll.filter(
    (word) =>
      SPOKEN_VERB_ENDING.test(word.text) || SHORT_NOUN_WITH_PARTICLE.test(word.text) || SAID_IN_PASSING.has(word.text) || isChatWord(word.text) || namesOutlet(library, word.text),
  );
  const unknown = unknownAll.filter((word) => !verbs.includes(word));
  // A Latin name the question writes as an acronym ("TSMC 11월 매출") that no article writes is, like
  // an unknown Hangul word, what the question is about; other Latin words (chat's "capex") are not.
  const unknownKorean = unknown.filter((word) => /[가-힣ㄱ-ㅎ]/u.test(word.text) || writesAcronym(question, word.text));
  // An unknown word is outweighed only by several known ones (a nickname like "마소" among four
  // other words), never in a short question ("윤 대통령 보스턴 방문 날씨").
  // The word the question asks about ("… 연봉 얼마야?") is never outweighed: without it the
  // question is about something else.
  const asksUnknown = asked !== null && unknownKorean.some((word) => asked.startsWith(word.text));
  // (Counted over the whole topic, its kind nouns too: "여러 기관들이 협력해서" is a long question.)
  const outweighed = !asksUnknown && whole.words.length > SHORT_QUESTION_WORDS + 1 && unknownKorean.length <= whole.words.length / 4;
  if (unknownKorean.length > 0 && !outweighed) return null;
  const words = topic.words.filter((word) => !unknownAll.includes(word) || unknownKorean.includes(word));
  const optional = [...topic.optional, ...verbs];
  if (words.length === 0) return null;
  return { words, optional };
}
