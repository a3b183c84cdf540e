/**
 * `answer(question)`: from a question to a short answer, its supporting facts and ranked citations.
 *
 * 1. analyze the question, prepared at the entrance (intent + topic);
 * 2. search the question (through the `Retriever`) and mark supported only the sentences whose
 *    neighbourhood holds (nearly) every topic word — anything less is "loosely related", and the
 *    bot says the articles do not answer;
 * 3. pick the fact the intent asks for (or the quote, or the place) from the best sentences;
 * 4. cite its sentence first, with every other article that states the same fact, then the rest.
 */
import { answerTitleQuestion } from './personTitle.ts';
import { answerAgent } from './agent.ts';
import { answerAlias } from './aliasAnswer.ts';
import { answerNamePart } from './namePart.ts';
import { answerApposition, answerBracketed, answerQuotedName } from './apposition.ts';
import { answerPersonOrganization } from './personOrganization.ts';
import { answerSentFrom } from './sentFrom.ts';
import { answerQuotedSpeaker } from './quotedSpeaker.ts';
import { answerSiblings } from './siblings.ts';
import { cite } from './cite.ts';
import { refusal } from './guards/index.ts';
import { namesPerson } from './personNames.ts';
import { otherMeasuresOfHowMuch } from './howMuch.ts';
import { widenFigureRange, widensToRange, widenToRange } from './dateRange.ts';
import { answerSuperlative } from './superlative.ts';
import { answerRank } from './rank.ts';
import { spanFitsCounter, widenCountedNoun } from './counters.ts';
import { answerFigure, figureSpanPool, ruleFigure, shownFigureHolds } from './figures.ts';
import type { Library } from './library.ts';
import type { PreparedQuestion } from './prepare.ts';
import { defaultAnswerOptions, MAX_TOP } from './options.ts';
import { factTypeOf } from './pickFact.ts';
import { findPlace } from './place.ts';
import { answerQuote } from './quote.ts';
import { withCalledTerm } from './calledKorean.ts';
import { prepareQuestion } from './prepare.ts';
import { analyzeQuestion, type QuestionAnalysis } from './question.ts';
import { rankSentences } from './sentences.ts';
import { sureSentence, type Finding, type RankedSentence } from './finding.ts';
import { answerWhy, asksWhy } from './why.ts';
import { asksForSlot, showAnswer } from './span/answerSpan.ts';
import { readSpanQuestion } from './span/question.ts';
import { articleOrder } from './span/sources.ts';
import type { Answer, AnswerOptions, Citation } from './types.ts';
import { readTitle } from '../facts/titles.ts';
import { normalize, withoutInterpuncts, withoutSpaces } from '../korean/normalize.ts';
import { earlierTimes, figureOwner, ownFigure } from './english/clause.ts';
import { holdsRoles, namedWithTitle } from './english/roles.ts';
import { countAsWritten, isTheme, tailOfNumber } from './english/scene.ts';
import { answerProduct } from './english/product.ts';
import { answerMeans } from './english/means.ts';
import { answerQuotedSource } from './english/quotedSource.ts';
import { answerRoleHolder } from './english/roleHolder.ts';
import { COUNTERS } from './english/translate.ts';
import { figureOfIntent, openReading } from './english/openRetry.ts';
import { averageUnasked, choiceAnswered, dateAnswersOpen, dayUnanswered, dayUnstated } from './english/openKind.ts';
import { aggregateUnasked, breakdownPartUnasked, groupTotalUnasked } from './english/aggregate.ts';
import { unnamedShown } from './english/namedTerm.ts';
import { answerMeasure } from './english/measure.ts';
import { onTopicSentence } from './english/openSentence.ts';
import { checkEnglishSpan, ofKindAsked } from './english/spanFits.ts';
import { answerConversion, conversionAsked, answerSpeaker, CALLED_QUESTION, calledTerm, englishValue, expandName, identify, readEnglish, answerOrganization, answerNamedTerm, answerRankedField, onlyUnnamed, positionOf, termAsked, SPEAKER_QUESTION, type EnglishQuestion } from './english/index.ts';

export async function composeAnswer(library: Library, question: PreparedQuestion, options: AnswerOptions = {}): Promise<Answer> {
  // An English (or mixed) question is read as the Korean question it asks (src/answer/english/).
  const english = await readEnglish(library, question);
  const answer = await composeRead(library, question, english, options);
  // "How much was the reserve fund set at?" the figure reader left unread: the question asked open,
  // its span kept only when it is a figure of the kind asked, held as squarely (english/openRetry.ts).
  const open = english && !answer.found ? openReading(english) : null;
  if (!open || !english) return answer;
  const retried = await composeRead(library, question, open, options, english);
  return retried.found && retried.answerKind === 'span' && figureOfIntent(retried.answer ?? '', english.intent) ? { ...retried, intent: english.intent ?? retried.intent } : answer;
}

