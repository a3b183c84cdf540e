/**
 * Span shapes and feature vectors are read by hand for speed (./features.ts `shapeOf`,
 * `SparseFeatures`): they must say what the plain expressions say — a span's words as
 * `split(' ')` gives them, particles and verb endings as the patterns read them, and a score summed
 * over every feature in index order.
 */
import { describe, expect, it } from 'vitest';
import { sentenceCandidates } from '../../../src/answer/span/candidates.ts';
import { FEATURE_COUNT, shapeOf, SparseFeatures } from '../../../src/answer/span/features.ts';
import { ruleSpanModel } from '../../../src/answer/span/model.ts';

/** What a span's inner words say, the plain way (the patterns the shapes were first read with). */
function plainInner(text: string): { innerParticle: boolean; innerVerb: boolean; innerComma: boolean; firstWord: string; lastWord: string } {
  const words = text.split(' ');
  let innerParticle = false;
  let innerVerb = false;
  let innerComma = false;
  for (const word of words.slice(0, -1)) {
    if (word.endsWith(',')) innerComma = true;
    else if (/(을|를|이|가|은|는|에|에서|에게|으로|로|와|과|인|이며|이자|이고)$/u.test(word)) innerParticle = true;
    else if (/([한된던는할될했하고며서게록해면]|도록|려고|지만|는데|면서)$/u.test(word)) innerVerb = true;
  }
  const lower = (word: string) => word.toLowerCase();
  return { innerParticle, innerVerb, innerComma, firstWord: words.length > 1 ? lower(words[0]!) : '', lastWord: words.length > 1 ? lower(words.at(-1)!) : '' };
}

const SENTENCES = [
  '서울시는 지난 3일 강남구에 연구센터를 세우는 데 2,700억 원을 쓰기로 했다고 밝혔다.',
  '김 대표는 “AI 반도체, 바이오, 이차전지 분야에서 협력하며 수출을 늘리겠다”고 말했다.',
  '《택리지》를 쓴 이중환(李重煥)은 전국을 돌아다니면서 지리를 살폈지만 벼슬에는 나가지 않았는데 𠮷野 씨도 그랬다.',
  'Samsung SDI와 LG에너지솔루션은 2025년까지 3개 공장을 짓도록  합의했다.',
  // Letters of other scripts with and without a lower case, next to Hangul: words lower-cased as toLowerCase does.
  'ΣΟΦΙΑ·İstanbul 센터와 “Ⅻ세기” 漢字 전시, ＡＢＣ 부스·ДОМ 관은 𐐀𐐁 표기를 썼다.',
];

describe('shapeOf', () => {
  it('reads inner words, first and last words as split and the patterns read them', () => {
    for (const sentence of SENTENCES) {
      for (const candidate of sentenceCandidates(sentence, [])) {
        const shape = shapeOf(candidate, sentence);
        const plain = plainInner(candidate.text);
        expect({ text: candidate.text, ...plain }).toEqual({
          text: candidate.text,
          innerParticle: shape.innerParticle,
          innerVerb: shape.innerVerb,
          innerComma: shape.innerComma,
          firstWord: shape.firstWord,
          lastWord: shape.lastWord,
        });
        expect(shape.lenLog).toBe(Math.log1p(candidate.text.length));
      }
    }
  });

  it('reads a span ending a clause inside it as holding a clause, a name as not', () => {
    const sentence = '이중환은 전국을 돌아다니면서 지리를 살폈다.';
    const shapes = new Map(sentenceCandidates(sentence, []).map((candidate) => [candidate.text, shapeOf(candidate, sentence)]));
    expect(shapes.get('전국을 돌아다니면서 지리')).toMatchObject({ innerParticle: true, innerVerb: true, innerComma: false });
    expect(shapes.get('이중환')).toMatchObject({ innerParticle: false, innerVerb: false, firstWord: '', lastWord: '' });
    const figures = 'Samsung SDI는 2025년까지 3개 공장을 짓는다.';
    const span = sentenceCandidates(figures, []).find((candidate) => candidate.text === '2025년까지 3개 공장');
    expect(shapeOf(span!, figures).units).toEqual(['년', '개']);
  });
});

describe('SparseFeatures', () => {
  it('scores to the bit what the whole vector scores, whatever order the features are written in', () => {
    const model = ruleSpanModel();
    const features = new SparseFeatures();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 50; round++) {
      features.clear();
      for (let k = 0; k < 40; k++) {
        const index = Math.floor(random() * FEATURE_COUNT);
        // Some written back to zero: they stay written and add nothing.
        features.set(index, random() < 0.2 ? 0 : random() * 3 - 1);
      }
      expect(Object.is(features.dot(model.vector), model.score(features.values))).toBe(true);
      const out = new Float64Array(2);
      features.dots(model.vector, model.vector, out);
      expect(Object.is(out[0], model.score(features.values))).toBe(true);
    }
    features.clear();
    expect(features.values.every((value) => value === 0)).toBe(true);
    expect(features.dot(model.vector)).toBe(0);
  });
});
