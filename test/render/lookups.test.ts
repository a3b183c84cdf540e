import { describe, expect, it } from 'vitest';
import type { ArticleSummary, FactLookup, QuoteLookup } from '../../src/answer/types.ts';
import { renderChoices } from '../../src/render/choices.ts';
import { renderFacts } from '../../src/render/facts.ts';
import { EMBED_DESCRIPTION_MAX } from '../../src/render/limits.ts';
import { renderApology } from '../../src/render/notices.ts';
import { renderQuotes } from '../../src/render/quotes.ts';
import { renderSources } from '../../src/render/sources.ts';
import { citation, moneyFact } from './fixtures.ts';

describe('renderChoices', () => {
  it('keeps at most 25 choices of at most 100 characters, no duplicates', () => {
    const names = [...Array.from({ length: 40 }, (_, i) => `이름${i}`), '이름1', '가'.repeat(300)];
    const choices = renderChoices(['가'.repeat(300), ...names]);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.name)).size).toBe(25);
  });
});

describe('renderQuotes', () => {
  it('lists the quotes with their article', () => {
    const quotes: QuoteLookup[] = [{ speaker: '이영', quote: '스타트업을 돕겠다', citation: citation(1) }];
    const embed = renderQuotes('이영', quotes, { locale: 'ko' }).embeds[0];
    expect(embed?.title).toBe('이영의 발언');
    expect(embed?.fields?.[0]?.value).toContain('“스타트업을 돕겠다”');
    expect(embed?.fields?.[0]?.name).toContain('기사 제목 1');
  });

  it('says when the speaker has no quotes', () => {
    expect(renderQuotes('홍길동', [], { locale: 'ko' }).content).toBe('기사에서 홍길동의 발언을 찾지 못했습니다.');
  });
});

describe('renderFacts', () => {
  it('lists one compact line per fact and stays within the description limit', () => {
    const facts: FactLookup[] = Array.from({ length: 500 }, () => ({ fact: moneyFact, citation: citation(1, 'x'.repeat(900)) }));
    const embed = renderFacts('랩허브', facts, { locale: 'ko', type: 'money' }).embeds[0];
    expect(embed?.title).toBe('랩허브에 관한 사실 · 금액');
    expect(embed?.description?.split('\n')[0]).toBe('• **약 2,700억 원** · 금액 — 기사 제목 1 (연합뉴스 · 2023-05-04)');
    expect(embed?.description?.length).toBeLessThanOrEqual(EMBED_DESCRIPTION_MAX);
    expect(embed?.description).toContain('외 485건');
  });
});

describe('renderSources', () => {
  it('lists title, outlet, date and sentence count', () => {
    const articles: ArticleSummary[] = [{ id: 'a', title: '제목', outlet: null, date: '2023-05-04', sentenceCount: 12 }];
    expect(renderSources(articles, { locale: 'ko' }).embeds[0]?.description).toBe('• **제목** — 2023-05-04 · 12문장');
  });

  it('fits thousands of articles', () => {
    const articles = Array.from({ length: 3000 }, (_, i) => ({ id: `${i}`, title: `제목 ${i}`, outlet: 'X', date: null, sentenceCount: 1 }));
    expect(renderSources(articles).embeds[0]?.description?.length).toBeLessThanOrEqual(EMBED_DESCRIPTION_MAX);
  });
});

describe('renderApology', () => {
  it('is ephemeral and pings nobody', () => {
    const payload = renderApology('ko');
    expect(payload.flags).toBe(64);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.content).toContain('죄송합니다');
  });
});
