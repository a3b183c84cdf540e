/**
 * 장소 (place) answers: "세계 한상대회 개최 장소" → "미국 LA", read from "미국 LA에서 개최예정인 …".
 * A place is the noun phrase before a locative particle (에서, 에) — preferring one followed by a
 * verb of holding or being (개최, 열리다, 위치, 구축, 설립 …) and close to the topic words.
 */
import { distanceToTopic, locateTopic } from './locate.ts';
import { josaSource } from '../korean/josa.ts';
import { syllablePieces } from '../korean/pieces.ts';

export type PlaceSpan = { text: string; start: number; end: number };

/**
 * Verbs that make "X에서/X에" a place where something is held, built, located or moved into
 * ("GBC에 입주하여", "오피스에는 지난해 입주한"), a time word allowed between.
 */
const PLACE_VERB = /^\s*(?:(?:지난해|올해|내년|이번에|새로|당시)\s+)?(개최|열리|열린|열렸|열릴|열려|위치|구축|설립|건립|조성|준공|완공|진행|소재|있는|문을|입주|들어서|들어선|들어설)/u;

/** A verb of visiting after its object: "판교 테크노밸리를 방문했다" — the place is what was visited. */
const VISIT_VERB = /^\s*(?:(?:직접|다시|잇따라|차례로|이날|함께)\s+)?(방문|둘러보|둘러봤|둘러본|시찰|순방)/u;

/** A question about a visit ("어디 방문했어", "어디 둘러봤어"): only then is the object visited a place asked. */
const ASKS_VISIT = /방문|둘러|시찰|순방|찾아간|찾은/u;

/** "방문한 나라": a country asked is not answered by whatever was visited there ("경기 현장을 방문"). */
const ASKS_COUNTRY = /나라|국가/u;

/** A word with an object particle ("테크노밸리를"), the particle captured apart. */
const OBJECT_WORD = /([\p{L}\p{N}.·&-]+?)(을|를)(?=\s)/gu;

/** An adnominal verb of holding or locating right before the place: "회담이 열린 워싱턴 D.C.에서는". */
const HELD_BEFORE = /(열린|개최된|열렸던|위치한|자리한|소재한)\s*$/u;

/** A date right after the place ("현지시간 25일", "(현지시각) 28일"). */
const DATE_AFTER_PLACE = /^\s*\(?(이하\s*)?(현지\s*시[간각]\)?\s*)?\d{1,2}일/u;

/** A quoted event name with its object particle right after the place ("‘…’을 개최"). */
const QUOTED_OBJECT = /^\s*['‘"“][^'’"”]{1,60}['’"”]\s*(을|를)?/u;

/** A verb of holding further on in the sentence ("… 행사를 개최했다"). */
const HELD_LATER = /(개최|열)(했|하였|한다|됐|되었|렸|린|린다)/u;

/**
 * Words that end a place phrase when met going backwards (dates, words with particles, "12일부터",
 * "동시에"). A
 * genitive ("보스턴의 한 호텔") and the determiner 한 stay part of the place.
 */
const NOT_PLACE_WORD = /(\d|년|월|일|은|는|이|가|을|를|와|과|도|로|으로|한|인|된|린|던|에|에서|까지|부터|면서)$/u;

/** A word with a locative particle ("LA에서", "워싱턴 D.C.에서는"), the particle captured apart. */
const LOCATIVE_WORD = new RegExp(`([\\p{L}\\p{N}.·&-]+)(${josaSource(['locative'])})(?=[\\s,])`, 'gu');

/**
 * Finds the place in a sentence that best fits the topic, or null.
 * @example
 * findPlace('오는 10월 미국 LA에서 개최예정인 ‘2023년 세계 한상대회’에 대해', '세계 한상대회 개최')
 * // { text: '미국 LA', … }
 */
export function findPlace(sentence: string, topic: string): PlaceSpan | null {
  const hits = locateTopic(sentence, syllablePieces(topic));
  let best: { span: PlaceSpan; score: number } | null = null;
  for (const match of sentence.matchAll(LOCATIVE_WORD)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    const span = extendBackwards(sentence, match.index ?? 0, end);
    if (span === null) continue;
    // Only where something is held, built or located ("LA에서 개최예정인", "회담이 열린 워싱턴
    // D.C.에서는"): "한자리에 모여", "지구상에서 가장" are not places of anything.
    const after = sentence.slice(end + (match[2]?.length ?? 0));
    const before = sentence.slice(0, span.start);
    // "워싱턴 D.C.에서 현지시간 25일 … 행사를 개최했다": a date between the place and a holding verb
    // later in the sentence still makes it the place held at, less surely than a verb right after.
    const heldLater = DATE_AFTER_PLACE.test(after) && HELD_LATER.test(after);
    // "한 호텔에서 ‘한미 클러스터 라운드 테이블’을 개최하고": the event's quoted name, then the verb.
    const verbNear = PLACE_VERB.test(after) || PLACE_VERB.test(after.replace(QUOTED_OBJECT, ''));
    if (!verbNear && !HELD_BEFORE.test(before) && !heldLater) continue;
    const verbBonus = verbNear || HELD_BEFORE.test(before) ? 2 : 1;
    const distance = distanceToTopic(span.start, span.end, hits);
    const proximity = Number.isFinite(distance) ? 1 / (1 + distance / 30) : 0.2;
    // "그간 한국에서 개최되던 … 최초로 미국 본토에서": a place said to be the past one is not the one
    // asked, unless the question asks the past one (원래, 기존, 그간 …).
    const former = FORMER.test(`${before.slice(-12)} ${span.text}`) && !FORMER.test(topic) ? 0.3 : 1;
    const score = verbBonus * proximity * former;
    if (best === null || score > best.score) best = { span, score };
  }
  // "어디 방문했어": the place visited is the object of the visit ("판교 테크노밸리를 방문했다").
  for (const match of ASKS_VISIT.test(topic) && !ASKS_COUNTRY.test(topic) ? sentence.matchAll(OBJECT_WORD) : []) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    if (!VISIT_VERB.test(sentence.slice(end + (match[2]?.length ?? 0)))) continue;
    const span = extendBackwards(sentence, match.index ?? 0, end);
    if (span === null) continue;
    const distance = distanceToTopic(span.start, span.end, hits);
    const score = 2 * (Number.isFinite(distance) ? 1 / (1 + distance / 30) : 0.2);
    if (best === null || score > best.score) best = { span, score };
  }
  return best?.span ?? null;
}

/** Words that mark what was so before (그간, 기존, 원래 …). */
const FORMER = /(?:^|\s)(?:그간|그동안|기존|종전|과거|원래|이전|지금까지|예전)(?:에는|에|의|엔)?(?:\s|$)/u;

/** Takes the word before the particle and up to two words before it that read as part of a name. */
function extendBackwards(sentence: string, start: number, end: number): PlaceSpan | null {
  const head = sentence.slice(start, end);
  if (head.length === 0 || /^\d/u.test(head) || /(일|월|년|시|분)$/u.test(head)) return null;
  let from = start;
  for (let step = 0; step < 3; step++) {
    const before = /([\p{L}\p{N}.·&-]+)\s+$/u.exec(sentence.slice(0, from));
    const word = before?.[1];
    const determiner = word === '한';
    if (word === undefined || (!determiner && NOT_PLACE_WORD.test(word)) || /^(오는|지난|이번|올해|현지|당시|내|안|중|이날|당일|오늘|어제|전날|이튿날|직접|함께|다시|잇따라)$/u.test(word)) break;
    from = (before?.index ?? from) as number;
  }
  return { text: sentence.slice(from, end), start: from, end };
}
