/**
 * Does a sentence's neighbourhood really speak of the question's topic? Search ranks loosely
 * related sentences too; an answer is only given when (nearly) every topic word is there.
 *
 * A topic word counts as present when its syllable bigrams are mostly there (spacing and particles
 * do not matter), when a word within a small jamo edit distance is there (typos: 랩헙 ≈ 랩허브), or
 * when a word with the same 초성 is there (ㄷㅇㅈㅇ ≈ 대웅제약).
 */
import { disassemble, getChoseong, isChoseongOnly, withinEdits } from '../korean/jamo.ts';
import { isInterrogative } from '../korean/josa.ts';
import { normalize } from '../korean/normalize.ts';
import { syllablePieces } from '../korean/pieces.ts';

/**
 * The words of a topic that carry meaning: not a one-syllable Hangul word, not a question word
 * (무엇인가), not a bound noun (것은) — but words a bound noun opens ("수매", "중국") are words.
 */
export function contentWords(topic: string): string[] {
  return normalize(topic)
    .split(/[^\p{L}\p{N}ㄱ-ㅎ]+/u)
    .filter((word) => word.length > 0)
    .filter(
      (word) =>
        !/^[가-힣]$/u.test(word) &&
        !isInterrogative(word) &&
        // A bound noun with its particle ("것은", "수는", "중에"), not a word it opens ("수매", "중국").
        // (씨 after a name, "구지현 씨의", is such a bound noun too.)
        !/^(것|수|때|등|중|뭐|뭘|뭔|씨)(은|는|이|가|을|를|도|에|로|만|의|엔|야)?$/u.test(word) &&
        !FUNCTION_WORDS.has(word),
    );
}

/**
 * Deictic and linking words (지시어, 부사): "이번", "결국", "관련해서" say how the question is put,
 * not what it is about.
 */
const FUNCTION_WORDS = new Set([
  '이번', '이날', '당일', '지난', '최근', '당시', '현재', '결국', '정확한', '정확히', '그동안', '관련', '관련해서', '대해',
  '대한', '통해', '위해', '가장', '모두', '각각', '다른', '말고', '혹시', '그럼', '그리고', '아까', '얘기',
  // Words about the article rather than its subject: "기고문 보면 …", "기사에 나와?"
  '기고문', '기고', '기사', '기사엔', '기사에', '보도', '보면', '지금', '최종적', '최종적으로', '구체적', '구체적으로',
  '자세히', '내용', '나와', '나오던데', '했대', '했음', '한글로', '표기',
  // "저쪽 대표": whose side, said by pointing.
  '저쪽', '그쪽', '이쪽', '상대편', '상대측',
  // 하다 said as the question's verb ("어디서 한대?", "언제 했어?"): no word of the topic.
  '한대', '한대요', '한다', '했어', '했지', '했나', '했나요', '했냐', '하냐', '하나요', '했는지',
  // "원화로 치면", "달러로 따지면": how the asker wants a figure put, not what it is about.
  '치면', '따지면', '환산하면',
  // "왜 이렇게 늘었대", "왜 그렇게 많아": pointing back at what the asker read, not a topic word.
  '이렇게', '그렇게', '저렇게', '이렇다', '그렇다',
]);

/**
 * One word of a question as it is looked for: as typed, and in the other forms the corpus itself
 * gives it ("중기부" for "중소벤처기업부", "CIC" for "캠브리지 이노베이션 센터").
 */
export type TopicWord = { text: string; forms: string[] };

/**
 * What a question's evidence is checked against: the words that must be there, and the words that
 * count only when they are (the focus noun, and predicates whose inflection the article may not
 * share: "소속된" for "소속").
 */
export type TopicWords = { words: TopicWord[]; optional: TopicWord[] };

/** Other names of a phrase that the corpus defines (aliases), none when it defines none. */
export type AliasLookup = (phrase: string) => readonly string[];

