import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/korean/compound.ts';

const vocabulary = (...words: string[]) => (word: string) => words.includes(word);

describe('splitCompound', () => {
  it('splits a word the corpus writes apart into the parts it writes', () => {
    expect(splitCompound('산불대책', vocabulary('산불', '대책'))).toEqual(['산불', '대책']);
    expect(splitCompound('산불대책의', vocabulary('산불', '대책'))).toEqual(['산불', '대책']);
    expect(splitCompound('해외수출계약', vocabulary('해외', '수출', '계약'))).toEqual(['해외', '수출', '계약']);
  });

  it('leaves over a last syllable that names a kind, but no other', () => {
    expect(splitCompound('수출계약식', vocabulary('수출', '계약'))).toEqual(['수출', '계약']);
    expect(splitCompound('중기부장', vocabulary('중기부'))).toBeNull();
  });

  it('keeps a word the corpus writes whole, a short word, and one it cannot cover', () => {
    expect(splitCompound('산불대책', vocabulary('산불대책', '산불', '대책'))).toBeNull();
    expect(splitCompound('산불', vocabulary('산'))).toBeNull();
    expect(splitCompound('카카오뱅크', vocabulary('카카오'))).toBeNull();
    expect(splitCompound('K바이오', vocabulary('바이오'))).toBeNull();
  });
});
