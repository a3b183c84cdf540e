/**
 * The answer stage's own decisions over hand-built inputs, not whole-seed runs: which fact answers
 * (`rankFacts`), which figure the engine gives, and whether a topic is known — the last two through
 * the engine with a hand-built `Retriever` and `Lexicon`, so only the answer stage is under test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, prepareQuestion } from '../../src/answer/index.ts';
import { rankFacts } from '../../src/answer/pickFact.ts';
import { analyzeQuestion, type QuestionAnalysis } from '../../src/answer/question.ts';
import type { RankedSentence } from '../../src/answer/finding.ts';
import { buildArticle, type Article } from '../../src/corpus/index.ts';
import { extractFacts } from '../../src/facts/index.ts';
import { syllablePieces } from '../../src/korean/index.ts';
import type { Lexicon, Retriever, SearchHit } from '../../src/search/index.ts';

function analyze(question: string): QuestionAnalysis {
  const result = analyzeQuestion(prepareQuestion(question));
  if (!result.ok) throw new Error(`rejected: ${question}`);
  return result.value;
}

function articleOf(id: string, sentences: string[], date: string | null = '2024-03-02'): Article {
  return buildArticle({ id, title: `${id} 기사`, outlet: null, author: null, date, url: null }, sentences.map((s) => [s]));
}

/** Every sentence of the articles as ranked, supported sentences with their extracted facts. */
function ranked(articles: readonly Article[], ownSupport = 1): RankedSentence[] {
  return articles.flatMap((article) => {
    const facts = extractFacts(article);
    return article.sentences.map((sentence) => ({
      articleId: article.id,
      sentenceIndex: sentence.index,
      text: sentence.text,
      relevance: 1,
      ownSupport,
      supported: true,
      facts: facts.filter((fact) => fact.sentenceIndex === sentence.index),
    }));
  });
}

describe('rankFacts: which fact answers', () => {
  it.each([
    // question, sentence, the fact that answers
    ['상담회에 참여한 VC는 몇 곳?', '상담회에는 스타트업 15개 사가 참여해 38개 VC를 대상으로 투자 유치 활동을 벌였다.', '38개'],
    ['상담회에 참여한 스타트업 몇 개사?', '상담회에는 스타트업 15개 사가 참여해 38개 VC를 대상으로 투자 유치 활동을 벌였다.', '15개 사'],
    ['랩허브 완공 시기', '랩허브는 2023년 착공해 2025년까지 완공된다.', '2025년까지'],
    ['랩허브 예산 2700억 원 맞아?', '랩허브 예산 2700억 원 가운데 1000억 원은 국비다.', '1000억 원'],
  ])('%s → %s', (question, sentence, expected) => {
    const q = analyze(question);
    const type = q.intent === 'open' || q.intent === 'place' || q.intent === 'quote' ? null : q.intent;
    expect(type).not.toBeNull();
    const [best] = rankFacts(ranked([articleOf('a', [sentence])]), type ?? 'money', q, syllablePieces(q.topic));
    expect(best?.fact.text).toBe(expected);
  });

  it('the person holding the very title asked for answers, not a minister nearer the topic words', () => {
    const article = articleOf('a', [
      '산업통상부(장관 김도윤, 이하 산업부)는 수출 지원책을 발표했다.',
      '산업부 박민수 차관은 “올해 수출이 크게 늘었다”고 말했다.',
    ]);
    const asked = analyze('산업부 차관 누구');
    expect(rankFacts(ranked([article]), 'person', asked, syllablePieces(asked.topic))[0]?.fact.text).toContain('박민수');
    // "김 장관을 만난 차관": the minister named by surname and title is context, not the one asked.
    const named = analyze('김 장관 만난 산업부 차관 누구');
    expect(rankFacts(ranked([article]), 'person', named, syllablePieces(named.topic))[0]?.fact.text).toContain('박민수');
  });

  it('a figure too far from every topic word, or in a sentence holding too little of the topic, does not answer', () => {
    const q = analyze('랩허브 예산');
    const far = `랩허브 사업이 시작됐다. ${'그리고 여러 가지 다른 이야기가 이어졌다. '.repeat(4)}다른 사업에는 500억 원이 들었다.`;
    expect(rankFacts(ranked([articleOf('a', [far])]), 'money', q, syllablePieces(q.topic))).toEqual([]);
    const weak = ranked([articleOf('b', ['랩허브에는 2700억 원이 들어간다.'])], 0.1);
    expect(rankFacts(weak, 'money', q, syllablePieces(q.topic))).toEqual([]);
  });

  it('a day-precise date question is not answered by a month', () => {
    const q = analyze('랩허브 착공 며칠이야?');
    expect(rankFacts(ranked([articleOf('a', ['랩허브는 2024년 5월 착공한다.'])]), 'date', q, syllablePieces(q.topic))).toEqual([]);
    const [best] = rankFacts(ranked([articleOf('a', ['랩허브는 2024년 5월 3일 착공한다.'])]), 'date', q, syllablePieces(q.topic));
    expect(best?.fact.text).toContain('3일');
  });
});

