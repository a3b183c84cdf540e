/**
 * 절의 화제 (what each clause of a sentence is about): "서지환은 지난 2일 … 메디컬 테스트를 통과했으며,
 * 6일 입단식을 치른 뒤 …" asked "메디컬 언제 통과?" is answered by the date whose own clause holds the
 * question's words (2일), not by the one right after them in the next clause (6일).
 */
import type { Fact } from '../facts/types.ts';

/** A figure's own clause: from the comma or connective ending before it to the one after it. */
export function ownClause(text: string, start: number, end: number): string {
  let from = start;
  // "매출 18조 원, 영업이익 5조 원": a comma right after a figure joins list items, not clauses.
  do {
    const before = text.slice(0, from);
    const boundary = /(?:[,，;]|(?:하|되|했|됐|이|며|고)\s)(?=[^,，;]*$)/u.exec(before);
    from = boundary ? boundary.index : 0;
    if (!boundary || !LIST_COMMA.test(text.slice(0, boundary.index + boundary[0].length))) {
      from = boundary ? boundary.index + boundary[0].length : 0;
      break;
    }
  } while (from > 0);
  const after = text.slice(end);
  const next = /[,，;]|(?:하고|되고|했고|됐고|하며|되며|으며|면서)\s/u.exec(after);
  return text.slice(from, next ? end + next.index : text.length);
}

/** A comma right after a figure and its unit ("18조4,270억 원,", "34%,"): between items of a list. */
const LIST_COMMA = /\d[\d,.]*\s?(?:[조억만천]\s?)*[\d,.]*\s?(?:원|달러|유로|엔|위안|명|개|곳|건|톤|척|대|%|㏊|㎡|표|가구|호)?\s?[,，]$/u;

/** A verb's clause ending: 며, 고, 면서, 지만, 는데 (with or without a comma after). */
const CLAUSE_END = /(?:며|고|면서|지만|는데|으나)[,，]?\s/u;

/** Share of its score kept by a figure whose clause holds less than half of what another's holds of the topic. */
const OTHER_CLAUSE_TOPIC = 0.5;

/**
 * Factors for the figures of one sentence by how much of the topic (its pieces, by weight) their own
 * clauses hold: a figure whose clause holds less than half of the best one's keeps half its score.
 * Figures alone of their kind in the sentence are left alone.
 */
export function clauseTopicFactors(text: string, facts: readonly Fact[], pieces: readonly string[], weightOf: (piece: string) => number): Map<Fact, number> {
  const factors = new Map<Fact, number>();
  if (facts.length < 2) return factors;
  const telling = [...new Set(pieces.filter((piece) => piece.length >= 2))];
  const held = facts.map((fact) => {
    const clause = ownClause(text, fact.start, fact.end).replace(/\s+/gu, '').toLowerCase();
    return telling.filter((piece) => clause.includes(piece)).reduce((sum, piece) => sum + weightOf(piece), 0);
  });
  const best = Math.max(...held);
  if (best <= 0) return factors;
  // Only across a verb's clause ending ("통과했으며, 6일", "68억원이고, 발사비를"): a comma in a list of
  // names ("글로벌 VC인 A, B를 비롯한 38개") does not part what the sentence says of one subject.
  const bestFacts = facts.filter((_, i) => held[i] === best);
  const parted = (a: Fact, b: Fact) => CLAUSE_END.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  for (const [i, fact] of facts.entries()) if ((held[i] ?? 0) < best * 0.5 && bestFacts.every((other) => parted(fact, other))) factors.set(fact, OTHER_CLAUSE_TOPIC);
  return factors;
}
