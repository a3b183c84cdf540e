/**
 * 누가 그랬어 (who said the words quoted): "'입산할 때 화기 절대 소지하지 말아 달라'고 한 사람
 * 누구야?" — the question quotes (or paraphrases) someone's words; the answer is the speaker of the
 * article's quote that holds most of them ("윤태경 산림청장"), as the quote extractor read it.
 */
import type { QuoteFact } from '../facts/types.ts';
import { isKoreanName } from '../facts/names.ts';
import { readTitle } from '../facts/titles.ts';
import { syllablePieces } from '../korean/pieces.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import { sureSentence, type Finding, type RankedSentence } from './finding.ts';
import { escapeRegExp } from '../escapeRegExp.ts';

/** The words the question quotes: between quote marks, four characters at least. */
const QUOTED = /[‘'“"「]([^‘’'“”"「」]{4,200})[’'”"」]/u;

/** A short term the question quotes ("'윈윈' 될 거라고 한 사람"): two or three characters, one word. */
const QUOTED_TERM = /[‘'“"「]([^‘’'“”"「」\s]{2,3})[’'”"」]/u;

/**
 * Words said without quote marks, before a verb of saying ("행사 예산 덜어냈다고 한 과장 누구야",
 * "8%대 중반 간다고 한 연구원"): the clause before 다고/라고 and 한, 말한, 밝힌 ….
 */
const PARAPHRASED = /^(.+?)(?:이?라고|다고|냐고|자고)\s*(?:한|했던|말한|말했던|밝힌|강조한|주장한|언급한|얘기한|전망한|내다본|평가한|설명한|지적한|당부한|부른|칭한|표현한|일컬은)\s/u;

/** Words said before a noun of a person: "택시비 6만원 넘게 썼다는 시민 누구?", "… 간다는 사람". */
const SAID_OF_PERSON = /^(.+?)(?:이?라는|다는|냐는|자는)\s+(?:사람|시민|주민|인물|분|관계자|전문가|학생|직원|선수|환자|상인|농민|어민)\s*(?:이|은|는)?\s*(?:누구|이름)/u;

/**
 * Words said, then who said them: "HBM4 내년 1분기 양산 누가 말했어", "… 간다고 누가 그랬어", "… 누가 한 말이야".
 */
const SAID_THEN_WHO = /^(.+?)\s*(?:이?라고|다고)?\s+(?:누가|누구가)\s*(?:말했|말한|얘기했|얘기한|그랬|밝혔|언급했|한\s?말)/u;

/**
 * What was said, named as the object of a verb of saying ("TRQ 물량 도입 검토를 언급한 사람",
 * "개력을 주장한 인물은?").
 */
const SAID_OBJECT = /^(.+?)(?:을|를|에\s*대해서?|에\s*관해서?)\s*(?:언급한|주장한|강조한|말한|발언한|밝힌|제안한|제기한|약속한|시사한|예고한)\s/u;

/** The question asks who said them: 누구, 누가, or a question ending on the person ("언급한 인물은?"). */
const ASKS_SPEAKER = /누구|누가|어떤 사람|어느 사람|(?<![가-힣])(?:인물|사람)(?:은|이|는|이야|야)?\s*[?？]?\s*$/u;

/** Share of the quoted words' syllable pairs a quote must hold. */
const MIN_SHARE = 0.6;

/** The speaker of the quote the question's quoted words come from, or null. */
export function answerQuotedSpeaker(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (!ASKS_SPEAKER.test(q.question)) return null;
  const quote = quotedTermSpeaker(library, q.question) ?? quoteHolding(library, q.question);
  // A speaker read as a bare title ("씨") names no one.
  if (!quote?.speaker || readTitle(quote.speaker) !== null) return null;
  const sentence =
    ranked.find((candidate) => candidate.articleId === quote.articleId && candidate.sentenceIndex === quote.sentenceIndex) ?? asRanked(library, quote);
  if (!sentence) return null;
  const speaker = fullName(sentence.text, quote.speaker);
  const answer = quote.speakerTitle ? `${speaker} ${quote.speakerTitle}` : speaker;
  return { answer, facts: [quote], primary: [sentence], structural: true };
}

/**
 * A foreign speaker read by the family name alone ("참관한 마르코 렌치 사무총장은" read as 렌치
 * 사무총장): the name as the quote's own sentence writes it. A word with a particle or a verb ending
 * before the name, a Korean surname's name ("윤 대통령") and words of time are no part of it.
 */
function fullName(text: string, speaker: string): string {
  const [family] = speaker.split(' ');
  if (!family || [...family].length < 2 || isKoreanName(family) || readTitle(family) !== null) return speaker;
  const before = new RegExp(`(?:^|\\s)([가-힣]{2,4}) ${escapeRegExp(speaker)}`, 'u').exec(text)?.[1];
  if (!before || /[은는이가을를의에도한된던로와과고며서날]$/u.test(before) || NOT_GIVEN_NAMES.has(before) || readTitle(before) !== null) return speaker;
  return `${before} ${speaker}`;
}

/** Words that open a clause before a name and are no given name. */
const NOT_GIVEN_NAMES = new Set(['당시', '현지', '한편', '또한', '특히', '이어', '그러나', '하지만', '아울러', '최근', '현재', '이후']);


/** The quote holding most of the words the question quotes or paraphrases, or null. */
function quoteHolding(library: Library, question: string): QuoteFact | null {
  const quoted = QUOTED.exec(question)?.[1];
  // Paraphrased words: one-syllable pieces ("간다고" → 간) say too little to count.
  const unquoted = question.replace(/[‘'“"「][^‘’'“”"「」]*[’'”"」]/gu, ' ');
  const said = quoted ?? PARAPHRASED.exec(unquoted)?.[1] ?? SAID_OBJECT.exec(unquoted)?.[1] ?? SAID_THEN_WHO.exec(unquoted)?.[1] ?? SAID_OF_PERSON.exec(unquoted)?.[1];
  if (!said) return null;
  const pieces = [...new Set(syllablePieces(said))].filter((piece) => quoted !== undefined || piece.length >= 2);
  if (pieces.length < 3) return null;
  return library.quoteTexts.best(pieces, MIN_SHARE)?.quote ?? null;
}

/**
 * The speaker of the quotes that hold the short term the question quotes ("'윈윈' 될 거라고 한
 * 사람"): only when every quote holding it is one person's.
 */
function quotedTermSpeaker(library: Library, question: string): QuoteFact | null {
  const term = QUOTED_TERM.exec(question)?.[1];
  if (!term || QUOTED.test(question)) return null;
  return library.quoteTexts.soleSpeakerHolding(term);
}

function asRanked(library: Library, quote: QuoteFact): RankedSentence | null {
  const sentence = library.sentence(quote.articleId, quote.sentenceIndex);
  if (!sentence) return null;
  return sureSentence(library, quote.articleId, quote.sentenceIndex, sentence.text);
}
