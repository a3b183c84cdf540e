/**
 * An English (or mixed) question turned into a Korean one for the answer stage (영어 질문 → 한국어
 * 질문): "Where will the K-Bio Lab Hub be built?" → "K-바이오 랩허브 어디".
 *
 * 1. words: Hangul kept as typed; names found in the corpus (`names.ts`); glossary words and
 *    phrases; function words dropped; a name the corpus never uses kept in Latin, so a question
 *    about it is not answered from something else;
 * 2. the glossary's Korean spellings are chosen by what the best-matching sentences say
 *    ("development" is 진흥 near 한국보건산업진흥원, 개발 elsewhere); generic words ("built")
 *    are dropped when those sentences do not use them;
 * 3. the intent from the English, given to the Korean question as its cue word (얼마, 어디, 누구 …).
 */
import { stripJosa } from '../../korean/josa.ts';
import type { QuestionIntent } from '../types.ts';
import { glossary, type GlossaryEntry } from './glossary.ts';
import { counterFor, cueMaySetIntent, englishIntent, hasOwnCounter, LENGTH_ASKED } from './intent.ts';
import { NameFinder, type NameSource } from './names.ts';
import { organizationAsked, type OrganizationAsked } from './organization.ts';
import { askWhichKind, whichKindOf } from './whichKind.ts';
import { expansionAsked } from './expansion.ts';
import { currencyAsked, currencyWord, koreanMoney, moneyAt } from './conversion.ts';
import { outletNamed } from './outlet.ts';
import { measureAsked } from './measure.ts';
import { QUOTED_SOURCE_QUESTION } from './quotedSource.ts';

/** What translation needs of the corpus. */
export type EnglishLexicon = NameSource & {
  /** Whether the corpus speaks of a word (Hangul or Latin) at all, allowing typos and split compounds. */
  knows(word: string): boolean;
  /** Whether some corpus word contains this one as written ("반도체" is not in a corpus without it). */
  uses(word: string): boolean;
  /** The text (normalized, without spaces) around the sentences that best match a Korean query, best first. */
  nearby(query: string): string[] | Promise<string[]>;
  /** Titles (직함) → the people the articles give them ("장관" → 이영). */
  titles: ReadonlyMap<string, readonly string[]>;
  /** The outlets the articles ran in (헤럴드경제, 연합뉴스); none known when absent. */
  outlets?: readonly string[];
};

export type EnglishQuestion = {
  /** The question as asked. */
  english: string;
  /** The Korean question the answer stage reads. */
  korean: string;
  /** What the English asks, or null when only the Korean cue decides. */
  intent: QuestionIntent | null;
  /** Names found in the corpus, as the corpus writes them ("대웅제약", "이영"). */
  names: string[];
  /**
   * Names the question gives as where something happened ("… in DC", "at CIC"): an article says the
   * place once for several sentences ("워싱턴 D.C.에서는 … 만찬이 마련됐다. … 이영 장관이 주재하는
   * 만찬행사가 진행됐다"), so a sentence near one that says "X에서" may answer.
   */
  places: string[];
  /**
   * "According to Lee Young's op-ed, how many …": the writer whose article must answer (as the corpus
   * writes the name), or null. A figure from another article is another's.
   */
  writer: string | null;
  /** "… worth in US dollars": the Korean currency word an amount must be written in (달러, 원 …), or null. */
  currency: string | null;
  /** "… according to the op-ed / the column": the figure must be an opinion piece's (기고, 칼럼, 사설 …). */
  opinion: boolean;
  /** "What benefit-cost ratio …", "what score …": a number is asked, whatever the intent; a name is no answer. */
  numberAsked: boolean;
  /** Capitalized names the corpus never uses ("WWF"): the articles cannot answer about them. */
  unknown: string[];
  /** The glossary's topic words as the Korean question says them ("특구", "부지"). */
  topicWords: string[];
  /**
   * For a person asked by role ("Who is the CEO of …", "the vice chairman …"): each role's Korean
   * spellings (대표·최고경영자·CEO·사장); the person answered must carry one of each.
   */
  roles: string[][];
  /**
   * The one name a "Who is X?" / "What is X?" question (or a bare name) asks about, as the corpus
   * writes it: answered by who or what the articles say X is (`identify.ts`). Null otherwise.
   */
  identifies: string | null;
  /**
   * Korean words of which a figure's sentence must hold one when the question asks what is expected
   * or planned ("expect to attract" → 기대·예상·전망 …): a figure stated as fact is another's.
   */
  stance: string[];
  /** "Which Korean drugmaker …": the organization asked for, its kind and nationality (`organization.ts`). */
  organization: OrganizationAsked | null;
  /** "What does CIC stand for?": the short name whose long name is asked, as the corpus writes it (`expansion.ts`). */
  expands: string | null;
  /**
   * A yes/no question ("Did …", "Is it true that …"): answered by a sentence that names every name
   * the question does, else not at all (a sentence about something else is no evidence for it).
   */
  claim: boolean;
  /** "Who wrote …", "which outlet ran …": the article's byline is asked (answered from it, not from a sentence's facts). */
  byline: boolean;
  /** Latin names the corpus writes as the question does ("CA19-9", "HBM"): a figure they frame must be theirs. */
  written: string[];
  /**
   * "How large a fine …", "what was the revenue …": the spellings of the money noun asked (과태료·벌금), one
   * of which the figure's own sentence must say (과징금 652억 원 is no fine). Empty when none is asked.
   */
  amountNouns: string[];
};

/** English words that carry no topic. */
const FUNCTION_WORDS = new Set(
  `a an the is are was were be been being am do does did done have has had having will would shall should can could may
  might must of for in on at to by from with without about into onto over under as than and or but nor so yet if then
  that this these those it its they them their theirs there here he him his she her hers we us our ours you your i me my
  what whats which who whom whose when where why how whether according also already still just only very more most less
  some any all each every other another such same own not no yes please tell give show let know find list name named
  get got go going went make made take took come came say says said
  one ones thing things kind sort way ways there's it's what's who's isn't wasn't aren't weren't doesn't didn't
  much many well really recently now today yesterday reportedly officially actually exactly specifically
  accordingly meanwhile however though although while because since until before after during between among per via
  overall exact main key major new first last latest current specific particular whole entire full various several
  related known called famous big large small high low long short good best top certain exactly story
  apart besides beside aside except excluding including along alongside regarding concerning
  through throughout across within upon toward towards around beyond despite against gives giving soon
  following roughly approximately nearly almost around
  figure figures tally batch`
    .split(/\s+/u)
    .filter((word) => word.length > 0),
);

/** Capitalized glossary words that set the articles' own scene, never names a figure must say: Korea, the US. */
const HOME_WORDS = new Set(['korea', 'korean', 'koreans', 'us', 'u.s.', 'america', 'american', 'americans', 'south']);

/** Prepositions before a place a figure is told of ("exported to Vietnam", "sold in Japan"). */
const PLACE_BEFORE = new Set(['to', 'from', 'in', 'into', 'at']);

/** Korean cue words by intent: how the Korean question says what it asks. */
const KOREAN_CUE: Record<QuestionIntent, string> = {
  money: '얼마',
  date: '언제',
  count: '몇',
  area: '면적',
  duration: '기간',
  percent: '몇 퍼센트',
  person: '누구',
  quote: '뭐라고 말했나',
  place: '어디에',
  open: '',
};

/** English nouns for whoever heads an organization: its Korean title is the one the articles give there. */
const HEAD_WORDS = new Set(['chief', 'head', 'boss', 'leader', 'director', 'chief executive']);

/** Farthest (in characters, spaces removed) a title may stand after the organization it heads. */
const TITLE_REACH = 16;

/** The Hangul names a question says (as the corpus writes them). */
function namesOf(units: readonly Unit[]): string[] {
  return units.flatMap((unit) => (unit.kind === 'korean' && !unit.date ? [unit.text.replace(/\s+/gu, '')] : []));
}

/**
 * The corpus title nearest after a name the question says, among those ending in one of the head
 * noun's spellings: "메사추세츠종합병원(MGH) 데이비드 브라운 원장" gives MGH's chief as 원장. Null when the
 * best-matching text writes none there.
 */
export function titleBeside(names: readonly string[], spellings: readonly string[], near: readonly string[], lexicon: Pick<EnglishLexicon, 'titles'>): string | null {
  const titles = [...lexicon.titles.keys()].filter((title) => /^[가-힣]{2,}$/u.test(title) && spellings.some((spelling) => title.endsWith(spelling.replace(/\s+/gu, ''))));
  let best = null as { title: string; at: number } | null;
  for (const text of near) {
    // The nearby text is normalized (lower case): "MGH" is found as "mgh".
    for (const name of names.map((written) => written.toLowerCase())) {
      let from = text.indexOf(name);
      while (from >= 0) {
        const after = text.slice(from + name.length, from + name.length + TITLE_REACH);
        for (const title of titles) {
          const at = after.indexOf(title);
          if (at >= 0 && (best === null || at < best.at || (at === best.at && title.length > best.title.length))) best = { title, at };
        }
        from = text.indexOf(name, from + 1);
      }
    }
    if (best) return best.title;
  }
  return null;
}

/** The head of a local government by the unit its name ends in (가람군 → 군수, 도담시 → 시장). */
const LOCAL_HEADS: readonly (readonly [RegExp, string])[] = [
  [/[가-힣]군$/u, '군수'],
  [/[가-힣]시$/u, '시장'],
  [/[가-힣]구$/u, '구청장'],
  [/[가-힣](?:남|북)?도$/u, '도지사'],
];

/** The title of the head of the one local government a question names, or null. */
function localHead(names: readonly string[]): string | null {
  const heads = new Set(names.flatMap((name) => LOCAL_HEADS.flatMap(([unit, head]) => (unit.test(name) ? [head] : []))));
  const [head] = heads;
  return heads.size === 1 && head !== undefined ? head : null;
}

