/**
 * What an English question asks (its intent), from how it opens: "How much …" asks an amount,
 * "Where …" a place, "What did the minister say …" a quote. Nouns that name the kind of answer
 * ("budget", "date", "site area") decide when the question opens with "what"/"which" or has no
 * question word at all ("K-Bio Lab Hub budget").
 */
import type { QuestionIntent } from '../types.ts';
import { isPeopleNoun } from './countedPeople.ts';

type Rule = { intent: QuestionIntent; pattern: RegExp };

/** Nouns for people: "Which official …" asks who. */
const PERSON_NOUNS =
  'officials?|person|people|executives?|ministers?|ceos?|presidents?|heads?|leaders?|experts?|speakers?|reporters?|journalists?|professors?|researchers?|directors?|chairman|chairs?|spokesperson|founders?|' +
  // "Which city council member …", "which lawmaker …": people by their seat.
  'members?|lawmakers?|legislators?|councill?ors?|mayors?|governors?|commissioners?|chiefs?|managers?|officers?|analysts?|' +
  // Agent nouns: "industrialist", "entrepreneur", "politician", "investor", "businessman".
  '\\w+(ists?|eurs?|ians?|men|man|woman|women)|investors?|inventors?|economists?|scientists?|entrepreneurs?|politicians?|' +
  // Courts, medicine, stage and the street: "Which judge presided …". (Players by position — "수비수
  // 백강우" — are not read as titled people: an open question shows their sentence instead.)
  'judges?|prosecutors?|lawyers?|attorneys?|defendants?|suspects?|candidates?|authors?|doctors?|physicians?|surgeons?|nurses?|actors?|actresses|singers?|farmers?|residents?';

/** Nouns for the one who holds a post: "KHIDI head?", "Name the MGH chief …". */
const HEAD_NOUNS = 'heads?|chiefs?|chief executive|ceos?|boss|chair|chairman|chairwoman|chairperson|president|director|leader|commissioner|governor|mayor';

/** An imperative that asks for things by name: "Name one of …", "List the …", "Give the name of …". */
const NAMING = /^(name|list|identify|mention)\b|^(give|tell) (me )?(the )?names?\b/u;

/**
 * "How long is the access road?", "how long will the bridge be": a length (1.2km), not a duration —
 * asked of a thing that has one, read as "X 길이?" by the span reader.
 */
export const LENGTH_ASKED =
  /\bhow long (?:is|was|are|were|will (?:the |it |they )?be) (?:the |a |an |its |their |this |that )?(?:[a-z-]+ ){0,3}?(?:road|access road|bridge|tunnel|line|railway|rail|track|pipeline|cable|runway|river|coast|coastline|trail|route|section|wall|belt|corridor|highway|street|path|lane|canal|border|fence|ship|vessel|pier|dock|breakwater|robot|arm|blade|extension|stretch|span)s?\b/u;