async function composeRead(library: Library, question: PreparedQuestion, english: EnglishQuestion | null, options: AnswerOptions, asked: EnglishQuestion | null = english): Promise<Answer> {
  const top = Math.min(MAX_TOP, Math.max(1, Math.floor(options.top ?? defaultAnswerOptions.top)));
  // "What does CIC stand for?": the long name the articles pair with it (english/expansion.ts).
  const expanded = english?.expands ? await expandName(library, english.expands, english.english, top) : null;
  if (expanded && english) return { ...expanded, translation: english.korean };
  // "How much was the $5.9 billion worth in won?": the article's own conversion beside it (english/conversion.ts).
  // A figure the articles do not convert themselves is not converted here: not in the articles.
  if (english && conversionAsked(english.english)) {
    const converted = await answerConversion(library, english.english, english.korean, top);
    return { ...(converted ?? emptyAnswer(english.english, 'money', null)), translation: english.korean };
  }
  // "Who is X?" / "What is X?": who or what the articles say X is (src/answer/english/identify.ts).
  const identity = english?.identifies ? await identify(library, english.identifies, english.english, top) : null;
  if (identity && english) return { ...identity, translation: english.korean };
  // "What is Lim In-taek's position …": the title the articles give that person (english/identify.ts).
  const position = english ? positionOf(library, english.names, english.english, top) : null;
  if (position && english) return { ...position, translation: english.korean };
  // "Who asked the experts to share …?": the speaker of the quote that says it (english/speaker.ts).
  const speaker = english && SPEAKER_QUESTION.test(english.english) ? await answerSpeaker(library, english.korean.split(' ').filter((word) => word !== '누구'), english.english, top) : null;
  if (speaker && english) return { ...speaker, translation: english.korean };
  // "임인택 직함이 뭐야?": the title the articles give the one person named (./personTitle.ts).
  const title = english ? null : answerTitleQuestion(library, question, top);
  if (title) return title;
  const analyzed = analyzeQuestion(english ? prepareQuestion(english.korean) : question);
  if (!analyzed.ok) {
    return emptyAnswer(question, 'open', analyzed.error);
  }
  const q = english ? asAskedInEnglish(analyzed.value, english) : analyzed.value;
  const answer = await readAnalyzed(library, q, top, english, asked);
  // "SCFI 얼마였어", "장성 눈 얼마나 왔어": a bare 얼마 no money word backs asks how much of whatever the
  // topic is measured in; when no amount answers, the count of the topic does (./howMuch.ts).
  if (answer.found || english !== null) return answer;
  for (const intent of otherMeasuresOfHowMuch(q)) {
    const retried = await readAnalyzed(library, { ...q, intent }, top, english, asked);
    if (retried.found && retried.answerKind === 'span') return retried;
  }
  return answer;
}

/** The answer to an analyzed question: its sentences ranked, a finding read and checked. */
async function readAnalyzed(library: Library, q: QuestionAnalysis, top: number, english: EnglishQuestion | null, asked: EnglishQuestion | null): Promise<Answer> {
  const { sentences: all, pieces, topicKnown } = await rankSentences(library, q);
  const ranked = all.filter((sentence) => sentence.supported);
  // A naming question's words ("한글로", "약칭") are not the articles': the defining sentence holding
  // both names answers it, supported or not.
  // "X 뭐 하는 회사야", "… 1위 기업 어디야": a name and what it is, read from an apposition (./apposition.ts).
  const finding =
    // "한올로 시작하는 데 풀네임", "JW 붙은 회사 이름": the name holding the part the asker remembers (./namePart.ts).
    (q.asksAbout === null ? answerNamePart(q, ranked) : null) ??
    (q.asksAbout === null ? answerAlias(library, q, topicKnown ? all : ranked) : null) ??
    // "왜 늦었어": the reason a sentence about the topic states (./why.ts); a sentence that states
    // none does not answer why: not found, the sentences listed as related.
    (q.asksAbout === null && asksWhy(q) ? (answerWhy(q, ranked, (sentence) => nextSentence(library, sentence)) ?? NO_ANSWER) : null) ??
    (q.asksAbout === null ? answerQuotedSpeaker(library, q, ranked) : null) ??
    (q.asksAbout === null ? await answerApposition(library, q, ranked) : null) ??
    (q.asksAbout === null ? answerPersonOrganization(library, q, ranked) : null) ??
    // "존슨앤존슨에선 누가 왔어": the person or post the article writes with that organization (./sentFrom.ts).
    (q.asksAbout === null ? answerSentFrom(library, q, topicKnown ? all : ranked) : null) ??
    (q.asksAbout === null ? answerSiblings(library, q, ranked) : null) ??
    (q.asksAbout === null ? answerBracketed(q, ranked) : null) ??
    (q.asksAbout === null ? answerQuotedName(q, ranked) : null) ??
    (q.asksAbout === null ? answerSuperlative(q, ranked) : null) ??
    // "리그 몇 위야", "박스오피스 순위는": the N위 its sentence gives (./rank.ts).
    (q.asksAbout === null ? answerRank(q, ranked) : null) ??
    // "누가 공동으로 제공했어", "X 누구랑 맺었어": the subject (or partner) of the question's verb (./agent.ts).
    (q.asksAbout === null ? answerAgent(library, q, ranked) : null) ??
    findAnswer(library, q, ranked, pieces);
  const order = await articleOrder(library, q.question, all);
  const given = finding === null || finding === NO_ANSWER ? related(library, q, all, top, order) : found(library, q, finding, all, top, order);
  // "모더나 CEO 누구": a person asked by title is answered by one holding it, never by the 원장 beside them.
  // "바이어 몇 명" is not answered by "38개사" nor "1천500대": the counter must agree (./counters.ts).
  // "뭐 계약했대" is not answered "계약": a short answer that only repeats the question says nothing.
  const holds = (shown: Answer) =>
    (holdsAskedTitle(q, shown.answer ?? '', (word) => namesPerson(library, word)) || leadsTeamAsked(q, shown)) && spanFitsCounter(q, shown.answer ?? '') && shownFigureHolds(library, q, shown) && !repeatsQuestion(q, shown.answer ?? '') && !answersWithAsker(library, q, shown.answer ?? '') && refusal(q, shown, library) === null;
  // A span set aside gives way to the figure rule's own reading when that holds (./figures.ts ruleFigure).
  const rule = given.found && given.answerKind === 'span' && !holds(given) && finding !== null ? ruleFigure(q, finding, given) : null;
  const fallback = rule === null ? null : found(library, q, rule, all, top, order);
  const answer = !given.found || given.answerKind !== 'span' || holds(given) ? given : fallback?.answerKind === 'span' && holds(fallback) ? fallback : related(library, q, all, top, order);
  // "언제부터 언제까지": both ends of the span of dates (./dateRange.ts).
  // "15만∼20만 원": a figure's range whole (./dateRange.ts).
  // "몇 개 분기 만인가": "5개 분기", not "5개" (./counters.ts).
  const ranged = widenCountedNoun(widenFigureRange(widensToRange(q.question, q.intent) ? widenToRange(answer) : answer), q.question);
  // "X를 뭐라고 불렀어": the term the quote gives X, not the whole quote (./calledKorean.ts).
  return english && asked ? withEnglishReading(library, ranged, asked, all) : withCalledTerm(ranged, q.question);
}