/** Korean words for a role a person holds (직함): 원장, 부회장, 대표, CEO … */
const ROLE = /(장|장관|차관|대표|사장|회장|이사|위원|교수|대통령|의원|총리|ceo|CEO|경영자|실장|국장|청장|총괄|책임자)$/u;

/** Prepositions after which a role word qualifies something else than the person asked ("… in the county head race"). */
const ROLE_SCOPE_ENDS = new Set(['in', 'at', 'during', 'from', 'for', 'with', 'on', 'by', 'against', 'over', 'about', 'that', 'who']);

/** How the Korean question asks an amount. */
const MONEY_CUE = '규모 얼마';

type Token = {
  text: string;
  lower: string;
  capitalized: boolean;
  hangul: boolean;
  /** Written with a possessive 's ("the president's"). */
  possessive: boolean;
};

/** A piece of the question; `at` is the index of its first token. */
type Unit = (
  | { kind: 'korean'; text: string; english: string; /** A date ("5월 3일"): circumstance, not a name. */ date?: boolean }
  | { kind: 'gloss'; entry: GlossaryEntry; english: string }
  | { kind: 'unknown'; text: string }
) & {
  at?: number;
  /** A writer named as the article's byline ("Lee Young's op-ed"), not in its body. */
  byline?: boolean;
};

