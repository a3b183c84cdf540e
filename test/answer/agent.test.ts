/**
 * Who did it (src/answer/agent.ts): "누가 공동으로 운영해", "… 주최 기관은?", "X 누구랑 맺었어",
 * "X 기술이전 상대 어디" — the subject (or partner) of the question's verb in the sentence that tells of
 * it, through answer(). Invented articles, not the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import { readAgentQuestion } from '../../src/answer/agent.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'expo', title: '경기 바이오 창업 박람회 성료', outlet: '가상일보', author: null, date: '2025-09-13', url: null },
      [
        ['경기도와 한빛바이오재단은 12일 수원 컨벤션센터에서 ‘2025 바이오 창업 박람회’를 개최했다고 밝혔다.'],
        ['아울러 하늘제약은 독일 메디록스(Medirox)사와의 항암제 기술이전 계약을 체결했으며, 누리헬스는 아마존과 클라우드 협력 MOU를 체결하는 등 총 7건의 협약이 맺어졌다고 경기도는 전했다.'],
        ['이 단지는 기존 산업단지와 달리 지역 대학, 종합 병원과 앵커 기업 등이 공동 운영하는 창업 지원 프로그램을 통해 예비 창업자를 돕는다.'],
        ['김도윤 지사는 이날 박람회의 부대행사로 열린 투자 상담회를 둘러보고 참가 기업들을 격려했다.'],
        ['시장조사 업체 ‘노스필드 리서치’는 판교를 ‘아시아의 실리콘밸리’로 칭한 바 있다.'],
      ],
    ),
    buildArticle(
      { id: 'support', title: '경기도, 창업 기업 미국 진출 돕는다', outlet: '가상경제', author: null, date: '2025-09-14', url: null },
      [
        ['이번 행사에서는 창업 기업에게 미국 실리콘밸리 현지 사무실을 지원하는 ‘K-스타트업 미국 진출 지원사업’의 성과가 소개됐다.'],
        ['이번 협약으로 양 기관의 관계가 단순 협력을 넘어 전략적 동반자로 격상됐다.'],
        ['누리헬스는 미국 기업과 데이터 공유, 공동 마케팅을 위한 계약을 체결했다.'],
        ['설명회 1부에선 하늘제약 김민재 대표의 사례 발표에 이어 참가 기업 5곳이 투자 유치 성과를 발표했다.'],
      ],
    ),
  ]);
});

describe('the doer of the question verb', () => {
  it('the organizations that held it, less the one the question names', async () => {
    expect(await engine.answer('바이오 창업 박람회 주최 기관은?')).toMatchObject({ found: true, answerKind: 'span', answer: '경기도와 한빛바이오재단' });
    expect((await engine.answer('바이오 창업 박람회 경기도랑 같이 주최한 기관 어디야?')).answer).toBe('한빛바이오재단');
  });
  it('the subject of a verb of reporting, after what was reported', async () => {
    expect((await engine.answer('협약 7건 맺어졌다고 누가 전했어')).answer).toBe('경기도');
  });
  it('a listed subject of an adnominal verb', async () => {
    expect((await engine.answer('창업 지원 프로그램 누가 공동 운영해?')).answer).toBe('지역 대학, 종합 병원과 앵커 기업');
  });
  it('the topic of the clause when another verb stands between', async () => {
    expect((await engine.answer('투자 상담회 누가 둘러봤어')).answer).toBe('김도윤 지사');
    expect((await engine.answer('판교를 아시아의 실리콘밸리라고 부른 회사 어디')).answer).toBe('노스필드 리서치');
  });
  it('the doer of the clause that holds the partner the question names', async () => {
    expect((await engine.answer('Medirox랑 기술이전 계약한 제약사 어디였지?')).answer).toBe('하늘제약');
  });
});

describe('the partner of the doer the question names', () => {
  it('Y와 after the subject', async () => {
    expect((await engine.answer('누리헬스 클라우드 MOU 누구랑 맺었어')).answer).toBe('아마존');
    expect((await engine.answer('하늘제약 기술이전 상대 회사 어디야?')).answer).toBe('메디록스(Medirox)사');
  });
});

describe('what was done, and what it became', () => {
  it('the object of the question verb', async () => {
    expect((await engine.answer('K-스타트업 미국 진출 지원사업 뭘 지원하는 사업?')).answer).toBe('미국 실리콘밸리 현지 사무실');
    expect((await engine.answer('설명회 참가 기업들 뭐 발표했어?')).answer).toBe('투자 유치 성과');
  });
  it('what something became (뭘로)', async () => {
    expect((await engine.answer('양 기관 관계가 뭘로 격상됐어?')).answer).toBe('전략적 동반자');
  });
  it('a kind asked (어떤 계약) is answered with the clause that says which', async () => {
    expect((await engine.answer('누리헬스는 미국 기업이랑 어떤 계약 맺은 거야?')).answer).toBe('데이터 공유, 공동 마케팅을 위한 계약');
  });
  it('the doer of a verb noun written in the genitive ("대표의 사례 발표")', async () => {
    expect((await engine.answer('설명회에서 사례 발표한 사람 누구?')).answer).toBe('하늘제약 김민재 대표');
  });
});

describe('no doer read', () => {
  it('a verb the articles never use for it is not answered with another verb’s subject', async () => {
    const answer = await engine.answer('바이오 창업 박람회 누가 후원했어?');
    expect(answer.answer).not.toBe('경기도와 한빛바이오재단');
  });
  it('a question without a verb or a partner is not an agent question', () => {
    expect(readAgentQuestion('해상용 안테나 1위 기업 어디야')).toBeNull();
    expect(readAgentQuestion('박람회 어디서 열렸어?')).toBeNull();
  });
});
