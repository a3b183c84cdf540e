import { describe, expect, it } from 'vitest';
import { sentenceCandidates } from '../../../src/answer/span/candidates.ts';
import { readSpanQuestion } from '../../../src/answer/span/question.ts';
import { fixCueTypos } from '../../../src/answer/cueTypos.ts';
import { questionSynonyms } from '../../../src/answer/questionSynonyms.ts';

const texts = (sentence: string) => sentenceCandidates(sentence, []).map((candidate) => candidate.text);

describe('sentenceCandidates', () => {
  it('takes runs of eojeols, the last one without its particle', () => {
    const candidates = texts('알렉산더 헤이그는 로널드 레이건 대통령의 밑에서 국무장관을 지냈다.');
    expect(candidates).toContain('로널드 레이건 대통령');
    expect(candidates).toContain('국무장관');
    expect(candidates).toContain('알렉산더 헤이그');
    expect(candidates).not.toContain('지냈다.');
  });

  it('ends before punctuation and takes quoted titles whole', () => {
    const candidates = texts('정부는 ‘K-바이오 랩허브 구축 사업’을 추진하는 임종석(任鍾晳) 위원장을 만났다.');
    expect(candidates).toContain('K-바이오 랩허브 구축 사업');
    expect(candidates).toContain('임종석');
  });

  it('keeps numbers with their commas and points, and offsets point into the sentence', () => {
    const sentence = '중기부는 약 2,700억 원을 투자해 3.5배 늘렸다.';
    const candidates = sentenceCandidates(sentence, []);
    const money = candidates.find((candidate) => candidate.text === '약 2,700억 원');
    expect(money).toBeDefined();
    expect(sentence.slice(money?.start, money?.end)).toBe('약 2,700억 원');
    expect(money?.tail).toBe('을');
    for (const candidate of candidates) expect(sentence.slice(candidate.start, candidate.end).trim()).toBe(candidate.text);
  });
});

describe('readSpanQuestion', () => {
  it('reads the question word, the noun asked about and the particle the answer will carry', () => {
    const which = readSpanQuestion('알렉산더 헤이그는 어느 대통령의 밑에서 국무장관을 지냈는가?');
    expect(which.wh).toBe('which');
    expect(which.focus).toBe('대통령');
    expect(which.particle).toBe('의');
    expect(which.words).toContain('국무장관');
    expect(readSpanQuestion('회의는 언제 열렸어?').wh).toBe('when');
    expect(readSpanQuestion('누가 발표했대?').wh).toBe('who');
    expect(readSpanQuestion('몇 명이 왔지?').wh).toBe('howmany');
  });

  it('takes the question word a keyword query leaves out from its intent', () => {
    expect(readSpanQuestion('랩허브 예산', 'money').wh).toBe('howmuch');
    expect(readSpanQuestion('랩허브 예산').wh).toBe('none');
  });

  it('drops chatty endings without changing the content words', () => {
    const plain = readSpanQuestion('포럼 1부는 무슨 행사로 열렸나').words;
    for (const chatty of ['포럼 1부는 무슨 행사로 열렸대?', '포럼 1부는 무슨 행사로 열렸지?']) {
      expect(readSpanQuestion(chatty).words.slice(0, 2)).toEqual(plain.slice(0, 2));
    }
  });
});

describe('question understanding that survives chat', () => {
  it('corrects one-jamo typos in question words only', () => {
    expect(fixCueTypos('포럼 언재 열렸어?')).toBe('포럼 언제 열렸어?');
    expect(fixCueTypos('회의 어듸서 했어')).toBe('회의 어디서 했어');
    expect(fixCueTypos('언어 교육 예산')).toBe('언어 교육 예산');
    expect(fixCueTypos('누구야')).toBe('누구야');
  });

  it('knows how articles put everyday question words', () => {
    expect(questionSynonyms('개최일')).toContain('열린');
    expect(questionSynonyms('참가')).toEqual(expect.arrayContaining(['참여', '입주', '참석']));
    expect(questionSynonyms('랩허브')).toEqual([]);
  });
});
