/**
 * English questions over Korean articles: the one entry the answer stage calls before it analyzes
 * a question (`readEnglish`), and the English rendering of the values it answers with.
 */
import { normalize } from '../../korean/normalize.ts';
import type { Library } from '../library.ts';
import type { EnglishLexicon, EnglishQuestion } from './translate.ts';
import { corpusNameFor, prepareTranslation, translateQuestion } from './translate.ts';
import { glossary } from './glossary.ts';

export type { EnglishQuestion } from './translate.ts';
export { englishValue } from './values.ts';
export { identify, positionOf } from './identify.ts';
export { answerOrganization } from './organization.ts';
export { answerNamedTerm, answerRankedField, onlyUnnamed, termAsked } from './namedTerm.ts';
export { answerSpeaker, SPEAKER_QUESTION } from './speaker.ts';
export { CALLED_QUESTION, calledTerm } from './calledTerm.ts';
export { expandName } from './expansion.ts';
export { answerConversion, conversionAsked } from './conversion.ts';

/** Best-matching sentences whose paragraphs choose among a glossary word's spellings. */
const NEARBY_SENTENCES = 5;

const lexicons = new WeakMap<Library, EnglishLexicon>();

/**
 * The corpus as translation sees it, built once per library. Its whole-corpus parts (people and
 * titles, 0.4–0.7 s at 50× from a snapshot) are read on first use: a Korean question is told apart
 * with `knows` alone, so it never pays for them.
 */
function lexiconOf(library: Library): EnglishLexicon {
  const cached = lexicons.get(library);
  if (cached) return cached;
  let named: { people: string[]; titles: Map<string, string[]> } | undefined;
  const namedOf = () => (named ??= peopleAndTitles(library));
  let native: Set<string> | undefined;
  const lexicon: EnglishLexicon = {
    get words() {
      return library.words;
    },
    aliases: (phrase) => library.definedAliases(phrase),
    get titles() {
      return namedOf().titles;
    },
    get native() {
      return (native ??= new Set(glossary().entries.flatMap((entry) => entry.korean)));
    },
    get people() {
      return namedOf().people;
    },
    get outlets() {
      return library.outlets;
    },
    knows: (word) => library.knowsWord({ text: word, forms: [normalize(word)] }),
    uses: (word) => usesWord(library, word),
    nearby: async (query) =>
      (await library.retriever.search(query, { limit: NEARBY_SENTENCES })).map(
        (hit) => library.paragraphOf(hit.sentence.articleId, hit.sentence.index).compact,
      ),
  };
  lexicons.set(library, lexicon);
  return lexicon;
}

/** The people the articles name (with a title, or as speakers) and each title's holders. */
function peopleAndTitles(library: Library): { people: string[]; titles: Map<string, string[]> } {
  const people = new Set<string>();
  const titles = new Map<string, string[]>();
  for (const fact of library.people) {
    people.add(fact.value);
    if (fact.title) {
      const holders = titles.get(fact.title) ?? [];
      if (!holders.includes(fact.value)) holders.push(fact.value);
      titles.set(fact.title, holders);
    }
  }
  for (const speaker of library.speakerIndex.counts().keys()) people.add(speaker);
  // Writers, named in bylines only ("박서연 해양대 교수"): "Park Seo-yeon's column" is theirs.
  for (let position = 0; position < library.size; position++) {
    const writer = /^[가-힣]{2,4}(?=\s|$)/u.exec(library.authorAt(position) ?? '')?.[0];
    if (writer) people.add(writer);
  }
  // Korean names (이영), and foreign names the articles write in parts (웨이팡 조우).
  return { people: [...people].filter((name) => /^[가-힣]{2,5}$/u.test(name) || /^[가-힣]{2,6}(?: [가-힣]{1,6}){1,2}$/u.test(name)), titles };
}

const usedWords = new WeakMap<Library, Map<string, boolean>>();

/** Longest part of a corpus word kept in its parts' set; longer words are looked for word by word. */
const MAX_PART = 6;
const parts = new WeakMap<Library, Set<string>>();

/** Every part (1–6 syllables) of every Hangul corpus word: "uses" in one look-up, built once. */
function wordParts(library: Library): Set<string> {
  let set = parts.get(library);
  if (!set) {
    set = new Set();
    for (const word of library.words.keys()) {
      for (let start = 0; start < word.length; start++) {
        for (let end = start + 1; end <= Math.min(word.length, start + MAX_PART); end++) set.add(word.slice(start, end));
      }
    }
    parts.set(library, set);
  }
  return set;
}

/** Whether a corpus word contains `word` as written (spaces aside); Latin words as search knows them. */
function usesWord(library: Library, word: string): boolean {
  // "라운드 테이블": each word of a spaced spelling.
  const parts = normalize(word).split(/\s+/u).filter((part) => part.length > 0);
  if (parts.length > 1) return parts.every((part) => usesWord(library, part));
  const key = parts[0] ?? '';
  // "하루2": a Hangul name with a number or Latin letters on it is looked for as written.
  if (/[가-힣]/u.test(key) && /[0-9A-Za-z]/u.test(key)) return library.articleShare(key) > 0;
  if (!/^[가-힣]+$/u.test(key)) return library.knowsWord({ text: word, forms: [normalize(word)] });
  let cache = usedWords.get(library);
  if (!cache) {
    cache = new Map();
    usedWords.set(library, cache);
  }
  let used = cache.get(key);
  if (used === undefined) {
    used = key.length <= MAX_PART ? wordParts(library).has(key) : [...library.words.keys()].some((known) => known.includes(key));
    // One syllable ("밤" of ‘글로벌 중소기업인의 밤’) is below the word list's shortest word: read the text.
    if (!used && key.length === 1) used = library.articleShare(key) > 0;
    cache.set(key, used);
  }
  return used;
}

/**
 * A Latin name in a Korean question that the corpus writes only in Hangul ("LabCentral 대표 누구야"
 * of "랩센트럴 대표"): the corpus's spelling, found as for English questions (none or one). Only a
 * word of four letters or more the corpus does not itself use is looked up.
 */
export function hangulForLatin(library: Library, phrase: string): string[] {
  if (!/^[A-Za-z][A-Za-z\- ]{3,40}$/u.test(phrase) || library.knowsWord({ text: phrase, forms: [normalize(phrase)] })) return [];
  const hangul = corpusNameFor(lexiconOf(library), phrase);
  return hangul === null ? [] : [hangul];
}

/**
 * @name prepareEnglish
 * @description
 * 영어 질문이 처음 쓰는 것(말뭉치 어휘의 로마자·소리 색인, 용어집)을 미리 만든다. 엔진의 준비 단계에서 한 번.
 */
export function prepareEnglish(library: Library): void {
  const lexicon = lexiconOf(library);
  prepareTranslation(lexicon);
  wordParts(library);
  // The people and titles the articles name (read by the first name or title an English question says).
  void lexicon.people;
  // The outlets the articles ran in (read by the first capitalized name an English question says).
  void lexicon.outlets;
}

/**
 * @name readEnglish
 * @description
 * 영어(또는 섞인) 질문이면 답변 단계가 읽을 한국어 질문과 의도를, 한국어 질문이면 null.
 * @example
 * readEnglish(library, 'K-Bio Lab Hub budget') // { korean: 'K-바이오 랩허브 예산', intent: 'money', … }
 * readEnglish(library, 'K-바이오 랩허브 예산') // null
 */
export function readEnglish(library: Library, question: string): Promise<EnglishQuestion | null> {
  return translateQuestion(question, lexiconOf(library));
}

