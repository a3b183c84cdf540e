/**
 * Query rewriting from the corpus's own vocabulary: typos (jamo edit distance), 초성-only words
 * and learned aliases. Only words the index does not know are rewritten, so the common path
 * costs one map look-up per term.
 */
import { disassemble, isChoseongOnly, normalize, stripJosa } from '../korean/index.ts';
import type { Run } from '../korean/index.ts';
import { aliasKey } from './aliases.ts';
import type { Aliases } from './aliases.ts';
import type { SearchIndexOptions } from './options.ts';
import type { Spelling } from './types.ts';
import { addTerm, queryTerms } from './queryTerms.ts';
import type { WeightedTerms } from './queryTerms.ts';
import type { Vocabulary } from './vocabulary.ts';

export type RewriteContext = {
  vocabulary: Vocabulary;
  aliases: Aliases;
  /** Whether the index holds this term. */
  knows: (term: string) => boolean;
  options: SearchIndexOptions;
};

export type Rewrite = {
  /** Terms added (alternatives; they do not count in the query's total weight). */
  added: WeightedTerms;
  /** Original terms replaced by a rewrite (left out of the total weight). */
  replaced: Set<string>;
  /** What was spelled otherwise: { from: '랩헙', to: '랩허브' }. */
  spellings: Spelling[];
};

/** Jamo edits allowed for a word of this many jamo: none for short words, one otherwise (two cost ~20× more). */
function maxEdits(jamoLength: number): number {
  return jamoLength < 5 ? 0 : 1;
}

function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < word.length; k++) out.push(word.slice(k, k + 2));
  return out;
}

function addAlternative(rewrite: Rewrite, text: string, weight: number, context: RewriteContext): void {
  const { terms } = queryTerms(normalize(text), context.options, weight);
  for (const [term, w] of terms) addTerm(rewrite.added, term, w);
}

/** Typo and 초성 rewriting of the query's Hangul and jamo runs. */
function rewriteWords(runs: readonly Run[], context: RewriteContext, rewrite: Rewrite): void {
  const { vocabulary, knows, options } = context;
  for (const run of runs) {
    if (run.kind === 'jamo' && isChoseongOnly(run.text)) {
      const found = vocabulary.choseong(run.text).slice(0, 3);
      if (found.length > 0) rewrite.replaced.add(run.text);
      for (const match of found) {
        addAlternative(rewrite, match.word, options.rewriteWeight, context);
        rewrite.spellings.push({ from: run.text, to: match.word });
      }
      continue;
    }
    if (run.kind !== 'hangul' || run.text.length < 2) continue;
    const stem = stripJosa(run.text);
    const unknown = bigrams(stem).filter((b) => !knows(b));
    if (unknown.length === 0) continue;
    const jamoLength = disassemble(stem).length;
    // The two closest corpus words (most frequent first), not the word itself.
    const closest = vocabulary.closest(stem, maxEdits(jamoLength), (word) => word !== stem && word !== run.text, 2);
    if (closest.length === 0) continue;
    for (const term of unknown) rewrite.replaced.add(term);
    for (const match of closest) {
      addAlternative(rewrite, match.word, options.rewriteWeight, context);
      rewrite.spellings.push({ from: stem, to: match.word });
    }
  }
}

/** Alias rewriting over word n-grams of the normalized query ("auditum bio" → 아우디툼바이오). */
function rewriteAliases(normalizedQuery: string, context: RewriteContext, rewrite: Rewrite): void {
  const words = normalizedQuery.split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n);
      const last = phrase[phrase.length - 1] ?? '';
      const keys = new Set([aliasKey(phrase.join(' ')), aliasKey([...phrase.slice(0, -1), stripJosa(last)].join(' '))]);
      for (const key of keys) {
        for (const alternative of context.aliases.get(key) ?? []) {
          addAlternative(rewrite, alternative, context.options.aliasWeight, context);
          rewrite.spellings.push({ from: key, to: alternative });
        }
      }
    }
  }
}

/**
 * @name rewriteQuery
 * @description
 * 색인에 없는 검색어를 말뭉치 어휘로 고친다: 오타("랩헙"→"랩허브"), 초성("ㄷㅇㅈㅇ"→"대웅제약"),
 * 본문이 정의한 별칭("auditum bio"→"아우디툼바이오").
 */
export function rewriteQuery(normalizedQuery: string, runs: readonly Run[], context: RewriteContext): Rewrite {
  const rewrite: Rewrite = { added: new Map(), replaced: new Set(), spellings: [] };
  rewriteWords(runs, context, rewrite);
  rewriteAliases(normalizedQuery, context, rewrite);
  return rewrite;
}
