/**
 * Short jamo keys within one edit of a query key, found by deletions (SymSpell's idea) instead of a
 * walk of the whole jamo tree: a key and each of its one-letter deletions are numbers in one sorted
 * table, so a query probes its own key and its deletions by binary search.
 *
 * Why: the answer stage weighs every letter pair of the sentences it reads, and a pair the index
 * does not hold is analyzed as a query, typo look-up included (`Vocabulary.fuzzy`, one edit): the
 * tree walk cost ~0.4 ms a pair, ~4% of a median question at 50× KorQuAD. Two keys are within one
 * edit (Levenshtein: a substitution, an insertion or a deletion) exactly when one of them, or one of
 * its one-letter deletions, is the other or one of the other's one-letter deletions; every candidate
 * found so is then checked (`withinOneEdit`), so the keys found are exactly those the walk finds.
 */

/** Keys this long or shorter are tabled; a query may be one letter shorter (its matches are at most one longer). */
export const TYPO_KEY_MAX = 7;

/** Compatibility jamo (ㄱ U+3131 … ㅣ U+3163): what `disassemble` makes of Hangul syllables. */
const FIRST = 0x3131;
const LAST = 0x3163;
/** A key as a number: one base-52 digit per letter (1…51), so a key of up to 7 letters is an exact integer (< 2^53). */
const BASE = 52;

/** `key` without its letter at `skip` (-1: the whole key) as a number, or -1 when a letter is no compatibility jamo. */
function codeOf(key: string, skip: number): number {
  let code = 0;
  for (let i = 0; i < key.length; i++) {
    if (i === skip) continue;
    const c = key.charCodeAt(i);
    if (c < FIRST || c > LAST) return -1;
    code = code * BASE + (c - FIRST + 1);
  }
  return code;
}

/** Whether two keys are at most one edit apart (a substitution, an insertion or a deletion). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  // Past the first difference the rest must agree: after a substitution, or after the extra letter.
  const skipShort = long.length === short.length ? 1 : 0;
  for (let j = i + 1; j < long.length; j++) if (long.charCodeAt(j) !== short.charCodeAt(j - 1 + skipShort)) return false;
  return true;
}

export class TypoIndex {
  /** Sorted numbers of every tabled key and of each of its one-letter deletions. */
  private readonly codes: Float64Array;
  /** The key (index in `keys`) each entry of `codes` comes from. */
  private readonly owners: Int32Array;

  /** `keys`: distinct jamo keys; those longer than `TYPO_KEY_MAX` or holding other letters are left out. */
  constructor(private readonly keys: readonly string[]) {
    const codes: number[] = [];
    const owners: number[] = [];
    keys.forEach((key, k) => {
      if (key.length > TYPO_KEY_MAX || codeOf(key, -1) < 0) return;
      let previous = -1;
      for (let skip = -1; skip < key.length; skip++) {
        const code = codeOf(key, skip);
        // Deleting either letter of a double ("ㅏㅏ") gives the same key: listed once.
        if (code === previous) continue;
        previous = code;
        codes.push(code);
        owners.push(k);
      }
    });
    const order = Array.from(codes.keys()).sort((x, y) => (codes[x] ?? 0) - (codes[y] ?? 0) || (owners[x] ?? 0) - (owners[y] ?? 0));
    this.codes = Float64Array.from(order, (i) => codes[i] ?? 0);
    this.owners = Int32Array.from(order, (i) => owners[i] ?? 0);
  }

  /** Whether `key` can be looked up here: a query of compatibility jamo, short enough that every match is tabled. */
  covers(key: string): boolean {
    return key.length < TYPO_KEY_MAX && codeOf(key, -1) >= 0;
  }

  /** The tabled keys within one edit of `key` (it included when tabled), in no particular order; `covers(key)` must hold. */
  within(key: string): string[] {
    return this.withinIds(key).map((k) => this.keys[k] ?? '');
  }

  /** `within`, as the keys' positions in the list the index was made from. */
  withinIds(key: string): number[] {
    const found = new Set<number>();
    for (let skip = -1; skip < key.length; skip++) {
      const code = codeOf(key, skip);
      for (let at = this.lowerBound(code); at < this.codes.length && this.codes[at] === code; at++) found.add(this.owners[at] ?? 0);
    }
    const ids: number[] = [];
    for (const k of found) if (withinOneEdit(key, this.keys[k] ?? '')) ids.push(k);
    return ids;
  }

  private lowerBound(code: number): number {
    let lo = 0;
    let hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.codes[mid] ?? 0) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
