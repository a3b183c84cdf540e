import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, tokenizeNormalized } from '../../src/korean/index.ts';
import { countWords, WordCounter } from '../../src/search/vocabulary.ts';
import { checkPassageRange, checkPostings, countPostings, PostingsBuilder } from '../../src/search/postings.ts';

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

describe('PostingsBuilder.addPassage', () => {
  const texts = fc.array(fc.constantFrom('랩허브', '의', ' ', '예산', '2,700억', '원', 'ul', '솔루션즈', '(', ')', '3.5', '가', '브랩'), { maxLength: 25 }).map((p) => normalize(p.join('')));

  it('numbers terms and logs postings as addTerms does with the text tokenized, and counts words as countWords does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(texts, texts), { minLength: 1, maxLength: 12 }), (passages) => {
        const byTerms = new PostingsBuilder(2);
        const byText = new PostingsBuilder(2);
        const words = new Map<string, number>();
        const counter = new WordCounter();
        for (const [body, title] of passages) {
          byTerms.addTerms([tokenizeNormalized(body), tokenizeNormalized(title)]);
          countWords(body, words);
          byText.addPassage([body, tokenizeNormalized(title)], (text, start, end) => counter.addRun(text, start, end));
        }
        expect(byText.finish()).toEqual(byTerms.finish());
        expect(counter.words).toEqual([...words.keys()]);
        expect([...counter.countList()]).toEqual([...words.values()]);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('keeps term numbers right past the first table sizes (70,000 distinct bigrams)', () => {
    const pair = (i: number) => String.fromCharCode(0xac00 + Math.floor(i / 11172) * 100, 0xac00 + (i % 11172));
    const byTerms = new PostingsBuilder(1);
    const byText = new PostingsBuilder(1);
    const firstUse = new Set<string>();
    const passagesOf = new Map<string, Set<number>>();
    for (let p = 0; p < 70; p++) {
      // Pairs apart by punctuation: no bigram across them. Each passage repeats a few of the last one's.
      const text = Array.from({ length: 1010 }, (_, k) => pair(Math.max(0, p * 1000 + k - 10))).join('.');
      byTerms.addTerms([tokenizeNormalized(text)]);
      byText.addPassage([text]);
      for (const term of tokenizeNormalized(text)) {
        firstUse.add(term);
        passagesOf.set(term, (passagesOf.get(term) ?? new Set()).add(p));
      }
    }
    const a = byText.finish();
    expect(a.terms.length).toBe(70_000);
    // Checked against plain maps, not only against the other path (both number terms the same way).
    expect(a.terms).toEqual([...firstUse]);
    expect([...a.documentFrequency]).toEqual(a.terms.map((t) => passagesOf.get(t)?.size));
    expect(a).toEqual(byTerms.finish());
  });
});

describe('passage numbers', () => {
  it('are 16-bit up to 65,536 passages and 32-bit past that, with the same rows', () => {
    const build = (count: number) => {
      const builder = new PostingsBuilder(1);
      for (let p = 0; p < count; p++) builder.addTerms([p % 1000 === 0 ? ['드문', '흔한'] : ['흔한']]);
      return builder.finish();
    };
    const narrow = build(0x10000);
    const wide = build(0x10001);
    expect(narrow.fields[0]?.passages).toBeInstanceOf(Uint16Array);
    expect(wide.fields[0]?.passages).toBeInstanceOf(Uint32Array);
    const rare = (p: ReturnType<typeof build>) => {
      const field = p.fields[0]!;
      const t = p.terms.indexOf('드문');
      return [...field.passages.subarray(field.offsets[t], field.offsets[t + 1])];
    };
    expect(rare(narrow)).toEqual(Array.from({ length: 66 }, (_, k) => k * 1000));
    expect(rare(wide)).toEqual(rare(narrow));
    expect(wide.fields[0]?.passages.at(-1)).toBe(0x10000);
    expect(checkPassageRange(narrow)).toBeNull();
  });
});