/**
 * A question that offers its own choices ("올해 들어가는 거야 작년에 들어간 거야?", "A야 아니면 B야"):
 * its answer is one of its words.
 */
const OFFERS_CHOICE = /아니면|혹은|(?:거야|이야|거냐|이냐)\s+\S.*(?:거야|이야|거냐|이냐|야|냐)\s*[?？]?\s*$/u;

/**
 * Whether a span answer only repeats the question, unless the question offers its own choices:
 * - a name the question itself says is not who or where it asks for: "이명박 대통령이 덴마크에서 동맹을
 *   체결한 인물은?" is not answered "이명박 대통령", nor "경찰이 … 판결 내린 곳은?" "경찰";
 * - a word of the question is no answer to it: "뭐 계약했대" → "계약".
 */
function repeatsQuestion(q: QuestionAnalysis, shown: string): boolean {
  // (Its interpuncts aside: "한·미" repeats a question that types "한미".)
  const answer = withoutInterpuncts(squashed(shown));
  if (answer.length === 0 || OFFERS_CHOICE.test(q.question)) return false;
  if ((q.intent === 'person' || q.intent === 'place' || q.intent === 'open') && withoutInterpuncts(squashed(q.question)).includes(answer)) return true;
  const lower = answer.toLowerCase();
  return readSpanQuestion(q.question).words.some((word) => withoutInterpuncts(squashed(word)).toLowerCase() === lower);
}

/** "누구랑", "누구와", "누구한테": the question asks the other party of what someone did. */
const ASKS_PARTNER = /누구\s?(?:랑|이랑|와|하고|를|한테|에게|한테서|에게서)/u;

/**
 * "김하늘 장관 노바텍 쪽 누구랑 협약 맺었대?" is not answered "김하늘 산업통상부 장관": the person the
 * question names is the one who acted, not the partner it asks for.
 */
function answersWithAsker(library: Library, q: QuestionAnalysis, shown: string): boolean {
  if (q.intent !== 'person' || !ASKS_PARTNER.test(q.question)) return false;
  const named = q.topic.split(/\s+/u).filter((word) => namesPerson(library, word));
  return named.some((name) => shown.split(/\s+/u).includes(name));
}

/** A reader's word that the question has no answer in the articles (other readers are not asked). */
const NO_ANSWER: Finding = { answer: '', facts: [], primary: [] };

/** The sentence after one, cited as its article gives it (a reason often follows its outcome). */
function nextSentence(library: Library, sentence: RankedSentence): RankedSentence | null {
  const next = library.sentence(sentence.articleId, sentence.sentenceIndex + 1);
  return next ? sureSentence(library, next.articleId, next.index, next.text) : null;
}

/** Titles that name the same post: the head of a company is its 대표, 사장 or CEO. */
const SAME_POST: readonly (readonly string[])[] = [
  ['대표', '대표이사', '사장', 'CEO', '최고경영자'],
  ['CTO', '최고기술책임자'],
  ['CFO', '최고재무책임자'],
  ['COO', '최고운영책임자'],
];

/**
 * "수소연구단 임채원 박사 연구팀이 … 개발했다": the person named right before the (연구)팀 leads it, so
 * they are the 연구팀장 (팀장) asked, whatever title the sentence gives them (박사, 교수).
 */
function leadsTeamAsked(q: QuestionAnalysis, shown: Pick<Answer, 'answerEnd' | 'citations'>): boolean {
  if (!/(?:연구)?팀장/u.test(q.topic) || shown.answerEnd === null) return false;
  const after = shown.citations[0]?.text.slice(shown.answerEnd) ?? '';
  return /^\s*(?:연구)?팀(?![장원])/u.test(after);
}

/**
 * Whether a person answer holds a title the question asks by. An answer that names no title (a bare
 * name, an organization asked with 소속) and a question that asks by none pass.
 */
function holdsAskedTitle(q: QuestionAnalysis, shown: string, isName: (word: string) => boolean): boolean {
  if (q.intent !== 'person') return true;
  // "이영 장관 UL솔루션즈 쪽 누구랑 협약 사인했대?": a title after a name the articles give a person is
  // that person's, not the one asked.
  const words = q.topic.split(/\s+/u);
  const asked = words.flatMap((word, i) => (i > 0 && isName(words[i - 1] ?? '') ? [] : (readTitle(word)?.title ?? [])));
  const held = shown.split(/\s+/u).flatMap((word) => readTitle(word)?.title ?? []);
  if (asked.length === 0 || held.length === 0) return true;
  const post = (title: string) => SAME_POST.find((titles) => titles.includes(title)) ?? [title];
  return asked.some((title) => post(title).some((same) => held.some((h) => h.endsWith(same))));
}

/** The Korean reading of an English question (searched as such), with the English question's intent. */
function asAskedInEnglish(q: QuestionAnalysis, english: EnglishQuestion): QuestionAnalysis {
  // "how many years" is counted in time: the Korean analysis reads 몇 년 as a duration.
  const intent = english.intent === 'count' && q.intent === 'duration' ? q.intent : (english.intent ?? q.intent);
  return { ...q, intent, translated: true };
}