/** A retriever that returns every sentence containing a query word's first two syllables, in article order. */
function plainRetriever(articles: readonly Article[]): Retriever {
  return {
    search: (question) => {
      const pieces = syllablePieces(question);
      const hits: SearchHit[] = [];
      for (const article of articles) {
        for (const sentence of article.sentences) {
          const held = pieces.filter((piece) => sentence.text.toLowerCase().includes(piece)).length;
          if (held > 0) hits.push({ sentence, score: held, coverage: held / Math.max(1, pieces.length) });
        }
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}

/** A lexicon that knows exactly the given words, all weighing the same, with no spellings or aliases. */
function wordListLexicon(known: readonly string[]): Lexicon {
  return {
    knows: (word) => known.some((k) => word.startsWith(k)),
    weight: () => 1,
    spellings: () => [],
    aliases: () => [],
  };
}

describe('the engine behind a hand-built Retriever and Lexicon', () => {
  const articles = [
    articleOf('a', ['부산시는 북항 재개발 사업에 총 2조 원을 투입한다고 밝혔다.', '공사는 2026년 시작된다.']),
    articleOf('b', ['북항 재개발 사업에는 모두 2조 원이 투입될 예정이다.']),
  ];
  const engine = createEngine(articles, {
    search: { retriever: plainRetriever(articles), lexicon: wordListLexicon(['북항', '재개발', '사업', '부산', '공사']) },
  });

  it.each([
    // question, found, the answer holds
    ['북항 재개발 사업비', true, '2조 원'],
    ['북항 재개발 사업 예산', true, '2조 원'],
    ['북항 재개발 직원 수', false, null], // 직원: a word the lexicon does not know
    ['북항 재개발 연봉', false, null],
    ['광안리 재개발 예산', false, null], // 광안리: unknown, in a two-word topic
  ] as const)('%s → found %s', async (question, found, answer) => {
    const result = await (await engine).answer(question);
    expect(result.found).toBe(found);
    if (answer) expect(result.answer).toContain(answer);
    else expect(result.answer).toBeNull();
  });

  it('a topic word the corpus never uses: not found, and what search found listed as related, search order kept', async () => {
    const result = await (await engine).answer('광안리 재개발 예산');
    expect(result.found).toBe(false);
    expect(result.answer).toBeNull();
    expect(result.facts).toEqual([]);
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.every((citation) => citation.text.includes('재개발'))).toBe(true);
  });

  it('cites every article that states the same figure', async () => {
    const result = await (await engine).answer('북항 재개발 사업비');
    expect(new Set(result.citations.map((citation) => citation.articleId))).toEqual(new Set(['a', 'b']));
  });
});
