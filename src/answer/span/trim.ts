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
const LEADING_FILLERS = new Set([
  '결국', '사이', '이로써', '이후', '또한', '역시', '다시', '바로', '모두', '특히', '이에', '그러나', '하지만', '따라서',
  '그리고', '또', '및', '즉', '곧', '이미', '아직', '한편', '당시', '이때', '그러자', '그러면서', '이어', '이후에',
]);

/** Endings of a verb's connective or adnominal form: the eojeol leads into what follows. */
const VERB_FORM = /(?:은|를|하여|하고|하며|해서|되어|되며|되고|했고|했으며|했던|하던|하는|되는|된|한|던|는|할|될|아서|어서|으며|면서|려고|도록|으로써|에서|에게|으로|부터|까지|고|며|여|려|게|면|니)$/u;

/** A figure's trailing ending the particle list leaves ("3살때", "1969년전", "40분만", "3월부터"). */
const FIGURE_ENDING = /(\d\s*[가-힣%]*?(?:년|월|일|시|분|초|살|세|명|개|곳|건|번|회|위|대|차|주|호|층|권|배|원|달러|%))(?:때|전|후|만|부터|까지|께|경|쯤|간|동안|여|뒤|마다)$/u;
/** A last word that only qualifies a figure ("140개 정도", "3만 명 가량"). */
const TRAILING_QUALIFIER = /(\d[^\s]*)\s+(?:정도|가량|남짓|내외|쯤)$/u;

/** The span trimmed (new offsets into `sentence`); the span itself when nothing is cut. */
export function trimSpan(sentence: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  // A leading word that only leads in, as long as a word is left.
  for (;;) {
    const text = sentence.slice(from, to);
    const space = text.indexOf(' ');
    if (space <= 0) break;
    const first = text.slice(0, space);
    if (!LEADING_FILLERS.has(first) && !VERB_FORM.test(first)) break;
    from += space + 1;
    while (sentence[from] === ' ') from++;
  }
  const qualifier = TRAILING_QUALIFIER.exec(sentence.slice(from, to));
  if (qualifier?.[1]) to = from + qualifier.index + qualifier[1].length;
  const ending = FIGURE_ENDING.exec(sentence.slice(from, to));
  if (ending?.[1] && ending.index + ending[1].length < to - from) to = from + ending.index + ending[1].length;
  return { start: from, end: to };
}
