/**
 * 어느 곳에서 온 사람 (who came from an organization): "라운드테이블에 존슨앤존슨에선 누가 왔어?",
 * "ㅂㅇㅋㅍㅌ에선 누가 참석했어" — the person or the post the article writes with that organization
 * ("존슨앤존슨 부회장", "베인캐피탈의 파트너", "유엘 솔루션즈 TIC 총괄 사장"): the organization (as
 * typed, by 초성, with a typo, or by an alias the articles define) followed by a title, read from the
 * sentence itself. News often names a guest by post alone; the post is then the answer.
 */
import { isWordPresent } from './evidence.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { readTitle, TITLE_MODIFIERS } from '../facts/titles.ts';
import { getChoseong, isChoseongOnly } from '../korean/jamo.ts';
import { stripJosa } from '../korean/josa.ts';
import { normalize } from '../korean/normalize.ts';

/** "X에선 누가", "X에서는 누구", "X 측에선 누가", "X 쪽에서 누가". */
const FROM_WHOM = /(\S+(?:\s\S+)?)\s?(?:측|쪽)?(?:에서는|에선|에서)\s+(?:\S+\s+)?(?:누가|누구)/u;

/** "X랑 협약할 때 저쪽 대표로 나온 사람 누구야": the other side is X. */
const OTHER_SIDE = /(\S+(?:\s\S+)?)(?:이랑|랑|와|과|하고)\s.*(?:저쪽|그쪽|상대편|상대측|상대방)\s.*(?:누가|누구)/u;

/** Words of events and places, where people meet rather than where they come from. */
const EVENT = /(포럼|행사|회의|대회|박람회|설명회|상담회|간담회|세미나|테이블|만찬|식|자리|현장|회담|총회|기간|때|당시)$/u;

/** A spoken verb closing the question ("왔음", "나왔어", "참석했지"): not a word the article must hold. */
const SPOKEN_VERB = /(었|았|였|왔|했|됐|갔|섰)[가-힣]*$|[가-힣](음|어|지|야|냐|니|대|래|요|죠)$/u;

/** Sentences read for the organization. */
const SENTENCES_READ = 8;

/** Most words of a post after the organization ("TIC 총괄 사장"). */
const MAX_POST_WORDS = 3;

const squash = (text: string) => normalize(text).replace(/[\s‘’“”'"·]+/gu, '').toLowerCase();

/** Whether words of a sentence spell the organization asked: as typed, its 초성, a typo, an alias. */
function spells(asked: string, written: string, library: Library): boolean {
  const a = squash(asked);
  const w = squash(written.replace(/(의|와|과)$/u, ''));
  if (a.length < 2 || w.length < 2) return false;
  if (a === w) return true;
  if (isChoseongOnly(a)) return getChoseong(w) === a;
  if (library.aliasesOf(asked).some((alias) => squash(alias) === w)) return true;
  // A typo ("보스톤다이나믹스"): as long within a letter, the same first letter, most of its syllable pairs there.
  return Math.abs(a.length - w.length) <= 1 && a.length >= 4 && a[0] === w[0] && isWordPresent(a, w);
}

/** The person or post the best sentences write with the organization the question names, or null. */
export function answerSentFrom(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  const match = FROM_WHOM.exec(normalize(q.question)) ?? OTHER_SIDE.exec(normalize(q.question));
  const asked = match?.[1]?.split(/\s+/u) ?? [];
  if (asked.length === 0) return null;
  // "포럼에선 누가 발표했어": an event, not an organization someone came from.
  if (EVENT.test(asked.at(-1) ?? '')) return null;
  // "라운드테이블에 존슨앤존슨에선": the organization is the word (or two) right before 에선.
  // "라운드테이블에 존슨앤존슨에선": a word with its particle before it is not part of the name.
  const whole = asked.length > 1 && stripJosa(asked[0] ?? '') === asked[0] ? [asked.join(' ')] : [];
  const candidates = [...whole, asked.at(-1) ?? ''].filter((text, i, all) => text.length >= 2 && all.indexOf(text) === i);
  // The organization anchors the sentence; the question's other words ("라운드테이블") need only be the
  // article's: a guest list seldom repeats the event's name.
  const others = q.topic.split(/\s+/u).map((word) => stripJosa(word, { sets: ['case', 'topic', 'colloquial'], minStem: 1 })).filter((word) => word.length >= 2 && !SPOKEN_VERB.test(word) && !candidates.some((text) => squash(text).includes(squash(word))) && library.knowsWord({ text: word, forms: [word] }));
  const inArticle = (articleId: string) => {
    const article = library.article(articleId);
    const body = article ? [article.title, ...article.paragraphs].join(' ') : '';
    return others.every((word) => isWordPresent(word, body));
  };
  for (const sentence of ranked.slice(0, SENTENCES_READ)) {
    if (!inArticle(sentence.articleId)) continue;
    const tokens = [...sentence.text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
    for (let i = 0; i < tokens.length; i++) {
      for (let span = 1; span <= 3 && i + span <= tokens.length; span++) {
        const words = tokens.slice(i, i + span);
        const last = words.at(-1);
        if (!last) continue;
        // The organization ends its word, or takes 의 ("보스턴 다이나믹스의 CEO"): never a list's comma.
        if (/[,.]$/u.test(last.text)) break;
        const written = words.map((word) => word.text).join(' ');
        if (!candidates.some((text) => spells(text, written, library))) continue;
        const start = words[0]?.start ?? 0;
        const end = start + written.length;
        // "웨이팡 조우 유엘 솔루션즈 TIC 총괄 사장": the person the extractor read there, name and all.
        const person = sentence.facts.find((fact) => fact.type === 'person' && fact.start <= start && fact.end >= end && readTitle(fact.text.split(/\s+/u).at(-1) ?? '') !== null);
        const post = postAfter(tokens, i + span);
        if (post === null && !person) continue;
        const answer = person ? person.text : sentence.text.slice(start, post ?? end).replace(/[,.]$/u, '');
        return { answer, facts: sentence.facts, primary: [sentence], structural: true };
      }
    }
  }
  return null;
}

/** Where a post written right after an organization ends ("부회장,", "TIC 총괄 사장(왼쪽)과"), or null. */
function postAfter(tokens: readonly { text: string; start: number }[], from: number): number | null {
  for (let k = from; k < tokens.length && k < from + MAX_POST_WORDS; k++) {
    const token = tokens[k];
    if (!token) return null;
    const bare = token.text.replace(/\(.*$/u, '').replace(/[,.]+$/u, '');
    const title = readTitle(bare);
    if (title !== null && bare.replace(/(은|는|이|가|과|와|을|를|도|의|등)$/u, '').endsWith(title.title)) {
      // "총괄 사장": a title word that modifies the next one is part of the post.
      const next = tokens[k + 1]?.text.replace(/\(.*$/u, '').replace(/[,.]+$/u, '') ?? '';
      if (TITLE_MODIFIERS.has(bare) && readTitle(next) !== null && tokens[k + 1]) {
        return tokens[k + 1]!.start + next.replace(/(은|는|이|가|과|와|을|를|도|의|등)$/u, '').length;
      }
      return token.start + bare.replace(/(은|는|이|가|과|와|을|를|도|의|등)$/u, '').length;
    }
    // Between the organization and the post: a division's Latin name or a title's modifier ("TIC 총괄").
    if (!/^[A-Z][A-Za-z&]*$/u.test(token.text) && !TITLE_MODIFIERS.has(token.text)) return null;
  }
  return null;
}
