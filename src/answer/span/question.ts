/**
 * What the span scorer needs to know of a question (질문의 틀): which question word it asks with
 * (누구, 언제, 어디, 몇, 얼마, 무엇, 어떤/무슨/어느 + noun …), the noun it asks about, and its
 * content words — read from the question text alone, so chatty endings (했대?, 맞아?) only drop out.
 */
import { BoundedMap } from '../../boundedMap.ts';
import { normalize, withoutSpaces } from '../../korean/normalize.ts';
import { fixCueTypos } from '../cueTypos.ts';
import { spaceGluedQuestionWords } from '../gluedQuestion.ts';
import { ASKING_ADVERBS, isAskingAdverb } from '../chatWords.ts';
import { syllablePieces } from '../../korean/pieces.ts';

/** The question word a question asks with. */
export const WH_KINDS = ['who', 'when', 'where', 'howmany', 'howmuch', 'what', 'which', 'why', 'how', 'none'] as const;
export type WhKind = (typeof WH_KINDS)[number];

export type SpanQuestion = {
  wh: WhKind;
  /** The noun asked about: "어느 대통령의" → 대통령, "직위는 무엇인가" → 직위; null when none. */
  focus: string | null;
  /** Content words, particles and endings stripped, question words left out. */
  words: readonly string[];
  /** Syllable bigrams of the content words (as search tokenizes), for overlap with sentences. */
  pieces: readonly string[];
  /** The words right before and right after the question word (alignment around the answer). */
  before: string | null;
  after: string | null;
  /** The question without spaces, lower-cased: a span it repeats is seldom the answer. */
  compact: string;
  /**
   * The particle on the question word's eojeol ("무엇을" → 을, "어느 대통령의" → 의): the answer
   * usually carries the same one in the article. Null when none (a copula or an ending).
   */
  particle: string | null;
  /**
   * The span a rule of the answer stage chose (a figure of the asked type, a place), when one did:
   * the model weighs that agreement as one more feature, fitted like the others.
   */
  rule: RulePick | null;
  /** The answer stage's intent (money, date, count, person, place …), when it read one. */
  intent?: string | null;
};

export type RulePick = { articleId: string; sentenceIndex: number; text: string };

/** Particles read off the question word's eojeol, longest first. */
const QUESTION_PARTICLE = /(에서는|에게서|으로는|에서|에게|으로|까지|부터|와의|과의|을|를|이|가|은|는|의|에|로|와|과|도)$/u;

/** Particles and copula/question endings taken off question words. */
const WORD_TAIL =
  /(이었는가|였는가|인가요|입니까|이었나|이었지|였나요|였는지|이었을까|인가|인지|는가|은가|이야|이니|이지|였지|였나|이었|에서는|에게서|으로는|이라는|에서|에게|한테|으로|까지|부터|처럼|보다|라는|이랑|하고|은|는|이|가|을|를|의|에|와|과|도|로|랑|만|야)$/u;
/** Predicate endings (했대, 맞아, 지냈는가): what remains is a verb stem, kept as a word. */
const VERB_TAIL =
  /(했대요?|한대요?|됐대요?|였대요?|했지|했어|했나|했냐|했는지|했는가|하는가|하였는가|되었는가|되는가|됐어|됐지|됐나|였어|았어|었어|았지|었지|았나|었나|는가|는지|나요|니|냐|대|래|지|어|아|음)$/u;

/** Question words: they are not content words. */
const WH_WORD = /^(무엇|무얼|뭐|뭘|뭔|누구|누가|누군|어디|언제|얼마|몇|며칠|어느|어떤|어떻|무슨|왜|맞아|맞나|맞지|맞는)/u;

const WH_RULES: [WhKind, RegExp][] = [
  ['why', /(^|\s)왜(\s|$)|이유는|이유가|까닭/u],
  ['who', /누구|누가|누군|어떤 사람|어느 사람|인물은|who\b/u],
  ['when', /언제|몇\s?년|몇\s?월|며칠|몇\s?일|몇\s?세기|연도|년도|날짜|시기는|when\b/u],
  ['howmuch', /얼마|how much/u],
  ['howmany', /몇|how many/u],
  ['where', /어디|어느\s?(곳|나라|지역|도시|국가)|where\b/u],
  ['how', /어떻게|방법은|how\b/u],
  ['which', /(어느|어떤|무슨|어떠한)\s?[가-힣]/u],
  ['what', /무엇|무얼|뭐|뭘|뭔|what\b/u],
];

/** A noun before 무엇/뭐/누구/어디, an asking adverb (or 다시) between them skipped. */
const NOUN_BEFORE_QUESTION_WORD = new RegExp(`([가-힣A-Za-z]+)\\s+(?:(?:${ASKING_ADVERBS}|다시)\\s+)?(?:무엇|뭐|뭘|누구|어디)`, 'u');

