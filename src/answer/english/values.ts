/**
 * Money and dates said in English beside the Korean answer: "약 2,700억 원 (about KRW 270 billion)",
 * "4월 28일 (2023-04-28)". The Korean span stays as the article wrote it; this is a reading aid.
 */
import type { DateFact, Fact, MoneyFact, Qualifier } from '../../facts/types.ts';

const QUALIFIER_WORDS: Partial<Record<Qualifier, string>> = {
  about: 'about',
  max: 'up to',
  min: 'at least',
  over: 'over',
  under: 'under',
  'more-than': 'more than',
};

const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * @name englishMoney
 * @example
 * englishMoney(270_000_000_000, 'KRW', ['about']) // 'about KRW 270 billion'
 * englishMoney(5_900_000_000, 'USD', []) // 'USD 5.9 billion'
 */
export function englishMoney(value: number, unit: string, qualifiers: readonly Qualifier[]): string {
  const scale = SCALES.find(([size]) => Math.abs(value) >= size);
  const amount = scale ? `${trim(value / scale[0])} ${scale[1]}` : trim(value);
  const hedge = qualifiers.map((q) => QUALIFIER_WORDS[q]).find((word) => word !== undefined);
  return `${hedge ? `${hedge} ` : ''}${unit} ${amount}`;
}

/**
 * @name englishDate
 * @example
 * englishDate('2023-04-28', null) // '2023-04-28'
 * englishDate('--04-28', null) // 'April 28'
 * englishDate('2025', 'by') // 'by 2025'
 */
export function englishDate(value: string, relation: DateFact['relation']): string | null {
  let text: string | null = null;
  if (/^\d{4}(-\d{2}){0,2}$/u.test(value)) text = value;
  const monthDay = /^--(\d{2})-(\d{2})$/u.exec(value);
  if (monthDay) text = `${MONTHS[Number(monthDay[1]) - 1] ?? ''} ${Number(monthDay[2])}`.trim();
  if (text === null) return null;
  return relation === 'by' ? `by ${text}` : relation === 'since' ? `since ${text}` : text;
}

/** The English reading of an answer's fact, or null when it is not money or a date. */
export function englishValue(fact: Fact | undefined): string | null {
  if (!fact) return null;
  if (fact.type === 'money') return englishMoneyFact(fact);
  if (fact.type === 'date') return englishDate(fact.value, fact.relation);
  return null;
}

function englishMoneyFact(fact: MoneyFact): string {
  return englishMoney(fact.value, fact.unit, fact.qualifiers);
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}
