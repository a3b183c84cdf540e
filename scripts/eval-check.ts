/**
 * `npx tsx scripts/eval-check.ts [--corpus PATH]`: how the message check ("기사와 대조") does on claims
 * whose truth is known. Every sentence of the corpus that states an amount, count, percentage or
 * date is sent as a message twice: as written (its figures must agree) and with every number
 * doubled (those figures must differ, never agree). Prints the share of each verdict.
 */
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/answer/index.ts';
import { extractFacts } from '../src/facts/index.ts';
import { loadCorpus } from '../src/corpus/index.ts';
import type { Verdict } from '../src/answer/types.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'seeds' } } });
const { articles } = await loadCorpus(values.corpus);
const { engine } = await loadEngine(values.corpus);

const CHECKED = new Set(['money', 'count', 'percent', 'date']);
/** Doubles every number: "약 2,700억 원" → "약 5400억 원", "4.26" → "8.52". */
const doubled = (text: string) => text.replace(/\d[\d,]*(\.\d+)?/gu, (digits) => String(Number(digits.replace(/,/gu, '')) * 2));

const tally = (label: string) => ({ label, claims: 0, verdicts: { agrees: 0, differs: 0, unknown: 0 } as Record<Verdict, number> });
const asWritten = tally('as written (should agree)');
const changed = tally('numbers doubled (should differ)');
for (const article of articles) {
  const figured = new Set(extractFacts(article).filter((fact) => CHECKED.has(fact.type)).map((fact) => fact.sentenceIndex));
  for (const sentence of article.sentences) {
    if (!figured.has(sentence.index)) continue;
    for (const [text, into] of [[sentence.text, asWritten], [doubled(sentence.text), changed]] as const) {
      const { claims } = await engine.checkMessage(text);
      for (const claim of claims) {
        if (!CHECKED.has(claim.claim.type)) continue;
        // A figure without digits ("올해", "지난해") is not changed by doubling.
        if (into === changed && !/\d/u.test(claim.claim.text)) continue;
        into.claims++;
        into.verdicts[claim.verdict]++;
        if (process.env.VERBOSE && into === changed && claim.verdict === "agrees") console.error(`agrees after doubling: ${claim.claim.text} ~ ${claim.stated?.text} (${claim.topic})`);
      }
    }
  }
}
for (const { label, claims, verdicts } of [asWritten, changed]) {
  const share = (n: number) => `${n} (${claims ? ((100 * n) / claims).toFixed(1) : '0.0'}%)`;
  console.log(`${label}: ${claims} claims — agrees ${share(verdicts.agrees)}, differs ${share(verdicts.differs)}, unknown ${share(verdicts.unknown)}`);
}
