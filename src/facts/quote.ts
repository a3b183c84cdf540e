/**
 * 인용: quoted statements and who said them. `X는 “…”라고 말했다`, `“…”고 X는 밝혔다`,
 * `X는 “…”며, “…”고 밝혔다` (one speaker, two quotes), `그러면서 “…”라고 당부했다` (the previous
 * speaker), cited words (`헨리 포드의 말처럼 “…”`, `“…”이라는 미국의 기업가 헨리 포드의 말처럼`), and
 * quotes that run over several sentences of a paragraph (`continuedIn`). Only “ ”, " " and 「 」
 * count, and only around a statement: single quotes (‘기회의 땅’) mark names and emphasis.
 */
import type { Sentence } from '../corpus/types.ts';
import type { PersonFact, QuoteFact } from './types.ts';
import { isKoreanName, isSurname } from './names.ts';
import { splitWords } from './person.ts';
import { josaSource, stripJosa } from '../korean/josa.ts';
import { SHORT_ONLY_TITLES, TITLE_JOSA, readTitle } from './titles.ts';
import { spanOf } from './span.ts';

type Speaker = { speaker: string | null; speakerTitle: string | null };

const NO_SPEAKER: Speaker = { speaker: null, speakerTitle: null };

/** Pairs of quote marks that hold statements. */
const CLOSERS: Record<string, string> = { '“': '”', '「': '」', '"': '"' };

/** Words that refer back to the previous speaker: 그는, 그녀는, 이들은. */
const PRONOUNS = new Set(['그', '그녀', '이들', '그들', '그는', '그녀는']);

/** Nouns that speak for someone unnamed: "업계 관계자는", "카카오 측은"; the word before joins them. */
const GENERIC_SPEAKERS = /^(?:관계자|관계자들|측|당국자|소식통|전문가|참석자|대변인)$/;

/** Organizations that speak: "대통령실은", "중기부는", "정부는", "삼성전자는". */
const ORGANIZATION_SPEAKERS = /^(?:정부|당국|청와대|백악관|국회|법원|검찰|경찰|[가-힣A-Za-z0-9]{2,}(?:부|청|처|원|회|실|국|단|은행|그룹|협회|재단|연구소|센터|통신|일보|신문|방송|위원회|전자|공사|공단|대학교|연합|노조|당|소))$/;

/** Sentence openings that continue the previous speaker's words. */
const CONTINUATIONS = /^(?:그러면서|이어|이어서|또|또한|아울러|특히|그는|그녀는|이와 함께|한편 그는|덧붙여)(?:\s|,)/;

/** Quotative endings right after a closing quote, marking speech: “…”라고 / 고 / 며 / 라며 / 면서. */
const SPEECH_QUOTATIVE = /^\s?(?:이?라고|고|이?라며|며|이?라면서|면서|하고|라는\s?말을|이?라고\s?하)/;

/** Cited words: "X의 말처럼", "X의 명언대로". */
const CITATION = /(?:의\s?)(?:말|명언|격언|표현|발언|조언|글귀|말씀|어록)(?:처럼|대로|을\s빌리면|을\s빌리자면|에\s따르면|이\s있다|이다|과\s같이|와\s같이)?/;

/** Role nouns that describe a cited speaker: "미국의 기업가 헨리 포드". */
const ROLE_WORDS = /(?:가|자|인|사|님|들)$|^(?:기업가|작가|철학자|시인|사상가|발명가|정치인|과학자|경제학자|소설가|전|故|고)$/;

/**
 * What follows a quote that reports speech: 라고, 고, 며, 라는 (말), a full stop, the sentence's end.
 * A quoted title is followed by a particle instead (“FAKE LOVE”는, “…”을 모토로).
 */
const REPORTED = /^\s?(?:이?라(?:고|며|면서|는|던|고도|며서)|이?란\s|(?:이|였|이었)?다(?![가-힣])|고(?![가-힣])|고\s|며|면서|하(?:고|며|면서|였|기|는|자)|는\s?(?:말|내용|주장|입장|발언|지적|의견|얘기|이야기|글)|[.!?,…]|$)/;

/**
 * Whether the words between quote marks make a statement rather than a name or emphasis:
 * a predicate ending (…있다, …합니까), or several words (8+ letters) reported as speech.
 * @param after the text right after the closing mark ('' at the end of the paragraph).
 */
export function isStatement(content: string, after = ''): boolean {
  const trimmed = content.trim();
  const letters = trimmed.replace(/\s/g, '').length;
  if (letters === 0) return false;
  // A closing mark read as an opening one: “…”고 밝혔다. … “…
  if (/^(?:이?라고|고|며|라며)\s/.test(trimmed)) return false;
  const hangul = /[가-힣]/.test(trimmed);
  if (hangul && /[다요죠까네][.!?]?$/.test(trimmed) && letters >= 4) return true;
  if (!hangul && trimmed.split(/\s+/).length < 4) return false;
  return letters >= 8 && /\s/.test(trimmed) && REPORTED.test(after);
}