/**
 * A translated question is looser than one asked in Korean, so its answer must hold more squarely:
 * - a name the corpus never uses ("WWF") means the articles do not speak of it;
 * - a figure asked for must be answered by a figure, not a sentence without one;
 * - a figure's own sentence must name what the question names ("카카오헬스케어 … 얼마" is not answered
 *   with 대웅제약's deal from the next paragraph).
 */
function englishAnswerHolds(library: Library, answer: Answer, english: EnglishQuestion): boolean {
  if (english.unknown.length > 0) return false;
  // A byline asked ("Which Herald Business reporter wrote …") is read from the article's byline, not a sentence's facts.
  if (english.byline) return true;
  // "What benefit-cost ratio …" is not answered by a name (한국개발연구원) or a sentence without a number.
  if (english.numberAsked && !/\d/u.test(answer.answer ?? '')) return false;
  // "the Johnson & Johnson vice chairman": a person answered must hold the role asked (부회장), not
  // another's (원장) from the same list.
  const shownText = squashed(answer.answer ?? '').toLowerCase();
  if (answer.answerKind === 'span' && !holdsRoles(answer.answer ?? '', answer.citations[0]?.text ?? '', english.roles)) return false;
  // "Moderna's CEO" is not the 랩센트럴 대표 of the same list: a person shown with an organization
  // must be shown with the one asked.
  if (answer.answerKind === 'span' && english.roles.length > 0 && english.names.length > 0 && (answer.answer ?? '').trim().split(/\s+/u).length >= 3 && !english.names.some((name) => shownText.includes(squashed(name).toLowerCase()))) return false;
  // "the name of the hotel …" is not answered by "보스턴의 한 호텔", which names none (english/namedTerm.ts).
  if (answer.answerKind === 'span' && unnamedShown(english.english, answer.answer ?? '')) return false;
  // "8월 말 서울에서" read as the place "말 서울": a place never opens with a bare syllable.
  if (english.intent === 'place' && /^[가-힣]\s/u.test((answer.answer ?? '').trim())) return false;
  const type = english.intent === null ? null : factTypeOf(english.intent);
  // "Is it true that Moderna will build a plant in Songdo?": the sentence shown must name them all.
  const first = squashed(answer.citations[0]?.text ?? '');
  if (type === null) return !english.claim || english.names.every((name) => first.includes(squashed(name)) || library.aliasesOf(name).some((alias) => first.includes(squashed(alias))));
  // A sentence is not a figure.
  const shown = squashed(answer.answer ?? '');
  // "… worth in US dollars": an amount in won is another figure (the article's own conversion beside it will do).
  if (english.intent === 'money' && english.currency !== null && !shown.includes(english.currency)) return false;
  if (answer.citations.some((citation) => squashed(citation.text) === shown)) return false;
  // "2천 명" read out of "41만2천 명" is no figure of the article's (english/scene.ts).
  if (answer.answerKind === 'span' && answer.citations[0] && tailOfNumber(answer.answer ?? '', answer.citations[0].text)) return false;
  // "What share of the vote …" is a rate, not the gap between two (4.6%포인트), unless points are asked.
  if (english.intent === 'percent' && /포인트|%p/iu.test(shown) && !english.korean.includes('퍼센트포인트')) return false;
  // The sentence the figure was read from: its fact's, else the cited sentence that holds it.
  const fact = answer.facts.find((candidate) => candidate.type === type && shown.includes(squashed(candidate.text)));
  const cited = answer.citations.find((citation) => squashed(citation.text).includes(shown));
  const source = fact
    ? { text: fact.sentence, articleId: fact.articleId, index: fact.sentenceIndex }
    : cited
      ? { text: cited.text, articleId: cited.articleId, index: cited.sentenceIndex }
      : null;
  if (source === null) return false;
  // "How many points did X score?" is not the season's 평균 21.3점 (english/openKind.ts).
  if (answer.answerKind === 'span' && averageUnasked(english.english, answer.answer ?? '', source.text)) return false;
  // "From what date …" is not answered by a year ("2025년 기준") or a month alone (english/openKind.ts).
  if (english.intent === 'date' && answer.answerKind === 'span' && dayUnanswered(english.english, answer.answer ?? '')) return false;
  // "How much is the order worth?" is not the year's 누적 수주액 (english/aggregate.ts).
  if (answer.answerKind === 'span' && aggregateUnasked(english.english, answer.answer ?? '', source.text)) return false;
  // "How many HX5 SUVs …" is not the "'HX5' 등 4개 차종 3만1,902대" of the group, nor "How many greenhouses …"
  // the "지역별로는 전북이 734동" of one region (english/aggregate.ts).
  if (answer.answerKind === 'span' && groupTotalUnasked(english.english, answer.answer ?? '', source.text, [...english.names, ...english.written])) return false;
  if (answer.answerKind === 'span' && breakdownPartUnasked(answer.answer ?? '', source.text, english.korean.replace(/\?$/u, '').split(' '), [...english.names, ...english.written, ...english.topicWords])) return false;
  // "According to Lee Young's op-ed", "… the op-ed": the figure must be that writer's article's (its byline
  // or headline names them), or an opinion piece's (기고, 칼럼, 사설 in its headline) — read there, or
  // cited from there as well.
  if (english.writer !== null || english.opinion) {
    const writer = english.writer;
    const byWriter = (articleId: string) => {
      const article = library.article(articleId);
      // The outlet too: "according to Herald Business" names where the story ran (english/outlet.ts).
      const heading = `${article?.author ?? ''} ${article?.title ?? ''} ${article?.outlet ?? ''}`;
      return writer !== null ? heading.includes(writer) : OPINION_HEADLINE.test(article?.title ?? '');
    };
    const saysIt = (articleId: string) => byWriter(articleId) && (library.article(articleId)?.paragraphs ?? []).some((paragraph) => squashed(paragraph).includes(shown));
    if (!byWriter(source.articleId) && !answer.citations.some((citation) => saysIt(citation.articleId))) return false;
  }
  // A span chosen over the rule's figure must itself be read as a figure of the asked kind there
  // ("How many years since …" is not answered by "2011년", a date).
  const types = new Set<string | null>([type, factTypeOf(answer.intent)]);
  // A person the fact reader missed ("무소속 염태수(47) 후보는"): a name with its title after it (english/roles.ts).
  if (!fact && !library.factsOf(source.articleId, source.index).some((f) => types.has(f.type) && shown.includes(squashed(f.text))) && !(type === 'person' && namedWithTitle(answer.answer ?? '', source.text)) && !(english.intent === 'count' && countAsWritten(answer.answer ?? '', source.text, COUNTERS))) return false;
  const sentence = squashed(source.text);
  // The paragraph with its headline, which sets the scene of the whole article (Library.paragraphOf).
  const context = library.paragraphOf(source.articleId, source.index).compact;
  const scene = (word: string) => library.articleShare(word) >= 0.5;
  const holds = (text: string, word: string) =>
    text.includes(squashed(word)) || library.aliasesOf(word).some((alias) => text.includes(squashed(alias))) || scene(word);
  // A glossary phrase ("투자유치 상담회") is the glossary's wording: the article may put its parts apart
  // or inside other words ("투자상담회 … 투자 유치").
  // A part of four syllables or more may be a compound the article writes apart ("투자유치" →
  // "투자 자금을 유치"): its two-syllable halves each held will do.
  const partsHeld = (text: string, part: string) =>
    holds(text, part) || (/^[가-힣]{4,}$/u.test(part) && (part.match(/[가-힣]{1,2}/gu) ?? []).every((piece) => piece.length === 2 && holds(text, piece)));
  const within = (text: string) => (word: string) =>
    holds(text, word) || (/\s/u.test(word.trim()) && word.trim().split(/\s+/u).every((part) => partsHeld(text, part)));
  // Names must be in the figure's own sentence; the rarer topic words ("특구") at least in its
  // paragraph: a date two paragraphs away is another's.
  // "How much do they expect to attract?": the figure of a sentence that says it is expected.
  if (english.stance.length > 0 && !english.stance.some((word) => sentence.includes(word))) return false;
  // "How large a fine …": the money noun asked in the figure's own sentence (과징금 652억 원 is no fine).
  if (english.amountNouns.length > 0 && !english.amountNouns.some((word) => sentence.includes(squashed(word)))) return false;
  // A name the headline gives is what the whole article is about ("하루2" of "… 돌봄로봇 '하루2' 공개").
  // The sentence must still say something else the question asks ("사전예약에는 … 1만2000대"), not
  // merely sit in that article ("2024년 나온 1세대 '하루'" is no release date of 하루2).
  const headline = squashed(answer.citations.find((citation) => citation.articleId === source.articleId)?.title ?? '');
  const asked = english.korean.replace(/\?$/u, '').split(' ').filter((word) => /^[가-힣]{2,}$/u.test(word) && !english.names.includes(word) && !ASKING_WORDS.has(word));
  const framed = (name: string) => headline.includes(squashed(name)) && asked.some((word) => sentence.includes(word));
  // The figure must be the name's, not another clause's (english/clause.ts).
  const owns = (name: string) => figureOwner(source.text, answer.answer ?? '', name);
  // "… in DC": the place an article says once ("워싱턴 D.C.에서는 …") near the sentence or in its lead,
  // which sets the scene of the whole story.
  const lead = english.places.length > 0 ? library.paragraphOf(source.articleId, 0).compact : '';
  // "부산 벡스코에서": the place may be the city before its venue.
  const placed = (name: string) => english.places.includes(name) && [context, lead].some((text) => placeIn(text, squashed(name)));
  // "the CA19-9 test's sensitivity" is not the 84.7% of "… 84.7%로, CA19-9 검사(38.1%)보다" (english/clause.ts).
  if (!english.written.every(owns)) return false;
  // A word the article keeps saying is its theme (english/scene.ts): "가뭄" of a drought story.
  const paragraphs = library.article(source.articleId)?.paragraphs ?? [];
  // "What specificity did the CA19-9 test show?" is not the new test's 88.6%: a model or test name
  // (Latin with a number) the question names as the corpus writes it is said in the figure's own
  // sentence, unless the story is about it (an acronym of an organization has its Korean aliases).
  if (!english.written.filter((name) => /\d/u.test(name)).every((name) => within(sentence)(name) || framed(name) || isTheme(paragraphs, name))) return false;
  return english.names.every((name) => (within(sentence)(name) && owns(name)) || framed(name) || placed(name)) && english.topicWords.every((word) => within(context)(word) || isTheme(paragraphs, word));
}

