import { stripJosa } from '../../korean/index.ts';
import { jamoDistance } from '../../korean/jamo.ts';
import type { Library } from '../library.ts';

/**
 * 오타 교정: the question with each mistyped word written as the corpus writes it ("랩센트롤 대표 이름
 * 뭐였지" → "랩센트럴 대표 이름 뭐였지"), so the span reader compares the sentence with the word the
 * user meant. Search already finds the sentence through the same spellings; without this the reader
 * sees a question word no sentence repeats and doubts every span near it.
 *
 * Only whole Hangul words of three syllables or more that the corpus never writes are respelled, and
 * only to a spelling search gives for them (a word within a jamo edit or two). 초성 words ("ㄷㅇㅈㅇ")
 * stay: the reader treats initials as a name the question singles out.
 */

/** Shorter words are too near too many others ("인구" / "연구") to be respelled safely. */
const MIN_SYLLABLES = 3;

export function spelledAsCorpus(library: Library, question: string): string {
  const words = library.words;
  if (words.size === 0) return question;
  return question.replace(/[가-힣]+/gu, (word) => {
    const stem = stripJosa(word);
    if ([...stem].length < 2 || words.has(stem) || words.has(word)) return word;
    // "제노스코" for 제노스코사, "대웅" for 대웅제약: an organization asked without its ending.
    const named = organizationNamed(words, stem);
    if (named !== null) return named + word.slice(stem.length);
    if ([...stem].length < MIN_SYLLABLES) return word;
    const spelling = library.spellingsOf(stem).find((candidate) => /^[가-힣]+$/u.test(candidate) && candidate !== stem);
    return spelling === undefined ? word : spelling + word.slice(stem.length);
  });
}

/** Endings of organizations' names that a chat question leaves off ("제노스코사", "대웅제약"). */
const ORGANIZATION_ENDING = /^([가-힣]{2,})(사|제약|바이오|그룹|전자|홀딩스|헬스케어|증권|은행)$/u;

/** The corpus's organization names by the name without its ending, built once per word list. */
const organizationsByStem = new WeakMap<ReadonlyMap<string, number>, Map<string, string[]>>();

/**
 * The one organization the corpus writes as `stem` plus an ending ("제노스코" → 제노스코사), or,
 * for a stem of three syllables or more, one jamo from such a name ("제노스크" → 제노스코사); null when
 * none or more than one.
 */
function organizationNamed(words: ReadonlyMap<string, number>, stem: string): string | null {
  let byStem = organizationsByStem.get(words);
  if (!byStem) {
    byStem = new Map();
    for (const word of words.keys()) {
      const match = ORGANIZATION_ENDING.exec(word);
      if (!match?.[1] || words.has(match[1])) continue;
      byStem.set(match[1], [...(byStem.get(match[1]) ?? []), word]);
    }
    organizationsByStem.set(words, byStem);
  }
  const exact = byStem.get(stem);
  if (exact) return exact.length === 1 ? (exact[0] ?? null) : null;
  if ([...stem].length < MIN_SYLLABLES) return null;
  const near = [...byStem.entries()].filter(([name]) => name.length === stem.length && name[0] === stem[0] && jamoDistance(name, stem) === 1).flatMap(([, names]) => names);
  return near.length === 1 ? (near[0] ?? null) : null;
}
