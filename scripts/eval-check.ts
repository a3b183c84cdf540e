/**
 * `npx tsx scripts/eval-check.ts [--corpus PATH]`: how the message check ("기사와 대조") does on claims
 * whose truth is known. Every sentence of the corpus that states an amount, count, percentage or
 * date is sent as a message twice: as written (its figures must agree) and with every number
 * doubled (those figures must differ, never agree). Prints the share of each verdict.
 * With `--claims FILE` (JSONL `{id, message, expect: [[claim text, verdict], …]}`, e.g.
 * eval/check-seed-dev.jsonl), also scores hand-labelled chat messages: each expected claim must be
 * read with the expected verdict, and no other claim read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/answer/index.ts';
import { extractFacts } from '../src/facts/index.ts';
import { loadCorpus } from '../src/corpus/index.ts';
import type { Verdict } from '../src/answer/types.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'seeds' }, claims: { type: 'string' } } });
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

if (values.claims) {
  let right = 0;
  let total = 0;
  /** Said the opposite (agrees ↔ differs), or took an unknown claim for one the articles decide. */
  let wrong = 0;
  /** Said "not in the articles" (or did not read the claim) where the articles decide it. */
  let missed = 0;
  let extra = 0;
  for (const line of readFileSync(values.claims, 'utf8').split('\n').filter((l) => l.trim() !== '')) {
    const item = JSON.parse(line) as { id: string; message: string; expect: [string, Verdict][] };
    const { claims } = await engine.checkMessage(item.message);
    const read = claims.map((c) => [c.claim.type === 'quote' ? `“${c.claim.value}”` : c.claim.text, c.verdict] as const);
    for (const [text, verdict] of item.expect) {
      total++;
      const found = read.find(([claim]) => claim === text);
      if (found?.[1] === verdict) right++;
      else {
        if (found && found[1] !== 'unknown') wrong++;
        else missed++;
        console.error(`${item.id}: ${text} expected ${verdict}, got ${found?.[1] ?? 'not read'}`);
      }
    }
    extra += read.filter(([claim]) => !item.expect.some(([text]) => text === claim)).length;
  }
  console.log(`labelled claims (${values.claims}): ${right}/${total} right, ${wrong} wrong, ${missed} missed (unknown or not read), ${extra} claims read that were not expected`);
}