/** Whether compact text says something happened at `place` ("…D.C.에서", "부산벡스코에서"): the place, at most a venue's few syllables, then 에서. */
function placeIn(compact: string, place: string): boolean {
  for (let at = compact.indexOf(place); at >= 0; at = compact.indexOf(place, at + 1)) {
    if (/^[가-힣A-Za-z]{0,6}?에서/u.test(compact.slice(at + place.length))) return true;
  }
  return false;
}

/** How Korean headlines mark an opinion piece: [기고/이영], [칼럼], [사설], [시론] … */
const OPINION_HEADLINE = /기고|칼럼|사설|시론|오피니언|논단|기자수첩|특별기고/u;

/** Words of a translated question that ask rather than say what about (얼마, 규모, 언제 …). */
const ASKING_WORDS = new Set(['얼마', '규모', '언제', '누구', '어디에', '어디', '면적', '기간', '퍼센트', '이름은', '뭐라고', '말했나', '얼마나', '몇']);

const squashed = (text: string): string => withoutSpaces(normalize(text));

/** "Which office …" answered with "28일": the question asks an organization, the span is a figure or a date. */
function asksOrganization(question: string, shown: string): boolean {
  const organization =
    /^\s*(?:which|what)\s+(?:\w+\s)?(?:office|company|companies|firm|organi[sz]ation|agency|ministry|institute|institution|group|startup|hospital|university|body|department|association|bank)\b/iu;
  return organization.test(question) && /^\d[\d\s,.~]*(?:일|월|년|억|만|원|%|개|명|건|조)*(?:\s*\([^)]*\))?$/u.test(shown.trim());
}

