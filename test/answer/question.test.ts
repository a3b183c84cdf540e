import { describe, expect, it } from 'vitest';
import { prepareQuestion } from '../../src/answer/prepare.ts';
import { analyzeQuestion, MAX_QUESTION_LENGTH } from '../../src/answer/question.ts';

function analyze(question: string) {
  const result = analyzeQuestion(prepareQuestion(question));
  if (!result.ok) throw new Error(`rejected: ${result.error.kind}`);
  return result.value;
}

describe('analyzeQuestion', () => {
  it('빈 질문, 공백뿐인 질문은 거절한다', () => {
    for (const input of ['', '   ', '\n\t']) {
      const result = analyzeQuestion(prepareQuestion(input));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('empty');
    }
  });

  it('rejects a question over the length limit', () => {
    const result = analyzeQuestion(prepareQuestion('가'.repeat(MAX_QUESTION_LENGTH + 1)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('too-long');
  });

  it('문장부호, 이모지, 멘션뿐인 질문은 검색할 낱말이 없다', () => {
    for (const input of ['?!…', '🙂🎉', '@everyone', '<@123456> <@&789>']) {
      const result = analyzeQuestion(prepareQuestion(input));
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('no-words');
    }
  });

  it('예산·금액·규모는 금액을 묻고, 물음 낱말은 주제에서 빠진다', () => {
    expect(analyze('K-바이오 랩허브 예산')).toMatchObject({ intent: 'money', topic: 'K-바이오 랩허브' });
    expect(analyze('국빈 방문 투자 유치 금액은 얼마야?')).toMatchObject({ intent: 'money', topic: '국빈 방문 투자 유치' });
    expect(analyze('How much is the lab hub budget?')).toMatchObject({ intent: 'money', topic: 'lab hub' });
  });

  it('언제·시기는 날짜를 묻고, 하다 동사의 어간은 주제에 남는다', () => {
    expect(analyze('CIC는 언제 시작했나')).toMatchObject({ intent: 'date', topic: 'CIC 시작' });
    expect(analyze('랩허브 완공 시기')).toMatchObject({ intent: 'date', topic: '랩허브 완공' });
    expect(analyze('라운드 테이블 언제 열렸나').topic).toBe('라운드 테이블');
  });

  it('몇 곳·몇 명은 수량을 묻고 단위 명사를 기억한다', () => {
    expect(analyze('상담회에 참여한 VC는 몇 곳?')).toMatchObject({ intent: 'count', counter: '곳', topic: '상담회 참여한 VC' });
    expect(analyze('포럼 참석자는 몇 명인가')).toMatchObject({ intent: 'count', counter: '명' });
  });

  it('면적, 장소, 발언, 인물을 구별한다', () => {
    expect(analyze('랩 허브 부지 면적')).toMatchObject({ intent: 'area', topic: '랩 허브 부지' });
    expect(analyze('세계 한상대회 개최 장소')).toMatchObject({ intent: 'place' });
    expect(analyze('대회는 어디서 열리나')).toMatchObject({ intent: 'place' });
    expect(analyze('조주현 차관 발언')).toMatchObject({ intent: 'quote', topic: '조주현 차관' });
    // A word of saying beside a question that asks a named thing of the statement: not the words said.
    expect(analyze('이 시장이 선거 때 강조한 정책은 무엇인가?').intent).not.toBe('quote');
    expect(analyze('곽 전 사장은 자신이 어떤 병에 걸렸다고 주장했나?').intent).not.toBe('quote');
    expect(analyze('이 시장이 강조한 내용은?').intent).toBe('quote');
    expect(analyze('장관이 무슨 말 했어?').intent).toBe('quote');
    expect(analyze('What did the minister say?').intent).toBe('quote');
    expect(analyze('협약을 체결한 사람은 누구')).toMatchObject({ intent: 'person' });
  });

  it('물음 낱말이 없으면 열린 질문이다', () => {
    expect(analyze('기준금리 인상')).toMatchObject({ intent: 'open', topic: '기준금리 인상' });
  });

  it('"부지"처럼 어미처럼 끝나는 명사를 지우지 않는다', () => {
    expect(analyze('부지 면적').topic).toBe('부지');
  });
});

describe('analyzeQuestion: 문장형 질문과 낱말 질문', () => {
  it('물음표, 의문사, 어미가 있으면 문장형이다', () => {
    expect(analyze('랩허브는 언제 완공돼?').form).toBe('sentence');
    expect(analyze('세계한상대회 열리는 곳').form).toBe('sentence');
    expect(analyze('랩허브 완공 시기').form).toBe('keywords');
  });

  it('동사는 주제어이되 없어도 되는 말로 표시한다', () => {
    const q = analyze('올해 3월 업무협약 맺은 기관 수');
    expect(q.predicates).toContain('맺은');
    expect(analyze('세계한상대회 열리는 곳').predicates).toEqual(['열리']);
    expect(analyze('이명박이 소속된 당 이름은 무엇인가?').predicates).toContain('소속된');
  });

  it('의문사 바로 앞의 명사를 초점으로 삼되, 몇 앞의 명사는 세는 대상이다', () => {
    expect(analyze('헤이그의 부인은 누구인가?').focus).toBe('부인');
    expect(analyze('글로벌중소기업인의밤 MOU 몇 건').focus).toBeNull();
  });

  it('단위 명사를 말하지 않아도 사람 수는 명, 건수는 건으로 센다', () => {
    expect(analyze('포럼 참석자 수').counter).toBe('명');
    expect(analyze('MOU 체결 건수').counter).toBe('건');
  });

  it('전해 들은 말투 (몇년만이래, 몇 년 만이었대) 는 단위 뒤에서 떼고 기간을 묻는다', () => {
    expect(analyze('이번 국빈방문 몇년만이래?')).toMatchObject({ intent: 'duration', counter: '년' });
    expect(analyze('국빈방문 몇년만이었대?')).toMatchObject({ intent: 'duration', counter: '년' });
  });

  it('시간을 세는 질문은 기간을 묻는다', () => {
    expect(analyze('우수기업 발표 시간 각 몇 분').intent).toBe('duration');
  });

  it('원화 환산은 금액 질문이고 주제에서 빠진다', () => {
    expect(analyze('59억 달러 원화로 얼마')).toMatchObject({ intent: 'money', topic: '59억 달러' });
  });
});

describe('analyzeQuestion: 단서어의 세기와 붙여 쓴 총', () => {
  it('"기간"은 다른 단서가 없을 때만 기간을 묻는다', () => {
    expect(analyze('방미 기간 체결한 업무협약 수').intent).toBe('count');
    expect(analyze('국빈 방문 기간').intent).toBe('duration');
  });

  it('"총사업비"처럼 총이 붙은 단서어도 알아본다', () => {
    expect(analyze('케이바이오 랩허브 총사업비')).toMatchObject({ intent: 'money', topic: '케이바이오 랩허브' });
  });

  it('구어체 끝말은 동사로 보아 주제어에서 없어도 되는 말이 된다', () => {
    expect(analyze('랩허브 어디에 지어?').predicates).toContain('지어');
    expect(analyze('에이슬립 어떤 회사야').predicates).toContain('회사야');
  });

  it('직함·소속을 물으면 인물을 묻는다', () => {
    expect(analyze('황병구 회장 직함').intent).toBe('person');
    expect(analyze('차순도 원장 소속').intent).toBe('person');
    expect(analyze('제노스코 대표 이름')).toMatchObject({ intent: 'person', topic: '제노스코 대표' });
    expect(analyze('연구 단체의 이름은?').intent).toBe('open');
  });
});
