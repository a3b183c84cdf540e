/**
 * From the answer stage's finding to what the user is shown: a short span the engine stands by,
 * or the closest sentence offered as evidence, with a calibrated confidence.
 *
 * - A finding read by a rule (a figure of the asked type, a quote, a byline, a place) keeps its
 *   text; the model says how sure it is of it among every other span of the best sentences.
 * - An open question (무엇, 어떤, 누구 … with no fact type) gets the model's best span.
 * - A span no rule backs is shown when the show gate (./showGate.ts) is sure enough of it; its
 *   confidence is the gate's. Below, the answer is the sentence the span came from, as evidence.
 */
import { STRUCTURAL_CONFIDENCE } from '../apposition.ts';
import { changedTo } from '../change.ts';
import type { Library } from '../library.ts';
import type { Finding, RankedSentence } from '../finding.ts';
import type { AnswerKind } from '../types.ts';
import { ruleSpanModel, spanModel } from './model.ts';
import { readSpanQuestion, type RulePick, type SpanQuestion } from './question.ts';
import { choiceAt, keysOf, rankSpans, rerank, sameAnswer, squash, type SpanChoice, type SpanContext, type SpanRanking } from './select.ts';
import { fitsAsked, gateConfidence, showGate, type GateInputs } from './showGate.ts';
import { kindSpanIn } from './kindNoun.ts';
import { FOCUS_MIN_CONFIDENCE, namesTheFocus, namesThePerson, slotFitsRule, slotSpanHolds } from './slotReader.ts';
import { asSpanSentence, spanSources } from './sources.ts';
import type { SpanSentence } from './features.ts';
import { spelledAsCorpus } from './spelledAsCorpus.ts';
import { refitRefuses } from './refitGuard.ts';
import { trimSpan } from './trim.ts';
import { nameAfterKind, trimEcho, yearAsked } from './echoTrim.ts';
import { reportedConfidence, type ConfidenceBasis } from './calibration.ts';
import { clashesWithAsked } from './kindClash.ts';
import type { SpanCandidate } from './candidates.ts';
import { widenSpan } from './widen.ts';
import { finishSpan } from './finish.ts';
import { heldSpan, type HeldSpan } from './heldSpan.ts';

/**
 * Confidence of the scorer from which the readers below stand by their span (a slot the rule read,
 * the kind-noun reader); the final span-or-sentence decision is the show gate's. Below it the sentence is offered as
 * evidence: a wrong short answer read out in a briefing costs more than no answer. Chosen on the
 * strict seed sets: from 0.5 to 0.65, 8 fewer right and 8 fewer wrong answers over 8 sets
 * (193/30 → 185/22 right/wrong); KorQuAD EM 0.217 → 0.161 (its sentence answers count as wrong).
 */
export const SPAN_CONFIDENCE = 0.65;

/** Confidence given a defined alias ("매사추세츠공대(MIT)"): fixed, the definition is the reading. */
export const ALIAS_CONFIDENCE = 0.95;

/** Confidence given a quote answer: fixed, not fitted (KorQuAD has no quote questions to fit it on). */
export const QUOTE_CONFIDENCE = 0.9;

export type ShownAnswer = {
  kind: AnswerKind;
  text: string;
  confidence: number;
  /** The sentence the answer is read from (the first citation). */
  sentence: RankedSentence;
  /** The span inside that sentence's text, or null for a sentence answer. */
  start: number | null;
  end: number | null;
  /** Whether a rule of the answer stage and the model chose the same span (two readers agree). */
  agrees?: boolean;
  /** Which reader's scale `confidence` is on, before it is reported (./calibration.ts). */
  basis: ConfidenceBasis;
  /** A sentence shown because the show gate held its span back: what the gate read of that span. */
  held?: HeldSpan;
};


function contextOf(library: Library): SpanContext {
  return {
    factsOf: (articleId, index) => library.factsOf(articleId, index),
    weightOf: (piece) => library.pieceWeight(piece),
    pairWeightOf: (first, second) => library.pairWeight(first, second),
    sentenceText: (articleId, index) => library.sentence(articleId, index)?.text,
    titleOf: (articleId) => library.article(articleId)?.title,
    sentenceForms: library.sentenceForms,
  };
}