/** The sentence shown for an open English question, or not found when no cited sentence is about it. */
function withOnTopicSentence(library: Library, answer: Answer, english: EnglishQuestion): Answer {
  const checked = onTopicSentence(library, answer, english);
  return checked === 'unanswered' ? { ...emptyAnswer(english.english, answer.intent, null), translation: english.korean } : checked;
}

/** The English reading's answer, its short span checked last (english/spanFits.ts): no echo of the question, the unit asked. */
function withEnglishReading(library: Library, given: Answer, english: EnglishQuestion, rankedSentences: readonly RankedSentence[] = []): Answer {
  const read = englishReadingOf(library, given, english, rankedSentences);
  // "On which October day …" shown a sentence that gives the month only: the articles do not say the day.
  if (read.found && read.answerKind === 'sentence' && dayUnstated(english.english, read.answer ?? '')) return { ...emptyAnswer(english.english, read.intent, null), translation: english.korean };
  const check = checkEnglishSpan(read, english);
  if (check.kind === 'fits') return read;
  if (check.kind === 'replace') return check.answer;
  const [first] = read.citations;
  if (check.kind === 'unanswered' || !first) return { ...emptyAnswer(english.english, read.intent, null), translation: english.korean };
  return withOnTopicSentence(library, { ...read, answer: first.text, answerKind: 'sentence', answerStart: null, answerEnd: null }, english);
}

/** The Korean question searched, and money or a date also said in English beside the answer. */
function englishReadingOf(library: Library, given: Answer, english: EnglishQuestion, rankedSentences: readonly RankedSentence[] = []): Answer {
  // "the CA19-9 test's sensitivity": the figure in brackets after the name asked (english/clause.ts).
  const cited = given.found && given.answerKind === 'span' ? given.citations[0] : undefined;
  const own = cited ? ownFigure(cited.text, given.answer ?? '', [...english.written, ...english.names, ...earlierTimes(english.english, cited.text)]) : null;
  const answer = own ? { ...given, answer: own.text, answerStart: own.start, answerEnd: own.start + own.text.length, facts: given.facts.filter((fact) => fact.sentence === cited?.text && withoutSpaces(fact.text) === withoutSpaces(own.text)) } : given;
  // "Whose words does X quote?": the name before "의 말처럼" in a cited sentence (english/quotedSource.ts).
  const quoted = answerQuotedSource(answer, english.english);
  if (quoted) return { ...quoted, query: english.english, translation: english.korean };
  // "At what altitude …", "How much snow … in Jeongeup?": the figure after 고도 / the place asked (english/measure.ts).
  const measured = (english.intent === 'open' || english.intent === null) && english.unknown.length === 0 ? answerMeasure(answer, english.english, english.names) : null;
  if (measured) return { ...measured, query: english.english, translation: english.korean };
  if (answer.found && !englishAnswerHolds(library, answer, english)) {
    return { ...emptyAnswer(english.english, answer.intent, null), translation: english.korean };
  }
  // "Who is the president of Busan Port Authority?" none found: the role's holder in a related sentence (english/roleHolder.ts).
  const holder = english.intent === 'person' && !english.unknown.length ? answerRoleHolder(library, answer, rankedSentences, english.korean, english.roles, english.names.filter((name) => !english.places.includes(name))) : null;
  if (holder) return { ...holder, query: english.english, translation: english.korean };
  // "Which Korean drugmaker …": the organization the cited sentence names where the question points
  // (english/organization.ts); a span that names none ("건의 양해각서") is no answer to it.
  if (english.organization && (answer.found || answer.citations.length > 0)) {
    // A place the question sets the scene with ("… startups in Boston") is no name the organization's clause must say.
    const read = answerOrganization(library, answer, english.organization, english.korean.replace(/\?$/u, '').split(' '), english.names.filter((name) => !english.places.includes(name)));
    if (read !== answer) return { ...read, query: english.english, translation: english.korean };
    // None of the kind asked read: another reader's span must still be one ("which university" is not "CIC").
    if (answer.found && answer.answerKind === 'span' && answer.citations[0] && !ofKindAsked(answer.answer ?? '', english.organization)) {
      return withOnTopicSentence(library, { ...answer, query: english.english, answer: answer.citations[0].text, answerKind: 'sentence', answerStart: null, answerEnd: null, translation: english.korean }, english);
    }
  }
  // "What does X produce?": the thing before "생산기업" put before X (english/product.ts).
  const product = answerProduct(answer, english.english, [...english.names, ...(english.english.match(/[가-힣][가-힣A-Za-z0-9]*/gu) ?? [])]);
  if (product) return { ...product, query: english.english, translation: english.korean };
  // "… through what?": the means before "을 통해" (english/means.ts).
  const means = answerMeans(answer, english.english, english.korean.replace(/\?$/u, '').split(' '));
  if (means) return { ...means, query: english.english, translation: english.korean };
  // "Which cornerstone …", "the name of the strategy …", "what kind of service": the quoted name (or
  // noun phrase) of that kind in the cited sentence (english/namedTerm.ts).
  const kind = (english.intent === 'open' || english.intent === null) && !english.organization ? termAsked(english.english) : null;
  const named = kind ? answerNamedTerm(answer, kind, english.korean.replace(/\?$/u, '').split(' ')) : null;
  if (named) return { ...named, query: english.english, translation: english.korean };
  // "Which hotel hosted …" over "… 한 호텔에서": the article does not say which (english/namedTerm.ts).
  if (kind && answer.found && answer.answerKind === 'sentence' && onlyUnnamed(answer.answer ?? '', kind)) return { ...emptyAnswer(english.english, answer.intent, null), translation: english.korean };
  // "What does X rank number one in?": the field before "1위" put before X (english/namedTerm.ts).
  const ranked = answerRankedField(answer, english.english, english.names);
  if (ranked) return { ...ranked, query: english.english, translation: english.korean };
  // "What is X?" the articles do not define: a span read off some sentence about X is a guess; so is
  // a figure or a date for "which office / company …", which asks a name.
  // So is a bare date for "Which plan …?", and a span that is neither choice of "research or training?" (english/openKind.ts).
  const offKind = (english.intent === 'open' || english.intent === null) && !(dateAnswersOpen(english.english, answer.answer ?? '') && choiceAnswered(english.english, answer.answer ?? ''));
  if ((english.identifies || offKind || asksOrganization(english.english, answer.answer ?? '')) && answer.answerKind === 'span' && answer.citations[0]) {
    const [first] = answer.citations;
    return withOnTopicSentence(library, { ...answer, query: english.english, answer: first.text, answerKind: 'sentence', answerStart: null, answerEnd: null, translation: english.korean }, english);
  }
  // "What did X call Y?": the term X's quote sets in inner quotation marks beside Y.
  const term = answer.found && answer.intent === 'quote' && CALLED_QUESTION.test(english.english) ? calledTerm(answer.answer ?? '', english.korean.split(' ').filter((word) => !/^(뭐라고|말했나)$/u.test(word))) : null;
  if (term !== null) {
    const text = answer.citations[0]?.text ?? '';
    const at = text.indexOf(term);
    return { ...answer, query: english.english, answer: term, answerKind: 'span', answerStart: at >= 0 ? at : null, answerEnd: at >= 0 ? at + term.length : null, translation: english.korean };
  }
  // An open question's closest sentence must say what it names (english/openSentence.ts).
  const onTopic = withOnTopicSentence(library, answer, english);
  if (onTopic !== answer) return { ...onTopic, query: english.english, translation: english.korean };
  // The value's English beside it only when the answer is that value (not a plan's name beside a date).
  const valueFact = answer.facts[0] && squashed(answer.answer ?? '').includes(squashed(answer.facts[0].text)) ? answer.facts[0] : undefined;
  const value = answer.found && answer.answer !== null ? englishValue(valueFact) : null;
  const shown = value !== null && answer.answer !== null && !answer.answer.includes(' / ') ? `${answer.answer} (${value})` : answer.answer;
  return { ...answer, query: english.english, answer: shown, translation: english.korean };
}

