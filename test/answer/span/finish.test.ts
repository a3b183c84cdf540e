/**
 * The last shaping of a shown span (src/answer/span/finish.ts): a figure's use ending (간, 마다, 때) and a word that only points at the answer (무려, 이에 따라; 지난 dates the day and stays) are cut, whichever reader chose
 * the span; a year asked of a full date is the year. Invented articles, not KorQuAD.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { finishSpan } from '../../../src/answer/span/finish.ts';

function finish(sentence: string, span: string): string {
  const at = sentence.indexOf(span);
  const { start, end } = finishSpan(sentence, at, at + span.length);
  return sentence.slice(start, end);
}

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ship', title: '한들조선, 친환경 선박 인도', outlet: '가상남해일보', author: null, date: '2026-11-20', url: null },
      [
        ['한들조선은 착공 후 18개월간 첫 친환경 선박을 지었다.'],
        ['한들조선은 1987년 4월 2일 바닷가 작은 수리소로 세워졌다.'],
        ['한들조선은 선박 안전 점검을 3년마다 받는다.'],
        ['회사는 이번 설비 교체에 무려 42억 원을 들였다고 밝혔다.'],
        ['새 선박의 배터리는 한 번 충전으로 최대 17시간을 운항한다.'],
        ['해양 업계에서는 이 도료를 흔히 청파막(靑波膜)으로 부른다.'],
        ['한들조선은 2019년 3월 첫 수출 계약을 맺었다.'],
        ['조선소 앞바다에는 보통 140개 정도의 부표가 떠 있다.'],
        ['새 도크 공사에는 모두 2년 반이 걸렸다.'],
        ['한들조선의 첫 선박은 1987년 가람 조선소 도크에서 건조됐다.'],
      ],
    ),
  ]);
});

describe('finishSpan', () => {
  it('cuts the ending that says how a figure is used, never a number word', () => {
    expect(finish('공사는 6개월간 이어졌다.', '6개월간')).toBe('6개월');
    // "12년 만" is the first time in 12 years: kept.
    expect(finish('그는 40년 만에 돌아왔다.', '40년 만')).toBe('40년 만');
    expect(finish('점검은 2년마다 한다.', '2년마다')).toBe('2년');
    expect(finish('그는 7살때 이사했다.', '7살때')).toBe('7살');
    // 만 of a number and an ordinal's 째 are the value itself.
    expect(finish('관객은 1000만 명을 넘었다.', '1000만')).toBe('1000만');
    expect(finish('3년째 이어졌다.', '3년째')).toBe('3년째');
  });
  it('cuts a leading word that only points at the answer', () => {
    expect(finish('지난 5일 문을 열었다.', '지난 5일')).toBe('지난 5일');
    expect(finish('무려 42억 원을 들였다.', '무려 42억 원')).toBe('42억 원');
    expect(finish('이에 따라 서하항으로 옮겼다.', '따라 서하항')).toBe('서하항');
    expect(finish('지난해 42억 원을 들였다.', '지난해 42억 원')).toBe('지난해 42억 원');
  });
});

describe('finishSpan with the question', () => {
  function framed(sentence: string, span: string, asked: string): string {
    const at = sentence.indexOf(span);
    const { start, end } = finishSpan(sentence, at, at + span.length, asked);
    return sentence.slice(start, end);
  }
  it('cuts a name\'s alias in parentheses at the end, not a span that is only the alias', () => {
    expect(finish('이 도료는 청파막(靑波膜)으로 부른다.', '청파막(靑波膜)')).toBe('청파막');
    expect(finish('연구소는 물결연구소(Wave Lab)이다.', '물결연구소(Wave Lab)')).toBe('물결연구소');
    expect(finish('약칭은 (WL)이다.', '(WL)')).toBe('(WL)');
    expect(finish('투자는 59억 달러(약 7조9000억 원)이다.', '59억 달러(약 7조9000억 원)')).toBe('59억 달러(약 7조9000억 원)');
  });
  it('cuts the question\'s frame around a figure', () => {
    expect(framed('최대 17시간을 운항한다.', '최대 17시간', '최대 몇 시간 운항하나?')).toBe('17시간');
    expect(framed('2019년 3월 계약을 맺었다.', '2019년 3월', '2019년 몇 월에 맺었나?')).toBe('3월');
    // An estimate's qualifier goes always; a bound or a run stays, even when the question writes it.
    expect(framed('140개 정도가 떠 있다.', '140개 정도', '부표는 몇 개?')).toBe('140개');
    expect(framed('300억 원 이상인 업체', '300억 원 이상', '얼마 이상인 업체')).toBe('300억 원 이상');
    expect(framed('6년 연속 1위를 했다.', '6년 연속', '몇 년 연속 1위를 했나?')).toBe('6년 연속');
    // A word the question does not write stays ("약"), and a date the question writes whole stays whole.
    expect(framed('약 42억 원을 들였다.', '약 42억 원', '최대 얼마를 들였나?')).toBe('약 42억 원');
    expect(framed('1월 20일 오전 6시에 시작됐다.', '1월 20일 오전 6시', '1월 20일 몇 시에 시작됐나?')).toBe('1월 20일 오전 6시');
  });
  it('reads a length of time with its half', () => {
    expect(finish('개발에는 3년 반이 걸렸다.', '3년')).toBe('3년 반');
    expect(finish('회의는 1시간 반 동안 이어졌다.', '1시간')).toBe('1시간 반');
    expect(finish('3년 반대 여론이 있었다.', '3년')).toBe('3년');
    expect(finish('학생은 3명 반에 있다.', '3명')).toBe('3명');
  });
  it('cuts a leading adverb of manner', () => {
    expect(finish('흔히 청파막으로 부른다.', '흔히 청파막')).toBe('청파막');
    expect(finish('조금씩 스펙트럼을 넓혔다.', '조금씩 스펙트럼')).toBe('스펙트럼');
  });
});

describe('a shown span, finished', () => {
  it('without the frame the question writes around its figure', async () => {
    expect(await engine.answer('새 선박의 배터리는 한 번 충전으로 최대 몇 시간 운항하나?')).toMatchObject({ found: true, answer: '17시간' });
    expect(await engine.answer('한들조선은 2019년 몇 월에 첫 수출 계약을 맺었나?')).toMatchObject({ found: true, answer: '3월' });
    expect(await engine.answer('조선소 앞바다에는 부표가 보통 몇 개 정도 떠 있나?')).toMatchObject({ found: true, answer: '140개' });
  });
  it('a place of the kind asked without the date before it', async () => {
    expect(await engine.answer('한들조선의 첫 선박은 어느 도크에서 건조됐나?')).toMatchObject({ found: true, answer: '가람 조선소 도크' });
  });
  it('a length of time with its half', async () => {
    expect(await engine.answer('새 도크 공사에는 시간이 얼마나 걸렸나?')).toMatchObject({ found: true, answer: '2년 반' });
  });
  it('a name without its alias and the adverb before it', async () => {
    expect(await engine.answer('해양 업계에서는 이 도료를 무엇으로 부르나?')).toMatchObject({ found: true, answer: '청파막' });
  });
  it('a year asked of a full date is the year', async () => {
    expect(await engine.answer('한들조선은 몇 년도에 세워졌나?')).toMatchObject({ found: true, answer: '1987년' });
  });
  it('a figure asked by how long it took is the figure', async () => {
    expect(await engine.answer('한들조선은 첫 친환경 선박을 몇 개월간 지었나?')).toMatchObject({ found: true, answer: '18개월' });
  });
  it('how often, and how much without the word that only stresses it', async () => {
    expect(await engine.answer('한들조선은 선박 안전 점검을 몇 년마다 받나?')).toMatchObject({ found: true, answer: '3년' });
    expect(await engine.answer('한들조선은 이번 설비 교체에 얼마를 들였나?')).toMatchObject({ found: true, answer: '42억 원' });
  });
});
