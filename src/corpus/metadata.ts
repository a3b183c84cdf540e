import { isCopyrightLine } from './chrome.ts';

/**
 * Metadata read from a page's text: publication date (발행일), outlet (언론사), author (기자/필자).
 * Each reader returns null when the text does not say; nothing is guessed.
 */

/** `2023년 05월 04일`, `2023년 5월 4일`. */
const KOREAN_DATE = /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/;
/** `2023. 5. 4.`, `2023.05.04`, `2023-05-04` (ISO, also with a time), `2023/05/04`. */
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*([.\-/])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/;

/**
 * Reads the first date in a text as `YYYY-MM-DD`, or null when none is a valid calendar date.
 * @example
 * toIsoDate('입력 2023.05.04 10:00') // '2023-05-04'
 * toIsoDate('2023년 5월 4일') // '2023-05-04'
 * toIsoDate('지난 2월 28일') // null (no year)
 */
export function toIsoDate(text: string): string | null {
  const korean = KOREAN_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const first =
    korean && (!numeric || korean.index <= numeric.index)
      ? { y: korean[1], m: korean[2], d: korean[3] }
      : numeric
        ? { y: numeric[1], m: numeric[3], d: numeric[4] }
        : null;
  if (!first) return null;
  const year = Number(first.y);
  const month = Number(first.m);
  const day = Number(first.d);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null; // 2월 30일
  return `${first.y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Labels that mark a publication (not a modification) date: 입력, 등록, 발행, 게재, 작성, 승인, 송고, 배포. */
const PUBLISHED_LABEL = /(입력|등록|발행|게재|작성|승인|송고|배포|Published|Posted)/i;
const MODIFIED_LABEL = /(수정|업데이트|Updated|Modified)/i;

/**
 * Publication date from a page's metadata lines: the lines before the body (short lines that are not
 * sentences), then labelled lines after it (`입력 …` in a footer). A date inside a body sentence
 * (`지난 2023년 5월 4일 발표한`) is an event, not the publication date, so sentences are never passed here;
 * nor is an unlabelled date under the body (a subhead). A labelled publication date (`입력 …`) wins over an
 * unlabelled one, and a modification date (`수정 …`) is used only when nothing else is there.
 */
export function findPublicationDate(headerLines: readonly string[], trailerLines: readonly string[] = []): string | null {
  return datedLine(headerLines) ?? datedLine(trailerLines.filter((line) => PUBLISHED_LABEL.test(line)));
}

function datedLine(lines: readonly string[]): string | null {
  let unlabelled: string | null = null;
  let modified: string | null = null;
  for (const line of lines) {
    const date = toIsoDate(line);
    if (date === null) continue;
    if (PUBLISHED_LABEL.test(line)) return toIsoDate(line.slice(line.search(PUBLISHED_LABEL))) ?? date;
    if (MODIFIED_LABEL.test(line) && !/^\s*\d/.test(line)) modified ??= date;
    else unlabelled ??= date;
  }
  return unlabelled ?? modified;
}

/** A plausible outlet name: short, no sentence punctuation. */
function cleanOutlet(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > 24 || /[.!?]$/.test(name)) return null;
  return name;
}

/** `[헤럴드경제=김용훈 기자]`, `[서울경제TV=윤혜림기자]`, `[뉴스1=홍길동 기자 hong@news1.kr]` at a paragraph start. */
const BRACKET_BYLINE =
  /^\s*[\[［【]\s*([^\]=］】]{2,24}?)\s*=\s*([가-힣]{2,4}?)\s*(?:인턴기자|객원기자|선임기자|기자|특파원)?\s*(?:[\w.+-]+@[\w.-]+)?\s*[\]］】]\s*/;
/** `[누리뉴스 한지수 기자]`: outlet and reporter in brackets without `=` (the title word is required). */
const SPACED_BYLINE =
  /^\s*[\[［【]\s*([^\]=］】]{2,24}?)\s+([가-힣]{2,4})\s?(?:인턴기자|객원기자|선임기자|기자|특파원)\s*(?:[\w.+-]+@[\w.-]+)?\s*[\]］】]\s*/;
/** Newsis style: `[서울=뉴시스]홍길동 기자 =` (region = outlet in the brackets, the reporter after them). */
const REGION_BYLINE = /^\s*[\[［]\s*[^\]=］]{1,12}=\s*([^\]］]{2,20}?)\s*[\]］]\s*([가-힣]{2,4})\s?(?:기자|특파원)\s?=?\s*/;
/** A reporter's name opening the lead: `홍길동 기자 = 정부가…`. */
const NAME_BYLINE = /^\s*([가-힣]{2,4})\s?(?:기자|특파원)\s?=\s*/;
/** Yonhap style: `(서울=연합뉴스) 홍길동 기자 =`. */
const PAREN_BYLINE = /^\s*\(\s*[^()=]{1,12}=\s*([^()]{2,20}?)\s*\)\s*(?:([가-힣]{2,4})\s*(?:기자|특파원)\s*=?\s*)?/;

export type Byline = {
  outlet: string | null;
  author: string | null;
  /** The paragraph without the byline. */
  rest: string;
};

/**
 * 바이라인: reads a news-agency byline at the start of a paragraph and returns the paragraph without it.
 * @example
 * readByline('[헤럴드경제=김용훈 기자] 윤석열 대통령의…')
 * // { outlet: '헤럴드경제', author: '김용훈', rest: '윤석열 대통령의…' }
 */
export function readByline(paragraph: string): Byline | null {
  const region = REGION_BYLINE.exec(paragraph);
  if (region) {
    return { outlet: cleanOutlet(region[1] ?? ''), author: region[2] ?? null, rest: paragraph.slice(region[0].length) };
  }
  const bracket = BRACKET_BYLINE.exec(paragraph);
  if (bracket) {
    return {
      outlet: cleanOutlet(bracket[1] ?? ''),
      author: bracket[2] ?? null,
      rest: paragraph.slice(bracket[0].length),
    };
  }
  const spaced = SPACED_BYLINE.exec(paragraph);
  if (spaced) {
    return { outlet: cleanOutlet(spaced[1] ?? ''), author: spaced[2] ?? null, rest: paragraph.slice(spaced[0].length) };
  }
  const paren = PAREN_BYLINE.exec(paragraph);
  if (paren) {
    return { outlet: cleanOutlet(paren[1] ?? ''), author: paren[2] ?? null, rest: paragraph.slice(paren[0].length) };
  }
  const name = NAME_BYLINE.exec(paragraph);
  if (name) return { outlet: null, author: name[1] ?? null, rest: paragraph.slice(name[0].length) };
  return null;
}

/** `Copyright © 동아일보`, `ⓒ 조선비즈`, `[ⓒ 서울경제TV(www.sentv.co.kr), 무단 전재…]`, `(c) 한겨레`. */
const COPYRIGHT_OUTLET = /(?:copyright\s*(?:[©ⓒ]|\(c\))?|[©ⓒ]|\(c\))\s*(?:\d{4}\s*)?([^.,()\[\]&|<>\-–—]+)/i;

/**
 * Outlet named by a copyright line.
 * @example
 * outletFromCopyright('Copyright © 동아일보. 무단전재 및 재배포 금지.') // '동아일보'
 * outletFromCopyright('[ⓒ 서울경제TV(www.sentv.co.kr), 무단 전재 및 재배포 금지]') // '서울경제TV'
 */
export function outletFromCopyright(line: string): string | null {
  const match = COPYRIGHT_OUTLET.exec(line);
  if (!match) return null;
  const name = (match[1] ?? '').replace(/\s*(무단|all rights|저작권).*$/i, '');
  return cleanOutlet(name);
}

/**
 * The outlet named by the page's copyright notices. A full notice (`Copyright ©`, `무단 전재`) wins over a
 * bare `ⓒ 이름`, which may be a photo agency's credit (`ⓒ 게티이미지뱅크`).
 */
export function outletFromCopyrightLines(lines: readonly string[]): string | null {
  const notices = lines.filter(isCopyrightLine);
  const full = notices.filter((line) => /copyright|무단|저작권|all rights/i.test(line));
  return [...full, ...notices].map(outletFromCopyright).find((name) => name !== null) ?? null;
}

/** Titles that end a signature line: `이영 중소벤처기업부 장관`, `홍길동 기자`. */
const SIGNATURE_TITLE =
  '기자|특파원|선임기자|전문기자|논설위원|논설실장|주필|위원|장관|차관|청장|대표|교수|회장|사장|원장|소장|의원|연구원|연구위원|변호사|칼럼니스트|작가|평론가|이사|부장|국장|대사|총장|시장|지사';
const SIGNATURE = new RegExp(
  `^([가-힣]{2,4})((?:\\s+[가-힣A-Za-z0-9·]{1,20}){0,4}?\\s*(?:${SIGNATURE_TITLE}))(?:\\s+(?:입력\\s*)?[\\d.:\\-/\\s년월일]+)?$`,
);

/** A signature line is at most this long (spaces collapsed). */
const SIGNATURE_MAX_CHARS = 48;

/** Characters of `text` that are printable ASCII or Hangul syllables (never spaces), counted up to `limit`. */
function countPlainChars(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++) {
    const code = text.charCodeAt(i);
    if ((code > 0x20 && code < 0x7f) || (code >= 0xac00 && code <= 0xd7a3)) count++;
  }
  return count;
}

/**
 * 서명: a standalone author line, `이영 중소벤처기업부 장관 2023. 5. 4. 03:05` or `홍길동 기자`.
 * A reporter is recorded by name (`홍길동`); anyone else with their title (`이영 중소벤처기업부 장관`),
 * since a contributor's title is part of who is speaking.
 */
export function readSignature(line: string): string | null {
  // Most lines are prose: with more characters that are surely not spaces than a signature has,
  // no collapsing of spaces makes them short enough, so they are let go without that copy.
  if (line.length > SIGNATURE_MAX_CHARS && countPlainChars(line, SIGNATURE_MAX_CHARS + 1) > SIGNATURE_MAX_CHARS) return null;
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > SIGNATURE_MAX_CHARS) return null;
  const match = SIGNATURE.exec(text);
  if (!match) return null;
  const name = match[1] ?? '';
  const title = (match[2] ?? '').trim();
  if (/^(기자|특파원|선임기자|전문기자)$/.test(title)) return name;
  return `${name} ${title}`;
}