/** The noun after 어떤/무슨/어느 ("어떤 직책을" → 직책) or before 은/는 무엇 ("직위는 무엇인가"). */
function findFocus(question: string): string | null {
  const after = /(?:어느|어떤|무슨|어떠한)\s?([가-힣A-Za-z]+)/u.exec(question);
  if (after?.[1]) return stem(after[1]);
  // "직함 정확히 뭐야": an adverb between the noun and the question word is skipped.
  const before = NOUN_BEFORE_QUESTION_WORD.exec(question);
  if (before?.[1]) return stem(before[1]);
  // "… 발매된 해는?", "… 이름은?": the closing noun.
  const closing = /([가-힣]+)(?:은|는)\s*[?？]?\s*$/u.exec(question);
  if (closing?.[1]) return stem(closing[1]);
  return null;
}

function stem(word: string): string {
  const stripped = word.replace(WORD_TAIL, '');
  return stripped.length >= 1 ? stripped : word;
}

/** A question word's content: particles and verb endings off; null for question words. */
function contentOf(word: string): string | null {
  if (WH_WORD.test(word) || isAskingAdverb(word)) return null;
  let text = word.replace(/[^\p{L}\p{N}]+/gu, '');
  if (text.length === 0) return null;
  const noParticle = text.replace(WORD_TAIL, '');
  if (noParticle.length >= 2 || /^[a-z0-9]+$/u.test(noParticle)) text = noParticle;
  const noEnding = text.replace(VERB_TAIL, '');
  if (noEnding.length >= 2) text = noEnding;
  return text;
}

/** The question word a keyword query implies by its cue word ("랩허브 예산" asks how much). */
const WH_OF_INTENT: Partial<Record<string, WhKind>> = {
  money: 'howmuch', date: 'when', count: 'howmany', person: 'who', place: 'where', area: 'howmuch', duration: 'howmuch', percent: 'howmuch',
};

/**
 * @param intent the answer stage's intent (from cue words such as 예산, 시기): it names the
 *   question word a keyword query leaves out.
 */
/**
 * Readings kept by question and intent: the answer stage reads a question's span question in several
 * places (span selection, the echo cut, the slot and why checks, guards), about six times a question.
 * Each call gets its own object (its `rule` is the caller's, and span selection extends `compact`);
 * the word lists are read-only and shared.
 */
const readings = new BoundedMap<string, SpanQuestion>(256);

export function readSpanQuestion(question: string, intent: string | null = null, rule: RulePick | null = null): SpanQuestion {
  const key = `${intent === null ? '\u0001' : intent}\u0000${question}`;
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = readAfresh(question, intent);
    readings.set(key, reading);
  }
  return { ...reading, rule };
}

function readAfresh(question: string, intent: string | null): SpanQuestion {
  const rule = null;
  const text = normalize(spaceGluedQuestionWords(fixCueTypos(question))).replace(/몇(?=[가-힣])/gu, '몇 ').replace(/(?<=[가-힣])몇(?=\s)/gu, ' 몇');
  const read = WH_RULES.find(([, rule]) => rule.test(text))?.[0] ?? (intent ? WH_OF_INTENT[intent] : undefined) ?? 'none';
  // "몇 억짜리", "몇 달러": 몇 before a unit of money asks 얼마 (the scorer takes 몇 for a count: "9건"
  // over "약 6353억 원"), and the unit is no content word. Areas and shares (몇㎡, 몇퍼) keep 몇, which
  // the scorer reads better for them (checked on the seed and news sets).
  const measured = read === 'howmany' && intent === 'money';
  const wh = measured ? 'howmuch' : read;
  const raw = text.split(/\s+/u).filter((word) => word.length > 0);
  const whAt = raw.findIndex((word) => WH_WORD.test(word));
  const words: string[] = [];
  raw.forEach((word, at) => {
    const content = measured && at === whAt + 1 && raw[whAt] === '몇' ? null : contentOf(word);
    if (content !== null) words.push(content);
  });
  // The question word's own eojeol, or for 어느/무슨 N and 몇 N the noun's.
  const carrier = whAt >= 0 ? raw[whAt + (wh === 'which' || wh === 'howmany' ? 1 : 0)] ?? raw[whAt] : undefined;
  const particle = carrier ? (QUESTION_PARTICLE.exec(carrier.replace(/[?？!.]+$/u, ''))?.[1] ?? null) : null;
  const neighbour = (at: number) => (at >= 0 && at < raw.length ? contentOf(raw[at] ?? '') : null);
  // "기술수출 정확히 얼마야": an adverb just before the question word is skipped.
  const beforeAt = whAt > 1 && isAskingAdverb(raw[whAt - 1] ?? '') ? whAt - 2 : whAt - 1;
  return {
    wh,
    focus: findFocus(text),
    words,
    pieces: syllablePieces(words.join(' ')),
    before: whAt > 0 ? neighbour(beforeAt) : null,
    after: whAt >= 0 ? neighbour(whAt + (wh === 'which' ? 2 : 1)) : null,
    compact: withoutSpaces(text),
    particle,
    rule,
    intent,
  };
}
