/**
 * 시제가 어긋난 답 (an answer of the other time): "축제 언제부터 언제까지였어?" (a past festival) is not
 * answered "내년 10월 8일부터 17일까지" (next year's dates, told in the same story), and "대구 다음 경기
 * 언제?" is not answered by the 6일 of the game the story reports ("6일 … 열린 경기에서 이겼다"). A
 * question put in the past asks what happened, one about the next (다음, 오는) what is planned; a span
 * from the other time is a figure of another event, read out as if it were the one asked.
 */

/** A question put in the past tense at its end ("였어", "열렸나", "끝났지"). */
const ASKS_PAST = /(?:였|었|았|했|됐|렸|났|쳤|졌)(?:어|나|지|니|냐|나요|어요|지요|던가|더라|음|는지|습니까)?\s*[?？]*\s*$/u;

/** A past-tense question that still asks a plan ("언제 하기로 했어", "언제 연다고 했지", "예정이었어"). */
const PLAN_WORDS = /기로|예정|계획|목표|[다라]고\s?(?:했|하|말)|[가-힣](?:ㄴ대|는대|한대|된대|린대)|할\s?거/u;

/** A time still to come, as news writes it ("내년", "오는 3월", "다음 달"). */
const FUTURE_TIME = /^(?:내년|오는|다음\s?(?:달|주|해|시즌)|향후|차기)/u;

/** A question about the next one ("다음 경기", "차기 공연 어디서"); not "다음으로 많은" (second). */
const ASKS_NEXT = /(?:^|\s)(?:다음|차기)\s?(?!으로|가|주|달|해|중|과|에|날)[가-힣]/u;

/** A sentence that speaks of what is to come: a plan word, or a verb in the present/future at its end. */
const TELLS_FUTURE = /예정|계획|오는|다음|향후|앞으로|차기|겠|(?:는다|한다|된다|린다|른다|친다|선다|간다|온다|진다|붙는다|갖는다|연다|할\s?것|될\s?것)[.”"’']*\s*$/u;

/** Whether the span (a date) answers a past question with a time still to come. */
export function futureForPast(question: string, shown: string): boolean {
  if (!ASKS_PAST.test(question.trim()) || PLAN_WORDS.test(question)) return false;
  return FUTURE_TIME.test(shown.trim());
}

/** Whether a question about the next event is answered from a sentence that only reports a past one. */
export function pastForNext(question: string, sentence: string): boolean {
  if (!ASKS_NEXT.test(question)) return false;
  return !TELLS_FUTURE.test(sentence.trim());
}
