/**
 * English lemmas by a few suffix rules: enough to find "startups", "signed", "investing" and
 * "companies" under their glossary entries. Candidates, not an analysis: the glossary decides.
 */

/**
 * @example
 * lemmas('companies') // ['company', 'companie', 'compani']
 * lemmas('investing') // ['invest', 'investe']
 * lemmas('planned') // ['planne', 'plann', 'plan']
 */
export function lemmas(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  const out: string[] = [];
  const add = (candidate: string) => {
    if (candidate.length >= 2 && candidate !== word && !out.includes(candidate)) out.push(candidate);
  };
  if (w !== word) add(w);
  // British spellings under the American entries: "organisations", "honours", "centres", "programmes".
  const american = w.replace(/isation(s?)$/u, 'ization$1').replace(/is(e|ed|es|ing)$/u, 'iz$1').replace(/our(s?)$/u, 'or$1').replace(/tre(s?)$/u, 'ter$1').replace(/amme(s?)$/u, 'am$1');
  if (american !== w) {
    add(american);
    for (const lemma of lemmas(american)) add(lemma);
  }
  if (/ies$/u.test(w)) add(`${w.slice(0, -3)}y`);
  if (/(s|x|z|ch|sh)es$/u.test(w)) add(w.slice(0, -2));
  if (/[^s]s$/u.test(w)) add(w.slice(0, -1));
  if (/ed$/u.test(w)) {
    // "used" is use before us (the pronoun, or the country in the glossary).
    add(w.slice(0, -1));
    add(w.slice(0, -2));
    if (/(.)\1ed$/u.test(w)) add(w.slice(0, -3));
    if (/ied$/u.test(w)) add(`${w.slice(0, -3)}y`);
  }
  if (/ing$/u.test(w)) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
    if (/(.)\1ing$/u.test(w)) add(w.slice(0, -4));
  }
  return out;
}