/** The span a finding's rule chose, as the model's feature sees it; null for open findings. */
export function rulePickOf(finding: Finding): { pick: RulePick; sentence: RankedSentence } | null {
  const [sentence] = finding.primary;
  if (!sentence || finding.open || finding.quote || finding.byline) return null;
  // A composed answer ("2조 원 (다른 기사: 2조4000억 원)") is judged by its first part.
  const text = sentence.text.includes(finding.answer)
    ? finding.answer
    : (sentence.facts.find((fact) => fact.type !== 'quote' && finding.answer.includes(fact.text))?.text ?? finding.answer);
  return { pick: { articleId: sentence.articleId, sentenceIndex: sentence.sentenceIndex, text }, sentence };
}

/**
 * The best span among the supported sentences (and the rule's sentence), the rule's pick being
 * one feature among the others; between the model's winner and the rule's pick, the surer one.
 */
export function chooseSpan(
  library: Library,
  question: string,
  intent: string,
  all: readonly RankedSentence[],
  finding: Finding,
  order: readonly string[],
): ShownAnswer | null {
  const rule = rulePickOf(finding);
  const { sentences, articleOrder } = spanSources(all.filter((s) => s.supported), order);
  let pool = sentences;
  if (rule && !sentences.some((s) => s.articleId === rule.pick.articleId && s.sentenceIndex === rule.pick.sentenceIndex)) {
    const articleRank = articleOrder.indexOf(rule.pick.articleId);
    pool = [asSpanSentence(rule.sentence, Math.max(0, all.indexOf(rule.sentence)), articleRank < 0 ? articleOrder.length : articleRank), ...sentences];
  }
  // The rules and the readers below were tuned with the confidences of `ruleSpanModel` (./model.ts);
  // the refit scorer (`spanModel`) picks only the span the show gate then weighs, when no rule or
  // reader settled the answer.
  const model = ruleSpanModel();
  const spanQuestion = readSpanQuestion(spelledAsCorpus(library, question), intent, rule?.pick ?? null);
  // The corpus's other names for the question's words ("중기부" → 중소벤처기업부) are echoes too.
  const aliases = spanQuestion.words.flatMap((word) => library.aliasesOf(word)).map((alias) => alias.replace(/\s+/gu, '').toLowerCase());
  if (aliases.length > 0) spanQuestion.compact = [spanQuestion.compact, ...aliases].join('|');
  // An open question no rule read may be answered by the refit scorer: its scores are read in the same pass.
  const ranking = rankSpans(pool, spanQuestion, contextOf(library), model, undefined, rule ? undefined : spanModel());
  if (!ranking) return null;
  const winner = choiceAt(ranking, ranking.best, model);
  let choice = winner;
  if (rule) {
    const key = squash(rule.pick.text);
    const index = ranking.items.findIndex(
      (item) =>
        item.view.sentence.articleId === rule.pick.articleId &&
        item.view.sentence.sentenceIndex === rule.pick.sentenceIndex &&
        squash(item.candidate.text) === key,
    );
    const picked = index >= 0 ? choiceAt(ranking, index, model) : null;
    // A who/where slot the rule read exactly, and no other span the model is sure of: the slot
    // reader's span (./slotReader.ts), with the model's confidence in it.
    // A person the question singles out (초성, fused title) is asked whatever span the scorer is sure of.
    const fact = finding.facts[0];
    const singledOut = fact?.type === 'person' && slotFitsRule(spanQuestion, intent, rule.pick.text) && namesThePerson(spanQuestion, fact);
    const slotRead =
      (!winner || winner.confidence < SPAN_CONFIDENCE || singledOut) &&
      slotFitsRule(spanQuestion, intent, rule.pick.text) &&
      slotSpanHolds(rule.pick.text, finding.facts[0], spanQuestion, picked === null ? null : { confidence: picked.confidence, rank: picked.sentence.rank, best: ranking.items[index]?.view.best ?? false });
    // The rule's span stands when it is as sure as the winner or the winner is a spelling of it
    // ("28일" within "4월 28일"): the rule's span is the fuller reading.
    if (picked && (slotRead || !winner || picked.confidence >= winner.confidence || sameAnswer(squash(winner.candidate.text), key))) {
      const ranked = rule.sentence;
      // The rule's own text (with a disagreeing figure beside it) is what is shown. The winner as it
      // would be shown counts: a change's first value is shown as the value it becomes (../change.ts).
      const agrees = winner !== null && (sameAnswer(squash(winner.candidate.text), key) || sameAnswer(squash(changedValue(winner, question)), key));
      const gate = agrees || slotRead ? null : gateOf(ranking, index, picked, spanQuestion, 'same');
      return { ...shown(ranked, finding.answer, picked.candidate.start, picked.candidate.end, picked.confidence, agrees || slotRead, gate), agrees: agrees || slotRead };
    }
    // A slot span no candidate covers ("워싱턴 D.C." runs past the scorer's stops): located as written.
    const at = rule.sentence.text.indexOf(rule.pick.text);
    if (slotRead && at >= 0) {
      return { ...shown(rule.sentence, finding.answer, at, at + rule.pick.text.length, 0, true), agrees: true };
    }
  }
  if (!choice) return null;
  const ranked = all.find((s) => s.articleId === choice.sentence.articleId && s.sentenceIndex === choice.sentence.sentenceIndex) ?? rule?.sentence;
  if (!ranked) return null;
  const { start, end } = shapeSpan(ranked.text, choice.candidate, spanQuestion);
  const text = ranked.text.slice(start, end);
  // "무슨 서비스" answered by "원루프 서비스": the span names the asked kind, a second reading that
  // agrees with the model's (./slotReader.ts).
  const named = namesTheFocus(text, spanQuestion) && choice.confidence >= FOCUS_MIN_CONFIDENCE && choice.sentence.rank <= 1;
  if (named) return { ...shown(ranked, text, start, end, choice.confidence, true), agrees: true };
  // "어떤 계획", "홍보한 행사 뭐야": the one name of the asked kind in the answer's sentence (./kindNoun.ts).
  const kind = choice.confidence < SPAN_CONFIDENCE && ranking.items[ranking.best]?.view.best ? kindSpanIn(ranked.text, spanQuestion) : null;
  if (kind) return { ...shown(ranked, ranked.text.slice(kind.start, kind.end), kind.start, kind.end, choice.confidence, true), agrees: true };
  if (!rule) {
    const refit = refitChoice(library, ranking, spanQuestion, all);
    // Not sure enough of the refit scorer's span: the closest sentence as evidence is the one the
    // rules' scorer reads its span from (the refit scorer's sentences were evidence less often).
    if (refit) return refit.kind === 'span' ? refit : { ...shown(ranked, ranked.text, null, null, refit.confidence), ...(refit.held ? { held: refit.held } : {}) };
  }
  return shown(ranked, text, start, end, choice.confidence, false, gateOf(ranking, ranking.best, choice, spanQuestion, rule ? 'other' : 'none'));
}