/** Words longest merged into one phrase when the corpus defines the phrase as an alias. */
const MAX_PHRASE_WORDS = 3;

export function topicWords(
  topic: string,
  { focus = null, predicates = [], aliasesOf = () => [] }: { focus?: string | null; predicates?: readonly string[]; aliasesOf?: AliasLookup } = {},
): TopicWords {
  const focusWord = focus === null ? null : (contentWords(focus)[0] ?? null);
  const predicateWords = new Set(predicates.flatMap((word) => contentWords(word)));
  const plain = contentWords(topic);
  const words: TopicWord[] = [];
  const optional: TopicWord[] = [];
  for (let i = 0; i < plain.length; ) {
    // The longest run of words that the corpus names otherwise is one word with its aliases.
    let taken = 1;
    let forms: readonly string[] = [];
    for (let length = Math.min(MAX_PHRASE_WORDS, plain.length - i); length >= 1; length--) {
      const aliases = aliasesOf(plain.slice(i, i + length).join(' '));
      if (aliases.length > 0) {
        taken = length;
        forms = aliases;
        break;
      }
    }
    const text = plain.slice(i, i + taken).join(' ');
    const word: TopicWord = { text, forms: [text.replace(/\s+/gu, ''), ...forms.map((form) => form.replace(/\s+/gu, ''))] };
    if (text === focusWord || predicateWords.has(text)) optional.push(word);
    else words.push(word);
    i += taken;
  }
  return { words, optional };
}

/** Whether a topic word, in any of its forms, occurs in a text. */
export function isTopicWordPresent(word: TopicWord, text: string | PreparedText): boolean {
  const prepared = typeof text === 'string' ? preparedOf(text) : text;
  return word.forms.some((form) => isWordPresent(form, prepared));
}

/**
 * Share (0..1) of a question's words present in a text; optional words count only when present.
 * With `weightOf`, rarer words count more ("카카오헬스케어" over "MOU").
 * @example
 * questionSupport(topicWords('헤이그의 부인', '부인'), '헤이그는 …') // 1
 */
export function questionSupport(
  topic: TopicWords,
  text: string | PreparedText,
  weightOf: (word: TopicWord) => number = () => 1,
): number {
  const prepared = typeof text === 'string' ? preparedOf(text) : text;
  let present = 0;
  let total = 0;
  for (const word of topic.words) {
    const weight = weightOf(word);
    total += weight;
    if (isTopicWordPresent(word, prepared)) present += weight;
  }
  for (const word of topic.optional) {
    if (!isTopicWordPresent(word, prepared)) continue;
    const weight = weightOf(word);
    total += weight;
    present += weight;
  }
  return total === 0 ? 0 : present / total;
}

/** Bigrams from which a word is a long compound that needs more than half of them present. */
const LONG_WORD_PIECES = 5;

/** A text prepared once for many word look-ups (a paragraph is asked about by many questions). */
export type PreparedText = {
  normalized: string;
  /** The normalized text without spaces: bigrams match across spacing ("랩 허브" has 랩허). */
  compact: string;
  eojeols: string[];
};

export function prepareText(text: string): PreparedText {
  const normalized = normalize(text);
  return {
    normalized,
    compact: normalized.replace(/\s+/gu, ''),
    eojeols: normalized.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0),
  };
}

/** Most sentence texts and words kept prepared (a few MB): a question's candidates are asked about by each of its words, and the neighbouring sentences again. */
const MEMO_LIMIT = 4096;
const preparedTexts = new Map<string, PreparedText>();
const wordPieces = new Map<string, string[]>();
const wordJamos = new Map<string, string>();