const SUBJECT_MARKED = new RegExp(`^(.+?)${josaSource(['subject'])}$`);

/** Whether a subject-marked word ends with 은/는/이/가/께서 (the speaker's marker). */
function subjectBase(word: string): string | null {
  const m = SUBJECT_MARKED.exec(word);
  return m?.[1] ?? null;
}

/** The speaker named by a person fact of the sentence that ends inside [from, to). */
function personAt(people: readonly PersonFact[], from: number, to: number): PersonFact | undefined {
  return people.find((p) => p.end > from && p.end <= to);
}

function speakerOfPerson(person: PersonFact): Speaker {
  const rest = person.text.includes(person.name)
    ? person.text.replace(person.name, ' ')
    : person.title !== null
      ? person.title
      : '';
  const speakerTitle = rest.replace(/\s+/g, ' ').trim();
  return { speaker: person.value, speakerTitle: speakerTitle === '' ? null : speakerTitle };
}

/**
 * The speaker named as subject in `text.slice(from, to)`: the last subject-marked word that is a
 * person, a pronoun (then `previous`), or an organization. Null when none.
 */
function subjectIn(
  text: string,
  from: number,
  to: number,
  people: readonly PersonFact[],
  previous: Speaker,
  pickLast: boolean,
): Speaker | null {
  const words = splitWords(text.slice(from, to)).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
  const ordered = pickLast ? [...words].reverse() : words;
  for (const word of ordered) {
    // "팀 쿡 애플 최고경영자(CEO)는", "이영 장관(오른쪽)은": the marker follows a parenthesis.
    if (BARE_SUBJECT_MARKER.test(word.text)) {
      const person = people.find((p) => p.end <= word.start && /^\s?\([^()]*\)$/.test(text.slice(p.end, word.start)));
      if (person !== undefined) return speakerOfPerson(person);
      continue;
    }
    const base = subjectBase(word.text);
    if (base === null) continue;
    const person = personAt(people, word.start, word.end);
    if (person !== undefined) return speakerOfPerson(person);
    const reference = unresolvedReference(words, words.indexOf(word), base);
    if (reference !== null) return reference;
    if (PRONOUNS.has(base) || PRONOUNS.has(word.text)) return previous.speaker === null ? null : previous;
    const named = people.find((p) => p.name === base);
    // A bare name as subject ("곽영주는"): a three-syllable name, or one the article names with a title.
    if (named !== undefined || (base.length === 3 && isKoreanName(base))) {
      return { speaker: base, speakerTitle: named?.title ?? null };
    }
    // "A씨는", "김모씨는": people the article keeps anonymous are named as written.
    if (/^(?:[A-Z]|[가-힣]모)\s?씨$/.test(base)) return { speaker: base, speakerTitle: null };
    // "한 증권사 연구원은": a title without a name speaks like 관계자, with the word before it.
    const titleOnly = readTitle(base);
    if (GENERIC_SPEAKERS.test(base) || (titleOnly !== null && titleOnly.length === base.length && titleOnly.organization === null)) {
      // "마르쿠스 베버(Markus Weber) 단장은": the name before the bracket is the speaker's.
      const bracketed = titleOnly !== null ? nameBeforeBracket(text.slice(0, word.start)) : null;
      if (bracketed !== null) return { speaker: bracketed, speakerTitle: base };
      const index = words.indexOf(word);
      const before = words[index - 1];
      const joined = before !== undefined && /^\s+$/.test(word.gap) && /^[가-힣A-Za-z0-9]+$/.test(before.text);
      return { speaker: joined ? `${before.text} ${base}` : base, speakerTitle: null };
    }
    if (ORGANIZATION_SPEAKERS.test(base) || /^[A-Z][A-Za-z&.]+$/.test(base)) {
      return { speaker: stripJosa(base, TITLE_JOSA), speakerTitle: null };
    }
  }
  return null;
}

/**
 * The name written just before a bracket that ends `text` ("라인베르크의 마르쿠스 베버(Markus Weber) "
 * → 마르쿠스 베버, "박모(59)씨" no: only Hangul names of one or two words, neither ending on a particle).
 */
function nameBeforeBracket(text: string): string | null {
  const match = /(?:^|\s)(?:([가-힣]{2,5})\s)?([가-힣]{2,5})\s?\([^()]*\)\s*$/u.exec(text);
  const last = match?.[2];
  if (!match || last === undefined || PARTICLE_FINAL.test(last) || readTitle(last) !== null) return null;
  // A Korean name stands alone ("김철수(45)"); a foreign one is given and family name ("마르쿠스 베버").
  if (isKoreanName(last)) return last;
  const first = match[1];
  if (first === undefined || PARTICLE_FINAL.test(first) || readTitle(first) !== null) return null;
  return `${first} ${last}`;
}

