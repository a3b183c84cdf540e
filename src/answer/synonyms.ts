/**
 * Words Korean news uses for one another (동의어 묶음) where the corpus gives no alias: a visit is
 * "방문", "순방", "방미" (visit to the US) or a "국빈" (state guest) visit. Used only to decide which
 * articles speak of a topic for briefs and timelines, never to pick an answer.
 */
import { withoutSpaces } from '../korean/normalize.ts';

/** Families of interchangeable words; each word stands for every other word of its family. */
const FAMILIES: readonly (readonly string[])[] = [
  // 방문: 방미 (미국), 방한 (한국), 방중 (중국), 방일 (일본), 방러, 방북, 방유 …
  ['방문', '순방', '국빈', '방미', '방한', '방중', '방일', '방러', '방북', '방유'],
  ['업무협약', '양해각서', 'mou', '협약'],
  ['정상회담', '정상회의'],
];

/** The other words of a word's family (none when it has none). */
export function synonymsOf(word: string): readonly string[] {
  const key = withoutSpaces(word, { lower: true });
  const family = FAMILIES.find((members) => members.some((member) => key === member || (key.startsWith(member) && key.length <= member.length + 2)));
  return family ? family.filter((member) => member !== key) : [];
}