/** Latin words, Hangul-bearing tokens, and `&`/`-`/`.` inside names ("R&D", "K-바이오", "D.C."). */
function tokenize(question: string): Token[] {
  return question
    .replace(/[’‘]/gu, "'")
    // "Johnson & Johnson", "P & G": one name, its ampersand said in the Hangul spelling (앤).
    .replace(/\b([A-Z][a-z]*)\s+&\s+([A-Z][a-z]*)\b(?!-)/gu, (whole, left: string, right: string) =>
      glossary().lookup([left]) || glossary().lookup([right]) ? whole : `${left}&${right}`,
    )
    // "U.S.-based firms", "Boston-based": the place they are in, not a base (기지).
    .replace(/([A-Za-z.])-based\b/gu, '$1')
    // "1,000-won": a comma between digits is part of the number.
    .replace(/(\d),(?=\d{3}\b)/gu, '$1')
    // "the 1000-won fare": an amount used as an adjective.
    .replace(/(\d)-(won|dollars?|euros?|yen)\b/giu, '$1 $2')
    .split(/[\s,;:!?()"“”\[\]{}/]+/u)
    .map((raw) => raw.replace(/^['.\-]+|['.\-]+$/gu, ''))
    .filter((text) => /[\p{L}\p{N}]/u.test(text))
    .map((raw) => {
      const text = raw.replace(/'s$/iu, '');
      return {
        text,
        // "organisations" is read as "organizations" by every reader of the question's words.
        lower: text.toLowerCase().replace(/isation(s?)$/u, 'ization$1'),
        capitalized: /^[A-Z0-9]/u.test(text),
        hangul: /[가-힣]/u.test(text),
        possessive: text !== raw,
      };
    });
}

/**
 * @name isEnglishQuestion
 * @description
 * 영어(또는 섞인) 질문인지: 말뭉치에 없는 영어 낱말 중 기능어나 용어집 낱말이 있으면 그렇다.
 * "MOU", "UL Solutions"처럼 기사에 그대로 나오는 로마자만 있으면 한국어 질문이다.
 */
export function isEnglishQuestion(question: string, lexicon: Pick<EnglishLexicon, 'knows'>): boolean {
  // English quoted in a Korean question ("'best innovative square mile'이라고 부른 곳") is a quotation.
  const unquoted = question.replace(/(['‘"“])[^'’"”]*[A-Za-z][^'’"”]*(['’"”])/gu, ' ');
  const tokens = tokenize(unquoted);
  const hangul = tokens.filter((token) => token.hangul).length;
  const words = tokens.filter((token) => !token.hangul && /^[a-z][a-z'\-]+$/iu.test(token.text));
  const book = glossary();
  const isEnglish = (token: Token) => FUNCTION_WORDS.has(token.lower) || (book.lookup([token.lower]) !== undefined && !lexicon.knows(token.lower));
  if (hangul === 0) {
    // "Moderna", "Pfizer Korea": Latin words only, some of which the corpus writes in Hangul.
    return words.some((token) => isEnglish(token) || !lexicon.knows(token.lower));
  }
  // A Korean question with an English title in it ("푸시캣 돌스의 When I Grow Up이 …") stays Korean;
  // a mixed one is mostly English ("대웅제약 deal size") or ends on an English cue ("랩허브 budget").
  const last = tokens.at(-1);
  const endsOnCue = last !== undefined && !last.hangul && book.lookup([last.lower]) !== undefined && !lexicon.knows(last.lower);
  return words.some(isEnglish) && (words.length >= hangul || endsOnCue);
}

/**
 * @name translateQuestion
 * @description
 * 영어 질문을 답변 단계가 읽을 한국어 질문으로. 영어가 아니면 null.
 * @example
 * translateQuestion('Where will the K-Bio Lab Hub be built?', lexicon)
 * // { korean: 'K-바이오 랩허브 어디', intent: 'place', … }
 */
export async function translateQuestion(question: string, lexicon: EnglishLexicon): Promise<EnglishQuestion | null> {
  if (!isEnglishQuestion(question, lexicon)) return null;
  const tokens = tokenize(withAcronymGlosses(withoutGlossedEnglish(question), lexicon));
  // "Which Korean drugmaker …": the kind noun and the nationality say what is asked, not what the
  // sentence that answers says ("대웅제약은 … 체결했으며" says neither 한국 nor 제약사).
  const organization = organizationAsked(tokens.map((token) => token.lower));
  const asked = new Set(organization?.drop ?? []);
  const units = withoutKoreaPrefix(readUnits(tokens, lexicon), tokens, lexicon).filter((unit) => unit.at === undefined || !asked.has(unit.at));
  const opening = englishIntent(question);
  const cue = units.find((unit): unit is Extract<Unit, { kind: 'gloss' }> => unit.kind === 'gloss' && unit.entry.kind === 'cue');
  const cueIntent = cue?.entry.intent ?? null;
  // "What is the budget …" asks the cue's kind; "Which office put out the remarks" does not ask a quote.
  // "What plan did the ministry say it will announce?" asks a plan, not what was said.
  const kindAsked = cueIntent === 'quote' && KIND_THEN_VERB.test(question);
  const intent = opening !== null && opening !== 'open' ? opening : cueIntent !== null && !kindAsked && cueMaySetIntent(question) ? cueIntent : opening;

  const probe = units.flatMap((unit) =>
    unit.kind === 'korean' ? [unit.text] : unit.kind === 'gloss' && unit.entry.kind !== 'cue' ? unit.entry.korean : [],
  );
  const near = (await lexicon.nearby(probe.join(' '))).map((text) => text.replace(/\s+/gu, ''));

  let unknown = units.flatMap((unit) => (unit.kind === 'unknown' ? [unit.text] : []));
  const properGlossed: string[] = [];
  const topic: string[] = [];
  // Titles go last, as Korean puts them after the name they qualify ("한국보건산업진흥원 원장").
  const titles: string[] = [];
  let counted: string | null = null;
  const countedAfter = intent === 'count' ? countedIndex(tokens) : -1;
  const countedEnd = countedAfter >= 0 ? countedPhraseEnd(tokens, countedAfter) : -1;
  let pendingTitle: string | null = null;
  let topicWords: string[] = [];
  const roles: string[][] = [];
  let roleAt = -1;
  for (const unit of units) {
    // A byline helps find the writer's article for an open question; a figure must be in a
    // sentence, which never names its writer.
    if (unit.byline && intent !== 'open' && intent !== null) continue;
    // "… per the op-ed": which article answers (the opinion check), not a word its sentence says (기고).
    if (unit.kind === 'gloss' && OPINION_ASKED.test(unit.english) && intent !== 'open' && intent !== null) continue;
    const spelled = koreanOf(unit, near, lexicon, intent, cue?.entry);
    // A rate asked by its noun ("approval rating" → 지지율 … 몇 퍼센트) the corpus never uses: unknown.
    if (spelled === null && unit.kind === 'gloss' && unit.entry.kind === 'cue' && isTopicLike(unit.entry) && !unit.entry.korean.some((spelling) => lexicon.uses(spelling))) unknown.push(unit.english);
    if (spelled === null) continue;
    // "MGH's chief" is its 원장, "LabCentral's chief" its 대표: the title the text writes by the name.
    // "the head of Garam County" is its 군수, of a city its 시장: local government's own titles.
    const local = unit.kind === 'gloss' && HEAD_WORDS.has(unit.english) ? localHead(namesOf(units)) : null;
    const korean = local ?? (unit.kind === 'gloss' && HEAD_WORDS.has(unit.english) ? (titleBeside(namesOf(units), unit.entry.korean, near, lexicon) ?? spelled) : spelled);
    // "exported to Vietnam": a capitalized glossary word after a preposition (a country, a city) is a
    // name the figure's own sentence must say, as any other; Korea and the US are the articles' own scene.
    if (unit.kind === 'gloss' && unit.entry.kind === 'topic' && unit.at !== undefined && unit.at > 0 && tokens[unit.at]?.capitalized && /^[A-Z][a-z]{2,}$/u.test(tokens[unit.at]?.text ?? '') && PLACE_BEFORE.has(tokens[unit.at - 1]?.lower ?? '') && !unit.english.includes(' ') && !HOME_WORDS.has(unit.english)) {
      properGlossed.push(korean);
    }
    // A topic word none of whose spellings the corpus uses ("semiconductor" → 반도체): the articles
    // do not speak of it.
    // A verb ("visited", "did Seo score") says what happened, which the articles word their own way
    // (다녀갔다, 9골을 넣었다): no topic they must speak of.
    const unused = unit.kind === 'gloss' && isTopicLike(unit.entry) && !unit.entry.korean.some((spelling) => lexicon.uses(spelling));
    if (unused && unit.at !== undefined && verbAt(tokens, unit.at)) continue;
    if (unused) {
      unknown.push(unit.english);
    }
    if (unit.kind !== 'unknown' && countedAfter >= 0 && unit.at !== undefined && unit.at >= countedAfter && unit.at < countedEnd) {
      // "how many Korean companies": the last noun is what is counted, the rest qualifies it;
      // "how many people" counts in 명, which the counter says.
      if (counted !== null && !topic.includes(counted)) topic.push(counted);
      counted = /^(명|개|건|곳|사람)$/u.test(korean) ? null : korean;
      continue;
    }
    if (unit.kind === 'gloss' && isTopicLike(unit.entry)) topicWords.push(korean);
    const next = units[units.indexOf(unit) + 1];
    const isTitle = unit.kind === 'gloss' && lexicon.titles.has(korean);
    const namesNext = next?.kind === 'korean' && isPersonName(next.text, lexicon);
    // The role of the person asked for ("the vice chairman", "the CEO"), not of one named ("Minister Lee").
    // Only the asked person's own noun phrase: "the independent candidate in the county head race"
    // asks a candidate (후보), not a county head (군수).
    if (unit.kind === 'gloss' && unit.entry.kind === 'topic' && !namesNext && unit.entry.korean.some((spelling) => ROLE.test(spelling)) && !(roleAt >= 0 && unit.at !== undefined && tokens.slice(roleAt, unit.at).some((token) => ROLE_SCOPE_ENDS.has(token.lower)))) {
      roles.push(local !== null ? [local] : unit.entry.korean);
      if (roleAt < 0) roleAt = unit.at ?? -1;
    }
    if (isTitle && namesNext) {
      // "President Yoon" → 윤 대통령: a title right before a name follows it, as Korean writes it.
      pendingTitle = korean;
    } else if (isTitle) {
      titles.push(korean);
    } else {
      topic.push(korean);
      if (pendingTitle !== null) {
        topic.push(pendingTitle);
        pendingTitle = null;
      }
    }
  }
  // "the minister" is the one minister the articles name, when they name one.
  for (const title of titles) {
    const holders = lexicon.titles.get(title) ?? [];
    const [holder] = holders;
    const named = topic.some((word) => word.includes(holder ?? '') || (holder ?? '').startsWith(word));
    if (holders.length === 1 && holder && intent === 'quote' && !named) topic.push(holder);
  }
  // "How long is the access road?" asks its 길이 (a length), said as the articles' noun.
  if (LENGTH_ASKED.test(question.toLowerCase())) topic.push('길이');
  // "How much snow accumulated …" asks its 적설량: the measure's noun as the corpus writes it (./measure.ts).
  const measureNoun = intent === 'open' || intent === null ? measureAsked(question)?.nouns.find((noun) => !noun.includes(' ') && lexicon.uses(noun)) : undefined;
  if (measureNoun !== undefined && !topic.includes(measureNoun)) topic.push(measureNoun);
  const words = withHeadSuffix(unique([...topic, ...titles].flatMap((word) => word.split(' '))), lexicon);
  // "Who wrote the op-ed …": the byline, asked as the Korean analysis recognizes it.
  const byline = AUTHOR_QUESTION.test(question) ? '기사 쓴 기자 누구' : OUTLET_QUESTION.test(question) ? '기사 어느 언론사' : null;
  // The byline's own nouns ("reporter" → 기자) are asked, not said in the body: no unknown topic.
  if (byline !== null) unknown = unknown.filter((word) => !BYLINE_ASKED.test(word));
  const composed = byline
    ? `${words.join(' ')} ${byline}`.trim()
    : composeKorean(words, intent, counted, countedAfter >= 0 ? countedEnglish(tokens, countedAfter, countedEnd) : null, cue, near);
  // "What is the name of the drug candidate …": a name is a slot, answered by a name or not at all
  // (the Korean analysis reads "… 이름은?" so), never by a sentence that only speaks of the thing.
  const named = !byline && intent === 'open' && NAME_ASKED.test(question) ? composed.replace(/\?$/u, ' 이름은?') : composed;
  // "How many years since the last visit?" → 몇 년 만: the gap, not a year ("2011년").
  const gapAsked = intent === 'count' && /\bsince\b|\bfirst\b.*\bin\b/iu.test(question) ? named.replace(/몇 (년|개월)(?= |$)/u, '몇 $1 만') : named;
  // "By how many percentage points did the rate rise?" → "… 몇 퍼센트포인트 상승": a change of a rate,
  // not the rate (48.2% is no answer to it).
  const pointsAsked = intent === 'percent' && (POINTS_ASKED.test(question) || RATE_CHANGE.test(question)) ? gapAsked.replace(/몇 퍼센트$/u, `몇 퍼센트포인트${FALL_VERB.test(question) ? ' 하락' : RISE_VERB.test(question) ? ' 상승' : ''}`) : gapAsked;
  // "Which event did …", "what plan will …": asked "어떤 행사", "어떤 계획" in Korean (./whichKind.ts).
  const kind = !byline && !organization && (intent === 'open' || intent === null) && named === composed ? whichKindOf(tokens.map((token) => token.lower)) : null;
  const kindSpellings = kind ? [kind.korean, ...(glossary().lookup([tokens[kind.at]?.lower ?? ''])?.korean ?? [])] : [];
  const asKind = kind ? askWhichKind(pointsAsked, kind.korean, kindSpellings) : pointsAsked;
  // "Whose line does she borrow?": Korean writes a borrowed saying "헨리 포드의 말처럼", searched so (./quotedSource.ts).
  const korean = QUOTED_SOURCE_QUESTION.test(question) && !asKind.includes('말처럼') ? `${asKind.replace(/\?$/u, '')} 말처럼` : asKind;
  // The kind is what is asked, not a word the articles must use: they name the thing ("박람회"), seldom its kind.
  if (kind) [unknown, topicWords] = [unknown.filter((word) => word.toLowerCase() !== tokens[kind.at]?.lower), topicWords.filter((word) => !kindSpellings.includes(word))];
  // Dates are not names: an article gives the day of an event once, not in every sentence about it.
  const names = [
    ...units.flatMap((unit) => (unit.kind === 'korean' && unit.text !== unit.english && !unit.byline && !unit.date ? [unit.text] : [])),
    ...properGlossed.filter((word) => /^[가-힣]{2,}$/u.test(word)),
  ];
  const places = units.flatMap((unit) =>
    unit.kind === 'korean' && names.includes(unit.text) && unit.at !== undefined && PLACE_PREPOSITIONS.has(tokens[unit.at - 1]?.lower ?? '') ? [unit.text] : [],
  );
  const writer = units.find((unit) => unit.byline && unit.kind === 'korean');
  return { english: question, korean, intent, names, places, writer: writer?.kind === 'korean' ? writer.text : null, opinion: OPINION_ASKED.test(question), currency: currencyWord(currencyAsked(question)), numberAsked: NUMBER_ASKED.test(question), unknown, topicWords, roles: intent === 'person' ? roles : [], identifies: identifiedName(question, units), organization: organization?.asked ?? null, stance: STANCE.test(question) ? [...STANCE_WORDS] : [], expands: expandedName(question, units), claim: CLAIM_QUESTION.test(question), byline: byline !== null, amountNouns: intent === 'money' ? units.flatMap((unit) => (unit.kind === 'gloss' && unit.entry.kind === 'cue' && unit.entry.intent === 'money' && SPECIFIC_MONEY.has(unit.entry.english) ? [...unit.entry.korean] : [])) : [], written: units.flatMap((unit) => (unit.kind === 'korean' && unit.text === unit.english && /[A-Za-z]/u.test(unit.text) && !unit.date ? [unit.text] : [])) };
}

/** "What does CIC stand for?" → CIC as the corpus writes it (a Hangul short name as typed). */
function expandedName(question: string, units: readonly Unit[]): string | null {
  const asked = expansionAsked(question);
  if (!asked) return null;
  if (/^[가-힣A-Za-z0-9&]+$/u.test(asked) && /[가-힣]/u.test(asked)) return asked;
  const lower = asked.toLowerCase();
  const named = units.filter((unit): unit is Extract<Unit, { kind: 'korean' }> => unit.kind === 'korean' && !unit.date && lower.includes(unit.english.toLowerCase()));
  const texts = new Set(named.map((unit) => unit.text));
  return texts.size === 1 ? (named[0]?.text ?? null) : null;
}

/**
 * "Korea Forest Service" is 산림청, not 한국 산림청: Korean agencies drop the country from their names.
 * "Korea" right before a capitalized name is left out when the corpus never writes 한국 before it.
 */
function withoutKoreaPrefix(units: Unit[], tokens: readonly Token[], lexicon: EnglishLexicon): Unit[] {
  return units.filter((unit, i) => {
    if (unit.kind !== 'gloss' || unit.english !== 'korea' || unit.at === undefined || !tokens[unit.at]?.capitalized) return true;
    const next = units[i + 1];
    if (!next || next.at !== unit.at + 1 || !tokens[next.at]?.capitalized) return true;
    const spellings = next.kind === 'korean' ? [next.text] : next.kind === 'gloss' ? next.entry.korean : [];
    if (spellings.length === 0 || !spellings.some((spelling) => lexicon.uses(spelling))) return true;
    return spellings.some((spelling) => lexicon.uses(`한국${spelling.replace(/\s+/gu, '')}`));
  });
}

/** "the op-ed", "his column", "the editorial": an opinion piece named as the source. */
const OPINION_ASKED = /\b(?:op-?eds?|columns?|editorials?|opinion pieces?|contributed (?:piece|article))\b/iu;

/** "What benefit-cost ratio did …", "what (credit) score", "which index level": a number asked. */
const NUMBER_ASKED = /\b(?:what|which) (?:[a-z-]+ ){0,3}(?:ratio|score|index|multiple|coefficient)\b/iu;

/** "How much did the operating margin improve": a rate's change, in percentage points too. */
const RATE_CHANGE = /\bhow much\b[^?]*\b(?:margin|rate|ratio|share|proportion)\b[^?]*\b(?:improve[sd]?|increase[sd]?|widen(?:ed)?|narrow(?:ed)?|grow|grew|rise|rose|risen|fall|fell|fallen|drop(?:ped)?|decline[sd]?)\b/iu;

/** "percentage points", "points": a change of a percentage. */
const POINTS_ASKED = /\b(?:percentage )?points?\b/iu;
const RISE_VERB = /\b(?:rise|rose|risen|rising|increase[sd]?|climb(?:ed)?|jump(?:ed)?|improve[sd]?|gain(?:ed)?|grow|grew|grown|up)\b/iu;
const FALL_VERB = /\b(?:fall|fell|fallen|drop(?:ped)?|decline[sd]?|decrease[sd]?|slip(?:ped)?|shrink|shrank|down)\b/iu;

/** Prepositions before a place where something happened ("in DC", "at CIC"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** "Did …?", "Is it true that …?", "Has the ministry …?": a yes/no question, no question word in it. */
const CLAIM_QUESTION = /^\s*(?:(?:did|does|do|is|are|was|were|has|have|had|will|can|could)\s(?![^?]*\b(?:how|what|which|when|where|who|whom|whose|why)\b)|is it (?:true|correct|right) that\b)/iu;

/** "What plan did …", "Which event does …": a thing of a kind asked, whatever verb follows. */
const KIND_THEN_VERB = /^\s*(?:what|which) (?!did\b|does\b|do\b|is\b|was\b|are\b|were\b|will\b|has\b|had\b)[a-z-]+ (?:did|does|do|will|has|had|would)\b/iu;

/** "Who is Cha Soon-do?", "What's CIC?": a question word, a copula and the name. */
const IDENTITY_QUESTION = /^\s*(?:who|what)(?:\s+(?:is|was|are|were)|'s|’s)\s/iu;
/** Any question word: a bare name ("Moderna") has none. */
const QUESTION_WORD = /\b(?:how|what|which|when|where|who|whom|whose|why)\b/iu;

/** The one name the question is made of besides "who is"/"what is" (or a bare name), else null. */
function identifiedName(question: string, units: readonly Unit[]): string | null {
  const asked = IDENTITY_QUESTION.test(question);
  if (!asked && QUESTION_WORD.test(question)) return null;
  const rest = asked ? units.filter((unit) => !(unit.kind === 'gloss' && unit.entry.kind === 'cue' && unit.entry.intent === 'person' && isWhPhrase(unit.english))) : units;
  const words = rest.flatMap((unit) => (unit.kind === 'korean' && !unit.date && !unit.byline ? [unit.text] : []));
  // "David Brown": a name read word by word ("데이비드", "브라운") is asked whole.
  return words.length > 0 && words.length === rest.length ? words.join(' ') : null;
}

/** A person the articles name, or a surname of one ("윤" of 윤석열). */
function isPersonName(text: string, lexicon: EnglishLexicon): boolean {
  return lexicon.people.some((name) => name === text || ([...text].length === 1 && name.startsWith(text)));
}

/**
 * "Who heads the Korea Forest Service?" reads 장 (head) and 산림청: Korean writes the head of an
 * office as one word (산림청장), which the corpus then uses.
 */
function withHeadSuffix(words: string[], lexicon: EnglishLexicon): string[] {
  if (!words.includes('장')) return words;
  const host = words.find((word) => word !== '장' && /^[가-힣]{2,}$/u.test(word) && lexicon.uses(`${word}장`));
  if (!host) return words;
  return words.filter((word) => word !== '장').map((word) => (word === host ? `${word}장` : word));
}

function unique(words: readonly string[]): string[] {
  return words.filter((word, i) => word.length > 0 && words.indexOf(word) === i);
}

/** The Korean a unit contributes to the question, or null when it adds nothing. */
function koreanOf(unit: Unit, near: readonly string[], lexicon: EnglishLexicon, intent: QuestionIntent | null, cue?: GlossaryEntry): string | null {
  if (unit.kind === 'korean') return unit.text;
  if (unit.kind === 'unknown') return unit.text;
  const { entry } = unit;
  // The question word itself: said by the Korean cue at the end. A money noun ("investment",
  // "budget") also says what the amount is of: kept when the matching text uses it.
  // A rate's noun ("operating margin" → 영업이익률) after another question word ("How much did …") says
  // which percentage is asked: kept (the question's own cue is said at the end).
  if (entry.kind === 'cue' && entry.intent === intent && (intent !== 'money' || isWhPhrase(entry.english)) && !(intent === 'percent' && entry !== cue && !isWhPhrase(entry.english))) return null;
  // The spelling the best-matching text uses ("business forum" is 비즈니스 포럼 there, not 기업).
  for (const text of near) {
    const used = entry.korean.find((spelling) => text.includes(spelling.replace(/\s+/gu, '')));
    // "Where was it held?": the verb adds nothing to where, and draws sentences about other events held.
    // What is made or run somewhere ("produced", "operates") is the place's own verb: kept.
    if (used && intent === 'place' && entry.kind === 'generic' && isVerbForm(unit.english) && !PLACE_VERBS.has(entry.english)) return null;
    if (used) return used;
  }
  if (!isTopicLike(entry)) return null;
  // A topic word the matching sentences do not use: the corpus's spelling if it has one, else the
  // usual one, so that a question about something the articles never mention is not answered.
  return entry.korean.find((spelling) => lexicon.knows(spelling)) ?? entry.korean[0] ?? null;
}

/** Verbs whose place is what a "where" question asks: where a thing is produced or run. */
const PLACE_VERBS = new Set(['produce', 'produced', 'manufacture', 'operate', 'run', 'employ']);

/**
 * Money nouns that say whose amount is asked ("annual revenue", "price"): kept as topic words, so a
 * question about a revenue the articles never give is not answered with another amount.
 */
const SPECIFIC_MONEY = new Set(['budget', 'revenue', 'sales', 'profit', 'operating profit', 'price', 'fine', 'transfer fee', 'contract price', 'fixed contract price', 'ipo price', 'offering price', 'salary', 'subsidy', 'rent', 'fare', 'deficit', 'wage', 'minimum wage', 'bonus', 'debt', 'expenditure', 'spending', 'surcharge', 'penalty surcharge', 'incentive']);

/**
 * A word the articles must speak of: a topic word, a money noun naming whose amount is asked, or a
 * rate's noun ("unemployment rate" → 실업률, "specificity" → 특이도): a rate the articles never give is
 * not answered with another percentage.
 */
function isTopicLike(entry: GlossaryEntry): boolean {
  return entry.kind === 'topic' || (entry.kind === 'cue' && ((entry.intent === 'money' && SPECIFIC_MONEY.has(entry.english)) || (entry.intent === 'percent' && !isWhPhrase(entry.english))));
}

/** A question phrase ("how much", "what year"), not a noun that names the kind of answer ("budget"). */
function isWhPhrase(english: string): boolean {
  return /^(how|what|which|when|where|who|whom|whose|by|until|since)\b/u.test(english);
}

function composeKorean(
  topic: string[],
  intent: QuestionIntent | null,
  countedWord: string | null,
  countedEnglishWord: string | null,
  cue: Extract<Unit, { kind: 'gloss' }> | undefined,
  near: readonly string[] = [],
): string {
  const words = [...topic];
  let counted = countedWord;
  if (intent === 'count') {
    // The counter the articles use for the counted thing ("드론 120대" → 몇 대, "30가구" → 몇 가구);
    // else the English word's usual one.
    // "How many tons / hours …": the unit is the counter, not a thing counted ("몇 시간"; tons are
    // read as a bare 몇, the reader takes the figure's own unit).
    const measure = counted !== null ? MEASURE_COUNTERS[counted] : undefined;
    if (measure !== undefined) counted = null;
    // "What is the county's population?": the cue noun is what is counted (인구 몇 명).
    const cueCounted = !counted && measure === undefined && cue?.entry.intent === 'count' && !isWhPhrase(cue.entry.english) ? cue : undefined;
    if (cueCounted) counted = cueCounted.entry.korean[0] ?? null;
    const countedAs = cueCounted?.entry.english ?? countedEnglishWord ?? '';
    // 개사, 개소, 개국 are counted 개 too ("20개 기업", "15개 사"): the reader reads those as 몇 개.
    const written = hasOwnCounter(countedAs) || measure !== undefined ? null : corpusCounter(counted, near)?.replace(/^개.+$/u, '개');
    const counter = measure ?? written ?? counterFor(countedAs);
    // "households" (가구) is itself the counter: "몇 가구", not "가구 몇 개".
    if (counted && counted !== counter) words.push(counted);
    // "How many people attended …" → "… 몇 명이 참석했나": the verb said after the count, as Korean
    // asks it, so the figure's own sentence ("총 100여명이 참석했다") is read for it.
    const verb = words.map((word) => COUNT_VERBS.has(word)).lastIndexOf(true);
    const said = verb >= 0 ? words.splice(verb, 1)[0] : undefined;
    words.push(`몇${counter ? ` ${counter}` : ''}${said ? ` ${said}했나` : ''}`);
  } else if (intent !== null && intent !== 'open') {
    // A cue noun of the same intent ("budget" → 예산) says it more precisely than 얼마.
    // A verb ("say" → 말했) is not a cue noun: the usual question ending says it better.
    // A rate's noun as the best-matching text spells it ("support rating" is 지지 where no 지지율 is written).
    const cueSpelling = (intent === 'percent' ? cue?.entry.korean.find((spelling) => near.some((text) => text.includes(spelling.replace(/\s+/gu, '')))) : undefined) ?? cue?.entry.korean[0];
    const cueWord = cue && cue.entry.intent === intent && !/[했혔]$/u.test(cue.entry.korean[0] ?? '') ? cueSpelling : undefined;
    // An amount: Korean news says what it is of and its 규모 ("투자 규모", "계약 규모"); the money
    // noun is a topic word then.
    // A price, revenue or fine is asked "가격 얼마": it is no 규모.
    // "What is the total project cost of the line extension" → "… 연장 총사업비 얼마": the money noun just
    // before the cue, as Korean asks it (the Korean reader takes the noun before 얼마 as what is asked).
    if (intent === 'money' && cue?.entry.intent === 'money') {
      const at = words.findIndex((word) => cue.entry.korean.includes(word) && OWN_AMOUNT.test(word));
      if (at >= 0) words.push(...words.splice(at, 1));
    }
    if (intent === 'money') words.push(...MONEY_CUE.split(' ').filter((word) => !words.includes(word) && !(word === '규모' && words.some((said) => OWN_AMOUNT.test(said)))));
    // A place is asked "어디에" whatever the English says (which city, what venue): the particle
    // tells the reader the answer is where something is or happens.
    else if (intent === 'place') words.push(KOREAN_CUE.place);
    // "What share of sales …" → "매출 비중 몇 퍼센트": the share's noun, then the percentage asked.
    else if (intent === 'percent' && cueWord && cueWord !== KOREAN_CUE.percent) words.push(...[cueWord].filter((word) => !words.includes(word)), KOREAN_CUE.percent);
    else words.push(cueWord ?? KOREAN_CUE[intent]);
  }
  const text = words.join(' ').trim();
  return intent === 'open' || intent === null ? `${text}?` : text;
}

/** Money nouns that are an amount by themselves (가격, 매출, 영업이익, 과태료 …): asked without 규모. */
const OWN_AMOUNT = /^(가격|매출|영업이익|이익|과태료|벌금|연봉|구독료|요금|사업비|총사업비|운임|단가|이적료|고정거래가격|계약가격|공모가|분양가|매매가격|매매가|전세가격|전셋값|관람료|수수료|통행료|과징금|인센티브|장려금)$/u;

/** Units a count question may ask in, and the counter each is asked with ('' for a bare 몇). */
const MEASURE_COUNTERS: Record<string, string> = { 톤: '', t: '', 시간: '시간', 분: '분', km: '', kg: '' };

/** Counters (단위성 의존명사) a count is written with, longest first. */
export const COUNTERS = ['개국', '개사', '개소', '개월', '가구', '차례', '가지', '마리', '그루', '경기', '개', '명', '대', '건', '곳', '동', '척', '편', '회', '번', '권', '채', '종', '팀', '기', '골', '석', '면', '표', '호', '점'];
const COUNT_AFTER = new RegExp(`^\\d[\\d,.]*(?:[만천][\\d,.]*)*\\s*(?:여\\s*)?(${COUNTERS.join('|')})`, 'u');
const COUNT_BEFORE = new RegExp(`\\d[\\d,.]*(?:[만천][\\d,.]*)*(?:여)?(${COUNTERS.join('|')})의$`, 'u');
/** How far after the counted noun its figure may stand ("드론 120대", "감시인력 1,850명"). */
const COUNTED_WINDOW = 16;

/**
 * The counter the best-matching text writes the counted noun's figure with: "드론 120대" → 대,
 * "청년 30가구" with 가구 counted → 가구. Null when the text shows none.
 */
function corpusCounter(counted: string | null, near: readonly string[]): string | null {
  if (!counted) return null;
  // Near text is normalized (Latin in lower case): "LNG 운반선" is found as "lng운반선".
  const noun = counted.replace(/\s+/gu, '').toLowerCase();
  const votes = new Map<string, number>();
  for (const text of near) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      const after = text.slice(at + noun.length, at + noun.length + COUNTED_WINDOW);
      for (let i = 0; i < after.length; i++) {
        if (!/\d/u.test(after[i] ?? '') || /\d/u.test(after[i - 1] ?? '')) continue;
        const counter = COUNT_AFTER.exec(after.slice(i))?.[1];
        if (!counter) continue;
        votes.set(counter, (votes.get(counter) ?? 0) + 1);
        break;
      }
      // "총 10건의 체결식": the figure and its counter right before the noun, joined by 의.
      const before = COUNT_BEFORE.exec(text.slice(Math.max(0, at - COUNTED_WINDOW), at))?.[1];
      if (before) votes.set(before, (votes.get(before) ?? 0) + 1);
    }
    // The noun is a counter itself ("30가구"): counted by it.
    if (COUNTERS.includes(noun) && new RegExp(`\\d${noun}`, 'u').test(text)) return noun;
  }
  let best: string | null = null;
  for (const [counter, count] of votes) if (best === null || count > (votes.get(best) ?? 0)) best = counter;
  return best;
}

/** Verbal nouns a count question asks with ("attended" → 참석): said as the question's verb. */
const COUNT_VERBS = new Set(['참석', '참여', '참가', '체결', '선정', '입주', '채용', '투입', '수상', '배치', '파견', '입국', '등록', '신청']);

/** Words between "how many" and what is counted that are function words elsewhere ("new", "more"). */
const COUNT_MODIFIERS = new Set(['new', 'more', 'other', 'additional', 'major', 'big', 'large', 'small', 'key', 'first']);

/** Index of the counted word after "how many" / "number of" (and its modifiers), or -1. */
function countedIndex(tokens: readonly Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = `${tokens[i]?.lower} ${tokens[i + 1]?.lower}`;
    if (pair !== 'how many' && pair !== 'number of') continue;
    // "how many new wells", "how many more students": the counted noun comes after its modifiers.
    let at = i + 2;
    // A glossary phrase opening with one ("new jobs") is the counted thing itself.
    const lowers = tokens.map((token) => token.lower);
    while (COUNT_MODIFIERS.has(lowers[at] ?? '') && (glossary().longestAt(lowers, at)?.length ?? 0) < 2 && at + 1 < tokens.length) at++;
    return at < tokens.length ? at : -1;
  }
  return -1;
}

/** The counted words' counter: the first of the next few words that has its own ("contracts" → 건). */
function countedEnglish(tokens: readonly Token[], index: number, end: number): string | null {
  const words = tokens.slice(index, Math.max(end, index + 1)).map((token) => token.lower);
  return words.find((word) => hasOwnCounter(word)) ?? words[0] ?? null;
}

/** Verbs that end a counted phrase ("how many companies move into …"). */
const COMMON_VERBS = new Set(
  'move moves join joins take takes sign signs attend attends participate participates win wins receive receives invest invests hold holds build builds open opens get gets have has make makes come comes go goes start starts plan plans enter enters export exports employ employs hire hires visit visits present presents belong belongs exist exists remain remains'.split(' '),
);

/** Where the counted phrase after "how many" ends: at the first function word or verb ("were", "did", "move"). */
function countedPhraseEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  const ends = (word: string) => FUNCTION_WORDS.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PARTICIPLES.has(word) || /ed$/u.test(word);
  // "how many US companies": "US" is the country, not the pronoun; the companies are counted.
  const endsAt = (token: Token | undefined) => token !== undefined && !/^U\.?S\.?$/u.test(token.text) && ends(token.lower);
  while (end < tokens.length && end < start + 4 && !endsAt(tokens[end])) end++;
  return Math.max(end, start + 1);
}

/** The outlet a capitalized run (or its longest opening part) names, and how many tokens it takes. */
function outletAt(tokens: readonly Token[], start: number, run: number, outlets: readonly string[]): { korean: string; length: number } | null {
  if (outlets.length === 0) return null;
  for (let length = run; length >= 1; length--) {
    const korean = outletNamed(tokens.slice(start, start + length).map((token) => token.text), outlets);
    if (korean) return { korean, length };
  }
  return null;
}

/** Reads the question's tokens into units, longest names and phrases first. */
function readUnits(tokens: readonly Token[], lexicon: EnglishLexicon): Unit[] {
  const finder = finderOf(lexicon);
  const book = glossary();
  const lowers = tokens.map((token) => token.lower);
  const units: Unit[] = [];
  let i = 0;
  const push = (...found: Unit[]) => units.push(...found.map((unit) => ({ ...unit, at: i })));
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (token.hangul) {
      push({ kind: 'korean', text: token.text, english: token.text });
      i += 1;
      continue;
    }
    // "K-Bio" → K-바이오: a one-letter prefix kept on the translated word.
    const prefixed = /^([A-Za-z])-([A-Za-z]+)$/u.exec(token.text);
    if (prefixed && !book.lookup([token.lower])) {
      const rest = book.lookup([prefixed[2] ?? '']);
      const korean = rest?.korean[0] ?? finder.find(prefixed[2] ?? '')?.korean;
      if (korean) {
        push({ kind: 'korean', text: `${prefixed[1]}-${korean}`, english: token.text });
        i += 1;
        continue;
      }
    }
    // "government-related", "bio-health": the parts, unless the glossary has the whole.
    if (/^[a-z]+(-[a-z]+)+$/iu.test(token.text) && !book.longestAt(lowers, i)) {
      const parts = token.text.split('-').map((part) => ({ ...token, text: part, lower: part.toLowerCase() }));
      const read = readUnits(parts, lexicon);
      // "the runner-up": a noun of parts no glossary or corpus word reads is what is asked about, unknown here.
      push(...(read.length === 0 && nounPosition(tokens, i) ? [{ kind: 'unknown' as const, text: token.text }] : read));
      i += 1;
      continue;
    }
    // "in part 2 of the forum", "the second part": a programme's part, as Korean writes it (2부).
    const part = partAt(tokens, i);
    if (part) {
      push({ kind: 'korean', text: `${part.number}부`, english: tokens.slice(i, i + part.length).map((t) => t.text).join(' '), date: true });
      i += part.length;
      continue;
    }
    // "people aged 75 and over", "65 or older", "aged 65 to 74": an age as Korean writes it (75세 이상, 65~74세).
    const age = ageAt(tokens, i);
    if (age) {
      // An age says whose figure it is: the figure's own sentence must say it, as a name.
      push({ kind: 'korean', text: age.korean, english: tokens.slice(i, i + age.length).map((t) => t.text).join(' ') });
      i += age.length;
      continue;
    }
    // "Changwon Line 1": the line's number as Korean writes it (1호선).
    const line = lineAt(tokens, i);
    if (line) {
      push({ kind: 'korean', text: line.korean, english: tokens.slice(i, i + line.length).map((t) => t.text).join(' '), date: true });
      i += line.length;
      continue;
    }
    // "$5.9 billion", "KRW 270 billion": money as Korean writes it (59억 달러, 2700억 원).
    const money = moneyAt(tokens.map((t) => t.text), i);
    if (money) {
      push({ kind: 'korean', text: koreanMoney(money), english: tokens.slice(i, i + money.length).map((t) => t.text).join(' '), date: true });
      i += money.length;
      continue;
    }
    // "May 3", "3rd of May", "in March", "2023": dates as Korean writes them (5월 3일, 3월, 2023년).
    const date = dateAt(tokens, i);
    if (date) {
      push({ kind: 'korean', text: date.korean, english: tokens.slice(i, i + date.length).map((t) => t.text).join(' '), date: true });
      i += date.length;
      continue;
    }
    // A run of capitalized words (a name), its longest known part first.
    const run = capitalizedRun(tokens, i);
    // "Herald Business" → 헤럴드경제: an outlet names where a story ran (its byline), not a word of its body.
    const outlet = run > 0 ? outletAt(tokens, i, run, lexicon.outlets ?? []) : null;
    if (outlet) {
      push({ kind: 'korean', text: outlet.korean, english: tokens.slice(i, i + outlet.length).map((t) => t.text).join(' '), byline: true });
      i += outlet.length;
      continue;
    }
    const named = run > 0 ? nameAt(tokens, i, run, finder, lexicon) : null;
    if (named) {
      // "Lee Young's op-ed": the writer is the article's byline, not a word of its body.
      const last = tokens[i + named.length - 1];
      const byline = last?.possessive === true && BYLINE_NOUNS.has(tokens[i + named.length]?.lower ?? '');
      // "HARU 2" → 하루2: a model number the corpus writes onto the name.
      // (The number may be read as part of the name's run, or be the token after it.)
      const inRun = /^\d{1,3}$/u.test(tokens[i + named.length - 1]?.text ?? '') && named.length >= 2;
      const number = inRun ? tokens[i + named.length - 1] : tokens[i + named.length];
      const numbered =
        named.unit.kind === 'korean' && number && /^\d{1,3}$/u.test(number.text) && /[가-힣A-Za-z]$/u.test(named.unit.text) && lexicon.uses(`${named.unit.text}${number.text}`)
          ? { ...named.unit, text: `${named.unit.text}${number.text}`, english: inRun ? named.unit.english : `${named.unit.english} ${number.text}` }
          : null;
      push(byline ? { ...named.unit, byline: true } : (numbered ?? named.unit));
      i += named.length + (numbered && !inRun ? 1 : 0);
      // "Dalbit Medical Center" → 달빛의료원: a kind word ending the capitalized name only says what the
      // name already is (센터, 공사, 그룹 …), not a word the articles must say beside it.
      while (!numbered && named.unit.kind === 'korean' && /[가-힣]/u.test(named.unit.text) && i < tokens.length && tokens[i]?.capitalized && NAME_KIND_WORDS.has(tokens[i]?.lower ?? '') && i - (units.at(-1)?.at ?? i) < run) i += 1;
      continue;
    }
    // "narmi robotics revenue last year?": a name typed in lower case, as the articles define it in Latin.
    const typed = token.capitalized ? null : lowerCaseName(tokens, i, finder);
    if (typed) {
      push({ kind: 'korean', text: typed.korean, english: tokens.slice(i, i + typed.length).map((t) => t.text).join(' ') });
      i += typed.length;
      continue;
    }
    const phrase = book.longestAt(lowers, i);
    // "us" the pronoun is not "US" the country.
    const pronoun = phrase?.length === 1 && phrase.entry.kind !== 'cue' && FUNCTION_WORDS.has(token.lower) && !token.capitalized;
    if (phrase && !pronoun) {
      push({ kind: 'gloss', entry: phrase.entry, english: lowers.slice(i, i + phrase.length).join(' ') });
      i += phrase.length;
      continue;
    }
    // "on the 27th": a day of the month, as Korean writes it.
    const ordinal = /^(\d{1,2})(st|nd|rd|th)$/u.exec(token.lower);
    // "the 7th Yeongwol Festival": an edition of a named event (제7회), not a day; the name says which.
    if (ordinal && tokens[i + 1]?.capitalized && !tokens[i + 1]?.hangul && monthOf(tokens[i + 1]) === 0) {
      i += 1;
      continue;
    }
    if (ordinal && Number(ordinal[1]) >= 1 && Number(ordinal[1]) <= 31) {
      push({ kind: 'korean', text: `${Number(ordinal[1])}일`, english: token.text, date: true });
      i += 1;
      continue;
    }
    if (FUNCTION_WORDS.has(token.lower) || /^\d+$/u.test(token.text)) {
      i += 1;
      continue;
    }
    if (token.capitalized || /[A-Z]/u.test(token.text.slice(1))) {
      // A name the corpus does not know: kept, so the question is not answered about something else.
      // "VCs" is the corpus's "VC" in the plural.
      const singular = /[A-Z]s$/u.test(token.text) ? token.text.slice(0, -1) : null;
      // "DC" is the corpus's "D.C.": an acronym the articles write with a dot after each letter.
      // Two letters only (D.C., U.S.): longer dotted forms are found by search's typo tolerance in anything.
      const dotted = /^[A-Z]{2}$/u.test(token.text) ? `${[...token.text].join('.')}.` : null;
      const known = lexicon.knows(token.lower)
        ? token.text
        : singular && lexicon.knows(singular.toLowerCase())
          ? singular
          : dotted && lexicon.knows(dotted.toLowerCase())
            ? dotted
            : null;
      push(known ? { kind: 'korean', text: known, english: token.text } : { kind: 'unknown', text: token.text });
      i += 1;
      continue;
    }
    // A lower-case word outside the glossary: as written when the corpus uses it; a long one may be
    // a loanword the corpus spells in Hangul ("incubation" → 인큐베이션); short common words are
    // not sounded out ("toward" is not 토대).
    const loan = token.lower.length >= MIN_LOANWORD_LETTERS ? finder.sound(token.lower, { minSyllables: 3 }) : null;
    if (/^[a-z]{2,}$/u.test(token.lower) && lexicon.knows(token.lower)) {
      push({ kind: 'korean', text: token.text, english: token.text });
    } else if (loan) {
      push({ kind: 'korean', text: loan.korean, english: token.text });
    } else if (nounPosition(tokens, i)) {
      // A noun the glossary and the corpus do not know ("the president's approval rating"): what the
      // question is about, which the articles then do not speak of.
      push({ kind: 'unknown', text: token.text });
    }
    i += 1;
  }
  return withPlaceSuffixes(units, lexicon);
}

/** Most words of a name typed in lower case. */
const TYPED_NAME_WORDS = 4;

/**
 * A name typed in lower case ("serin energy materials", "styleroad") that the articles define in
 * Latin beside its Hangul ("세린에너지머티리얼즈(Serin Energy Materials)"): the longest run of words
 * from `start` that is such an alias. A single word must be no glossary word ("energy" is translated).
 */
function lowerCaseName(tokens: readonly Token[], start: number, finder: NameFinder): { korean: string; length: number } | null {
  let run = 0;
  while (run < TYPED_NAME_WORDS && start + run < tokens.length) {
    const token = tokens[start + run];
    if (!token || token.hangul || token.capitalized || !/^[a-z][a-z&.\-]*$/u.test(token.lower) || FUNCTION_WORDS.has(token.lower)) break;
    run += 1;
  }
  for (let length = run; length >= 1; length--) {
    const words = tokens.slice(start, start + length);
    if (length === 1 && (glossary().lookup([words[0]?.lower ?? '']) || (words[0]?.lower.length ?? 0) < 4)) continue;
    const alias = finder.alias(words.map((token) => token.lower).join(' '));
    if (alias) return { korean: alias.korean, length };
  }
  return null;
}

/** Kind words that end an organization's English name ("… Medical Center", "… Corporation"). */
const NAME_KIND_WORDS = new Set(['center', 'centre', 'corporation', 'corp', 'company', 'co', 'inc', 'ltd', 'group', 'holdings', 'foundation', 'association']);

/** Korean's suffix for an administrative area the English names after the place ("Muan county" → 무안군). */
const PLACE_SUFFIXES: Readonly<Record<string, string>> = { province: '도', county: '군', city: '시', district: '구', township: '면', village: '리' };

/**
 * "Muan county" → 무안군, "Gangwon province" → 강원 (the corpus writes 강원특별자치도, never 강원도): a
 * place's area word is written onto the name when the corpus writes them so, else left out (it is
 * no topic of its own).
 */
function withPlaceSuffixes(units: Unit[], lexicon: EnglishLexicon): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out.at(-1);
    const area = unit.kind === 'gloss' ? unit.english : '';
    const suffix = PLACE_SUFFIXES[area];
    const name = previous?.kind === 'korean' && !previous.date ? previous : undefined;
    if (suffix && name && /^[가-힣]{2,}$/u.test(name.text) && name.at !== undefined && unit.at === name.at + name.english.split(' ').length) {
      const joined = `${name.text}${suffix}`;
      if (lexicon.uses(joined)) out[out.length - 1] = { ...name, text: joined, english: `${name.english} ${area}` };
      continue;
    }
    out.push(unit);
  }
  return out;
}

/** "aged 75 and over" → 75세 이상, "65 or older" → 65세 이상, "aged 65 to 74" → 65~74세 (and tokens taken), or null. */
function ageAt(tokens: readonly Token[], i: number): { korean: string; length: number } | null {
  const aged = tokens[i]?.lower === 'aged' ? 1 : 0;
  const first = tokens[i + aged]?.text ?? '';
  if (!/^\d{1,3}$/u.test(first)) return null;
  const next = tokens[i + aged + 1]?.lower;
  const after = tokens[i + aged + 2]?.lower ?? '';
  if ((next === 'and' || next === 'or') && /^(over|older|above|up)$/u.test(after)) return { korean: `${first}세 이상`, length: aged + 3 };
  if (aged && (next === 'to' || next === 'through') && /^\d{1,3}$/u.test(tokens[i + aged + 2]?.text ?? '')) return { korean: `${first}~${tokens[i + aged + 2]?.text}세`, length: aged + 3 };
  return aged ? { korean: `${first}세`, length: 2 } : null;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];

/** "Line 1" → 1호선: a subway or rail line as Korean numbers it (and length, tokens taken). */
function lineAt(tokens: readonly Token[], i: number): { korean: string; length: number } | null {
  const next = tokens[i + 1]?.text ?? '';
  return tokens[i]?.lower === 'line' && /^\d{1,2}$/u.test(next) ? { korean: `${next}호선`, length: 2 } : null;
}

/** "part 2" / "Part II" / "the second part" → its number (1–4) and how many tokens it takes, or null. */
function partAt(tokens: readonly Token[], i: number): { number: number; length: number } | null {
  const word = tokens[i]?.lower;
  const next = tokens[i + 1]?.lower ?? '';
  if (word === 'part') {
    const number = /^[1-4]$/u.test(next) ? Number(next) : ['i', 'ii', 'iii', 'iv'].indexOf(next) + 1;
    return number > 0 ? { number, length: 2 } : null;
  }
  const ordinal = ORDINAL_WORDS.indexOf(word ?? '') + 1;
  return ordinal > 0 && next === 'part' ? { number: ordinal, length: 2 } : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month a word names ("May", "Sept."), 1–12, or 0. */
function monthOf(token: Token | undefined): number {
  if (!token) return 0;
  const word = token.lower.replace(/\.$/u, '');
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  // Abbreviations ("Sept", "Apr") are capitalized; "mar" or "jun" in lower case are not months.
  if (!token.capitalized || word.length < 3) return 0;
  const short = MONTHS.findIndex((month) => month.startsWith(word) && (word.length >= 3 || month === word));
  return short >= 0 && word !== 'may' ? short + 1 : 0;
}

/** A day of the month written as a number or an ordinal ("3", "3rd"), or 0. */
function dayOf(token: Token | undefined): number {
  const match = token ? /^(\d{1,2})(st|nd|rd|th)?$/u.exec(token.lower) : null;
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : 0;
}

/**
 * An English date at `i` and how many tokens it takes: "May 3" / "May 3rd" / "3 May" / "3rd of May"
 * → 5월 3일, "March" → 3월 (a bare "may" only when capitalized mid-question: "may" is a verb too),
 * a year "2023" → 2023년.
 */
function dateAt(tokens: readonly Token[], i: number): { korean: string; length: number } | null {
  const token = tokens[i];
  if (!token) return null;
  // "January–August", "Jan-Aug": a range of months (1~8월).
  const range = /^([a-z]+\.?)[–—-]([a-z]+\.?)$/iu.exec(token.text);
  if (range) {
    const from = monthOf({ ...token, text: range[1] ?? '', lower: (range[1] ?? '').toLowerCase() });
    const to = monthOf({ ...token, text: range[2] ?? '', lower: (range[2] ?? '').toLowerCase(), capitalized: /^[A-Z]/u.test(range[2] ?? '') });
    if (from > 0 && to > from) return { korean: `${from}~${to}월`, length: 1 };
  }
  const month = monthOf(token);
  if (month > 0) {
    const day = dayOf(tokens[i + 1]);
    if (day > 0) return { korean: `${month}월 ${day}일`, length: 2 };
    // "may" the verb: a month only capitalized past the question's first word, and not before a verb.
    if (token.lower === 'may' && (!token.capitalized || i === 0)) return null;
    return { korean: `${month}월`, length: 1 };
  }
  const day = dayOf(token);
  if (day > 0) {
    if (monthOf(tokens[i + 1]) > 0) return { korean: `${monthOf(tokens[i + 1])}월 ${day}일`, length: 2 };
    if (tokens[i + 1]?.lower === 'of' && monthOf(tokens[i + 2]) > 0) return { korean: `${monthOf(tokens[i + 2])}월 ${day}일`, length: 3 };
  }
  if (/^(19|20)\d{2}$/u.test(token.text)) return { korean: `${token.text}년`, length: 1 };
  return null;
}

/** "… expect to attract", "is forecast to", "aims to", "planned": a figure expected, not one stated as done. */
const STANCE = /\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|forecast(?:s|ed)?|project(?:s|ed)? to|predict(?:s|ed)?|aim(?:s|ed)? (?:to|at|for)|target(?:s|ed|ing)?|hope(?:s|d)? to|plan(?:s|ned)? to)\b/iu;
/** How Korean news says a figure is expected or planned. */
const STANCE_WORDS = ['기대', '예상', '전망', '예정', '계획', '목표', '방침', '것으로', '추정', '추산', '내다봤'];

/** "What is the name of …", "what is it called": a name asked for. */
const NAME_ASKED = /\b(?:the |its |their |his |her )?names? of\b|\bwhat(?:'s| is| was) (?:it|this|that|the [\w\s-]+?) called\b|\bwhat(?:'s| is| was) (?:the|its|their) name\b/iu;

/** "Who wrote the op-ed …", "the author of the column": the article's byline is asked for. */
const AUTHOR_QUESTION = /\bwho (wrote|authored|penned)\b|\b(author|writer) of the (article|op-ed|column|story|piece)\b|^(?:which|what) (?:[\w-]+ ){0,3}(?:reporter|journalist|correspondent|writer)s? (?:wrote|authored|penned|filed|covered|reported)\b/iu;
/** Nouns a byline question asks with (the byline says them, the body seldom). */
const BYLINE_ASKED = /^(?:reporters?|journalists?|correspondents?|writers?|authors?|outlets?|newspapers?|papers?|media|publications?|broadcasters?)$/iu;
/** "Which newspaper ran …", "what outlet published …". */
const OUTLET_QUESTION = /\b(which|what) (outlet|newspaper|paper|media|publication|broadcaster)\b/iu;

/**
 * Drops English the question glosses in Hangul itself: "the Global SME Night (글로벌 중소기업인의 밤)"
 * asks about 글로벌 중소기업인의 밤, said better than any translation.
 */
function withoutGlossedEnglish(question: string): string {
  return question.replace(/([^()]*?)\s*\(([^()]*[가-힣][^()]*)\)/gu, (_match, before: string, hangul: string) => {
    // The glossed English is the run of words right before the parenthesis, back to the first
    // function word ("Who chairs the Korean-American chamber federation (미주한상총연)" glosses
    // "Korean-American chamber federation", never "Who chairs"), at most six words.
    const words = before.split(/(\s+)/u);
    let cut = words.length;
    let taken = 0;
    for (let i = words.length - 1; i >= 0 && taken < GLOSSED_WORDS; i--) {
      const word = words[i] ?? '';
      if (/^\s*$/u.test(word)) continue;
      const bare = word.replace(/^['‘"“]+|['’"”,;:]+$/gu, '').toLowerCase();
      if (FUNCTION_WORDS.has(bare) || /[,;:]$/u.test(word) || !/^[\w.&'’\-]+$/u.test(bare)) break;
      cut = i;
      taken += 1;
    }
    if (taken === 0) return `${before} ${hangul}`;
    return `${words.slice(0, cut).join('')}${hangul}`;
  });
}

/**
 * "Mass General (MGH)": a name and its acronym in parentheses say one thing twice. The one the
 * articles use is kept (the acronym when they write it, else the name), so the other, which they
 * may never write, does not make the question one they do not answer.
 */
function withAcronymGlosses(question: string, lexicon: Pick<EnglishLexicon, 'knows'>): string {
  return question.replace(/((?:[A-Z][\w&.'’-]*\s+){0,5}[A-Z][\w&.'’-]*)\s*\(([A-Z][A-Z0-9&]{1,7})\)/gu, (whole, name: string, acronym: string) =>
    lexicon.knows(acronym.toLowerCase()) ? acronym : name,
  );
}

/** Most English words a Hangul gloss in parentheses stands for. */
const GLOSSED_WORDS = 6;

/** What a writer writes: "X's op-ed" names the article by its byline. */
const BYLINE_NOUNS = new Set(['op-ed', 'oped', 'column', 'article', 'editorial', 'piece', 'contribution', 'essay', 'story', 'report']);

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set(['held', 'built', 'made', 'won', 'met', 'led', 'put', 'set', 'begun', 'given', 'taken', 'done', 'seen', 'found', 'run', 'brought', 'bought', 'sold', 'spent', 'paid', 'chosen', 'hosted']);

/** Auxiliaries a question's verb follows after its subject ("did Seo score", "will the city open"). */
const AUXILIARIES = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);

/**
 * Whether token `i` is the question's verb, not a noun: a past form ("visited"), or a bare verb
 * after an auxiliary and its one-word subject ("did Seo score", "does it cost").
 */
function verbAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || tokens[i - 1]?.lower === 'the' || DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return false;
  // "people visited the festival", not "undeclared majors": a past form followed by an object or nothing.
  const next = tokens[i + 1];
  if (/[a-z]ed$/u.test(token.lower) && !token.capitalized && (next === undefined || FUNCTION_WORDS.has(next.lower) || next.capitalized)) return true;
  const subject = tokens[i - 1];
  return subject !== undefined && (subject.capitalized || /^(it|they|he|she|we|you|i)$/u.test(subject.lower)) && AUXILIARIES.has(tokens[i - 2]?.lower ?? '');
}

/** Whether an English word is a verb form: a participle or past tense. */
function isVerbForm(english: string): boolean {
  const word = english.toLowerCase();
  return /ed$/u.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

/** Fewest words whose initials are taken for an acronym the articles use. */
const MIN_INITIALS = 3;

/** Shortest lower-case word sounded out as a loanword. */
const MIN_LOANWORD_LETTERS = 9;

/** Words after which a word is a noun: determiners and possessives ("the …", "its …", "Yoon's …"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'any', 'this', 'that', 'these', 'those']);

/** Whether token `i` stands where a noun does: right after a determiner or a possessive. */
function nounPosition(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const token = tokens[i];
  if (!previous || !token || token.lower.length < 4 || FUNCTION_WORDS.has(token.lower)) return false;
  // "firms that joined …": after a relative "that", a past tense is the clause's verb, not a noun.
  if (previous.lower === 'that' && isVerbForm(token.lower)) return false;
  return DETERMINERS.has(previous.lower) || previous.possessive;
}

/** How many tokens from `start` are capitalized name words (not function words). */
function capitalizedRun(tokens: readonly Token[], start: number): number {
  let length = 0;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.hangul || !token.capitalized || FUNCTION_WORDS.has(token.lower)) break;
    const cue = glossary().lookup([token.lower]);
    if (cue?.kind === 'cue' && i === start) break;
    length += 1;
  }
  return length;
}

/**
 * The longest part of a capitalized run starting at `start` that names something in the corpus:
 * an alias, a compound the corpus writes as one word ("Korea Health Industry Development
 * Institute" → 한국보건산업진흥원), or a name found by romanization or sound.
 */
function nameAt(
  tokens: readonly Token[],
  start: number,
  run: number,
  finder: NameFinder,
  lexicon: EnglishLexicon,
): { unit: Unit; length: number } | null {
  const book = glossary();
  // "Vice Minister Cho": a glossary phrase opening the run is read as one, never a part sounded out.
  const phrase = book.longestAt(tokens.map((token) => token.lower), start);
  const shortest = phrase && phrase.length >= 2 ? phrase.length : 1;
  for (let length = run; length >= shortest; length--) {
    const words = tokens.slice(start, start + length);
    const english = words.map((token) => token.text).join(' ');
    // An acronym the articles use as written ("CIC", "MGH") is searched as written: its alias may be
    // only part of the name ("센터" of 캠브리지 이노베이션 센터).
    const acronym = length === 1 ? /^([A-Z0-9&]{2,})s?$/u.exec(english)?.[1] : undefined;
    const role = acronym ? book.lookup([acronym.toLowerCase()])?.korean.some((spelling) => ROLE.test(spelling)) === true : false;
    if (acronym && !role && lexicon.knows(acronym.toLowerCase())) {
      return { unit: { kind: 'korean', text: acronym, english }, length };
    }
    const alias = finder.alias(english);
    if (alias) return { unit: { kind: 'korean', text: alias.korean, english }, length };
    // "Lee Young": a person the articles name, even when a part is an English word ("young").
    const person = length >= 2 && !phrase ? finder.person(english) : null;
    if (person) return { unit: { kind: 'korean', text: person.korean, english }, length };
    if (length >= 2) {
      const compound = compoundWord(words, finder, lexicon);
      if (compound) return { unit: { kind: 'korean', text: compound, english }, length };
      // "Massachusetts General Hospital" is the MGH the articles write beside its Hangul name.
      const initials = words.map((token) => token.text[0] ?? '').join('');
      if (initials.length >= MIN_INITIALS && /^[A-Z]+$/u.test(initials) && lexicon.knows(initials.toLowerCase())) {
        return { unit: { kind: 'korean', text: initials, english }, length };
      }
    }
    // Glossary words are translated, not sounded out ("Health" is 보건, not a name).
    const glossed = words.filter((token) => book.lookup([token.lower]) !== undefined).length;
    if (glossed > 0) {
      // "Wiz Bio Solution" → 위즈바이오솔루션: a name mixing an unknown word with glossary words, sounded
      // out whole against a long corpus word (a company name the corpus writes as one word).
      const whole = length >= 2 && glossed < length ? finder.sound(english, { minSyllables: 5 }) : null;
      if (whole) return { unit: { kind: 'korean', text: whole.korean, english }, length };
      continue;
    }
    // "KDCA": an acronym is spelled, never romanized or sounded out (it is no 김선아); the articles define it or not.
    const acronymOnly = length === 1 && /^[A-Z]{2,6}s?$/u.test(english);
    const found = acronymOnly ? null : (finder.person(english) ?? finder.romanized(english) ?? finder.sound(english));
    if (found) return { unit: { kind: 'korean', text: found.korean, english }, length };
  }
  return null;
}

/**
 * A corpus word made of one Korean form per English word, in order: "Korea Health Industry
 * Development Institute" → 한국+보건+산업+진흥+원, "Kakao Healthcare" → 카카오+헬스케어.
 */
function compoundWord(words: readonly Token[], finder: NameFinder, lexicon: EnglishLexicon): string | null {
  const book = glossary();
  const forms = words.map((token) => {
    const entry = book.lookup([token.lower]);
    const options = entry && entry.kind !== 'cue' ? [...entry.korean] : [];
    const name = entry ? null : (finder.person(token.text) ?? finder.romanized(token.text) ?? finder.sound(token.text));
    if (name) options.push(name.korean);
    return options.map((form) => form.replace(/\s+/gu, ''));
  });
  // "Yonsei University" → 연세대, "Seoul National University" → 서울대: Korean shortens the last
  // word of a name to its first syllable.
  const last = forms.at(-1);
  if (last && words.length >= 2) last.push(...last.filter((form) => form.length >= 2).map((form) => form.slice(0, 1)));
  if (forms.some((options) => options.length === 0)) return null;
  let best: { word: string; count: number } | undefined;
  // "Sekwang Shipbuilding" is 세광조선해양: a company the corpus writes with a syllable or two more
  // (해양, 중공업's 공업) than the English says, when no word is made of exactly its parts.
  let longer: { word: string; count: number } | undefined;
  const firstForms = forms[0] ?? [];
  for (const [word, count] of lexicon.words) {
    if (!firstForms.some((form) => word.startsWith(form))) continue;
    // "창원시는": the corpus may write the name only with a particle on it ("Changwon City" is 창원시, not 창원시의회).
    const bare = stripJosa(word);
    if (bare !== word) {
      if (/^[가-힣]+$/u.test(bare) && composes(bare, forms, 0) && (!best || count > best.count)) best = { word: bare, count };
      continue;
    }
    if (composes(word, forms, 0) && (!best || count > best.count)) best = { word, count };
    else if (/^[가-힣]+$/u.test(word) && composesPrefix(word, forms, 0) && (!longer || count > longer.count)) longer = { word, count };
  }
  return best?.word ?? longer?.word ?? null;
}

/** Most syllables a corpus word may add after a name's English parts ("세광조선" + "해양"). */
const COMPOUND_TAIL = 2;

/** Whether `word` is made of the forms in order, then one or two syllables more (each form Hangul, of two syllables at least). */
function composesPrefix(word: string, forms: readonly string[][], index: number): boolean {
  if (index === forms.length) return word.length >= 1 && word.length <= COMPOUND_TAIL;
  return (forms[index] ?? []).some((form) => form.length >= 2 && word.startsWith(form) && composesPrefix(word.slice(form.length), forms, index + 1));
}

function composes(word: string, forms: readonly string[][], index: number): boolean {
  if (index === forms.length) return word.length === 0;
  return (forms[index] ?? []).some((form) => word.startsWith(form) && composes(word.slice(form.length), forms, index + 1));
}

/**
 * A question read once at preparation, its answer never used: the first English question a user asks
 * would otherwise pay for compiling every rule and pattern it meets (tens of milliseconds).
 */
const SAMPLE_QUESTIONS = [
  'How much was the $5.9 billion investment worth in won, according to Minister Lee\'s op-ed in May 3?',
  'Which Korean company signed the MOU at the forum in Boston, and how many people attended part 2?',
  'Which Herald Business reporter wrote about the 7th Astronomy Festival in Muan county?',
];

/** Builds the name finder's word indexes for this lexicon now, not on the first English question. */
export function prepareTranslation(lexicon: EnglishLexicon): void {
  finderOf(lexicon).prepare();
  glossary();
  for (const question of SAMPLE_QUESTIONS) {
    const tokens = tokenize(withAcronymGlosses(withoutGlossedEnglish(question), lexicon));
    isEnglishQuestion(question, lexicon);
    organizationAsked(tokens.map((token) => token.lower));
    readUnits(tokens, lexicon);
    englishIntent(question);
    expansionAsked(question);
    whichKindOf(tokens.map((token) => token.lower));
    countedPhraseEnd(tokens, 0);
  }
}

const finders = new WeakMap<EnglishLexicon, NameFinder>();

/** The corpus's Hangul for a Latin name (alias, person, romanization or sound; `names.ts`), or null. */
export function corpusNameFor(lexicon: EnglishLexicon, latin: string): string | null {
  return finderOf(lexicon).find(latin)?.korean ?? null;
}

function finderOf(lexicon: EnglishLexicon): NameFinder {
  let finder = finders.get(lexicon);
  if (!finder) {
    finder = new NameFinder(lexicon);
    finders.set(lexicon, finder);
  }
  return finder;
}