/**
 * A chosen span as shown: widened over the bare nouns that modify it (./widen.ts), then cut of what
 * only leads into the answer or an ending after its figure (./trim.ts). `wide` is the span before the cut.
 */
function shapeSpan(text: string, candidate: SpanCandidate, question: SpanQuestion): { wide: { start: number; end: number }; start: number; end: number } {
  const wide = widenSpan(text, candidate.start, candidate.end, question.compact.toLowerCase());
  return { wide, ...trimSpan(text, wide.start, wide.end) };
}

/** The refit scorer's best span of an open question, shown when the show gate is sure of it, else its sentence. */
function refitChoice(library: Library, rulesRanking: SpanRanking, question: SpanQuestion, all: readonly RankedSentence[]): ShownAnswer | null {
  const model = spanModel();
  const refuses = (candidate: SpanCandidate, sentence: SpanSentence, asked: SpanQuestion) =>
    refitRefuses(candidate, sentence.text, asked, library.factsOf(sentence.articleId, sentence.sentenceIndex));
  const ranking = rerank(rulesRanking, refuses);
  if (!ranking) return null;
  const choice = choiceAt(ranking, ranking.best, model);
  if (!choice) return null;
  const ranked = all.find((s) => s.articleId === choice.sentence.articleId && s.sentenceIndex === choice.sentence.sentenceIndex);
  if (!ranked) return null;
  const { wide, start, end } = shapeSpan(ranked.text, choice.candidate, question);
  // Every span was refused (./refitGuard.ts), or the span as widened is: the sentence, as evidence.
  const widened = { ...choice.candidate, start, end, text: ranked.text.slice(start, end) };
  const refused = (candidate: SpanCandidate) => clashesWithAsked(candidate, question, ranked.text) || refuses(candidate, choice.sentence, question);
  if (refused(choice.candidate) || refused(widened)) return shown(ranked, ranked.text, null, null, choice.confidence);
  // Widened as far as it goes and still a bare noun before it: a fragment of a longer name ("소멸 대응
  // 태스크포스" of "인구 소멸 대응 태스크포스"), not the answer.
  const further = widenSpan(ranked.text, wide.start, wide.end, question.compact.toLowerCase()).start;
  if (further < wide.start && /^\p{L}+$/u.test(ranked.text.slice(further, wide.start).split(' ').at(-2) ?? ranked.text.slice(further, wide.start).trim())) {
    return shown(ranked, ranked.text, null, null, choice.confidence);
  }
  return shown(ranked, ranked.text.slice(start, end), start, end, choice.confidence, false, gateOf(ranking, ranking.best, choice, question, 'none'));
}

