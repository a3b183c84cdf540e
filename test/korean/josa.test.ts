/**
 * The one home of particles: each set, stripping with its options, and the regex source.
 */
import { describe, expect, it } from 'vitest';
import { JOSA, josaList, josaSource, stripJosa, type StripJosaOptions } from '../../src/korean/josa.ts';

const QUESTION: StripJosaOptions = { sets: ['case', 'topic', 'colloquial'], longestOnly: true };
const TITLE: StripJosaOptions = { sets: ['case', 'topic', 'copula', 'plural', 'honorific'], minStem: 1 };

describe('stripJosa', () => {
  it.each([
    // word, options, stem
    ['랩허브의', undefined, '랩허브'],
    ['중기부는', undefined, '중기부'],
    ['상담회에서는', undefined, '상담회'],
    ['전문가들', undefined, '전문가'],
    ['대표이사였다', undefined, '대표이사'],
    ['국가', undefined, '국가'], // 국 + 가 would leave one syllable
    ['랩허브', undefined, '랩허브'],
    ['VC랑', undefined, 'VC랑'], // colloquial particles only when asked for
    ['VC랑', QUESTION, 'VC'],
    ['기자한테', QUESTION, '기자'],
    ['송도에선', QUESTION, '송도'],
    ['수는', QUESTION, '수는'], // a one-syllable remainder keeps the word whole
    ['곳에서는', QUESTION, '곳에서는'], // longest only: not 곳에서
    ['곳에서는', undefined, '곳에서'], // default: shorter particles are tried
    ['장관은', TITLE, '장관'],
    ['장관님', TITLE, '장관'],
    ['회장이었던', TITLE, '회장'],
    ['장은', TITLE, '장'],
    ['장관께서는', TITLE, '장관'],
    ['', undefined, ''],
    ['은', TITLE, '은'],
  ] as const)('%s (%j) → %s', (word, options, stem) => {
    expect(stripJosa(word, options)).toBe(stem);
  });
});

describe('josaSource', () => {
  it('lists a set longest first, as a non-capturing group', () => {
    expect(josaSource(['locative'])).toBe('(?:에서는|에는|에서|에선|에)');
    expect(josaList(['case'])[0]?.length).toBe(3);
  });
  it('matches each particle of its sets whole, and nothing else', () => {
    const subject = new RegExp(`^(.+?)${josaSource(['subject'])}$`, 'u');
    expect(subject.exec('조 차관은')?.[1]).toBe('조 차관');
    expect(subject.exec('장관께서는')?.[1]).toBe('장관');
    expect(subject.test('장관을')).toBe(false);
  });
  it('has no empty or duplicated particle in a set', () => {
    for (const [name, set] of Object.entries(JOSA)) {
      expect(set.every((josa) => /^[가-힣]+$/u.test(josa)), name).toBe(true);
      expect(new Set(set).size, name).toBe(set.length);
    }
  });
});

describe('stripJosa with agreeing particles (조사 이형태)', () => {
  const agreeing: StripJosaOptions = { sets: ['case', 'topic', 'colloquial'], longestOnly: true, agreeing: true };
  it.each([
    ['기업가', '기업가'], // 업 is closed: 가 is part of the word
    ['전문가', '전문가'],
    ['법률가', '법률가'],
    ['회사가', '회사'],
    ['장관은', '장관'],
    ['랩허브는', '랩허브'],
    ['예산을', '예산'],
    ['서울로', '서울'], // ㄹ takes 로
    ['송도로', '송도'],
    ['정부와', '정부'],
    ['병원과', '병원'],
    ['VC가', 'VC'], // Latin: no syllable to agree with
  ])('%s → %s', (word, stem) => {
    expect(stripJosa(word, agreeing)).toBe(stem);
  });
});
