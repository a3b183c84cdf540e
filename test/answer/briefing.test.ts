/**
 * The briefing engine over a small invented corpus (not the seeds): claims checked as values, topic
 * briefs that merge agreeing facts and show differing ones, timelines with partial dates placed and
 * plans marked, and follow-up questions inheriting a topic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/index.ts';
import type { Engine } from '../../src/answer/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';

let engine: Engine;

/** The invented corpus: three articles on one topic (two dated, one not) and one on another. */
const ARTICLES = [
    buildArticle(
      { id: 'wind-a', title: '남해 해상풍력 단지 착공…총사업비 3조 원', outlet: '가상일보', author: null, date: '2024-03-15', url: 'https://example.test/a' },
      [
        ['산업통상자원부는 지난 12일 경남 남해 앞바다에서 해상풍력 단지 착공식을 열었다고 15일 밝혔다.'],
        ['해상풍력 단지에는 총 3조 원이 투입되며 2027년까지 완공할 계획이다.'],
        ['김민수 산업통상자원부 차관은 “해상풍력 단지는 지역 경제의 새 성장 동력이 될 것”이라고 말했다.'],
      ],
    ),
    buildArticle(
      { id: 'wind-b', title: '해상풍력 단지, 일자리 2천 개 기대', outlet: '가상경제', author: '박기자', date: '2024-03-16', url: null },
      [
        ['남해 해상풍력 단지 사업비는 약 3조 원 규모다.'],
        ['해상풍력 단지 완공 뒤 일자리 2,000개가 생길 것으로 전망된다.'],
        ['해상풍력 단지 주민 보상금은 1,500억 원으로 알려졌다.'],
      ],
    ),
    buildArticle(
      { id: 'wind-c', title: '해상풍력 단지 주민 설명회 열려', outlet: '가상방송', author: null, date: null, url: null },
      [['남해군은 20일 해상풍력 단지 주민 설명회를 열었다.'], ['해상풍력 단지 주민 보상금은 1,200억 원으로 정해졌다.']],
    ),
    buildArticle(
      { id: 'other', title: '반도체 공장 증설', outlet: '가상일보', author: null, date: '2024-03-10', url: null },
      [['한 반도체 회사가 지난 5일 공장 증설 계획을 발표했다.'], ['증설에는 5천억 원이 들어간다.']],
    ),
];

beforeAll(async () => {
  engine = await createEngine(ARTICLES);
});

describe('checkMessage', () => {
  it('agrees when the value is the same however written, differs when it is not, unknown when the articles do not say', async () => {
    const { claims } = await engine.checkMessage('해상풍력 단지에 3조 들어간대, 보상금은 1200억이고 직원은 300명이래');
    expect(claims.map((c) => [c.claim.text, c.verdict])).toEqual([
      ['3조', 'agrees'],
      ['1200억', 'agrees'],
      ['300명', 'unknown'],
    ]);
    expect(claims[0]?.citation?.articleId).toMatch(/^wind-/);
    const differs = await engine.checkMessage('해상풍력 단지 사업비 4조 원');
    expect(differs.claims[0]?.verdict).toBe('differs');
    expect(differs.claims[0]?.stated?.text).toContain('3조 원');
  });

  it('a person with the wrong title differs; quoted words the articles hold agree', async () => {
    const { claims } = await engine.checkMessage('김민수 장관이 “지역 경제의 새 성장 동력”이라고 했다');
    expect(claims.find((c) => c.claim.type === 'person')?.verdict).toBe('differs');
    expect(claims.find((c) => c.claim.type === 'person')?.stated).toMatchObject({ title: '차관' });
    expect(claims.find((c) => c.claim.type === 'quote')?.verdict).toBe('agrees');
  });

  it('a message with no claim has none', async () => {
    expect((await engine.checkMessage('다들 점심 맛있게 드세요')).claims).toEqual([]);
  });
});

describe('brief', () => {
  it('an article: its metadata as read, its figures, quotes and people', async () => {
    const brief = await engine.brief({ articleId: 'wind-a' });
    expect(brief?.articles[0]).toMatchObject({ outlet: '가상일보', date: '2024-03-15', url: 'https://example.test/a' });
    expect(brief?.facts.map((f) => f.fact.text)).toEqual(expect.arrayContaining(['3조 원', '2027년까지']));
    expect(brief?.quotes[0]).toMatchObject({ speaker: '김민수' });
    expect(brief?.people).toEqual([expect.objectContaining({ name: '김민수', title: '차관' })]);
    expect(brief?.organizations).toContain('산업통상자원부');
    expect(await engine.brief({ articleId: 'no-such-article' })).toBeNull();
  });

  it('a topic: the same figure from several articles once, with all of them; differing figures side by side', async () => {
    const brief = await engine.brief({ topic: '해상풍력 단지' });
    expect(brief?.articles.map((a) => a.id).sort()).toEqual(['wind-a', 'wind-b', 'wind-c']);
    const cost = brief?.facts.filter((f) => f.fact.type === 'money' && f.fact.value === 3e12) ?? [];
    expect(cost).toHaveLength(1);
    expect(cost[0]?.citations.map((c) => c.articleId).sort()).toEqual(['wind-a', 'wind-b']);
    const compensation = brief?.differences.find((d) => d.type === 'money');
    expect(compensation?.values.map((v) => v.fact.value).sort()).toEqual([1.2e11, 1.5e11]);
  });
});

describe('timeline', () => {
  it('dated events in order, resolved against their article, a partial date placed by the others, plans marked', async () => {
    const { events } = await engine.timeline('해상풍력 단지');
    const shown = events.map((e) => [e.date.text, e.sortKey, e.inferred, e.plan]);
    expect(shown).toEqual([
      ['지난 12일', '2024-03-12', false, false],
      ['15일', '2024-03-15', false, false],
      ['20일', '2024-03-20', true, false],
      ['2027년까지', '2027-00-00', false, true],
    ]);
    expect(events.every((e) => e.citations.length > 0)).toBe(true);
    expect(events.some((e) => e.citations.some((c) => c.articleId === 'other'))).toBe(false);
  });
});

describe('a large corpus', () => {
  it('finds the same events when it reads only the articles search finds for the topic', async () => {
    const filler = Array.from({ length: 320 }, (_, i) =>
      buildArticle({ id: `f${i}`, title: `지역 소식 ${i}`, outlet: null, author: null, date: '2024-01-01', url: null }, [[`${i}번 마을은 지난 3일 축제를 열었다.`]]),
    );
    const all = await createEngine([...filler, ...ARTICLES]);
    const small = (await engine.timeline('해상풍력 단지')).events.map((e) => e.date.text);
    const large = (await all.timeline('해상풍력 단지')).events.map((e) => e.date.text);
    expect(large).toEqual(small);
  });
});

describe('followUp', () => {
  it('a question naming no topic takes the previous one; a question with its own topic keeps it', async () => {
    const inherited = await engine.followUp('그럼 완공은 언제?', '해상풍력 단지');
    expect(inherited).toMatchObject({ topic: '해상풍력 단지', inherited: true });
    expect(inherited.answer.answer).toContain('2027년');
    const own = await engine.followUp('반도체 공장 증설 비용은?', '해상풍력 단지');
    expect(own.inherited).toBe(false);
    expect(own.answer.answer).toContain('5천억');
    expect(await engine.topicOf('해상풍력 단지 사업비')).toBe('해상풍력 단지');
  });
});