/** A word ending on a particle or a verb ending, which no name does. */
const PARTICLE_FINAL = /[은는이가을를의에도와과로서며고한된던]$/u;

/** A subject marker written as its own word, after a closing parenthesis: "(CEO)는". */
const BARE_SUBJECT_MARKER = new RegExp(`^${josaSource(['subject'])}$`);

/**
 * A short reference the article never spells out ("김 장관은", "박 대표는", "오 시장은"): the
 * speaker is kept as written — the text names them no further, and nothing is invented.
 */
function unresolvedReference(words: readonly { text: string; gap: string }[], index: number, base: string): Speaker | null {
  const word = words[index];
  const before = words[index - 1];
  if (word === undefined || before === undefined || !/^\s+$/.test(word.gap) || !isSurname(before.text)) return null;
  const reading = readTitle(base);
  const title = reading !== null && reading.length === base.length ? base : SHORT_ONLY_TITLES.has(base) ? base : null;
  if (title === null) return null;
  return { speaker: `${before.text} ${title}`, speakerTitle: title };
}

/**
 * Attribution after the quote: "“…” 김 교수의 설명이다", "“…”는 게 산업부의 설명이다",
 * "“…”라는 것이 업계의 분석이다".
 */
const ATTRIBUTION = /^\s?(?:(?:이?라|다)?는\s?(?:게|것이)\s)?([^“”"]{1,40}?)의\s?(?:설명|말|주장|분석|지적|전언|얘기|이야기|입장|판단|평가|전망|생각|해석|진단|귀띔)(?:이다|이었다|였다|입니다)/;

function attributedAfter(suffix: string, people: readonly PersonFact[], offset: number): Speaker | null {
  const match = ATTRIBUTION.exec(suffix);
  const phrase = match?.[1];
  if (match === null || phrase === undefined) return null;
  const phraseEnd = offset + match[0].indexOf(phrase) + phrase.length;
  const person = people.find((p) => p.end === phraseEnd);
  if (person !== undefined) return speakerOfPerson(person);
  const words = phrase.trim().split(/\s+/);
  if (words.length > 3) return null;
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2];
  if (before !== undefined && isSurname(before) && readTitle(last) !== null) return { speaker: `${before} ${last}`, speakerTitle: last };
  return { speaker: words.join(' '), speakerTitle: null };
}

/** The cited speaker in a phrase ending with "X의 말처럼": "미국의 기업가 헨리 포드" → 헨리 포드. */
function citedSpeaker(phrase: string, people: readonly PersonFact[], offset: number): Speaker | null {
  const cite = CITATION.exec(phrase);
  if (cite === null) return null;
  const before = phrase.slice(0, cite.index);
  const person = personAt(people, offset, offset + cite.index + 1);
  if (person !== undefined && person.end >= offset + cite.index - 1) return speakerOfPerson(person);
  const words = before.trim().split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.length < 3; k--) {
    const word = words[k] ?? '';
    if (/[은는을를에와과도며고,.]$|의$|라는$|이라는$/.test(word) || ROLE_WORDS.test(word) || !/^[가-힣A-Za-z.·-]+$/.test(word)) break;
    name.unshift(word);
  }
  if (name.length === 0) return null;
  const role = words.slice(Math.max(0, words.length - name.length - 2), words.length - name.length).filter((w) => ROLE_WORDS.test(w));
  return { speaker: name.join(' '), speakerTitle: role.length > 0 ? role.join(' ') : null };
}

type Open = { open: number; close: number; closed: boolean };

/** Quote-mark pairs in a paragraph's text; an unclosed quote runs to the paragraph's end. */
function findPairs(text: string): Open[] {
  const pairs: Open[] = [];
  const openers = /[“「"]/g;
  let found: RegExpExecArray | null;
  while ((found = openers.exec(text)) !== null) {
    const i = found.index;
    const ch = found[0];
    const closer = CLOSERS[ch] ?? ch;
    const close = text.indexOf(closer, i + 1);
    if (close < 0) {
      if (ch !== '"') pairs.push({ open: i, close: text.length, closed: false });
      break;
    }
    pairs.push({ open: i, close, closed: true });
    openers.lastIndex = close + 1;
  }
  return pairs;
}

/** Groups sentences by paragraph, keeping their order. */
function paragraphsOf(sentences: readonly Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const sentence of sentences) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last !== undefined && head !== undefined && head.paragraphIndex === sentence.paragraphIndex && head.articleId === sentence.articleId) last.push(sentence);
    else groups.push([sentence]);
  }
  return groups;
}