function remembered<T>(memo: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = make(key);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** `prepareText`, remembered for the texts most recently looked in. */
function preparedOf(text: string): PreparedText {
  return remembered(preparedTexts, text, prepareText);
}

/**
 * Whether one topic word occurs in a text.
 * @example
 * isWordPresent('랩허브', 'K-바이오 랩 허브를 짓는다') // true (spacing)
 * isWordPresent('랩헙', '랩허브를 짓는다') // true (typo)
 * isWordPresent('ㄷㅇㅈㅇ', '대웅제약은') // true (초성)
 * isWordPresent('기준금리', '랩허브를 짓는다') // false
 */
export function isWordPresent(word: string, text: string | PreparedText): boolean {
  const prepared = typeof text === 'string' ? preparedOf(text) : text;
  // Remembered per prepared text: a paragraph is asked about each word for every sentence in it,
  // and an article found in two places shares its prepared paragraphs (Library.paragraphOf).
  let known = presence.get(prepared);
  if (!known) {
    known = new Map();
    presence.set(prepared, known);
  }
  let present = known.get(word);
  if (present === undefined) {
    present = wordPresent(word, prepared);
    if (known.size < MEMO_LIMIT) known.set(word, present);
  }
  return present;
}

/** Words found or not in each prepared text (kept while the text is). */
const presence = new WeakMap<PreparedText, Map<string, boolean>>();

function wordPresent(word: string, prepared: PreparedText): boolean {
  if (!/[가-힣ㄱ-ㅎ]/u.test(word)) {
    // A Latin alias is looked for without its spaces too ("ulsolutions" in "ul solutions").
    return prepared.normalized.includes(word) || (word.length >= 4 && prepared.compact.includes(word));
  }
  if (isChoseongOnly(word)) {
    return prepared.eojeols.some((eojeol) => getChoseong(eojeol).includes(word));
  }
  // Most of a word's bigrams: half of a short word (particles and inflections differ), more of a
  // long compound name ("카카오헬스케어" is not in "디지털 헬스케어").
  const pieces = remembered(wordPieces, word, syllablePieces);
  const found = pieces.filter((piece) => prepared.compact.includes(piece)).length;
  const needed = pieces.length >= LONG_WORD_PIECES ? 0.6 : 0.5;
  if (pieces.length > 0 && found / pieces.length >= needed) return true;
  return hasNearWord(word, prepared.eojeols);
}

/**
 * Typo tolerance: an eojeol whose start is within a small jamo edit distance of the word. Only
 * eojeols sharing a syllable with the word are compared (a typo leaves most syllables intact),
 * which keeps this cheap on long paragraphs.
 */
function hasNearWord(word: string, eojeols: readonly string[]): boolean {
  // Short words are too near to too many others ("인구" is one jamo from "연구"): no typo room.
  const wordJamo = remembered(wordJamos, word, disassemble);
  const jamoLength = wordJamo.length;
  if (jamoLength < 6) return false;
  const allowed = jamoLength >= 10 ? 2 : 1;
  const syllables = [...word];
  return eojeols.some((eojeol) => {
    if (!syllables.some((syllable) => eojeol.includes(syllable))) return false;
    // Prefixes by code point; plain slices when the eojeol has no surrogate pairs (nearly always).
    const chars = /[\uD800-\uDFFF]/.test(eojeol) ? [...eojeol] : null;
    for (const length of [syllables.length - 1, syllables.length, syllables.length + 1]) {
      if (length < 2) continue;
      const prefix = chars ? chars.slice(0, length).join('') : eojeol.slice(0, length);
      if (withinEdits(wordJamo, disassemble(prefix), allowed)) return true;
    }
    return false;
  });
}

/**
 * Share (0..1) of the topic's content words present in a text.
 * @example
 * topicSupport(['국빈', '방문', '투자', '유치'], '12년 만의 국빈 방문이다. 59억 달러의 투자 유치와') // 1
 */
export function topicSupport(words: readonly string[], text: string | PreparedText): number {
  if (words.length === 0) return 0;
  const prepared = typeof text === 'string' ? preparedOf(text) : text;
  return words.filter((word) => isWordPresent(word, prepared)).length / words.length;
}
