/**
 * The briefing renderers are pure and stay within Discord's limits whatever they are given: huge
 * briefs and timelines page, claims with absurd text are cut, custom_ids stay within 100 characters
 * and carry their state, user text is shown inertly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Brief, ClaimCheck, DateFact, Timeline } from '../../src/answer/types.ts';
import {
  inert,
  pageId,
  parsePageId,
  readShownAnswer,
  readTopicLine,
  recoverText,
  renderBrief,
  renderCheck,
  renderTimeline,
  withAnswerActions,
  renderAnswer,
  briefingLabelsFor,
} from '../../src/render/index.ts';
import { expectWithinDiscordLimits } from '../discord/limits.ts';
import { answer, citation, moneyFact } from './fixtures.ts';

const long = (text: string, times: number) => `${text} `.repeat(times).trim();

function hugeBrief(n: number, text: string): Brief {
  const c = { ...citation(1), title: long(text, 40), text: long(text, 80) };
  return {
    kind: 'topic',
    subject: long(text, 30),
    articles: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: long(text, 30), outlet: text, author: text, date: '2024-01-01', url: null })),
    facts: Array.from({ length: n * 3 }, () => ({ fact: { ...moneyFact, text: long(text, 20), sentence: long(text, 60) }, citations: [c, c] })),
    differences: Array.from({ length: n }, () => ({ type: 'money' as const, about: long(text, 10), values: [{ fact: moneyFact, citations: [c] }] })),
    quotes: Array.from({ length: n }, () => ({ speaker: text, speakerTitle: text, quote: long(text, 100), citation: c })),
    people: Array.from({ length: n }, () => ({ name: text, title: text, organization: text })),
    organizations: Array.from({ length: n }, () => text),
  };
}

function date(text: string, value: string): DateFact {
  return { type: 'date', text, value, unit: null, resolved: /^\d{4}/.test(value), relation: null, until: null, articleId: 'a1', sentenceIndex: 1, sentence: long(text, 50), start: 0, end: text.length };
}

describe('renderBrief / renderTimeline / renderCheck within limits', () => {
  it('any size of brief: pages of description, buttons of ≤ 100-character ids', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.string({ minLength: 1, maxLength: 40 }), fc.nat(25), (n, text, page) => {
        const payload = renderBrief(hugeBrief(n, text), { locale: 'ko', page, request: { kind: 't', text: long(text, 20) } });
        expectWithinDiscordLimits({ ...payload, allowed_mentions: payload.allowedMentions });
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('a long brief pages: the next button carries page 1 and the topic, recoverable when cut', () => {
    const topic = long('해상풍력 단지 보상금', 20);
    const payload = renderBrief(hugeBrief(30, '랩허브'), { locale: 'ko', request: { kind: 't', text: topic } });
    const next = (payload.components[0]?.components[1] ?? {}) as { custom_id: string };
    const state = parsePageId(next.custom_id);
    expect(state).toMatchObject({ owner: 'brief', kind: 't', page: 1, complete: false });
    const author = payload.embeds[0]?.author?.name ?? '';
    expect(recoverText(state!, [author.replace(/^[^:]*:\s*/u, '')])).toBe(topic.replace(/\s+/gu, ' '));
  });

  it('any timeline: within limits, partial dates said to be partial, plans marked', () => {
    const timeline = (n: number, text: string): Timeline => ({
      topic: long(text, 30),
      events: Array.from({ length: n }, (_, i) => ({
        date: i % 2 ? date('28일', '---28') : date('2025년까지', '2025'),
        sortKey: null,
        inferred: i % 2 === 1,
        plan: i % 2 === 0,
        citations: [{ ...citation(i), title: long(text, 40) }],
      })),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.string({ minLength: 1, maxLength: 40 }), (n, text) => {
        const payload = renderTimeline(timeline(n, text), { locale: 'en' });
        expectWithinDiscordLimits({ ...payload, allowed_mentions: payload.allowedMentions });
      }),
      { seed: 12, numRuns: 40 },
    );
    const small = renderTimeline(timeline(2, '국빈 방문'), { locale: 'ko' }).embeds[0]?.description ?? '';
    expect(small).toContain('**28일** (연·월 미상)');
    expect(small).toContain('🗓 계획');
  });

  it('any check: within limits, the claim shown inertly, no mention left live', () => {
    const claim = (text: string, verdict: ClaimCheck['verdict']): ClaimCheck => ({
      claim: { ...moneyFact, text },
      topic: text,
      verdict,
      stated: verdict === 'unknown' ? null : moneyFact,
      citation: verdict === 'unknown' ? null : { ...citation(1), text: long('기사 문장입니다.', 100) },
    });
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 12 }), (texts) => {
        const payload = renderCheck({ claims: texts.map((t, i) => claim(t, (['agrees', 'differs', 'unknown'] as const)[i % 3] ?? 'unknown')) });
        expectWithinDiscordLimits({ ...payload, allowed_mentions: payload.allowedMentions });
      }),
      { seed: 13, numRuns: 60 },
    );
    const shown = JSON.stringify(renderCheck({ claims: [claim('<@123> @everyone **3천억**', 'differs')] }));
    expect(shown).not.toContain('<@123>');
    expect(shown).not.toMatch(/@everyone/u);
    expect(inert('**3천억**')).toBe('\\*\\*3천억\\*\\*');
  });
});

describe('page ids', () => {
  it('are at most 100 characters and round-trip', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(30), (text, page) => {
        const id = pageId('timeline', 'p', page, text);
        expect(id.length).toBeLessThanOrEqual(100);
        const state = parsePageId(id);
        expect(state?.page).toBe(page);
        if (state?.complete) expect(state.text).toBe(text.replace(/\s+/gu, ' ').trim());
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe('answer actions', () => {
  it('adds 👍, 👎 and follow-up under an answer (not in a thread, not on a problem notice), and reads the answer back', () => {
    const payload = withAnswerActions(renderAnswer(answer(), { locale: 'ko' }), { locale: 'ko' });
    const ids = payload.components.flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
    expect(ids).toEqual(expect.arrayContaining(['ask:fb:up', 'ask:fb:down', 'ask:thread']));
    const inThread = withAnswerActions(renderAnswer(answer(), { locale: 'ko' }), { locale: 'ko', inThread: true });
    expect(JSON.stringify(inThread)).not.toContain('ask:thread');
    const hidden = withAnswerActions(renderAnswer(answer(), { locale: 'ko' }), { locale: 'ko', hidden: true });
    expect(JSON.stringify(hidden)).not.toContain('ask:thread');
    expect(JSON.stringify(hidden)).toContain('ask:fb:up');
    const problem = renderAnswer(answer({ problem: { kind: 'empty', message: '' }, found: false }), { locale: 'ko' });
    expect(withAnswerActions(problem, { locale: 'ko' }).components).toEqual([]);
    expect(readShownAnswer(payload.embeds)).toEqual({ question: 'K-바이오 랩허브 예산', answer: '약 2,700억 원', titles: ['기사 제목 1', '기사 제목 2', '기사 제목 3'] });
  });

  it('the topic line reads back in both languages', () => {
    for (const locale of ['ko', 'en-US']) {
      const words = briefingLabelsFor(locale);
      expect(readTopicLine(`x\n${words.topicInUse('K-바이오 랩허브', true)}`)).toBe('K-바이오 랩허브');
      expect(readTopicLine(words.topicInUse('랩허브', false))).toBe('랩허브');
    }
  });
});
