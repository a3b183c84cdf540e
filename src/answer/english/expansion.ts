/**
 * "What does CIC stand for?", "What's the full name of 미주한상총연?": the name an acronym or short
 * name stands for, as the article that defines it writes it (약어의 본딧말) — "캠브리지 이노베이션
 * 센터(CIC)", "미주한인상공회의소총연합회(이하 미주한상총연)", "CBAM(탄소국경조정제도)". Only a name the
 * articles themselves put beside the short one, in parentheses, is an answer; else null.
 */
import type { Library } from '../library.ts';
import { answerFromSentence } from '../sentenceAnswer.ts';
import type { Answer } from '../types.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';

/** "What does X stand for", "the full (official) name of X", "what is X short for", "X stands for". */
const EXPANSION_QUESTIONS = [
  /\bwhat (?:does|do|did) (.+?) stand for\b/iu,
  // "the full Korean name of X", "the official English name of X": the language said between.
  /\b(?:full|official|formal|complete|long)(?: (?:korean|english|hangul))? (?:name|form) of (?:the )?(.+?)\s*\??\s*$/iu,
  /\bwhat (?:is|'s|was) (.+?) (?:short|an abbreviation|an acronym) for\b/iu,
  /^\s*(.+?) stands? for what\b/iu,
  // "What is the Korean name of the institute (KHIDI) that …": the short name in the question's own brackets.
  /\b(?:korean|hangul|full|official) name of\b[^()?]*\(([A-Za-z][A-Za-z&.\-]{1,15})\)/iu,
];

/**
 * @name expansionAsked
 * @description
 * 약어(또는 줄임말)의 본딧말을 묻는 영어 질문이면 그 약어 부분(영어 그대로), 아니면 null.
 * @example
 * expansionAsked('공유오피스 CIC — what does CIC stand for?') // 'CIC'
 */
export function expansionAsked(question: string): string | null {
  for (const pattern of EXPANSION_QUESTIONS) {
    const match = pattern.exec(question);
    const asked = match?.[1]?.replace(/^(?:the|a|an)\s+/iu, '').replace(/['"‘’“”]/gu, '').trim();
    if (asked) return asked;
  }
  return null;
}

/** Sentences read for the definition, best search hits first. */
const SENTENCES_READ = 12;
/** Fixed, like identify's: read by a rule from the article's own parentheses. */
const EXPANSION_CONFIDENCE = 0.85;
/** Words in parentheses that say the short name is defined there: "(이하 X)", "(약칭 X)". */
const DEFINING = '(?:이하|약칭|약어|줄여서)?\\s*';

/** A spelling matched with or without its spaces ("캠브리지 이노베이션 센터" ~ "캠브리지이노베이션센터"). */
function loosely(text: string): string {
  return [...text.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s?');
}

/** A particle or ending that closes the words of a name: "유럽의 탄소국경조정제도" starts after 의. */
const NOT_IN_NAME = /(?:은|는|을|를|의|에|에서|와|과|로|으로|인|이며|하는|하여|해|며|한|된|등)$/u;
/** Most words a long name is read back over, when no quotation mark opens it. */
const NAME_WORDS = 4;

/**
 * The long name written right before a parenthesis: from an opening quotation mark ("‘캠브리지
 * 이노베이션 센터(CIC)’"), else the bare nouns before it, back to a particle ("유럽의
 * 탄소국경조정제도(CBAM)" → 탄소국경조정제도).
 */
function nameBefore(text: string, paren: number, end: number): string | null {
  const before = text.slice(0, paren);
  const quote = Math.max(before.lastIndexOf('‘'), before.lastIndexOf('“'), before.lastIndexOf("'"), before.lastIndexOf('"'));
  const closed = quote >= 0 && /[’”'"]/u.test(before.slice(quote + 1));
  // Quoted whole, the parenthesis inside the quotation marks: ‘캠브리지 이노베이션 센터(CIC)’.
  const quotedName = /^[’”'"]/u.test(text.slice(end));
  if (quote >= 0 && !closed && quotedName && paren - quote <= 40) {
    const quoted = before.slice(quote + 1).trim();
    return quoted.length > 0 ? quoted : null;
  }
  const words = before.split(/\s+/u);
  if (words.at(-1) === '') return null;
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < NAME_WORDS; i--) {
    const word = words[i] ?? '';
    if (!/^[가-힣A-Za-z0-9&·‧.\-]+$/u.test(word) || (taken.length > 0 && NOT_IN_NAME.test(word))) break;
    taken.unshift(word);
  }
  return taken.length > 0 ? taken.join(' ') : null;
}

/**
 * The long names the sentences pair with `name`: "긴 이름(X)", "긴 이름(이하 X)", or "X(긴 이름)".
 */
function pairedNames(text: string, name: string): { long: string; start: number }[] {
  const found: { long: string; start: number }[] = [];
  const key = loosely(name);
  // 긴 이름(X) / 긴 이름(이하 X)
  for (const match of text.matchAll(new RegExp(`\\(${DEFINING}['‘"“]?${key}['’"”]?\\)`, 'gu'))) {
    const long = nameBefore(text, match.index, match.index + match[0].length);
    if (long) found.push({ long, start: match.index - long.length });
  }
  // X(긴 이름): the parenthesis holds a name, not a figure or a date.
  for (const match of text.matchAll(new RegExp(`${key}['’"”]?\\(([^()]{2,40})\\)`, 'gu'))) {
    const long = match[1]?.trim() ?? '';
    if (/^[\d\s.,~%년월일]+$/u.test(long) || /^(?:이하|약칭)/u.test(long)) continue;
    found.push({ long, start: match.index + match[0].indexOf(long) });
  }
  return found.filter((pair) => pair.long.replace(/\s+/gu, '').length > name.replace(/\s+/gu, '').length && !spelledOut(pair.long, name));
}

/** Latin letters as Korean says them: "UL" is 유엘, the Hangul of the name, not what it stands for. */
const LETTERS: Record<string, string[]> = {
  A: ['에이'], B: ['비'], C: ['씨', '시'], D: ['디'], E: ['이'], F: ['에프'], G: ['지', '쥐'], H: ['에이치', '에치'], I: ['아이'],
  J: ['제이'], K: ['케이'], L: ['엘'], M: ['엠'], N: ['엔'], O: ['오'], P: ['피'], Q: ['큐'], R: ['알'], S: ['에스'], T: ['티'],
  U: ['유'], V: ['브이', '비'], W: ['더블유'], X: ['엑스'], Y: ['와이'], Z: ['지', '제트'],
};

/** Whether `long` begins with the acronym's letters said one by one ("유엘 솔루션즈" for UL). */
function spelledOut(long: string, name: string): boolean {
  if (!/^[A-Z]{2,}$/u.test(name)) return false;
  let rest = long.replace(/\s+/gu, '');
  for (const letter of name) {
    const said = (LETTERS[letter] ?? []).find((sound) => rest.startsWith(sound));
    if (!said) return false;
    rest = rest.slice(said.length);
  }
  return true;
}

/**
 * @name expandName
 * @description
 * 약어 `name`의 본딧말: 기사가 괄호로 짝지어 쓴 긴 이름 ("캠브리지 이노베이션 센터(CIC)"), 그 문장을
 * 인용해서. 기사가 짝짓지 않았으면 null.
 */
export async function expandName(library: Library, name: string, question: string, top: number): Promise<Answer | null> {
  const hits = await library.retriever.search(name, { limit: SENTENCES_READ });
  for (const hit of hits) {
    const { articleId, index, text } = hit.sentence;
    const [pair] = pairedNames(text, name);
    if (!pair) continue;
    return answerFromSentence(
      library,
      { articleId, sentenceIndex: index, text, answer: pair.long, start: pair.start, confidence: EXPANSION_CONFIDENCE, intent: 'open', facts: [] },
      question,
      top,
    );
  }
  return null;
}
