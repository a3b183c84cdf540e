/**
 * 여럿을 합친 수치 (the group's figure for one of its members): "대만 수출 목표는 몇 톤?" over "…
 * 대만·베트남·싱가포르 등으로 양파 2만5천 톤을 수출하는 것을 목표로" is not "2만5천 톤", nor "HX5 리콜
 * 몇 대" over "'HX5' 등 4개 차종 3만1,902대에서 …". A figure written after "A·B·C 등" (or "A 등",
 * "A, B 등") in the same clause counts the whole group; a question that names one member and does not
 * ask the group (등, 전체, 모두, 총 …) asks that member's own figure, which this one is not.
 * (The reverse, a member's figure for the whole, is partForWhole.ts.)
 */
import { withoutSpaces } from '../../korean/normalize.ts';
import { ASKS_WHOLE } from './partForWhole.ts';

/** "A·B·C 등", "'HX5' 등", "A, B 등": the listed members right before 등 (up to three eojeols back over commas). */
const LISTED = /((?:[^\s,.]+,\s)*[^\s,.]+)\s?등(?=[\s으로에의이가은는을를과와]|$)/gu;

/** Particles, quotes and brackets around a listed member. */
function memberStem(raw: string): string {
  return raw.replace(/\([^)]*\)/gu, '').replace(/[^가-힣A-Za-z0-9]/gu, '');
}

/** Whether the figure shown at [start, …) of `sentence` counts a group the question names one member of. */
export function wholeForPart(question: string, sentence: string, start: number): boolean {
  if (ASKS_WHOLE.test(question) || /등|다\s?합|합쳐|통틀/u.test(question)) return false;
  const asked = withoutSpaces(question);
  for (const match of sentence.matchAll(LISTED)) {
    const end = (match.index ?? 0) + match[0].length;
    // The figure must follow the list in its own clause: no comma or sentence break between them.
    if (end > start || /[,.]/u.test(sentence.slice(end, start)) || start - end > 30) continue;
    const listed = (match[1] ?? '').split(/[·ㆍ,]\s?|\s?및\s?/u);
    // One word before 등 is as often the group's own noun ("연구개발 인력 등 320명") as a member: only a
    // list, or one quoted or Latin name ("'HX5' 등 4개 차종"), names members.
    if (listed.length < 2 && !/^['‘"“]|^[A-Za-z0-9]/u.test(listed[0] ?? '')) continue;
    const members = listed.map(memberStem).filter((stem) => stem.length >= 2);
    if (members.some((stem) => asked.includes(stem))) return true;
  }
  return false;
}
