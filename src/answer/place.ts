/**
 * 장소 (place) answers: "세계 한상대회 개최 장소" → "미국 LA", read from "미국 LA에서 개최예정인 …".
 * A place is the noun phrase before a locative particle (에서, 에) — preferring one followed by a
 * verb of holding or being (개최, 열리다, 위치, 구축, 설립 …) and close to the topic words.
 */
import { distanceToTopic, locateTopic } from './locate.ts';
import { josaSource } from '../korean/josa.ts';
import { syllablePieces } from '../korean/pieces.ts';

export type PlaceSpan = { text: string; start: number; end: number };

/** Verbs that make "X에서/X에" a place where something is held, built or located. */
const PLACE_VERB = /^\s*(개최|열리|열린|열렸|열릴|열려|위치|구축|설립|건립|조성|준공|완공|진행|소재|있는|문을)/u;

/** An adnominal verb of holding or locating right before the place: "회담이 열린 워싱턴 D.C.에서는". */
const HELD_BEFORE = /(열린|개최된|열렸던|위치한|자리한|소재한)\s*$/u;

/**
 * Words that end a place phrase when met going backwards (dates, words with particles). A
 * genitive ("보스턴의 한 호텔") and the determiner 한 stay part of the place.
 */
const NOT_PLACE_WORD = /(\d|년|월|일|은|는|이|가|을|를|와|과|도|로|으로|한|인|된|린|던)$/u;

/** A word with a locative particle ("LA에서", "워싱턴 D.C.에서는"), the particle captured apart. */
const LOCATIVE_WORD = new RegExp(`([\\p{L}\\p{N}.·-]+)(${josaSource(['locative'])})(?=[\\s,])`, 'gu');

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
    if (!PLACE_VERB.test(after) && !HELD_BEFORE.test(before)) continue;
    const verbBonus = 2;
    const distance = distanceToTopic(span.start, span.end, hits);
    const proximity = Number.isFinite(distance) ? 1 / (1 + distance / 30) : 0.2;
    const score = verbBonus * proximity;
    if (best === null || score > best.score) best = { span, score };
  }
  return best?.span ?? null;
}

/** Takes the word before the particle and up to two words before it that read as part of a name. */
function extendBackwards(sentence: string, start: number, end: number): PlaceSpan | null {
  const head = sentence.slice(start, end);
  if (head.length === 0 || /^\d/u.test(head) || /(일|월|년|시|분)$/u.test(head)) return null;
  let from = start;
  for (let step = 0; step < 3; step++) {
    const before = /([\p{L}\p{N}.·-]+)\s+$/u.exec(sentence.slice(0, from));
    const word = before?.[1];
    const determiner = word === '한';
    if (word === undefined || (!determiner && NOT_PLACE_WORD.test(word)) || /^(오는|지난|이번|올해|현지|당시)$/u.test(word)) break;
    from = (before?.index ?? from) as number;
  }
  return { text: sentence.slice(from, end), start: from, end };
}
