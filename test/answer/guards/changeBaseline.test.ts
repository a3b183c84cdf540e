/**
 * The baseline of a change ("…에서", "…보다") is not the change a question asks
 * (src/answer/guards/changeBaseline.ts). Invented article and sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';
import { asksHowMuchChanged, baselineForChange } from '../../../src/answer/guards/changeBaseline.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'ferry', title: '솔섬 여객선 증편', outlet: '가상일보', author: null, date: '2026-05-04', url: null },
      [
        ['솔섬군은 섬 주민 여객선 운항 횟수를 2026년 하루 12회에서 2027년 하루 18회로 6회 늘린다고 밝혔다.'],
        ['군의 여객선 보조금은 지난해의 40억 원보다 1.5배 가까이 늘었다.'],
      ],
    ),
  ]);
});

describe('the baseline of a change', () => {
  const sentence = '운항 횟수는 2026년 하루 12회에서 2027년 하루 18회로 6회 늘어난다.';
  it('is refused when the question asks by how much it changed', () => {
    const start = sentence.indexOf('12회');
    expect(baselineForChange('운항 횟수는 몇 회 늘어나나?', sentence, start, start + 3)).toBe(true);
    const base = '보조금은 지난해의 40억 원보다 1.5배 가까이 늘었다.';
    const at = base.indexOf('40억 원');
    expect(baselineForChange('보조금은 지난해와 비교해 어느 정도 늘었나?', base, at, at + 5)).toBe(true);
  });
  it('is not refused for the change itself, nor when no change is asked', () => {
    const start = sentence.indexOf('6회');
    expect(baselineForChange('운항 횟수는 몇 회 늘어나나?', sentence, start, start + 2)).toBe(false);
    const from = sentence.indexOf('12회');
    expect(baselineForChange('2026년 운항 횟수는 몇 회야?', sentence, from, from + 3)).toBe(false);
    expect(asksHowMuchChanged('2026년 운항 횟수는 몇 회야?')).toBe(false);
  });
  it('never reads the baseline out through the engine', async () => {
    const answer = await engine.answer('솔섬 여객선 운항 횟수는 몇 회 늘어나나?');
    expect(answer.found && answer.answerKind === 'span' ? answer.answer : '').not.toMatch(/12회/u);
    const grant = await engine.answer('군의 여객선 보조금은 지난해와 비교해 어느 정도 늘었나?');
    expect(grant.found && grant.answerKind === 'span' ? grant.answer : '').not.toMatch(/40억/u);
  });
});