/** What answers the question among the supported sentences, or null when nothing does. */
export function findAnswer(
  library: Library,
  q: QuestionAnalysis,
  ranked: readonly RankedSentence[],
  pieces: readonly string[],
): Finding | null {
  if (q.asksAbout !== null) return answerByline(library, q, ranked);
  if (q.intent === 'quote') {
    const quoted = answerQuote(library, q, ranked);
    if (quoted) return quoted;
  }
  if (ranked.length === 0) return null;

  const type = factTypeOf(q.intent);
  if (type !== null) {
    const figure = answerFigure(library, q, type, ranked, pieces);
    if (figure === 'not-stated') return null;
    if (figure) return figure;
  }

  if (q.intent === 'place') {
    // Only the best two sentences: a place further down is where something else happened.
    for (const sentence of ranked.slice(0, 2)) {
      const place = findPlace(sentence.text, q.topic);
      // "작년에 C&D 오피스 들어간 회사 중 …": a place the question names is where it asks within, not its answer.
      if (place && !squashed(q.question).includes(squashed(place.text))) return { answer: place.text, facts: sentence.facts, primary: [sentence] };
    }
  }

  // An open question (or a fact the extractor did not read): the best span of the best sentences.
  const [first] = ranked;
  return first ? { answer: first.text, facts: first.facts, primary: [first], open: true } : null;
}

/**
 * Who wrote, or where ran, the article that speaks of the topic: its byline (기자, 언론사), cited by
 * its best sentence. The topic may name the article by its byline too ("서울경제TV … 기자",
 * "ㄱㅇㅎ 기자"), which the body never repeats. Not found when the page names no one.
 */
function answerByline(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const asksAbout = q.asksAbout;
  const byByline = library.articleByByline(q.topic);
  const byBody = ranked.find((sentence) => !byByline || sentence.articleId === byByline.id);
  const article = byByline ?? (byBody ? library.article(byBody.articleId) : undefined);
  if (!article || asksAbout === null) return null;
  const value = asksAbout === 'author' ? article.author : article.outlet;
  // The byline heads the article's lead: that sentence, with it, is the answer's evidence.
  const first = firstSentence(library, article.id) ?? byBody;
  if (!value || !first) return null;
  const answer = asksAbout === 'author' && article.outlet ? `${value} (${article.outlet})` : value;
  return { answer, facts: [], primary: [first], byline: true };
}

