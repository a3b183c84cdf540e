/**
 * "Which declaration …", "what plan will …", "moved into which center": an English question that
 * asks which thing of a kind is read in Korean as "어떤 N", so the Korean kind-noun reader
 * (../span/kindNoun.ts) answers it with the name of that kind the sentence gives.
 *
 * Organizations ("which agency", "which company") are not here: ./organization.ts reads them.
 */

/** English kind nouns (singular and plural) and the Korean kind noun asked with 어떤. */
const KIND_NOUNS: Readonly<Record<string, string>> = {
  declaration: '선언',
  event: '행사',
  fair: '행사',
  festival: '행사',
  expo: '행사',
  exhibition: '행사',
  convention: '대회',
  competition: '대회',
  plan: '계획',
  blueprint: '계획',
  roadmap: '계획',
  strategy: '전략',
  policy: '정책',
  center: '센터',
  centre: '센터',
  program: '프로그램',
  programme: '프로그램',
  project: '사업',
  agreement: '협약',
  pact: '협약',
  mou: 'MOU',
  facility: '시설',
  land: '땅',
};

/** Words that may stand between the question word and the kind noun ("what kind of", "which new"). */
const BETWEEN = /^(kind|type|sort|of|new|two|three|other|main|major|big|large|specific|particular|joint)$/u;

/** The singular of a kind noun as written ("events" → event, "centres" → centre). */
function singular(word: string): string {
  if (KIND_NOUNS[word] !== undefined) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The Korean kind noun an English question asks which thing of, and the index of its English
 * word, or null. "what" counts only opening the question (or after a preposition), "which"
 * anywhere ("moved into which center").
 */
export function whichKindOf(lowers: readonly string[]): { korean: string; at: number } | null {
  for (let i = 0; i < lowers.length; i++) {
    const word = lowers[i];
    if (word !== 'which' && !(word === 'what' && (i === 0 || /^(in|into|at|on|to|for|from|under|of|by|with)$/u.test(lowers[i - 1] ?? '')))) continue;
    for (let j = i + 1; j < Math.min(lowers.length, i + 4); j++) {
      const next = lowers[j] ?? '';
      const korean = KIND_NOUNS[singular(next)];
      if (korean !== undefined) return { korean, at: j };
      if (!BETWEEN.test(next)) break;
    }
  }
  return null;
}

/**
 * The Korean reading asking "어떤 N" in place of the bare kind noun: "행사 시장?" → "시장 어떤 행사?".
 * @param spellings the Korean spellings the glossary gives the English kind noun (removed as topic words).
 */
export function askWhichKind(korean: string, kind: string, spellings: readonly string[]): string {
  const drop = new Set([kind, ...spellings].map((word) => word.toLowerCase()));
  const words = korean.replace(/\?$/u, '').split(/\s+/u).filter((word) => word.length > 0 && !drop.has(word.toLowerCase()));
  return `${[...words, '어떤', kind].join(' ')}?`;
}
