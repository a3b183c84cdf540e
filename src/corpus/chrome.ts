/**
 * Rules that tell page chrome (UI text, widgets, headline lists, notices) from article prose.
 * They look at the shape of a line (is it a sentence? a bullet? a short label?) and at UI vocabulary
 * that any news or blog page uses, never at the lines of particular pages.
 */

/** Endings of a Korean sentence when the line carries no final punctuation: `…마련됐다`, `…했어요`. */
const BARE_ENDING = /[다요까죠]$/;
/**
 * A period after a predicate ending (`했다.`, `해요.`, `하죠.`, `추진함.`, `하라.`); a noun before the period
 * (`우수기업 명단 1부.`, `…성과.`) is a label, not a sentence.
 */
const PREDICATE_END = /[다요죠까음함임됨오네군지라자][.。]+["'”’」』)\]]*$/;
/** Closing quotes, brackets and final punctuation that may follow the last syllable. */
const TRAILING_CLOSERS = /[\s.!?。？！…"'”’」』》)\]]+$/;

/**
 * 문장 같은 줄: whether a line reads as prose. Korean: it ends in a predicate with a period (`…했다.`), in a
 * question or exclamation (`…인가?`), or in a bare sentence ending (`…마련됐다`, `…것이다”`). Other scripts:
 * at least eight words ending in `.`, `?` or `!`.
 * @example
 * isSentenceLike('계약을 체결했다.') // true
 * isSentenceLike('대웅제약 6353억 기술수출계약·MOU 9건 체결 성과') // false
 */
export function isSentenceLike(line: string): boolean {
  const text = line.trim();
  if (/[가-힣][?!？！]+["'”’」』)\]]*$/.test(text)) return true;
  if (PREDICATE_END.test(text)) return true;
  const core = text.replace(TRAILING_CLOSERS, '');
  if (BARE_ENDING.test(core) && /[가-힣]/.test(core)) return true;
  if (/[.?!]["'”’)]*$/.test(text) && !/[가-힣]/.test(text)) return text.split(/\s+/).length >= 8;
  return false;
}

/** Whether a paragraph holds prose somewhere inside (a sentence end followed by more text). */
export function hasInnerSentence(line: string): boolean {
  return /[가-힣)\]][.?!]["'”’」』)]*\s+\S/.test(line);
}

/** Bullet or numbered-list markers: `- `, `• `, `· `, `▶`, `■`, `1. `, `①`. */
const BULLET = /^\s*(?:[-–—•·∙◦▪▫■□▶▷►▲△▼▽◆◇○●☞※*+>]|\d{1,2}[.)]\s|[①-⑳])\s*/;

/** 글머리표: whether a line starts with a bullet or list number. */
export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

/** The kind of bullet a line starts with (`-`, `•`, `1.` → `#.`), to tell one list from the next. */
export function bulletMarker(line: string): string {
  return (BULLET.exec(line)?.[0] ?? '').trim().replace(/\d+/g, '#').replace(/[①-⑳]/g, '①');
}

/** The line without its bullet. */
export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/**
 * UI and widget vocabulary that marks a line as chrome wherever it appears, even when the line reads like
 * a sentence (`이 글자크기로 변경됩니다.`): font-size controls, auto-summary notices, portal promos, comment
 * prompts, "go to the outlet" links, copyright and no-redistribution notices.
 */
const UI_ANYWHERE: readonly RegExp[] = [
  /글자\s?크기|글씨\s?크기|폰트\s?크기/,
  /(?:자동|AI)\s?요약|본문\s?보기를\s?권장/,
  // An advertisement marked as such: `[광고] 지금 가입하면…`, `(AD) …`, `[PR] …`.
  /^\s*[\[(<【［（]\s*(?:광고|AD|PR|스폰서|협찬|Sponsored)\s*[\])>】］）]/i,
  /^\(예시\)/,
  /기사에\s?대해\s?어떻게\s?생각|해당\s?언론사로\s?이동|언론사에서\s?직접\s?확인/,
  /무단\s?전재|재배포\s?금지|무단\s?복제|all rights reserved|^\s*[-<\[(]?\s*(?:copyright|저작권자)\b|^\s*[<\[(]?\s*[ⓒ©]/i,
  /Would love your thoughts|please comment|Your email address will not be published|You must be logged in/i,
  /보도\s?자료와\s?관련하여|연락\s?주시기\s?바랍니다|취재를\s?원하시면/,
];

/**
 * UI vocabulary that marks a line as chrome only when the line is short (a button or label, not a sentence
 * that happens to mention 로그인 or 35℃): share/print/subscribe buttons, comment widgets, weather boxes.
 */
const UI_LABEL: readonly RegExp[] = [
  /만나\s?보세요|구독\s?(?:하기|하세요|신청)|구독자\s?전용|기사\s?(?:추천|공유)하기|기사\s?제보|바로\s?가기$|직접\s?확인하세요/,
  /(?:공유|스크랩|인쇄|프린트|저장|닫기|신고|복사|펼치기|접기)하기$|^URL\s?복사|^(?:공유|인쇄|스크랩|좋아요|싫어요|추천|목록|이전|다음|맨\s?위로|TOP|더보기|전체보기)$/i,
  /오늘의\s?날씨|강수\s?확률|미세\s?먼지|℃|습도\s?\d/,
  /로그인|회원\s?가입|비밀번호/,
  /\s구독$/,
  /^(?:Subscribe|Notify of|guest|Article Rating|Inline Feedbacks|View all comments|Share|Tweet|Print|Email|Reply|Login|Log in|Sign up|Loading\.*)$/i,
  /Leave a (?:reply|comment)|^\d+\s*(?:votes?|comments?|likes?|shares?)$/i,
];

/** Longest line that a label rule (`UI_LABEL`) may match. */
const LABEL_MAX_CHARS = 40;

/** 화면 요소: whether a line is page chrome by its vocabulary. */
export function isUiText(line: string): boolean {
  const text = line.trim();
  if (UI_ANYWHERE.some((phrase) => phrase.test(text))) return true;
  return text.length <= LABEL_MAX_CHARS && UI_LABEL.some((phrase) => phrase.test(text));
}

/** Whether a line is an auto-summary notice (자동요약), after which a portal repeats body sentences. */
export function isSummaryNotice(line: string): boolean {
  return /(?:자동|AI)\s?요약|본문\s?보기를\s?권장|요약\s?(?:봇|문장)/.test(line);
}

/** A summary box's label at the start of a paragraph: `[요약] …`, `<요약> …`, `요약: …`, `【핵심 요약】 …`. */
const SUMMARY_LABEL = /^\s*(?:[\[<【［(]\s*(?:기사\s?|핵심\s?|AI\s?)?요약\s*[\]>】］)]|(?:기사\s?|핵심\s?)?요약\s*[:：|])\s*/i;

/**
 * 요약 상자: a paragraph the outlet labels as its summary (`[요약] …`). Returns the paragraph without the
 * label, or null when the paragraph carries no such label. A summary repeats the body in other words, so
 * it is never the sentence to cite when the body says the same.
 */
export function stripSummaryLabel(line: string): string | null {
  const match = SUMMARY_LABEL.exec(line);
  return match ? line.slice(match[0].length) : null;
}

/**
 * Headers of the sections that follow an article: related/popular/recommended headlines, comments,
 * press-release attachments, end marks. Everything after one of these, once the body has started, belongs
 * to the page, not the article. Each pattern must match the whole line (decorations aside).
 */
const SECTION_HEADERS: readonly RegExp[] = [
  /관련\s?(?:뉴스|기사|글|포스트)|주요\s?(?:뉴스|기사)|최신\s?(?:뉴스|기사|글)|주간\s?TOP.*/i,
  /많이\s?(?:본|읽은)\s?(?:뉴스|기사|정보|글)?|(?:오늘의\s?)?인기\s?(?:뉴스|기사|정보|글|검색어)?/,
  /추천\s?(?:뉴스|기사|정보|글)|함께\s?(?:보면\s?좋은|볼만한|읽으면\s?좋은).*|이\s?시각.*|실시간\s?(?:뉴스|인기|검색어)/,
  /댓글\s?(?:\(?\d+\)?|쓰기|달기|보기)?|\d+\s*개의\s?댓글|이 기사에 대해 어떻게 생각하시나요\?/,
  /\d+\s*Comments?|Comments?|Related\s?(?:posts?|articles?|news)|Popular\s?(?:posts?|news)|You may also like/i,
  /Leave a (?:Reply|Comment)|Article Rating|0 0 votes/i,
  /붙임(?:\s?\d.*)?|[(\[]?\s*끝\s*[.)\]]?/,
];
const WHOLE_HEADERS = SECTION_HEADERS.map((pattern) => new RegExp(`^(?:${pattern.source})$`, pattern.flags));
/** Decorations around a header: `■ 관련뉴스`, `[관련기사]`, `▶ 관련기사 보기`, `<많이 본 뉴스>`. */
const HEADER_PREFIX = /^[-=\[<【■▶#\s]*/;
const HEADER_SUFFIX = /(?:\s*(?:보기|더\s?보기|바로\s?가기))?[-=\]>】\s]*$/;

/** 목록 머리말: whether a line heads the related/popular/comments sections that end an article. */
export function isSectionEnd(line: string): boolean {
  const header = line.trim().replace(HEADER_PREFIX, '').replace(HEADER_SUFFIX, '');
  return WHOLE_HEADERS.some((pattern) => pattern.test(header));
}

/** Whether a line is a copyright / no-redistribution notice (저작권, 무단 전재 금지). */
export function isCopyrightLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 160) return false;
  return /무단\s?전재|재배포\s?금지|all rights reserved|copyright|저작권자/i.test(text) || /^[-<\[(]?\s*[ⓒ©]/.test(text);
}

/** E-mail addresses, with a `/` or `기자` glued in front: `…밝혔다./grace_rim@sedaily.com`. */
const EMAIL = /\s*\/?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Removes e-mail addresses (reporters' sign-offs). */
export function stripEmails(text: string): string {
  // Most text holds no address: the pattern has no first character to look for, so it is not run.
  return (text.includes('@') ? text.replace(EMAIL, '') : text).trim();
}

/**
 * 사진 설명 출처: a photo credit standing alone, `[보건복지부 제공]`, `(사진 제공 : 중소벤처기업부)`,
 * `[사진=연합뉴스]`, `<사진: 게티이미지>`, `(그래픽=홍길동 기자)`.
 */
const PHOTO_CREDIT =
  /^[\[(<［（【]\s*(?:(?:사진|그래픽|이미지|자료|영상|출처|일러스트|캡처|사진\s?출처)\s*[:=：]?\s*[^\])>］）】]{0,40}|[^\])>］）】]{1,40}\s*(?:제공|촬영|캡처|출처))\s*[\])>］）】]$/;

/** Whether a line or sentence is only a photo credit. */
export function isPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text.trim());
}