/** What the show gate reads of candidate `index` of a ranking (./showGate.ts). */
function gateOf(ranking: SpanRanking, index: number, choice: SpanChoice, question: SpanQuestion, rule: GateInputs['rule']): GateInputs | null {
  const item = ranking.items[index];
  if (!item) return null;
  const keys = keysOf(ranking);
  const key = keys[index] ?? '';
  // The best other answer: the most probable candidate that is not a spelling of this one.
  let rival = 0;
  let rivalHere = false;
  const kindRivals = new Set<string>();
  keys.forEach((other, j) => {
    if (sameAnswer(other, key)) return;
    const p = ranking.probabilities[j] ?? 0;
    const here = ranking.items[j]?.view === item.view;
    if (p > rival) {
      rival = p;
      rivalHere = here;
    }
    const candidate = ranking.items[j]?.candidate;
    if (here && candidate && fitsAsked(question.wh, candidate) === true) kindRivals.add(other);
  });
  return { question, candidate: item.candidate, view: item.view, scorer: choice.confidence, probability: choice.probability, rival, rule, kindRivals: kindRivals.size, rivalHere };
}

/**
 * A span is given when the model is sure enough, or when the answer stage's rule (the figure or
 * place picker) and the model's winner are the same span: two readers agree (on the KorQuAD
 * validation half, such agreements were strictly right 79% of the time: `scripts/train.ts`).
 */
function shown(
  sentence: RankedSentence,
  text: string,
  start: number | null,
  end: number | null,
  confidence: number,
  agrees = false,
  gate: GateInputs | null = null,
): ShownAnswer {
  // A span no rule backs is shown when the show gate is sure enough of it (./showGate.ts).
  const gated = !agrees && gate !== null && start !== null && end !== null;
  const rounded = Math.round((gated ? gateConfidence(gate, text) : confidence) * 1000) / 1000;
  const threshold = gated ? showGate().threshold : SPAN_CONFIDENCE;
  if ((rounded >= threshold || agrees) && start !== null && end !== null) {
    return { kind: 'span', text, confidence: rounded, sentence, start, end, basis: gated ? 'gate' : 'scorer' };
  }
  const held = gated ? heldSpan(gate, text, rounded) : undefined;
  return { kind: 'sentence', text: sentence.text, confidence: rounded, sentence, start: null, end: null, basis: gated ? 'gate' : 'scorer', ...(held ? { held } : {}) };
}

/**
 * Whether a question asks for one slot an article would fill with a short span: a figure, a date,
 * a person or a place (by its intent), or 누구/언제/어디/몇/얼마 and a name ("이름이 뭐야").
 */
export function asksForSlot(q: { question: string; intent: string }): boolean {
  if (q.intent !== 'open' && q.intent !== 'quote') return true;
  const { wh, focus } = readSpanQuestion(q.question, q.intent);
  return ['who', 'when', 'where', 'howmany', 'howmuch'].includes(wh) || (focus !== null && /^(이름|성함|명칭|제목)$/u.test(focus));
}

/** What the user is shown for a finding (see the module comment), its confidence as reported (./calibration.ts). */
export function showAnswer(
  library: Library,
  q: { question: string; intent: string; translated?: boolean },
  finding: Finding,
  all: readonly RankedSentence[],
  order: readonly string[],
): ShownAnswer {
  const answer = readAnswer(library, q, finding, all, order);
  return { ...answer, confidence: reportedConfidence(answer.basis, answer.confidence, answer.text, answer.kind) };
}

