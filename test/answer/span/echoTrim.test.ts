/**
 * The cut of a shown span's words that only repeat the question (src/answer/span/echoTrim.ts), the
 * confidence maps (src/answer/span/calibration.ts), the restatement the show gate reads
 * (src/answer/span/restates.ts) and the fragments it refuses (`modifierFragment`). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { trimEcho } from '../../../src/answer/span/echoTrim.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { Calibration, fitIsotonic } from '../../../src/answer/span/calibration.ts';
import { restatement } from '../../../src/answer/span/restates.ts';
import { modifierFragment } from '../../../src/answer/span/showGate.ts';

function cut(question: string, sentence: string, span: string): string {
  const at = sentence.indexOf(span);
  const { start, end } = trimEcho(sentence, at, at + span.length, readSpanQuestion(question), question);
  return sentence.slice(start, end);
}

describe('trimEcho', () => {
  it('cuts a title the question asks by off a person asked', () => {
    expect(cut('한빛산업 노조 위원장은 누구인가?', '한빛산업 노조는 김도윤 위원장을 새로 뽑았다.', '김도윤 위원장')).toBe('김도윤');
    expect(cut('회고록을 낸 전 장관은 누구인가?', '회고록을 낸 박서진 전 장관은 …', '박서진 전 장관')).toBe('박서진');
  });
  it('keeps a title the question does not name', () => {
    expect(cut('회고록을 낸 사람은 누구인가?', '회고록을 낸 박서진 전 장관은 …', '박서진 전 장관')).toBe('박서진 전 장관');
  });
  it('cuts leading words the question writes, and a year before the month asked', () => {
    expect(cut('한빛 재단은 불교의 무엇을 가르쳤나?', '한빛 재단은 불교 선종을 가르쳤다.', '불교 선종')).toBe('선종');
    expect(cut('2019년 몇 월에 연구소를 세웠나?', '2019년 3월 연구소를 세웠다.', '2019년 3월')).toBe('3월');
  });
  it('never cuts a year before a name, nor the kind noun of a name not asked as a person', () => {
    expect(cut('2019년에 연 축제의 이름은?', '2019년 바다 축제가 열렸다.', '2019년 바다 축제')).toBe('2019년 바다 축제');
    expect(cut('해마다 여는 축제 이름은?', '서하 바다 축제를 해마다 연다.', '서하 바다 축제')).toBe('서하 바다 축제');
  });
  it('answers a year asked with the year of a full date', () => {
    expect(cut('한빛전자는 몇 년도에 세워졌나?', '한빛전자는 1998년 4월 2일 세워졌다.', '1998년 4월 2일')).toBe('1998년');
    expect(cut('한빛전자는 며칠에 세워졌나?', '한빛전자는 1998년 4월 2일 세워졌다.', '1998년 4월 2일')).toBe('1998년 4월 2일');
  });
});

describe('calibration maps', () => {
  it('fits a monotone map in blocks and applies it between knots', () => {
    const points = [
      ...Array.from({ length: 30 }, (_, i) => ({ raw: 0.2, right: i < 6 ? 1 : 0 })),
      ...Array.from({ length: 30 }, (_, i) => ({ raw: 0.9, right: i < 27 ? 1 : 0 })),
    ];
    const knots = fitIsotonic(points, 20);
    expect(knots).toEqual([
      [0.2, 0.2],
      [0.9, 0.9],
    ]);
    const map = new Calibration({ maps: { gate: knots } });
    expect(map.apply('gate', 0.55)).toBeCloseTo(0.55, 5);
    expect(map.apply('gate', 0.1)).toBe(0.2);
    // A basis without a map keeps its raw confidence.
    expect(map.apply('quote', 0.9)).toBe(0.9);
  });
  it('pools blocks that break the order', () => {
    const points = [...Array.from({ length: 20 }, () => ({ raw: 0.3, right: 1 })), ...Array.from({ length: 20 }, () => ({ raw: 0.6, right: 0 }))];
    expect(fitIsotonic(points, 10)).toEqual([[0.45, 0.5]]);
  });
});

describe('restatement and fragments', () => {
  it('reads a restating question as pinning the span, a loose one as not', () => {
    const sentence = '한빛전자는 2019년 3월 경기도 판교에 인공지능 연구소를 세웠다.';
    const at = sentence.indexOf('경기도 판교');
    const close = restatement(readSpanQuestion('한빛전자가 인공지능 연구소를 세운 곳은?'), sentence, at, at + 6);
    const loose = restatement(readSpanQuestion('한빛 반도체 공장 어디?'), sentence, at, at + 6);
    expect(close.run).toBeGreaterThan(loose.run);
    expect(close.near).toBeGreaterThan(0);
  });
  it('refuses a bare figure before its counter and a modifier before its noun', () => {
    const sentence = '서하시는 250여 년 전 세워진 해상용 안테나 공장과 3곳의 창고를 두었다.';
    const span = (text: string) => [sentence.indexOf(text), sentence.indexOf(text) + text.length] as const;
    expect(modifierFragment(sentence, ...span('250여'))).toBe(true);
    expect(modifierFragment(sentence, ...span('해상용'))).toBe(true);
    expect(modifierFragment(sentence, ...span('해상용 안테나 공장'))).toBe(false);
    expect(modifierFragment(sentence, ...span('3곳'))).toBe(false);
  });
});

describe('spans the show gate refuses by rule', () => {
  it('a year for a day asked, and a one-word span with its own particle for a person asked', async () => {
    const { coarseDate, particleEnded } = await import('../../../src/answer/span/showGate.ts');
    expect(coarseDate(readSpanQuestion('축제는 10월 며칠에 열렸나?'), '2023년')).toBe(true);
    expect(coarseDate(readSpanQuestion('축제는 10월 며칠에 열렸나?'), '10월 7일')).toBe(false);
    expect(coarseDate(readSpanQuestion('축제는 몇 년에 열렸나?'), '2023년')).toBe(false);
    const candidate = (text: string) => ({ text, start: 0, end: text.length, facts: [], eojeols: 1, quoted: false }) as never;
    expect(particleEnded(readSpanQuestion('연구를 이끈 교수는 누구인가?'), candidate('연구팀은'))).toBe(true);
    expect(particleEnded(readSpanQuestion('연구를 이끈 교수는 누구인가?'), candidate('배준호'))).toBe(false);
  });
});

describe('nameAfterKind', () => {
  it('answers with the name a description and a noun of its kind lead into', async () => {
    const { nameAfterKind } = await import('../../../src/answer/span/echoTrim.ts');
    const sentence = '누리로보틱스는 일본 요양서비스 기업 사쿠라케어와 계약했다.';
    const span = '요양서비스 기업 사쿠라케어';
    const at = sentence.indexOf(span);
    const { start, end } = nameAfterKind(sentence, at, at + span.length);
    expect(sentence.slice(start, end)).toBe('사쿠라케어');
    const plain = '해상 안테나';
    expect(nameAfterKind(plain, 0, plain.length)).toEqual({ start: 0, end: plain.length });
  });
});
