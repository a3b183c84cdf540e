/**
 * 기사가 이름을 밝힌 사람 (people the articles name): whether a word is the name of a person the
 * articles name with a title or role ("이영", "윤석열"; "웨이팡 조우"'s 조우 not). One set per library,
 * gathered once, for every check that asks whether a word names a person: a title asked after it is
 * that person's (compose.ts), a span opening with it is a person, not an organization (guards/).
 */
import type { Library } from './library.ts';

/** The names (as written and as resolved: "윤" → "윤석열") of the people each library's articles name. */
const personNames = new WeakMap<Library, ReadonlySet<string>>();

function personNamesOf(library: Library): ReadonlySet<string> {
  let names = personNames.get(library);
  if (!names) {
    names = new Set(library.people.flatMap((person) => [person.name, person.value]));
    personNames.set(library, names);
  }
  return names;
}

/**
 * Whether a word is the Korean name (two to four syllables) of a person the articles name.
 * @example
 * namesPerson(library, '이영') // true where an article names 이영 장관
 * namesPerson(library, '장관') // false
 */
export function namesPerson(library: Library, word: string): boolean {
  return /^[가-힣]{2,4}$/u.test(word) && personNamesOf(library).has(word);
}
