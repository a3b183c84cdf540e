/**
 * 이름의 일부로 묻기 (a name asked by a part of it): chat asks for a name the asker half remembers —
 * "한올로 시작하는 데 풀네임 뭐야?", "JW 붙은 회사 정확한 이름?", "USA 붙은 데 어디어디?". The answer is
 * the name a sentence about the topic writes that starts with (시작하는), ends in (끝나는) or holds
 * (붙은) that part, whole: 한올바이오파마, JW Theriac, 유한USA, 휴온스USA. One name, or every one when the
 * question asks for all ("어디어디", "다", "전부"); none or several for a question of one: other readers decide.
 */
import { stripJosa } from '../korean/josa.ts';
import type { Finding, RankedSentence } from './finding.ts';
import type { QuestionAnalysis } from './question.ts';

type PartAsked = { part: string; where: 'start' | 'end' | 'within' };

/** "한올로 시작하는", "JW 붙은", "USA가 붙은", "제약으로 끝나는". */
const ASKED_PART =
  /(?<![가-힣A-Za-z0-9])([A-Za-z][A-Za-z0-9&]*|[가-힣]{1,6}?)(?:(?:으로|로)\s*(시작하|시작되|끝나)|(?:이|가)?\s*(붙은|붙어\s*있는|들어간\s*이름))/u;

/** A question that asks for every such name. */
const ASKS_ALL = /어디어디|뭐뭐|누구누구|(?:^|\s)(?:다|전부|모두)(?:\s|$)|들(?:은|이)?\s/u;

/** Names in a sentence: a run of Latin words ("JW Theriac"), or a word of Hangul, Latin and digits ("유한USA"). */
const NAME_TOKEN = /[A-Za-z][A-Za-z0-9&.-]*(?:\s+[A-Z][A-Za-z0-9&.-]*)*|[가-힣A-Za-z0-9]+/gu;

/** Sentences read for the name: the best supported ones. */
const SENTENCES_READ = 5;

function readAsked(question: string): PartAsked | null {
  const match = ASKED_PART.exec(question);
  const part = match?.[1];
  if (!match || !part) return null;
  const verb = match[2] ?? '';
  return { part, where: verb.startsWith('시작') ? 'start' : verb === '끝나' ? 'end' : 'within' };
}

function holdsPart(name: string, asked: PartAsked): boolean {
  const [text, part] = [name.toLowerCase(), asked.part.toLowerCase()];
  if (text === part) return false;
  if (asked.where === 'start') return text.startsWith(part);
  if (asked.where === 'end') return text.endsWith(part);
  return text.includes(part);
}

/** The names a sentence writes that hold the part asked, as written (particles off). */
function namesIn(text: string, asked: PartAsked): string[] {
  const names = [...text.matchAll(NAME_TOKEN)].map((match) => stripJosa(match[0], { sets: ['case', 'topic'], agreeing: true }));
  return [...new Set(names.filter((name) => holdsPart(name, asked)))];
}

/**
 * The name (or names) asked by a part of it, read from the best supported sentences; null when the
 * question asks no name by its part, or no single name fits.
 * @example
 * // "CIC 올해 입주사 중에 JW 붙은 회사 이름?" over "… 이어 JW Theriac, 동아ST, …" → "JW Theriac"
 */
export function answerNamePart(q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const asked = readAsked(q.question);
  if (asked === null) return null;
  const all = ASKS_ALL.test(q.question);
  for (const sentence of ranked.slice(0, SENTENCES_READ)) {
    const names = namesIn(sentence.text, asked);
    if (names.length === 0) continue;
    if (names.length > 1 && !all) return null;
    return { answer: names.join(', '), facts: sentence.facts, primary: [sentence], structural: true };
  }
  return null;
}
