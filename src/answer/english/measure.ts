/**
 * A measure asked by its noun (측정값): "At what altitude were the satellites deployed?" is the figure
 * the article writes right after 고도 ("고도 530㎞"), "How much rain fell on Seohwa-myeon?" the one after
 * 강수량 ("서화면에는 누적 강수량 612㎜가"), "How much snow accumulated in Jeongeup?" the one after the
 * place asked in the list that follows 적설량 ("적설량은 전북 정읍 47.3㎝, 전남 장성 41.8㎝"). The span
 * reader sees such a sentence's other figures as equal candidates ("발사 58분 뒤 고도 530㎞").
 */
import type { Answer, Citation } from '../types.ts';

type Measure = {
  /** The English that asks it. */
  asked: RegExp;
  /** The Korean nouns the figure follows. */
  nouns: readonly string[];
  /** The units its figure is written in. */
  units: string;
};

/** Measures of news (weather, space, transport), each with its Korean nouns and units. */
const MEASURES: readonly Measure[] = [
  { asked: /\baltitudes?\b/iu, nouns: ['고도'], units: '㎞|km|m|미터|킬로미터' },
  { asked: /\bhow high\b|\bheights?\b/iu, nouns: ['높이', '고도'], units: '㎞|km|m|미터' },
  { asked: /\bhow deep\b|\bdepths?\b/iu, nouns: ['깊이', '수심'], units: '㎞|km|m|미터' },
  { asked: /\bhow far\b|\bdistances?\b/iu, nouns: ['거리'], units: '㎞|km|m|미터|킬로미터' },
  { asked: /\bhow fast\b|\b(?:top |maximum )?speeds?\b/iu, nouns: ['최고 속도', '속도', '시속'], units: '㎞/h|km/h|㎞|km|노트' },
  { asked: /\btemperatures?\b|\bhow (?:cold|hot|warm)\b/iu, nouns: ['최저기온', '최고기온', '기온', '체감온도', '온도'], units: '℃|도' },
  { asked: /\bsnow(?:fall)?\b/iu, nouns: ['적설량', '신적설', '적설'], units: '㎝|cm' },
  { asked: /\brain(?:fall)?\b|\bprecipitation\b/iu, nouns: ['강수량', '강우량', '누적 강수량'], units: '㎜|mm' },
  { asked: /\bwinds?\b|\bgusts?\b/iu, nouns: ['순간풍속', '최대풍속', '풍속'], units: 'm/s|㎧' },
];

/** A question that asks the measure's figure (not when, where or who of it). */
const FIGURE_ASKED = /^\s*(?:at what|what (?:was|is|were|are|will be)?|how (?:much|high|deep|far|fast|cold|hot|warm|strong)|by how much|to what)\b/iu;

/** Where the measure's figure may stand after its noun: a particle, "약", nothing else. */
const NEAR = '\\s?(?:은|는|이|가|도|이상|최대|최고|약|\\s)*\\s?';

/** How far after the noun a listed place asked may stand ("적설량은 전북 정읍 47.3㎝"). */
const LIST_REACH = 80;

/** The measure a question asks, or null. */
export function measureAsked(question: string): Measure | null {
  if (!FIGURE_ASKED.test(question)) return null;
  return MEASURES.find((measure) => measure.asked.test(question)) ?? null;
}

/** The figure of the measure in a sentence: after a name asked in a list after its noun, else right after the noun. */
function measureIn(text: string, measure: Measure, names: readonly string[]): { text: string; start: number } | null {
  const figure = `(\\d[\\d,.]*\\s?(?:${measure.units}))`;
  for (const noun of measure.nouns) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
      const after = text.slice(at + noun.length);
      // "적설량은 전북 정읍 47.3㎝, 전남 장성 41.8㎝": the asked place's own figure in the list.
      for (const name of names) {
        const place = after.indexOf(name);
        if (place < 0 || place > LIST_REACH) continue;
        const own = new RegExp(`^[가-힣]{0,3}\\s?${figure}`, 'u').exec(after.slice(place + name.length));
        if (own?.[1]) return { text: own[1], start: at + noun.length + place + name.length + own[0].indexOf(own[1]) };
      }
      const direct = new RegExp(`^${NEAR}${figure}`, 'u').exec(after);
      if (direct?.[1]) return { text: direct[1], start: at + noun.length + direct[0].lastIndexOf(direct[1]) };
    }
  }
  return null;
}

/** A measure read so is stood by as a figure of its own noun. */
const MEASURE_CONFIDENCE = 0.8;

/**
 * @name answerMeasure
 * @description
 * 측정값(고도·높이·적설량·강수량·기온·풍속 …)을 물은 영어 질문: 인용 문장에서 그 명사 바로 뒤 수치(물은 지명이
 * 뒤따르는 목록이면 그 지명 뒤 수치)를 답으로. 없으면 null.
 * @example
 * // "At what altitude …?" over "위성들은 발사 58분 뒤 고도 530㎞ 태양동기궤도에서 분리됐고" → 530㎞
 */
export function answerMeasure(answer: Answer, question: string, names: readonly string[]): Answer | null {
  const measure = measureAsked(question);
  if (!measure || !answer.found) return null;
  for (const [rank, citation] of answer.citations.slice(0, 3).entries()) {
    // A name asked must be in the sentence that gives its measure.
    if (!names.every((name) => citation.text.includes(name))) continue;
    const found = measureIn(citation.text, measure, names);
    if (!found) continue;
    const citations: Citation[] = [citation, ...answer.citations.filter((_, i) => i !== rank)];
    return { ...answer, answer: found.text, answerKind: 'span', confidence: MEASURE_CONFIDENCE, answerStart: found.start, answerEnd: found.start + found.text.length, citations };
  }
  return null;
}
