/**
 * 뭐라고 불렀어 (what a speaker called something): "ㅊㅅㄷ 원장이 보스턴을 뭐라고 불렀어?", "장관이
 * 여객선을 뭐에 비유했어?" — the answer is the term the speaker's quote gives the thing the question
 * names as its object, not the whole quote: the term in inner quotation marks nearest after it, what
 * is set before it ("세계 바이오테크의 메카인 보스턴"), what it serves as (english/calledTerm.ts), or
 * what the quote says it is ("여객선은 버스이자 지하철").
 */
import { stripJosa } from '../korean/josa.ts';
import { calledTerm } from './english/calledTerm.ts';
import type { Answer } from './types.ts';
import { escapeRegExp } from '../escapeRegExp.ts';

/** The question asks the term a speaker used: 뭐라고 불렀어, 뭐라고 표현했어, 뭐에 비유했어. */
const CALLED = /(?:뭐|무엇|뭣)(?:이?라고|라)\s*(?:불렀|부르|부른|칭했|칭한|표현했|표현한|일컬|묘사했|묘사한|비유했|비유한)|(?:뭐|무엇|뭣)(?:에|으로|로)\s*(?:비유|빗대|표현)/u;

/** The object the question names right before its question word: "보스턴을 뭐라고" → 보스턴. */
const OBJECT = /(\S+?)(?:을|를)\s+(?:뭐|무엇|뭣)/u;

/**
 * What a quote makes a thing: what it is as, set before it ("신성장동력으로서 중소벤처기업이"), or what
 * the quote says it is, closing the quote ("여객선은 버스이자 지하철"): a few words, no object or
 * place in them (a clause is no term).
 */
function saidToBe(quote: string, word: string): string | null {
  const key = escapeRegExp(word);
  const role = new RegExp(`([^\\s“”"‘’',]+?)(?:으로서|로서)\\s(?:[^\\s“”]+\\s){0,2}${key}`, 'u').exec(quote)?.[1];
  if (role) return role;
  const said = new RegExp(`${key}(?:은|는)\\s([^“”"‘’',.]{2,30}?)(?:이다|다|이라|라)?[”"]`, 'u').exec(quote)?.[1]?.trim();
  if (!said) return null;
  const words = said.split(/\s+/u);
  return words.length <= 4 && !words.some((part) => /(?:을|를|에서|에게|었|았|였|겠)$/u.test(part)) ? said : null;
}

/**
 * The term, located in the answer's first citation, in place of the whole quote; the answer as it
 * was when the question asks no term or none is found.
 */
export function withCalledTerm(answer: Answer, question: string): Answer {
  if (!answer.found || answer.intent !== 'quote' || !CALLED.test(question)) return answer;
  const object = OBJECT.exec(question)?.[1];
  if (!object) return answer;
  const word = stripJosa(object);
  const quoted = (answer.answer ?? '').replace(/\s—\s[^“”]*$/u, '');
  const term = calledTerm(quoted, [word]) ?? saidToBe(quoted, word);
  const text = answer.citations[0]?.text ?? '';
  const at = term === null ? -1 : text.indexOf(term);
  if (term === null || at < 0) return answer;
  return { ...answer, answer: term, answerKind: 'span', answerStart: at, answerEnd: at + term.length };
}
