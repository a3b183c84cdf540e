/**
 * `npm run train:calibration [-- --cache FILE] [--out FILE]`: fits the confidence maps
 * (src/answer/span/calibration.ts) — run after `npm run train` and `npm run train:gate`, whose
 * numbers decide which spans are shown.
 *
 * Each KorQuAD dev question (../shared/eval/korquad-dev) goes through the engine's own `answer()`
 * (`--top 5`, as `ask` does); every span shown is recorded with the reader's raw confidence and its
 * basis (`observeShown`) and labelled exactly right or not (KorQuAD comparison). Per basis, an
 * isotonic map is fitted on the TRAIN half (split by Wikipedia article as `npm run train` splits it)
 * and checked on the validation half. A basis with fewer than `--min` spans keeps its raw number.
 * Writes only numbers and figures: no KorQuAD text enters the repository.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Calibration, CalibrationFile, CONFIDENCE_BASES, fitIsotonic, observeShown, type ShownObservation } from '../src/answer/span/calibration.ts';
import { parseArgs, PROJECT_ROOT } from './cli.ts';
import { openKorquad } from './korquad-engine.ts';
import { exactMatch } from './korquad-metrics.ts';

/** One shown span: its basis, raw confidence, whether it was exactly right. */
type Row = { half: 'train' | 'validation'; basis: string; raw: number; right: number };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      korquad: { type: 'string', default: path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev') },
      out: { type: 'string', default: path.join(PROJECT_ROOT, 'src', 'answer', 'span', 'calibration.json') },
      cache: { type: 'string' },
      min: { type: 'string', default: '40' },
      block: { type: 'string', default: '25' },
    },
  });
  let rows: Row[];
  if (values.cache && existsSync(values.cache)) rows = JSON.parse(readFileSync(values.cache, 'utf8')) as Row[];
  else {
    rows = await korquadRows(values.korquad);
    if (values.cache) writeFileSync(values.cache, JSON.stringify(rows));
  }
  const maps: Record<string, [number, number][]> = {};
  for (const basis of CONFIDENCE_BASES) {
    const train = rows.filter((r) => r.half === 'train' && r.basis === basis);
    console.log(`${basis}: ${train.length} spans in the train half, ${train.filter((r) => r.right === 1).length} exactly right`);
    if (train.length >= Number(values.min)) maps[basis] = fitIsotonic(train, Number(values.block));
  }
  const file: CalibrationFile = { maps };
  const fitted = new Calibration(file);
  const report: Record<string, unknown> = {};
  for (const half of ['train', 'validation'] as const) {
    const part = rows.filter((r) => r.half === half);
    const before = atLeast(part, (r) => r.raw);
    const after = atLeast(part, (r) => (CONFIDENCE_BASES.includes(r.basis as never) ? fitted.apply(r.basis as (typeof CONFIDENCE_BASES)[number], r.raw) : r.raw));
    console.log(`${half}: spans at confidence ≥ 0.8 exactly right — raw ${before.right}/${before.spans} (${before.share}), calibrated ${after.right}/${after.spans} (${after.share})`);
    report[half] = { raw: before, calibrated: after };
  }
  file.about = {
    data: 'KorQuAD 1.0 dev through answer() --top 5; maps fitted on the train half (split by Wikipedia article as npm run train), checked on the validation half',
    model: `isotonic regression per basis (pool adjacent violators, blocks of at least ${values.block}); bases with fewer than ${values.min} train spans keep their raw confidence`,
    atConfidence08: report,
  };
  writeFileSync(values.out, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${values.out}`);
}

/** Of the spans at (mapped) confidence ≥ 0.8: how many, how many exactly right, the share. */
function atLeast(rows: readonly Row[], confidence: (r: Row) => number): { spans: number; right: number; share: number } {
  const high = rows.filter((r) => confidence(r) >= 0.8);
  const right = high.filter((r) => r.right === 1).length;
  return { spans: high.length, right, share: Math.round((right / Math.max(1, high.length)) * 1000) / 1000 };
}

async function korquadRows(dir: string): Promise<Row[]> {
  const { engine, questions, halfOf } = await openKorquad(dir);
  const rows: Row[] = [];
  for (const q of questions) {
    const seen: ShownObservation[] = [];
    const stop = observeShown((o) => seen.push(o));
    try {
      const answer = await engine.answer(q.question.replace(/\n/gu, ' '), { top: 5 });
      if (!answer.found || answer.answerKind !== 'span' || answer.answer === null) continue;
      // The span shown, as recorded: a reader outside the span stage (a title, a speaker) has no basis.
      const last = seen.at(-1);
      const basis = last && last.kind === 'span' && last.text === answer.answer ? last.basis : 'other';
      rows.push({ half: halfOf(q), basis, raw: basis === 'other' ? answer.confidence : (last?.raw ?? 0), right: exactMatch(answer.answer, q.answers) });
    } finally {
      stop();
    }
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