/** Question openings, most specific first; matched against the lower-cased question. */
const OPENINGS: readonly Rule[] = [
  { intent: 'open', pattern: LENGTH_ASKED },
  // "How much did the share price rise?": a change, asked as a percentage.
  { intent: 'percent', pattern: /\bhow much (?:did|does|do|has|have|had|will|would)\b[^?]*\b(?:rise|rose|risen|fall|fell|fallen|drop|dropped|jump|jumped|climb|climbed|surge|surged|soar|soared|decline|declined|plunge|plunged)\b/u },
  // "How much did the operating margin improve?": a rate changes in percentage points.
  { intent: 'percent', pattern: /\bhow much (?:did|does|has|have|had|will)\b[^?]*\b(?:margin|rate|ratio|share|proportion)\b[^?]*\b(?:improve|improved|increase|increased|widen|widened|narrow|narrowed|grow|grew)\b/u },
  { intent: 'money', pattern: /\bhow much\b(?! (land|space|area|time|longer|farmland|cropland|forest|floor space|acreage|territory|rain|rainfall|snow|snowfall|precipitation|water|electricity|power)\b)(?![^?]*\bweigh)|\bhow many (dollars|won|euros?|yen|yuan|pounds)\b/u },
  // "How large is the cash subsidy?": the size of an amount of money.
  { intent: 'money', pattern: /\bhow (?:large|big)\b(?=.*\b(?:subsid(?:y|ies)|budget|investment|fund|funding|grant|loan|deal|contract|revenue|sales|profit|cost|amount|payment|fines?|penalty|penalties|surcharges?|damages|settlement|price|bonus|salary|buyback|repurchase|dividend|package|aid|compensation|order|orders|financing|valuation|spending|expenditure|debt|loss|losses|deficit|tax|taxes)\b)/u },
  { intent: 'area', pattern: /\bhow (large|big|wide)\b|\bhow much (land|space|area|farmland|cropland|forest|floor space|acreage|territory)\b|\bhow many (square (meters|metres|feet|kilometers|kilometres|miles)|sq\.? ?(m|ft|km)|pyeong|acres|hectares)\b/u },
  { intent: 'duration', pattern: /\bhow long\b|\bhow much time\b|\bfor how many (years|months|weeks|days)\b/u },
  // "By how many percentage points did the rate rise?": a change of a percentage (25.2%포인트).
  // "What will the minimum share of …", "how much did the operating margin improve": a percentage.
  { intent: 'percent', pattern: /\bwhat (percentage|percent|share)\b|\bhow many percent\b|\bhow many percentage points\b|\bhow many points\b(?=[^?]*\b(?:rise|rose|risen|fall|fell|fallen|drop|dropped|gap|lead|ahead|behind|higher|lower|up|down)\b)|\bwhat (?:will|is|was|would) (?:the )?(?:minimum |maximum |average |combined |total )?(?:share|percentage|proportion)\b|\bwhat (?:is|was|are|were|will be) (?:[a-z0-9&.-]+'s |its |their |his |her )(?:[a-z-]+ )?(?:share|percentage|proportion) of\b/u },
  // "Tally for me the organisations that …": a count asked as an order.
  { intent: 'count', pattern: /\bhow many\b|\bnumber of\b|^(?:tally|count)(?: up)?(?: for me)? (?:the|all)\b/u },
  // "What area did the consultancy call the most innovative square mile?": which area, named — not its size.
  { intent: 'place', pattern: /\b(?:what|which) (?:area|district|neighbou?rhood|quarter)s? (?:did|does|do|has|have|had|was|is|were|are) (?:[a-z'-]+ ){0,4}?(?:call|calls|called|name|named|dub|dubbed|label|labels|labell?ed|describe|described|single|singled|pick|picked|choose|chose|select|selected|designate|designated)\b/u },
  // "At what (local) time did the forum begin?": a date with its hour (27일 오후 4시).
  // "… is due for completion when?": the question word said last asks as well as first.
  { intent: 'date', pattern: /\bwhen\s*\?*\s*$|^(when|by when|until when|since when)\b|\b(what|which) (date|day|year|month|time|hour)\b|\bwhat local time\b|\bwhen (is|was|will|did|does|do|are|were)\b/u },
  // "Who organized the forum?" asks for an organization more often than a person: which one, openly.
  { intent: 'open', pattern: /^who (organi[sz]ed|hosted|held|ran|funded|sponsored|invested|published|announced|built)\b/u },
  // "KHIDI head?", "LabCentral's chief — name, please?", "Name the MGH chief who …", "… is named as
  // whom": the holder of a post asked without a question word.
  { intent: 'person', pattern: new RegExp(`^(?!.*\\b(?:what|which|how|when|where|why|who)\\b)[^?]*\\b(?:${HEAD_NOUNS})\\s*\\??$|\\b(?:${HEAD_NOUNS})\\b[^?]{0,30}\\bname,?(?: please)?\\s*\\??$|^name (?:the|a|an) (?:[\\w'&.-]+ ){0,4}(?:${HEAD_NOUNS})\\b|\\bas whom\\b`, 'u') },
  // "Who is the vice minister quoted …" asks for a person even when it mentions a quote.
  { intent: 'person', pattern: /^(who|whom|whose)\b|\b(who|whom|whose) (is|was|are|were|will|did|does|heads?|leads?|said|signed|attended|asked|wrote)\b/u },
  // "Which Education Ministry official …": up to three words name whose (the last is the person noun).
  { intent: 'person', pattern: new RegExp(`^(which|what) ((?!(did|does|do|is|was|are|were|will|has|had|of|the|a|an|in|on|at|for|to|and|or|kind|kinds|type|types|sort|share|percentage|number)\\b)[\\w-]+ ){0,3}(${PERSON_NOUNS})\\b(?! (?:state|country|countr(?:y|ies)|compan(?:y|ies)|firms?)\\b)`, 'u') },
  {
    intent: 'quote',
    // "What did the head call the office?": what a speaker called something is in their words.
    pattern: /^how (did|does|do|has|had) .*\b(describe|call|characteri[sz]e|refer to)\b|\bwhat (did|does|do|has|had|will)\b.*\b(say|said|tell|told|remark|comment|stress|emphasi[sz]e|note|add|ask|urge|quote|call|describe|dub|label)\b|\bwhat was (his|her|their)? ?(quote|remark|message)|\b(quote|quotes|quoted|saying)\b/u,
  },
  // "Cha Soon-do called the office a forward what …?": the term, in the speaker's words.
  { intent: 'quote', pattern: /\b(?:called|calls|described|describes|dubbed|labeled|labelled)\b.*\ba (?:[a-z-]+ )?what\b/u },
  { intent: 'place', pattern: /\bwhere\s*\?*\s*$|^where\b|\bwhere (is|was|are|were|will|did|does|do|has|have)\b|\b(which|what) ([a-z]+ )?(city|country|place|location|venue|region|state|province|district|county|town|village|neighbou?rhood|island|port)\b|\bin which ([a-z]+ )?(city|country|place|district|county|town|village|neighbou?rhood|island|port)\b|\b(?:which|what) parts? of\b|\b(what|which) (kind|type|sort) of (place|venue|location|facility|building|site)\b/u },
];

/**
 * @name englishIntent
 * @description
 * 영어 질문의 의도: 질문 첫머리(how much, where, who …)로, 없으면 null (용어집의 단서어가 정한다).
 * @example
 * englishIntent('How much will the lab hub cost?') // 'money'
 * englishIntent('Where will the K-Bio Lab Hub be built?') // 'place'
 * englishIntent('K-Bio Lab Hub budget') // null
 */
export function englishIntent(question: string): QuestionIntent | null {
  const lower = question.toLowerCase().replace(/[’]/gu, "'").trim();
  // The question word asked first decides ("How many MOUs …, and worth how much?" counts).
  let first: { intent: QuestionIntent; at: number } | null = null;
  for (const rule of OPENINGS) {
    const match = rule.pattern.exec(lower);
    if (match && (first === null || match.index < first.at)) first = { intent: rule.intent, at: match.index };
  }
  if (first) return first.intent;
  // "Besides investment, what kinds of consultations …": things of a kind are asked, wherever the words stand.
  if (/\b(what|which) (kinds?|types?|sorts?) of\b/u.test(lower)) return 'open';
  // "Which company …", "What technologies …", "Why …", "How does …", "Name one of the VCs …": an
  // open question (a thing named, whatever nouns follow: "investment meeting" asks no amount).
  if (/^(which|what|why|how|describe|explain)\b/u.test(lower) || NAMING.test(lower)) return 'open';
  return null;
}

/** Whether a cue noun ("budget", "date") may set the intent: the question opens with what/which or has no question word. */
export function cueMaySetIntent(question: string): boolean {
  const lower = question.toLowerCase().trim();
  // "Which office put out the remarks" asks which office, whatever follows.
  if (/^which\b/u.test(lower) || NAMING.test(lower)) return false;
  // "… what kinds of consultations …" asks things of a kind, whatever nouns come with it.
  if (/\b(what|which) (kinds?|types?|sorts?) of\b/u.test(lower)) return false;
  return /^(what|tell me|give me|show me)\b/u.test(lower) || !/\b(who|whom|whose|where|when|why|how|which)\b/u.test(lower);
}

/** Things counted in 개 by their nature (companies, institutions …): the corpus's counters do not override it. */
const COUNTED_IN_GAE = /^(compan(y|ies)|firms?|startups?|start-ups?|businesses|enterprises?|institutions?|organi[sz]ations?|agencies|items?|products?|units?|programs?|sites?|centers?|offices?)$/u;

/**
 * Whether the English word has its own counter here (people → 명, companies → 개 …); otherwise the
 * counter the articles write the counted thing with is taken (드론 120대 → 대).
 */
export function hasOwnCounter(english: string): boolean {
  const word = english.toLowerCase();
  return COUNTED_IN_GAE.test(word) || counterFor(word) !== '개';
}

/** Counters by what is counted: people in 명, agreements in 건, countries in 개국, the rest in 개. */
export function counterFor(english: string): string {
  const word = english.toLowerCase();
  if (/^(population|people|persons?|experts?|participants?|attendees?|speakers?|employees?|workers?|members?|officials?|researchers?|students?|visitors?|delegates?|entrepreneurs?)$/u.test(word)) return '명';
  if (isPeopleNoun(word)) return '명';
  if (/^(mous?|agreements?|contracts?|deals?|cases?|memorand(a|ums?)|projects?)$/u.test(word)) return '건';
  if (/^(countries|country|nations?)$/u.test(word)) return '개국';
  if (/^(times?)$/u.test(word)) return '번';
  // "How many points did she score?": a game's points (31점), not percentage points.
  if (/^points?$/u.test(word)) return '점';
  if (/^(households?|families)$/u.test(word)) return '가구';
  // Parking spaces are counted in 면 (주차면 2,400면), lots in 곳.
  if (/^(spaces|spots)$/u.test(word)) return '면';
  // Time counted is a duration: "how many years" → 몇 년.
  if (/^years?$/u.test(word)) return '년';
  if (/^months?$/u.test(word)) return '개월';
  if (/^weeks?$/u.test(word)) return '주';
  if (/^days?$/u.test(word)) return '일';
  return '개';
}
