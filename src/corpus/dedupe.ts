/**
 * 중복 제거: pages repeat their body (a doubled block), and portals put an auto-summary of body sentences
 * above it. Each sentence is kept once, at its body occurrence.
 */

/** A paragraph of the page before de-duplication. */
export type DraftParagraph = {
  sentences: string[];
  /** Whether it sits right after an auto-summary notice (자동요약), where sentences are copies. */
  inSummary: boolean;
};

/** Sentences shorter than this (as a key) may repeat legitimately (`그렇다.`) and are never dropped. */
const MIN_KEY_LENGTH = 8;

/**
 * Comparison key: no spaces, one kind of quotation mark, no final punctuation, lowercase.
 * @example sentenceKey("‘윈윈’이 될 것이다.") === sentenceKey("'윈윈'이 될 것이다") // true
 */
export function sentenceKey(sentence: string): string {
  return sentence
    .replace(/[“”"]/g, '"')
    .replace(/[‘’'`]/g, "'")
    .replace(/[\s.,·…!?。]+/g, '')
    .toLowerCase();
}

/**
 * Keeps each sentence once. Of the copies of a sentence, the kept one is, in order of preference: outside
 * an auto-summary block, in the paragraph with more sentences (the body rather than a one-line teaser or
 * summary line), the first. A summary sentence that a body sentence holds whole (`누리로보틱스가 …를
 * 공개했다.` inside `로봇 스타트업 누리로보틱스가 …를 공개했다.`) is a copy too. Paragraphs left empty
 * disappear.
 */
export function dedupeSentences(paragraphs: readonly DraftParagraph[]): string[][] {
  const keys = paragraphs.map((paragraph) => paragraph.sentences.map(sentenceKey));
  const winner = new Map<string, { paragraph: number; sentence: number; rank: [number, number] }>();
  paragraphs.forEach((paragraph, p) => {
    keys[p]?.forEach((key, s) => {
      if (key.length < MIN_KEY_LENGTH) return;
      const rank: [number, number] = [paragraph.inSummary ? 0 : 1, paragraph.sentences.length];
      const current = winner.get(key);
      if (!current || isBetter(rank, current.rank)) winner.set(key, { paragraph: p, sentence: s, rank });
    });
  });
  const bodyKeys = keys.filter((_, p) => !paragraphs[p]?.inSummary).flat();
  const heldByBody = (key: string) => bodyKeys.some((bodyKey) => bodyKey !== key && bodyKey.includes(key));
  const kept: string[][] = [];
  const seenParagraphs = new Set<string>();
  paragraphs.forEach((paragraph, p) => {
    const paragraphKeys = keys[p] ?? [];
    const isLong = (s: number) => (paragraphKeys[s] ?? '').length >= MIN_KEY_LENGTH;
    const isWinner = (s: number) => {
      const key = paragraphKeys[s] ?? '';
      const best = winner.get(key);
      if (paragraph.inSummary && heldByBody(key)) return false;
      return best !== undefined && best.paragraph === p && best.sentence === s;
    };
    const longIndexes = paragraphKeys.map((_, s) => s).filter(isLong);
    // Short sentences (`그렇다.`) may repeat: they stay or go with their paragraph's long sentences.
    if (longIndexes.length > 0 && !longIndexes.some(isWinner)) return;
    const sentences = paragraph.sentences.filter((_, s) => !isLong(s) || isWinner(s));
    const paragraphKey = paragraphKeys.join('|');
    if (longIndexes.length === 0 && seenParagraphs.has(paragraphKey)) return;
    seenParagraphs.add(paragraphKey);
    kept.push(sentences);
  });
  return kept;
}

function isBetter(candidate: [number, number], current: [number, number]): boolean {
  if (candidate[0] !== current[0]) return candidate[0] > current[0];
  return candidate[1] > current[1];
}
