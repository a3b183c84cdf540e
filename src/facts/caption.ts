/**
 * 방송 자막 (TV transcript captions): broadcast news pages give who speaks before their words as
 * "[인터뷰] 최형석 / 대전지역버스노동조합 위원장 : "…"" — a name, a slash, their role or where they
 * live, a colon. The name is the speaker of the words after the colon, and a person with that title.
 */
import { readTitle } from './titles.ts';

/** The caption's label, name, role and colon (the name Hangul, one word, or two for a foreign name). */
const CAPTION = /^\s*[\[［【(]\s*(?:인터뷰|녹취|싱크|현장음|현장|SYNC|INT)\s*[\]］】)]\s*([가-힣]{2,4}|[가-힣]{2,6} [가-힣]{2,6})\s*\/\s*([^:："“”]{2,40}?)\s*[:：]\s*/u;

export type Caption = {
  /** The speaker's name ("최형석"). */
  name: string;
  /** What the caption says of them: a title with its organization, or where they live ("대전 서구 둔산동"). */
  role: string;
  /** The title the role ends in ("위원장"), or null for a role that is no title. */
  title: string | null;
  /** The organization before that title ("대전지역버스노동조합"), or null. */
  organization: string | null;
  /** Where the name and the role lie in the text, and where the words said begin. */
  nameStart: number;
  roleEnd: number;
  end: number;
};

/**
 * The caption a text opens with, or null.
 * @example
 * readCaption('[인터뷰] 최형석 / 대전지역버스노동조합 위원장 : "…"')
 * // { name: '최형석', role: '대전지역버스노동조합 위원장', title: '위원장', organization: '대전지역버스노동조합', … }
 */
export function readCaption(text: string): Caption | null {
  const match = CAPTION.exec(text);
  const name = match?.[1];
  const role = match?.[2]?.trim();
  if (!match || name === undefined || role === undefined || role.length === 0) return null;
  const words = role.split(/\s+/u);
  const last = words.at(-1) ?? '';
  // "위원장", "교통국장" (a title fused to its office): the word as the caption writes it.
  const title = readTitle(last) !== null ? last : null;
  const organization = title !== null && words.length > 1 ? words.slice(0, -1).join(' ') : null;
  const nameStart = match[0].indexOf(name);
  const roleEnd = match[0].lastIndexOf(role) + role.length;
  return { name, role, title, organization, nameStart, roleEnd, end: match[0].length };
}
