/**
 * People asked in chat, through answer(): who said words paraphrased before "누가 말했어" or called
 * something so ("…라고 부른 사람"); a speaker named before a bracket ("요아힘 슈미트(Joachim
 * Schmidt) 감독은"); a title after the name of the person the question names is theirs, not the one
 * asked ("김하늘 장관 … 누구랑 협약"); 쟝 typed for the 장 of a title ("원쟝"); question words typed
 * without spaces ("…어디에짓는다고했지", "어느대학"); chat shorthand ("손배소", "김통"); the place visited
 * ("판교 테크노밸리를 방문했다") and one a thing goes up in ("송도에 들어선다").
 * Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { spaceGluedQuestionWords } from '../../src/answer/gluedQuestion.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'club', title: '한빛FC 윤도현, 독일 베르크하임 이적', outlet: '가상스포츠', author: null, date: '2026-07-10', url: null },
      [
        ['프로축구 한빛FC의 미드필더 윤도현이 독일 베르크하임으로 이적한다.'],
        ['베르크하임의 요아힘 슈미트(Joachim Schmidt) 감독은 "윤도현의 빠른 역습 능력이 분데스리가에서도 통할 것"이라고 평가했다.'],
        ['구단은 이적료로 받은 돈을 유소년 시설에 쓰겠다고 밝혔다.'],
      ],
    ),
    buildArticle(
      { id: 'chip', title: '누리전자, 차세대 배터리 내년 양산', outlet: '가상경제', author: null, date: '2026-07-11', url: null },
      [
        ['누리전자가 2분기 실적을 발표했다.'],
        ['오세린 누리전자 최고재무책임자(CFO)는 "차세대 고체 배터리는 내년 상반기 양산을 시작하겠다"고 말했다.'],
        ['강태오 누리경제연구소장은 "판교는 한국 배터리 산업의 심장"이라고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'pact', title: '산업부, 노바텍과 인증 협력 협약', outlet: '가상일보', author: null, date: '2026-07-12', url: null },
      [
        ['김하늘 산업통상부 장관(오른쪽)은 11일 미국 노바텍 뉴욕 본사에서 존 밀러 노바텍 최고경영자와 인증 협력 협약을 체결했다.'],
        ['한편 가온대병원 박서준 원장은 이날 신축 병동 개원식에 참석했다.'],
        ['한빛바이오 허브는 인천 송도에 들어선다.'],
        ['협약에는 가온시와 누리대 등 12개 기관이 참여했다.'],
        ['밀가루 담합 손해배상 청구 소송의 다음 변론기일은 내년 2월 18일이다.'],
        ['김 대통령은 이날 판교 테크노밸리를 방문했다.'],
      ],
    ),
    buildArticle(
      { id: 'mark', title: '중기부, 미국 인증기관과 협약', outlet: '가상경제', author: null, date: '2026-07-13', url: null },
      [['박지민 중소기업부 장관(오른쪽)은 4일 미국 클리어마크(ClearMark) 뉴욕 본부에서 존 밀러 클리어마크 인증 총괄 사장과 협약을 체결했다.']],
    ),
  ]);
});

describe('who said it', () => {
  it('the words said, then "누가 말했어"', async () => {
    expect((await engine.answer('고체 배터리 내년 상반기 양산 누가 말했어')).answer).toContain('오세린');
  });
  it('what someone was called, then "라고 부른 사람"', async () => {
    expect((await engine.answer('판교를 배터리 산업의 심장이라고 부른 사람?')).answer).toContain('강태오');
  });
  it('a speaker named before a bracket, quoted in chat spelling', async () => {
    expect(await engine.answer('"역습 능력 분데스리가서도 통할것" 누가 한말?')).toMatchObject({ found: true, answer: '요아힘 슈미트 감독' });
  });
});

describe('titles in chat questions', () => {
  it('a title after the name the question gives is that person’s, not the one asked', async () => {
    const answer = await engine.answer('박지민 장관 클리어마크 쪽 누구랑 협약 사인했대?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('존 밀러');
  });
  it('the person the question names is not the partner it asks for', async () => {
    const answer = await engine.answer('김하늘 장관 노바텍 쪽 누구랑 협약 맺었대?');
    expect(answer.answer ?? '').not.toContain('김하늘');
  });
  it('쟝 typed for the 장 of a title', async () => {
    const answer = await engine.answer('가온대병원 원쟝 이름 뭐였더라');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('박서준');
  });
});

describe('chat spelling of the question', () => {
  it('question words typed without spaces', async () => {
    expect(spaceGluedQuestionWords('한빛바이오허브어디에짓는다고했지')).toBe('한빛바이오허브 어디에 짓는다고했지');
    expect(spaceGluedQuestionWords('협약 들어간 어느대학이야')).toBe('협약 들어간 어느 대학이야');
    expect(spaceGluedQuestionWords('어느새 끝났어')).toBe('어느새 끝났어');
    expect((await engine.answer('한빛바이오허브어디에짓는다고했지')).answer).toContain('송도');
  });
  it('chat shorthand of news words', async () => {
    expect((await engine.answer('손배소 다음 변론기일 언제래')).answer).toContain('2월 18일');
    expect((await engine.answer('김통 어디 방문했어?')).answer).toBe('판교 테크노밸리');
  });
  it('the place visited is the object of the visit', async () => {
    expect((await engine.answer('김 대통령 어디 방문했어?')).answer).toBe('판교 테크노밸리');
  });
});
