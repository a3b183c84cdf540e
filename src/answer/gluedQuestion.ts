/**
 * Question words typed without spaces (띄어쓰기 없는 채팅 질문): "K바이오랩허브어디에짓는다고했지" is
 * "K바이오랩허브 어디에 짓는다고했지", "박은채무슨당" is "박은채 무슨당". A question word glued inside a
 * long eojeol is spaced off from the words before it and, after its particle, from the words after.
 * A determiner (무슨, 어떤, 어느) glued to its noun is spaced off too ("무슨당" → 무슨 당). Only long eojeols (six syllables or more) are read so, and only question words no common noun
 * holds inside it (왜 is in 왜곡, 몇 is spaced by the callers).
 */

/** Question words that may be glued between a topic and a verb, longest first. */
const GLUED_WORDS = ['어디', '언제', '누가', '누구', '얼마', '무슨', '어떤', '어느'] as const;

/** What may follow a question word inside its eojeol: particles and the copula. */
const AFTER_WORD = /^(?:에서|에|서|로|랑|와|를|가|의|야|이야|였|이었|나|까지|부터|쯤|라고)?/u;

/** Shortest eojeol (in syllables and letters) read as several glued words. */
const MIN_GLUED = 6;

/**
 * The question with question words glued inside long eojeols spaced off.
 * @example
 * spaceGluedQuestionWords('K바이오랩허브어디에짓는다고했지') // 'K바이오랩허브 어디에 짓는다고했지'
 * spaceGluedQuestionWords('랩허브 어디에 지어?') // unchanged
 */
export function spaceGluedQuestionWords(question: string): string {
  return question
    .split(' ')
    .map((eojeol) => spaceEojeol(eojeol))
    .join(' ');
}

/** "무슨당", "어느대학이라고": a determiner glued to the noun it asks about (not 어느새, 어떤지 …). */
const GLUED_DETERMINER = /^(무슨|어떤|어느)(?!새|덧|지|가|게|건|거|걸|것|데)(?=[가-힣]{1,})/u;

function spaceEojeol(eojeol: string): string {
  const determiner = GLUED_DETERMINER.exec(eojeol)?.[1];
  if (determiner !== undefined) return `${determiner} ${eojeol.slice(determiner.length)}`;
  if ([...eojeol.replace(/[?？!.~]+$/u, '')].length < MIN_GLUED) return eojeol;
  for (const word of GLUED_WORDS) {
    const at = eojeol.indexOf(word, 2);
    if (at < 0) continue;
    const before = eojeol.slice(0, at);
    // The words before must end a word: two letters at least, the last a syllable or a Latin letter.
    if (!/[가-힣A-Za-z0-9]{2,}$/u.test(before)) continue;
    const rest = eojeol.slice(at + word.length);
    const particle = AFTER_WORD.exec(rest)?.[0] ?? '';
    const after = rest.slice(particle.length);
    // "…어디에짓는다고했지": a verb after; "…어디야?": nothing more.
    const tail = /^[가-힣]{2,}/u.test(after) ? ` ${after}` : after;
    return `${before} ${word}${particle}${tail}`;
  }
  return eojeol;
}