/** An article's first sentence as a citable, supported sentence (a byline answer's citation). */
function firstSentence(library: Library, articleId: string): RankedSentence | undefined {
  const sentence = library.sentence(articleId, 0);
  if (!sentence) return undefined;
  return {
    articleId,
    sentenceIndex: sentence.index,
    text: sentence.text,
    relevance: 1,
    ownSupport: 0,
    supported: true,
    facts: library.factsOf(articleId, sentence.index),
  };
}

/**
 * "… 신약 후보물질 이름 뭐였지? 무슨 질환 치료제래?": a name asked anywhere in the question (not only
 * at its end) is a slot; a sentence that names none does not answer it.
 */
// "신작 4종의 이름은 각각 무엇인가", "이전 직책은 무엇인가": each name, a title, are slots too.
const ASKS_NAME = /(?:이름|직책|직함|직위)\s*(?:이|은|는)?\s*(?:(?:각각|정확히|다)\s*)?(?:뭐|무엇|뭔|머)/u;

/**
 * "어느 대학이라고 했어", "J리그 어느 팀 갔었지": 어느 with a noun of organizations or places asks which
 * one by name — a slot, which a long sentence naming none does not fill.
 */
/** A sentence this short (characters without spaces) reads as the answer itself ("… 행정안전부와 협의하고 있다"). */
const SHORT_SENTENCE = 40;

// (무슨 asks which one too: "한소영 무슨 당이야"; 당 as a word, not 당부 or 당시.)
const ASKS_WHICH_ONE = /어느\s?(?:대학|학교|회사|기업|업체|기관|단체|병원|나라|국가|도시|지역|팀|구단|정당|당|부처|곳|호텔|공항|항구|재판부|법원)|무슨\s?(?:대학|회사|기업|기관|단체|병원|나라|팀|구단|정당|당(?=이|은|는|에|의|\s|[?？]|$))/u;

function found(
  library: Library,
  q: QuestionAnalysis,
  finding: Finding,
  all: readonly RankedSentence[],
  top: number,
  order: readonly string[],
): Answer {
  // A figure's span is not read from a sentence that never names the list item asked (./listBinding.ts).
  const shown = showAnswer(library, q, finding, figureSpanPool(library, q, all), order);
  // The sentence that holds the answer is cited first; a person shown is corroborated next by another
  // supported sentence naming them with the title asked ("미주한상총연의 황병구 회장이 …").
  const primary = [shown.sentence, ...finding.primary.filter((sentence) => sentence !== shown.sentence), ...(shown.kind === 'span' ? samePerson(q, shown.text, shown.sentence, all) : [])];
  // A slot (a name, a figure, a date, a place) no span fills surely is not answered by a sentence
  // that merely speaks of the topic: not found, the sentence listed as related.
  // When the answer stage's rule and the model agree on the span, its sentence is offered as evidence.
  if (shown.kind === 'sentence' && !shown.agrees && (asksForSlot(q) || ASKS_NAME.test(q.question) || (ASKS_WHICH_ONE.test(q.question) && squashed(shown.text).length > SHORT_SENTENCE))) return related(library, q, [...primary, ...all], top, order);
  const citations = cite(library, primary, all, top, order);
  return {
    query: q.question,
    found: true,
    answer: shown.text,
    answerKind: shown.kind,
    confidence: shown.confidence,
    answerStart: shown.start,
    answerEnd: shown.end,
    intent: q.intent,
    facts: [...finding.facts],
    citations: finding.byline ? withByline(library, citations) : citations,
    problem: null,
  };
}

/**
 * The best other supported sentence that names the person a person answer shows, with a title the
 * question asks by; none for other answers.
 */
function samePerson(q: QuestionAnalysis, shown: string, first: RankedSentence, all: readonly RankedSentence[]): RankedSentence[] {
  if (q.intent !== 'person') return [];
  const titles = q.topic.split(/\s+/u).flatMap((word) => readTitle(word)?.title ?? []);
  if (titles.length === 0) return [];
  const other = all.find(
    (sentence) =>
      sentence.supported &&
      sentence !== first &&
      sentence.facts.some((fact) => fact.type === 'person' && shown.includes(fact.value) && titles.some((title) => fact.text.endsWith(title))),
  );
  return other ? [other] : [];
}

/**
 * A byline answer's first citation is the article's lead as the page opens it, byline first
 * ("[헤럴드경제=김용훈 기자] 윤석열 대통령의 …"): the byline is where the answer was read.
 */
function withByline(library: Library, citations: Citation[]): Citation[] {
  const [first, ...rest] = citations;
  const article = first ? library.article(first.articleId) : undefined;
  if (!first || !article || first.sentenceIndex !== 0) return citations;
  const byline = bylineText(article.outlet, article.author);
  return byline === null ? citations : [{ ...first, text: `${byline} ${first.text}` }, ...rest];
}

/** The byline as news pages write it: "[언론사=이름 기자]" for a reporter, else "필자 (언론사)". */
export function bylineText(outlet: string | null, author: string | null): string | null {
  if (author && outlet && /^[가-힣]{2,4}$/u.test(author)) return `[${outlet}=${author} 기자]`;
  if (author) return outlet ? `${author} (${outlet})` : author;
  return outlet;
}

/** Not in the articles: no answer, but the closest sentences listed as related. */
function related(library: Library, q: QuestionAnalysis, all: readonly RankedSentence[], top: number, order: readonly string[]): Answer {
  return { ...emptyAnswer(q.question, q.intent, null), citations: cite(library, [], all, top, order) };
}

function emptyAnswer(query: string, intent: Answer['intent'], problem: Answer['problem']): Answer {
  return {
    query,
    found: false,
    answer: null,
    answerKind: null,
    confidence: 0,
    answerStart: null,
    answerEnd: null,
    intent,
    facts: [],
    citations: [],
    problem,
  };
}
