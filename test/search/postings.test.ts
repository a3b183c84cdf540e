import { describe, expect, it } from 'vitest';
import { checkPassageRange, checkPostings, countPostings } from '../../src/search/postings.ts';

const counts = (entries: [string, number][]) => new Map(entries);
const fields = [
  [counts([['랩허', 2], ['허브', 1]]), counts([['허브', 1]])],
  [counts([['허브', 3]]), counts([])],
  [counts([['예산', 1]]), counts([['랩허', 1]])],
];
const postings = countPostings(3, 2, (p) => fields[p] ?? []);

describe('countPostings', () => {
  it('lists each term\'s passages in order, per field, with frequencies', () => {
    expect(postings.terms).toEqual(['랩허', '허브', '예산']);
    const [text, title] = postings.fields;
    expect([...(text?.offsets ?? [])]).toEqual([0, 1, 3, 4]);
    expect([...(text?.passages ?? [])]).toEqual([0, 0, 1, 2]);
    expect([...(text?.frequencies ?? [])]).toEqual([2, 1, 3, 1]);
    expect([...(title?.passages ?? [])]).toEqual([2, 0]);
  });
  it('counts a passage once per term across fields (document frequency)', () => {
    expect([...postings.documentFrequency]).toEqual([2, 2, 1]);
  });
  it('records distinct terms per passage and field', () => {
    expect([...postings.fieldLengths]).toEqual([2, 1, 1, 0, 1, 1]);
  });
});

describe('checkPostings', () => {
  it('accepts counted postings', () => {
    expect(checkPostings(postings)).toBeNull();
  });
  it('rejects a passage out of range or offsets that do not add up', () => {
    const [text, title] = postings.fields;
    if (!text || !title) throw new Error('fixture');
    const outOfRange = { ...text, passages: Uint32Array.from([0, 0, 1, 9]) };
    expect(checkPassageRange({ ...postings, fields: [outOfRange, title] })).toMatch(/out of range/);
    expect(checkPassageRange(postings)).toBeNull();
    const short = { ...text, offsets: Uint32Array.from([0, 1, 3, 5]) };
    expect(checkPostings({ ...postings, fields: [short, title] })).toMatch(/bad lengths/);
  });
});
