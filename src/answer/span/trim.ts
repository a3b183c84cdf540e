/**
 * 답 다듬기: what a span the scorer chose carries beyond its answer, cut off.
 *
 * The scorer's candidates are runs of whole eojeols; a run may start with a word that only leads
 * into the answer (a verb's connective form "출마하여 부산 영도구", an adverb "결국 이대수", a
 * noun of relation "사이 일본") and may end in an ending the particle list does not know after a
 * figure ("3살때", "1969년전", "40분만"). Neither is part of the answer; read out, the first is a
 * fragment and the second a misspelling.
 */

/** Words that lead into a noun without being part of its name (adverbs, relations, determiners). */
export const LEADING_FILLERS: ReadonlySet<string> = new Set([
  '결국', '사이', '이로써', '이후', '또한', '역시', '다시', '바로', '모두', '특히', '이에', '그러나', '하지만', '따라서',
  '그리고', '또', '및', '즉', '곧', '이미', '아직', '한편', '당시', '이때', '그러자', '그러면서', '이어', '이후에',
  '주로', '이처럼', '드디어', '심지어', '유독', '대략', '탓에', '덕분에', '마침내', '비로소', '오직', '오로지', '단지',
  // Words that point at or frame a figure or name ('무려 3천만 원', '이에 따라 파나마').
  '무려', '따라', '불과', '겨우',
]);

/** Endings of a verb's connective or adnominal form: the eojeol leads into what follows. */
const VERB_FORM = /(?:시켜|들어|은|를|하여|하고|하며|해서|되어|되며|되고|했고|했으며|했던|하던|하는|되는|된|한|던|는|할|될|아서|어서|으며|면서|려고|도록|으로써|에서|에게|으로|부터|까지|고|며|여|려|게|면|니)$/u;

/** A figure's trailing ending the particle list leaves ("3살때", "1969년전", "40분만", "3월부터"). */
const FIGURE_ENDING = /(\d\s*[가-힣%]*?(?:년|월|일|시|분|초|살|세|명|개|곳|건|번|회|위|대|차|주|호|층|권|배|원|달러|%))(?:때|전|후|만|부터|까지|께|경|쯤|(?<!시)간|동안|여|뒤|마다)$/u;
/** A last word that only qualifies a figure ("140개 정도", "3만 명 가량"). */
const TRAILING_QUALIFIER = /(\d[^\s]*)\s+(?:정도|가량|남짓|내외|쯤)$/u;

/**
 * A particle the candidates' particle list leaves on a span's last word: 뿐 ("미가엘뿐"), a copula
 * or direction particle after Latin letters or digits ("E-II라", "KH-2로"), one standing alone after a
 * space ("KH-2 로"), and a closing 등 ("조준 등": the list goes on, the name is the answer).
 */
const TRAILING_PARTICLE = /(?:(?<=[가-힣]{2})뿐|(?<=[A-Za-z0-9])(?:이라|라|으로|로)|\s+(?:으로|로|등))$/u;

/** The span trimmed (new offsets into `sentence`); the span itself when nothing is cut. */
export function trimSpan(sentence: string, start: number, end: number, options: { figureEnding?: boolean } = {}): { start: number; end: number } {
  let from = start;
  let to = end;
  // A leading word that only leads in, as long as a word is left.
  for (;;) {
    const text = sentence.slice(from, to);
    const space = text.indexOf(' ');
    if (space <= 0) break;
    const first = text.slice(0, space);
    // A figure ("30여 개", "250여 년") is never a verb form, whatever its last letter.
    if (!LEADING_FILLERS.has(first) && (/\d/u.test(first) || !VERB_FORM.test(first))) break;
    from += space + 1;
    while (sentence[from] === ' ') from++;
  }
  const particle = TRAILING_PARTICLE.exec(sentence.slice(from, to));
  if (particle && particle.index > 0) to = from + particle.index;
  // A reader's figure keeps its ending ("2030년 6월까지" asked 언제까지): the reader read it whole.
  if (options.figureEnding === false) return { start: from, end: to };
  const qualifier = TRAILING_QUALIFIER.exec(sentence.slice(from, to));
  if (qualifier?.[1]) to = from + qualifier.index + qualifier[1].length;
  const ending = FIGURE_ENDING.exec(sentence.slice(from, to));
  if (ending?.[1] && ending.index + ending[1].length < to - from) to = from + ending.index + ending[1].length;
  return { start: from, end: to };
}
