/**
 * Replies to `/add` (기사추가) and `/remove` (기사삭제): what was taken in (title, outlet, date, sentence
 * count, first sentence), what was forgotten, or plainly why not.
 */
import type { APIEmbed } from 'discord.js';
import { linkSuffix, oneLine, sourceLine } from './citation.ts';
import { cut } from './cut.ts';
import type { ArticleCard } from '../live/editor.ts';
import { labelsFor, languageOf } from './labels.ts';
import { EMBED_FIELD_VALUE_MAX } from './limits.ts';
import { ephemeral, message, type EphemeralPayload, type ReplyPayload } from './payload.ts';

/** An article as the add/remove replies show it: the live corpus's card, its id not shown. */
export type AddedArticleView = Omit<ArticleCard, 'id'>;

/** Why an `/add` or `/remove` did not happen. */
export type AddProblem =
  | 'not-in-server'
  | 'no-permission'
  | 'no-input'
  | 'both-inputs'
  | 'wrong-type'
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'not-article'
  | 'unreachable'
  | 'blocked'
  | 'duplicate'
  | 'unknown-article'
  | 'store-failed';

const COLOR_ADDED = 0x2e9d5b;
const COLOR_REMOVED = 0x8a8f98;
/** Articles listed in one reply (a `.jsonl` may hold many). */
const LISTED = 5;

const problems: Record<'ko' | 'en', Record<AddProblem, string>> = {
  ko: {
    'not-in-server': '기사 추가·삭제는 서버 안에서만 할 수 있습니다.',
    'no-permission': '기사를 추가하거나 삭제하려면 서버 관리 권한(또는 편집자 역할)이 필요합니다.',
    'no-input': '`file`(첨부 파일) 또는 `url`(기사 주소) 중 하나를 넣어 주세요.',
    'both-inputs': '`file`과 `url` 중 하나만 넣어 주세요.',
    'wrong-type': '.txt, .html, .htm, .jsonl 파일만 추가할 수 있습니다.',
    'too-large': '파일이 너무 큽니다 (최대 5MB).',
    binary: '텍스트가 아닌 파일(이미지 등)은 기사로 읽을 수 없습니다.',
    encoding: '파일의 문자 인코딩을 읽을 수 없습니다 (UTF-8 또는 EUC-KR이어야 합니다).',
    'not-article': '기사 본문을 찾지 못했습니다. 기사 페이지나 본문이 든 파일인지 확인해 주세요.',
    unreachable: '페이지를 가져오지 못했습니다.',
    blocked: '이 주소는 가져올 수 없습니다 (내부망·로컬 주소).',
    duplicate: '이미 추가된 기사입니다.',
    'unknown-article': '이 서버에서 추가한 기사 중에 그런 기사가 없습니다.',
    'store-failed': '기사를 저장하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  },
  en: {
    'not-in-server': 'Articles can be added or removed only in a server.',
    'no-permission': 'Adding or removing articles needs the Manage Server permission (or an editor role).',
    'no-input': 'Give either `file` (an attachment) or `url` (a link to the article).',
    'both-inputs': 'Give only one of `file` and `url`.',
    'wrong-type': 'Only .txt, .html, .htm and .jsonl files can be added.',
    'too-large': 'The file is too large (5 MB at most).',
    binary: 'That is not a text file (an image?), so it cannot be read as an article.',
    encoding: 'The file’s text encoding could not be read (it must be UTF-8 or EUC-KR).',
    'not-article': 'No article body was found. Is it a news page or a file holding the article text?',
    unreachable: 'The page could not be fetched.',
    blocked: 'That address cannot be fetched (a local or internal address).',
    duplicate: 'That article was added already.',
    'unknown-article': 'This server added no such article.',
    'store-failed': 'The article could not be saved. Please try again in a moment.',
  },
};

const words = {
  ko: {
    added: (n: number) => (n === 1 ? '기사를 추가했습니다' : `기사 ${n}건을 추가했습니다`),
    removed: '기사를 삭제했습니다',
    sentences: (n: number) => `${n}문장`,
    first: '첫 문장',
    more: (n: number) => `… 외 ${n}건`,
  },
  en: {
    added: (n: number) => (n === 1 ? 'Article added' : `${n} articles added`),
    removed: 'Article removed',
    sentences: (n: number) => `${n} sentence${n === 1 ? '' : 's'}`,
    first: 'First sentence',
    more: (n: number) => `… and ${n} more`,
  },
};

function articleField(article: AddedArticleView, locale: string | null | undefined) {
  const labels = labelsFor(locale);
  const w = words[languageOf(locale)];
  const meta = `${sourceLine(article, labels)} · ${w.sentences(article.sentenceCount)}${linkSuffix(article.url, labels)}`;
  const room = EMBED_FIELD_VALUE_MAX - meta.length - w.first.length - 8;
  return { name: cut(oneLine(article.title), 256), value: `${meta}\n${w.first}: ${cut(oneLine(article.firstSentence), room)}` };
}

/** The reply to a successful `/add`. */
export function renderAdded(articles: readonly AddedArticleView[], locale?: string | null): ReplyPayload {
  const w = words[languageOf(locale)];
  const embed: APIEmbed = {
    color: COLOR_ADDED,
    title: w.added(articles.length),
    fields: articles.slice(0, LISTED).map((article) => articleField(article, locale)),
  };
  if (articles.length > LISTED) embed.footer = { text: w.more(articles.length - LISTED) };
  return message({ embeds: [embed] });
}

/** The reply to a successful `/remove`. */
export function renderRemoved(article: AddedArticleView, locale?: string | null): ReplyPayload {
  return message({ embeds: [{ color: COLOR_REMOVED, title: words[languageOf(locale)].removed, fields: [articleField(article, locale)] }] });
}

/** Why not, visible to the one who asked; `detail` (a short technical reason) is appended when given. */
export function renderAddProblem(problem: AddProblem, locale?: string | null, detail?: string): EphemeralPayload {
  const text = problems[languageOf(locale)][problem];
  return ephemeral(message({ content: detail ? `${text} (${cut(oneLine(detail), 200)})` : text }));
}

/** The same, for an edit of a deferred reply (an edit cannot make a reply ephemeral). */
export function renderAddProblemEdit(problem: AddProblem, locale?: string | null, detail?: string): ReplyPayload {
  const { flags: _flags, ...payload } = renderAddProblem(problem, locale, detail);
  return payload;
}
