import { describe, expect, it } from 'vitest';
import { sentenceCandidates } from '../../../src/answer/span/candidates.ts';
import { clashesWithAsked, echoesByAlias } from '../../../src/answer/span/kindClash.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { sameAnswer, squash } from '../../../src/answer/span/select.ts';

/** The candidate of a sentence with exactly this text. */
function candidate(sentence: string, text: string) {
  const found = sentenceCandidates(sentence, []).find((c) => c.text === text);
  if (!found) throw new Error(`no candidate ${text}`);
  return found;
}

describe('clashesWithAsked', () => {
  const held = '행사는 2023년 10월 미국 LA에서 열린다.';
  it('a year does not answer "몇 월"; the month does', () => {
    const question = readSpanQuestion('세계한상대회 몇 월에 열려', 'date');
    expect(clashesWithAsked(candidate(held, '2023년'), question, held)).toBe(true);
    expect(clashesWithAsked(candidate(held, '2023년 10월'), question, held)).toBe(false);
  });

  it('a date does not answer a count; the unit asked stands whatever the cue word says', () => {
    const sentence = '28일 행사에서 3개 기업이 발표했고 오후 4시에 시작했다.';
    expect(clashesWithAsked(candidate(sentence, '28일'), readSpanQuestion('발표 몇 곳이 했어', 'count'), sentence)).toBe(true);
    expect(clashesWithAsked(candidate(sentence, '3개'), readSpanQuestion('발표 몇 곳이 했어', 'count'), sentence)).toBe(false);
    expect(clashesWithAsked(candidate(sentence, '4시'), readSpanQuestion('포럼 몇 시에 시작했어?', 'count'), sentence)).toBe(false);
    // A time asked, things counted.
    const counted = '포럼에서 9건의 MOU를 맺었다.';
    expect(clashesWithAsked(candidate(counted, '9건'), readSpanQuestion('포럼 몇 시에 시작했어?'), counted)).toBe(true);
  });

  it('a count is not an amount of money, and a figure is not a person or a place', () => {
    const sentence = '50건의 업무협약과 59억 달러 투자를 유치했다.';
    const money = readSpanQuestion('투자 유치 얼마 했어? 달러로', 'money');
    expect(clashesWithAsked(candidate(sentence, '50건'), money, sentence)).toBe(true);
    expect(clashesWithAsked(candidate(sentence, '59억 달러'), money, sentence)).toBe(false);
    expect(clashesWithAsked(candidate(sentence, '50건'), readSpanQuestion('업무협약 맺은 기관 어디야'), sentence)).toBe(true);
  });
});

describe('echoesByAlias', () => {
  const sentence = '글로벌 VC인 애덤스 스트리트(Adams Street)를 대상으로 IR을 진행했다.';
  it('the name the question says, in the other spelling the sentence gives it, is an echo', () => {
    expect(echoesByAlias(candidate(sentence, '애덤스 스트리트'), sentence, readSpanQuestion('Adams Street는 어떤 회사야?'))).toBe(true);
    const start = sentence.indexOf('Adams');
    const latin = { start, end: start + 'Adams Street'.length, text: 'Adams Street', eojeols: 2, tail: ')', quoted: false, facts: [] };
    expect(echoesByAlias(latin, sentence, readSpanQuestion('애덤스 스트리트는 어떤 회사야?'))).toBe(true);
    expect(echoesByAlias(candidate(sentence, '애덤스 스트리트'), sentence, readSpanQuestion('IR 대상 VC 어디야?'))).toBe(false);
  });

  it('a note in parentheses is not another name ("오후 4시(현지시간)")', () => {
    const timed = '27일 오후 4시(현지시간) 보스턴에서 포럼을 열었다.';
    expect(echoesByAlias(candidate(timed, '오후 4시'), timed, readSpanQuestion('현지시간 몇 시에 열었어?'))).toBe(false);
  });
});

describe('sameAnswer', () => {
  it('takes a count read in two places for one answer, and nothing else of the kind', () => {
    expect(sameAnswer(squash('20개소'), squash('20개 기업'))).toBe(true);
    expect(sameAnswer(squash('3개 기업'), squash('3곳'))).toBe(false);
    expect(sameAnswer(squash('5개월'), squash('5개 기업'))).toBe(false);
    expect(sameAnswer(squash('20개'), squash('200개'))).toBe(false);
  });
});
