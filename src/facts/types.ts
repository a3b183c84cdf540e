/**
 * Facts extracted from article sentences: each one the exact span it was read from, a
 * normalized value, and the sentence that says it (so every fact can be cited).
 */

export type FactType =
  | 'money'
  | 'date'
  | 'count'
  | 'area'
  | 'duration'
  | 'percent'
  | 'person'
  | 'quote';

/** How a figure is hedged in the text: 약 (about), 최대 (at most), 이상 (at least), …. */
export type Qualifier = 'about' | 'max' | 'min' | 'over' | 'under' | 'more-than';

/** What every fact shares: where it was read (article, sentence, offsets) and the exact text. */
export type FactSpan = {
  /** The exact span as written in the sentence (e.g. "약 2,700억 원"). */
  text: string;
  articleId: string;
  /** Index of the sentence in its article (see `Sentence.index`). */
  sentenceIndex: number;
  /** The whole sentence the fact was read from. */
  sentence: string;
  /** Character offsets of `text` in `sentence`: `sentence.slice(start, end) === text`. */
  start: number;
  end: number;
};

/** 금액: "약 2,700억 원" → 270000000000 KRW, qualifier 'about'. */
export type MoneyFact = FactSpan & {
  type: 'money';
  value: number;
  /** ISO 4217 code: KRW, USD, EUR, JPY, CNY, …. */
  unit: string;
  qualifiers: Qualifier[];
  /** A conversion the text gives alongside, e.g. "59억 달러(약 7조9000억 원)". */
  converted: { value: number; unit: string; qualifiers: Qualifier[] } | null;
};

/**
 * 날짜: value is ISO-like, as precise as the text allows: "2023-04-28", "2023-04", "2025", "--04-28"
 * (year unknown), "---25" (day only); a relative word an undated article cannot resolve stays as
 * written ("지난해", "올해") with `resolved` false.
 */
export type DateFact = FactSpan & {
  type: 'date';
  value: string;
  unit: null;
  /** True when every part of `value` came from the text or the article's date; false when partial. */
  resolved: boolean;
  /** "by" for "2025년까지", "as-of" for "5월 3일 기준", null otherwise. */
  relation: 'by' | 'as-of' | 'since' | null;
  /** The last day of a range ("3월 20~22일" → value 2024-03-20, until 2024-03-22), null for one date. */
  until: string | null;
};

/** 수량: "15개 사" → 15 개사, "100여명" → 100 명 with qualifier 'about'. */
export type CountFact = FactSpan & {
  type: 'count';
  value: number;
  /** The counter (단위 명사) as normalized: 개, 개사, 곳, 건, 명, 개소, 개국, …. */
  unit: string;
  qualifiers: Qualifier[];
  /**
   * What is counted, as the sentence names it next to the figure, or null: "38개 VC" → VC,
   * "11명의 한미 클러스터 전문가들" → 한미 클러스터 전문가, "기업·기관(19개)" → 기업·기관,
   * "스타트업 15개 사" → 스타트업, "30여 개 기관" → 기관.
   */
  counted: string | null;
};

/** 면적: value in square metres. */
export type AreaFact = FactSpan & {
  type: 'area';
  value: number;
  unit: 'm²';
  qualifiers: Qualifier[];
};

/** 기간: "12년 만" → 12 years. */
export type DurationFact = FactSpan & {
  type: 'duration';
  value: number;
  unit: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
  qualifiers: Qualifier[];
};

export type PercentFact = FactSpan & {
  type: 'percent';
  value: number;
  unit: '%' | '%p';
  qualifiers: Qualifier[];
};

/** 인물: "이영 중소벤처기업부 장관" → name 이영, title 장관, organization 중소벤처기업부. */
export type PersonFact = FactSpan & {
  type: 'person';
  /** The full name, after resolving short references ("윤 대통령" → "윤석열"). */
  value: string;
  unit: null;
  name: string;
  title: string | null;
  organization: string | null;
};

/** 인용: a quoted statement and who said it. */
export type QuoteFact = FactSpan & {
  type: 'quote';
  /** The quoted words without the quote marks. */
  value: string;
  unit: null;
  /** The speaker's name as resolved within the article, or null when the text names none. */
  speaker: string | null;
  /** The speaker's title/organization as written next to the name ("중기부 차관"), or null. */
  speakerTitle: string | null;
  /** Further sentences the same quote continues into (their indexes), for multi-sentence quotes. */
  continuedIn: number[];
};

export type Fact =
  | MoneyFact
  | DateFact
  | CountFact
  | AreaFact
  | DurationFact
  | PercentFact
  | PersonFact
  | QuoteFact;
