import { describe, expect, it } from 'vitest';
import { sentenceForm } from '../../../src/answer/span/features.ts';

/** The letter pairs `sentenceForm` weighs, read the plain way: lower-cased letters and digits of any script. */
function pairsOf(text: string): string[] {
  let compact = '';
  for (const char of text) if (/[\p{L}\p{N}]/u.test(char) && char.length === 1) compact += char.toLowerCase();
  return [...compact].slice(0, -1).map((_, i) => compact.slice(i, i + 2));
}

describe('sentenceForm', () => {
  it('weighs the lower-cased letter pairs of Hangul, ASCII and other scripts, offsets those of the sentence', () => {
    const text = '삼성SDI는 İzmir·Ωmega 공장에 3,200억 원을 투자했다.';
    const asked: string[] = [];
    const form = sentenceForm(text, (piece) => {
      asked.push(piece);
      return piece === '투자' ? 2.5 : 0;
    });
    expect(asked).toEqual(pairsOf(text));
    expect(form.rarity.length).toBe(asked.length);
    expect(form.rarity[asked.indexOf('투자')]).toBe(2.5);
    expect(form.unknown[asked.indexOf('투자')]).toBe(0);
    expect(form.unknown[0]).toBe(1);
    // 'İ' lower-cases to two units: the compact offsets after it move by two.
    const i = text.indexOf('İ');
    expect((form.compactAt[i + 1] ?? 0) - (form.compactAt[i] ?? 0)).toBe(2);
    expect(form.compactAt[text.length]).toBe(asked.length + 1);
  });
});
