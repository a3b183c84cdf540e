/**
 * Our English question set over the seeds (eval/seed-english.jsonl), judged as the held-out sets are:
 * right = the short answer holds a gold string; wrong = an answer that does not, or any answer to a
 * question the articles do not answer. Through `loadEngine`, the path the CLI and the bot take.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Answer, type Engine } from '../../../src/answer/index.ts';

type Gold = { id: string; query: string; kind: string; found: boolean; answer_any: string[]; cite_any: string[] };

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GOLD: Gold[] = readFileSync(path.join(ROOT, 'eval/seed-english.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Gold);

const squash = (text: string | null) => (text ?? '').replace(/[\s,]+/gu, '').toLowerCase();

type Verdict = 'right' | 'evidence' | 'missed' | 'wrong';

/** The strict short-answer rule of ../shared/eval/score-seed.py. */
function judge(gold: Gold, answer: Answer): Verdict {
  if (!gold.found) return answer.found ? 'wrong' : 'right';
  if (!answer.found) return 'missed';
  const golds = gold.answer_any.map(squash);
  const text = squash(answer.answer);
  const limit = Math.max(40, 2 * Math.min(...golds.map((g) => g.length)) + 10);
  const holds = golds.some((g) => text.includes(g));
  if (holds && (gold.kind === 'quote' || text.length <= limit)) return 'right';
  const cited = answer.citations.slice(0, 3).some((c) => [...gold.cite_any, ...gold.answer_any].some((g) => squash(c.text).includes(squash(g))));
  return holds || cited ? 'evidence' : 'wrong';
}

let engine: Engine;
const verdicts = new Map<string, Verdict>();
beforeAll(async () => {
  ({ engine } = await loadEngine(path.join(ROOT, 'seeds')));
  for (const gold of GOLD) verdicts.set(gold.id, judge(gold, await engine.answer(gold.query)));
});

describe('eval/seed-english.jsonl', () => {
  it('has 30+ questions in several styles, negatives among them', () => {
    expect(GOLD.length).toBeGreaterThanOrEqual(30);
    expect(GOLD.filter((gold) => !gold.found).length).toBeGreaterThanOrEqual(5);
    expect(GOLD.filter((gold) => gold.kind === 'mixed').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves every English negative unanswered', () => {
    const answered = GOLD.filter((gold) => !gold.found && verdicts.get(gold.id) !== 'right').map((gold) => gold.query);
    expect(answered).toEqual([]);
  });

  // Since span selection (issue 15) a short answer the model is not sure of comes as a sentence, or
  // not at all for a name, figure, date or place: measured 52/71 right, 2 wrong at span confidence
  // 0.5 (before it: 57/71, 2); 50/71 right, 2 wrong at 0.65, the threshold chosen for trust. Third
  // pass (dates, money as 규모, French readings, 18 more questions, identity questions, places asked 어디에): 73/89 right, 2 wrong;
  // after merging main at 15:20 and adding speaker questions and 6 more questions: 80/95, 2 wrong;
  // with what a speaker called something and 2 more questions: 82/97, 2 wrong; 81/97 after merging
  // main at 15:45 (search now picks another spelling of the SMEs ministry for one question). Fourth
  // pass (organizations, quoted names of a kind, positions, time, count verbs; 15 more questions of
  // those kinds, 3 of them negatives): 102/112 right, 2 wrong.
  it('answers most right and few wrong (measured 102/112 right, 2 wrong)', () => {
    const count = (verdict: Verdict) => [...verdicts.values()].filter((v) => v === verdict).length;
    expect(count('right')).toBeGreaterThanOrEqual(102);
    expect(count('wrong')).toBeLessThanOrEqual(2);
  });

  it('answers money with an English reading beside the Korean span, and keeps the English question', async () => {
    const answer = await engine.answer('How much money is going into the K-Bio Lab Hub?');
    expect(answer.query).toBe('How much money is going into the K-Bio Lab Hub?');
    expect(answer.answer).toBe('약 2,700억 원 (about KRW 270 billion)');
    expect(answer.translation).toMatch(/K-바이오 랩허브/u);
    expect(answer.citations[0]?.text).toContain('2,700억');
  });

  it('does not answer a date from another paragraph than the topic', async () => {
    // The plan is to be announced "soon" (조만간); the 2025 in the article is the lab hub's.
    const answer = await engine.answer('When is the Global Innovation Special Zone plan going to be announced?');
    expect(answer.found).toBe(false);
  });

  it('does not answer a count of years with a date the span stage preferred', async () => {
    const answer = await engine.answer('How many years had it been since the last state visit to the US?');
    expect(answer.answer ?? '').not.toMatch(/^2011년/u);
  });

  it('answers a date with its ISO reading', async () => {
    const answer = await engine.answer('when was the Korea-US cluster roundtable held in Boston');
    expect(answer.answer).toBe('4월 28일 (2023-04-28)');
  });
});
