/**
 * 다른 재무 지표 (another measure of money): "낸드플래시 3분기 영업이익 얼마?" is not answered
 * "5조4,100억 원" from "사업부별 매출은 … 낸드플래시 5조4,100억 원 …", nor "기업가치는 얼마로 평가받았나"
 * by "450억 원 규모의 시리즈C 투자를 유치했다". News keeps these measures apart (매출 is no 영업이익, an
 * investment raised is no valuation, no IPO offering, no fine): when the question names one, and the
 * figure's sentence names only others, the figure is another measure's and the sentence is offered.
 */

type Measure = { readonly pattern: RegExp; readonly deal?: true };

/** Measures of money a news story states apart; a deal (an investment raised, a contract) is no measure asked, but a sentence naming only deals states no measure asked. */
const MEASURES: readonly Measure[] = [
  { pattern: /매출/u },
  { pattern: /영업\s?(?:이익|익|손실|적자)/u },
  { pattern: /순\s?(?:이익|익|손실)/u },
  { pattern: /기업\s?가치|몸값|밸류에이션/u },
  { pattern: /시가\s?총액|시총/u },
  { pattern: /공모\s?(?:가|액|금액|규모|자금|예정)|상장\s?공모/u },
  { pattern: /투자|유치(?!원)/u, deal: true },
  { pattern: /계약|수주/u, deal: true },
  { pattern: /과징금/u },
  { pattern: /과태료/u },
  { pattern: /벌금/u },
  { pattern: /추징/u },
  { pattern: /연봉/u },
  { pattern: /이적료/u },
];

function named(text: string): Set<number> {
  const found = new Set<number>();
  MEASURES.forEach((measure, index) => {
    if (measure.pattern.test(text)) found.add(index);
  });
  return found;
}

/**
 * The measures the question asks, deals left out ("시리즈C 투자에서 기업가치는 얼마" asks the valuation;
 * "이적 계약에 붙은 옵션 금액" names only a deal, whose terms any of its sentences may state).
 */
function askedMeasures(question: string): number[] {
  return [...named(question)].filter((index) => MEASURES[index]?.deal !== true);
}

/** Whether `sentence` names measures of money (or deals), none of them one `question` asks. */
export function otherMeasure(question: string, sentence: string): boolean {
  const asked = askedMeasures(question);
  if (asked.length === 0) return false;
  const stated = named(sentence);
  return stated.size > 0 && !asked.some((index) => stated.has(index));
}
