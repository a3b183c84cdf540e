import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.ts';
import type { Article } from '../../src/corpus/types.ts';
import { extractFacts, extractFigures } from '../../src/facts/index.ts';
import type { Fact, MoneyFact, QuoteFact } from '../../src/facts/types.ts';
import { article, sentence } from './sentence.ts';

describe('extractFigures', () => {
  it('겹치는 읽기는 긴 쪽, 같은 길이면 더 구체적인 유형이 이긴다', () => {
    const facts = extractFigures(sentence('1500만달러(한화 약 200억원) 이상을 2025년까지 30여 개 기관에'), { articleDate: null });
    expect(facts.map((f) => [f.type, f.text])).toEqual([
      ['money', '1500만달러(한화 약 200억원) 이상'],
      ['date', '2025년까지'],
      ['count', '30여 개 기관'],
    ]);
  });

  it('어떤 문장이든 span은 문장의 정확한 부분이고 서로 겹치지 않는다 (속성 검사)', () => {
    const pieces = fc.constantFrom(
      '약 ', '2,700', '억', ' 원', '달러', '(', ')', '4만', '㎡', '2025년', '까지', '28일', '5월 ', '3개', ' 사', '명',
      '여', '%', 'p', '12년 만', ' 이상', '최대 ', '현지시간 ', 'B-52H', '제28회', ' ', '“', '”', '장관', '이영 ', '가',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const facts = extractFigures(sentence(text), { articleDate: '2023-05-04' });
        const sorted = [...facts].sort((a, b) => a.start - b.start);
        for (const [i, f] of sorted.entries()) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.text.trim()).toBe(f.text);
          const next = sorted[i + 1];
          if (next !== undefined) expect(next.start).toBeGreaterThanOrEqual(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractFacts', () => {
  it('사람, 인용, 수치를 한 기사에서 읽고 문장 순서로 돌려준다', () => {
    const facts = extractFacts(
      article(
        [
          ['윤석열 대통령은 28일(현지시간) 보스턴에서 라운드 테이블을 열었다.'],
          ['윤 대통령은 “양국 경제 모두에게 윈윈이 될 것”이라고 강조했다.', '투자 규모는 1500만달러(한화 약 200억원) 이상이다.'],
        ],
        '2023-04-29',
      ),
    );
    expect(facts.map((f) => f.type)).toEqual(['person', 'date', 'person', 'quote', 'money']);
    expect(facts.find((f): f is QuoteFact => f.type === 'quote')?.speaker).toBe('윤석열');
    expect(facts.find((f) => f.type === 'date')?.value).toBe('2023-04-28');
  });

  it('빈 기사는 사실이 없다', () => {
    expect(extractFacts(article([]))).toEqual([]);
  });
});

describe('extractFacts over the seed articles', () => {
  let seeds: Article[] = [];
  beforeAll(async () => {
    seeds = (await loadCorpus('seeds')).articles;
  });
  const factsOf = (prefix: string): Fact[] => {
    const found = seeds.find((a) => a.id.startsWith(prefix));
    if (found === undefined) throw new Error(`seed ${prefix} not loaded`);
    return extractFacts(found);
  };

  it('000: 약 2,700억 원(about), 4만㎡, 조주현 차관의 인용', () => {
    const facts = factsOf('000_');
    expect(facts).toContainEqual(expect.objectContaining({ type: 'money', value: 270_000_000_000, unit: 'KRW', qualifiers: ['about'] }));
    expect(facts).toContainEqual(expect.objectContaining({ type: 'area', value: 40_000, unit: 'm²' }));
    const quote = facts.find((f): f is QuoteFact => f.type === 'quote' && f.speaker === '조주현');
    expect(quote?.value).toContain('기회의 땅');
    expect(quote?.speakerTitle).toBe('중기부 차관');
  });

  it('001: 59억 달러와 원화 환산, 헨리 포드의 인용', () => {
    const facts = factsOf('001_');
    const usd = facts.find((f): f is MoneyFact => f.type === 'money' && f.unit === 'USD');
    expect(usd).toMatchObject({ value: 5.9e9, converted: { value: 7.9e12, unit: 'KRW' } });
    const ford = facts.find((f): f is QuoteFact => f.type === 'quote' && f.speaker === '헨리 포드');
    expect(ford?.value).toContain('함께 모이는 것은 시작');
  });

  it('004: 6353억원 = 635300000000 KRW', () => {
    expect(factsOf('004_')).toContainEqual(expect.objectContaining({ type: 'money', text: '6353억원', value: 635_300_000_000, unit: 'KRW' }));
  });

  it('모든 seed 사실의 span은 그 문장의 정확한 부분 문자열이다', () => {
    for (const a of seeds) {
      for (const f of extractFacts(a)) expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