function readAnswer(
  library: Library,
  q: { question: string; intent: string; translated?: boolean },
  finding: Finding,
  all: readonly RankedSentence[],
  order: readonly string[],
): ShownAnswer {
  const [first] = finding.primary;
  if (!first) throw new Error('a finding always has a sentence');
  if (finding.byline) {
    // Read from the page's byline: as sure as the page itself; the body's sentence is only context.
    return { kind: 'span', text: finding.answer, confidence: 1, sentence: first, start: null, end: null, basis: 'byline' };
  }
  if (finding.structural) {
    // Read from the sentence's structure: an apposition (../apposition.ts), a person's organization (../personOrganization.ts).
    const at = first.text.indexOf(finding.answer);
    if (at < 0) return { kind: 'span', text: finding.answer, confidence: STRUCTURAL_CONFIDENCE, sentence: first, start: null, end: null, basis: 'structural' };
    // Cut as the scorer's spans are: a word that only leads in, a particle left on (./trim.ts). Not of
    // the question's echo: a name asked by its part ("JW 붙은 회사") is read whole.
    const trimmed = trimSpan(first.text, at, at + finding.answer.length, { figureEnding: false });
    // A year asked of a full date is the year; a figure's use ending and a pointing word go (./finish.ts).
    const year = yearAsked(first.text, trimmed.start, trimmed.end, q.question) ?? trimmed;
    const cut = q.translated ? year : finishSpan(first.text, year.start, year.end);
    return { kind: 'span', text: first.text.slice(cut.start, cut.end), confidence: STRUCTURAL_CONFIDENCE, sentence: first, start: cut.start, end: cut.end, basis: 'structural' };
  }
  if (finding.alias) {
    // A name the article defines beside the one asked about: read from the definition itself.
    const at = first.text.indexOf(finding.answer);
    return { kind: 'span', text: finding.answer, confidence: ALIAS_CONFIDENCE, sentence: first, start: at >= 0 ? at : null, end: at >= 0 ? at + finding.answer.length : null, basis: 'alias' };
  }
  if (finding.quote) {
    // A quote is bounded by its quote marks; its speaker is read by the quote extractor. The span
    // marked in the sentence is the first quoted part.
    const quote = finding.facts.find((fact) => fact.type === 'quote');
    const at = quote ? first.text.indexOf(quote.text) : -1;
    return {
      kind: 'span',
      text: finding.answer,
      confidence: QUOTE_CONFIDENCE,
      sentence: first,
      start: at >= 0 ? at : null,
      end: at >= 0 && quote ? at + quote.text.length : null,
      basis: 'quote',
    };
  }
  const chosen = chooseSpan(library, q.question, q.intent, all, finding, order) ?? shown(first, first.text, null, null, 0);
  const echoless = withoutEcho(toChangedValue(chosen, q.question), q);
  // A translated question's span is checked against the English one's words, as written (english/).
  return q.translated ? echoless : finished(echoless);
}

/** A span given its last shaping (./finish.ts): a figure's use ending, a pointing word, a name's alias. */
function finished(answer: ShownAnswer): ShownAnswer {
  if (answer.kind !== 'span' || answer.start === null || answer.end === null) return answer;
  const text = answer.sentence.text;
  if (text.slice(answer.start, answer.end) !== answer.text) return answer;
  const cut = finishSpan(text, answer.start, answer.end);
  if (cut.start === answer.start && cut.end === answer.end) return answer;
  return { ...answer, text: text.slice(cut.start, cut.end), start: cut.start, end: cut.end };
}

/** A span shown as written in its sentence, cut of the words that only repeat the question (./echoTrim.ts). */
function withoutEcho(answer: ShownAnswer, q: { question: string; intent: string; translated?: boolean }): ShownAnswer {
  if (answer.kind !== 'span' || answer.start === null || answer.end === null) return answer;
  const text = answer.sentence.text;
  if (text.slice(answer.start, answer.end) !== answer.text) return answer;
  const question = readSpanQuestion(q.question, q.intent);
  const named = nameAfterKind(text, answer.start, answer.end);
  // A translated question's answer is checked against the English one's words (a title asked), which the echo cut would drop.
  const cut = q.translated ? named : trimEcho(text, named.start, named.end, question, q.question);
  if (cut.start === answer.start && cut.end === answer.end) return answer;
  return { ...answer, text: text.slice(cut.start, cut.end), start: cut.start, end: cut.end };
}

/** The text a chosen span is shown as when it is the first value of a change (see `toChangedValue`); else its own. */
function changedValue(choice: SpanChoice, question: string): string {
  const to = changedTo(choice.sentence.text, choice.candidate.start, choice.candidate.end, question);
  return to ? choice.sentence.text.slice(to.start, to.end) : choice.candidate.text;
}

/** "기존 2만5천t에서 6만5천t으로": a span on the value a change starts from moves to the value it becomes (../change.ts). */
function toChangedValue(answer: ShownAnswer, question: string): ShownAnswer {
  if (answer.kind !== 'span' || answer.start === null || answer.end === null) return answer;
  const to = changedTo(answer.sentence.text, answer.start, answer.end, question);
  if (to === null) return answer;
  return { ...answer, text: answer.sentence.text.slice(to.start, to.end), start: to.start, end: to.end };
}
