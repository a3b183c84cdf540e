/**
 * A glossary phrase is the glossary's wording, not the article's: "investment consultation" becomes
 * "투자유치 상담회", which an article may write as "투자상담회 … 투자 자금을 유치". And "how many
 * dollars" asks money, never a count. Through `loadEngine`, the path the CLI and the bot take.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Engine } from '../../../src/answer/index.ts';
import { englishIntent } from '../../../src/answer/english/intent.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let engine: Engine;
beforeAll(async () => {
  ({ engine } = await loadEngine(path.join(ROOT, 'seeds')));
});

describe('English glossary phrases and money asked in a currency', () => {
  it('holds a glossary phrase whose parts the article writes apart or inside other words', async () => {
    const answer = await engine.answer('How much do the startups at the investment consultation expect to raise, in dollars?');
    expect(answer).toMatchObject({ found: true, answerKind: 'span' });
    expect(answer.answer).toContain('1500만달러');
  });

  it('reads "how many dollars/won/euros" as money', () => {
    expect(englishIntent('How many dollars did they raise?')).toBe('money');
    expect(englishIntent('how many won will it cost')).toBe('money');
    expect(englishIntent('How many companies took part?')).toBe('count');
  });

  it('never answers "how many dollars" with a count of companies', async () => {
    const answer = await engine.answer('At the investment consultation, how many dollars are the startups hoping to attract?');
    if (answer.found && answer.answerKind === 'span') expect(answer.answer).toMatch(/달러|원/u);
  });
});