/**
 * Quoted statements of an article, each with its speaker resolved through the article's people.
 * @example
 * extractQuotes([sentence('윤 대통령은 “양국 모두에게 윈윈이 될 것”이라고 강조했다.')], people)
 * // [{ value: '양국 모두에게 윈윈이 될 것', speaker: '윤석열', speakerTitle: '대통령' }]
 */
export function extractQuotes(sentences: readonly Sentence[], people: readonly PersonFact[]): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  let previous: Speaker = NO_SPEAKER;
  let previousAt = -Infinity;
  for (const paragraph of paragraphsOf(sentences)) {
    const offsets: number[] = [];
    let joined = '';
    for (const sentence of paragraph) {
      if (joined !== '') joined += ' ';
      offsets.push(joined.length);
      joined += sentence.text;
    }
    const locate = (at: number): number => {
      let k = 0;
      while (k + 1 < offsets.length && (offsets[k + 1] ?? Infinity) <= at) k++;
      return k;
    };
    const pairs = findPairs(joined).filter((p) => isStatement(joined.slice(p.open + 1, p.close), joined.slice(p.close + 1, p.close + 16)));
    for (const [n, pair] of pairs.entries()) {
      const firstAt = locate(pair.open);
      const lastAt = locate(Math.max(pair.open, pair.close - 1));
      const first = paragraph[firstAt];
      const last = paragraph[lastAt];
      const firstOffset = offsets[firstAt] ?? 0;
      const lastOffset = offsets[lastAt] ?? 0;
      if (first === undefined || last === undefined) continue;
      const start = pair.open - firstOffset;
      const end = firstAt === lastAt && pair.closed ? pair.close - firstOffset + 1 : first.text.length;
      const value = joined.slice(pair.open + 1, pair.close).trim();
      const continuedIn = paragraph.slice(firstAt + 1, lastAt + 1).map((s) => s.index);

      const firstPeople = people.filter((p) => p.articleId === first.articleId && p.sentenceIndex === first.index);
      const lastPeople = people.filter((p) => p.articleId === last.articleId && p.sentenceIndex === last.index);
      // The text before the quote in its sentence, after any earlier quote there.
      const earlier = pairs[n - 1];
      const prefixFrom = earlier !== undefined && locate(earlier.close) === firstAt ? earlier.close - firstOffset + 1 : 0;
      const prefix = first.text.slice(prefixFrom, start);
      // The text after the quote in its last sentence, up to the next quote there.
      const later = pairs[n + 1];
      const suffixFrom = pair.closed ? pair.close - lastOffset + 1 : last.text.length;
      const suffixTo = later !== undefined && locate(later.open) === lastAt ? later.open - lastOffset : last.text.length;
      const suffix = last.text.slice(suffixFrom, Math.max(suffixFrom, suffixTo));
      const sameSentenceEarlier = earlier !== undefined && locate(earlier.close) === firstAt;

      let speaker: Speaker | null = null;
      const citeBefore = /([^“”"「」]{0,60})$/.exec(prefix)?.[1] ?? '';
      if (CITATION.test(citeBefore) && /(?:처럼|대로|빌리면|빌리자면|따르면)[\s,:]*$/.test(citeBefore)) {
        speaker = citedSpeaker(citeBefore, firstPeople, prefixFrom + prefix.length - citeBefore.length);
      }
      if (speaker === null && /^\s?(?:이?라는|이?란)\s/.test(suffix)) {
        speaker = citedSpeaker(suffix, lastPeople, suffixFrom);
      }
      speaker ??= attributedAfter(suffix, lastPeople, suffixFrom);
      speaker ??= subjectIn(first.text, prefixFrom, start, firstPeople, previous, true);
      if (speaker === null && SPEECH_QUOTATIVE.test(suffix)) {
        speaker = subjectIn(last.text, suffixFrom, suffixFrom + suffix.length, lastPeople, previous, false);
      }
      if (speaker === null && sameSentenceEarlier) speaker = previous;
      if (speaker === null && SPEECH_QUOTATIVE.test(suffix) && first.index - previousAt <= 2) {
        if (prefix.trim() === '' || CONTINUATIONS.test(prefix.trim() + ' ')) speaker = previous;
      }
      const resolved = speaker ?? NO_SPEAKER;
      quotes.push({
        type: 'quote',
        ...spanOf(first, start, end),
        value,
        unit: null,
        speaker: resolved.speaker,
        speakerTitle: resolved.speakerTitle,
        continuedIn,
      });
      if (resolved.speaker !== null) {
        previous = resolved;
        previousAt = last.index;
      }
    }
  }
  return quotes;
}
