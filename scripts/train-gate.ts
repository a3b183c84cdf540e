/**
 * `npm run train:gate [-- --news PAGES:QUESTIONS ...] [--cache FILE] [--out FILE]`: fits the show
 * gate (src/answer/span/showGate.ts), the logistic decision whether a span is shown or its sentence.
 *
 * Each question goes through the engine's own `answer()`; the gate's features of the span it would
 * show are recorded (`observeGate`), and the span is labelled right or wrong:
 * - KorQuAD 1.0 dev (../shared/eval/korquad-dev), split BY WIKIPEDIA ARTICLE as `npm run train`
 *   splits it: the train half is fitted on, the validation half only measured. Right = exact match.
 * - Our own news questions over our own invented pages (eval/news-train/ by default: `pages/` and
 *   `questions.jsonl` in the eval/ format), asked over a corpus of those pages plus seeds/. Right =
 *   as the strict seed scorer judges a short answer (holds a gold answer, at most max(40, 2×gold+10)
 *   characters); any span for a question the articles do not answer is wrong.
 *   The seed question sets (eval/seed-*.jsonl, ../shared/eval/seed-*.jsonl) are never fitted on.
 *
 * The fit is an L2-penalised logistic regression (a news question weighs `--news-weight` of a KorQuAD
 * one: with a weight of 1 or more the 81 news rows pulled the gate toward their own quirks and the
 * seed sets, never fitted on, lost); the span is shown from `--threshold` (0.5: more likely right
 * than not). `--check PAGES:QUESTIONS` sets (the seed sets) are only measured, `--sweep` prints the
 * figures at other thresholds. Writes only numbers and figures: no KorQuAD text enters the repository.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEngine, type Answer, type Engine } from '../src/answer/index.ts';
import { GATE_FEATURES, GateFile, observeGate, ShowGate } from '../src/answer/span/showGate.ts';
import { sigmoid } from '../src/answer/span/model.ts';
import { parseArgs, PROJECT_ROOT } from './cli.ts';
import { comparable, readJsonl, SeedQuestion } from './eval-answers.ts';
import { openKorquad } from './korquad-engine.ts';
import { characterF1, exactMatch } from './korquad-metrics.ts';

/** One question's outcome: the gated span's features and label, or the answer as given when no span was gated. */
type Row = {
  source: 'korquad' | 'news';
  half: 'train' | 'validation';
  set: string;
  /** Features of the gated span (null: the answer did not pass the gate). */
  features: number[] | null;
  /** 1 when the gated span is right. */
  label: number;
  /** KorQuAD only: EM/F1 of the gated span, and of the answer when the gate is closed or absent. */
  spanEm: number;
  spanF1: number;
  otherEm: number;
  otherF1: number;
  /** News only: the answer's strict outcome when the gate is closed or absent. */
  other: 'right' | 'evidence' | 'missed' | 'wrong' | null;
  /** For error analysis in the local cache only (never written to the repository). */
  query: string;
  shown: string | null;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      korquad: { type: 'string', default: path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'korquad-dev') },
      news: { type: 'string', multiple: true },
      /** PAGES:QUESTIONS sets only measured (the seed sets): never fitted on, never used for the threshold. */
      check: { type: 'string', multiple: true },
      out: { type: 'string', default: path.join(PROJECT_ROOT, 'src', 'answer', 'span', 'showGate.json') },
      cache: { type: 'string' },
      l2: { type: 'string', default: '0.0001' },
      /** Confidence from which the span is shown (chosen so the seed sets gain no wrong answer). */
      threshold: { type: 'string', default: '0.40' },
      sweep: { type: 'boolean', default: false },
      /** Weight of a news row against a KorQuAD row (default: the two sources weigh alike). */
      'news-weight': { type: 'string', default: '3' },
      /** Signed features: `+name` keeps its weight ≥ 0, `-name` ≤ 0 (the sense the feature must keep). */
      monotone: { type: 'string', default: MONOTONE.join(',') },
      /** Only measure this gate file (no fit). */
      gate: { type: 'string' },
    },
  });
  const news = values.news ?? [`${path.join(PROJECT_ROOT, 'eval', 'news-train', 'pages')}:${path.join(PROJECT_ROOT, 'eval', 'news-train', 'questions.jsonl')}`];
  let rows: Row[];
  if (values.cache && existsSync(values.cache)) {
    rows = JSON.parse(readFileSync(values.cache, 'utf8')) as Row[];
  } else {
    rows = [...(await korquadRows(values.korquad))];
    for (const spec of news) rows.push(...(await newsRows(spec, 'train')));
    for (const spec of values.check ?? []) rows.push(...(await newsRows(spec, 'validation')));
    if (values.cache) writeFileSync(values.cache, JSON.stringify(rows));
  }
  const gated = (r: Row) => r.features !== null;
  if (values.gate) {
    const given = new ShowGate(GateFile.parse(JSON.parse(readFileSync(values.gate, 'utf8'))));
    for (const line of figures(rows, given).lines) console.log(line);
    console.log(sweepLine(rows, given));
    return;
  }
  const train = rows.filter((r) => gated(r) && r.half === 'train');
  const korquadTrain = train.filter((r) => r.source === 'korquad').length;
  const newsTrain = train.filter((r) => r.source === 'news').length;
  const newsWeight = Number(values['news-weight']);
  console.log(`gated spans: KorQuAD train ${korquadTrain}, news ${newsTrain} (weight ${newsWeight.toFixed(2)})`);
  const weights = fit(train, (r) => (r.source === 'news' ? newsWeight : 1), Number(values.l2), signs(values.monotone));
  const named: Record<string, number> = {};
  GATE_FEATURES.forEach((name, i) => {
    const w = weights[i] ?? 0;
    if (w !== 0) named[name] = Math.round(w * 10_000) / 10_000;
  });
  const threshold = Number(values.threshold);
  if (values.sweep) {
    for (let t = 0.3; t <= 0.8; t += 0.025) {
      const at = new ShowGate({ weights: named, threshold: Math.round(t * 100) / 100 });
      console.log(sweepLine(rows, at));
    }
  }
  const file: GateFile = { weights: named, threshold };
  const gate = new ShowGate(file);
  const report = figures(rows, gate);
  for (const line of report.lines) console.log(line);
  file.about = {
    data: 'KorQuAD 1.0 dev train half (split by Wikipedia article as npm run train) + our news questions: ' + news.map((spec) => path.relative(PROJECT_ROOT, spec.split(':')[1] ?? spec)).join(', '),
    model: `logistic regression, L2 ${values.l2}, signs held ${values.monotone}, a news row weighted ${newsWeight} of a KorQuAD row; span shown from confidence ${threshold}`,
    figures: report.figures,
  };
  writeFileSync(values.out, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${values.out}`);
}

/** Answers `question` and returns the answer with the last gate decision made on the way. */
async function observed(engine: Engine, question: string, top: number): Promise<{ answer: Answer; features: number[] | null; text: string | null }> {
  const seen: { features: number[]; text: string; open: boolean }[] = [];
  const stop = observeGate((o) => {
    seen.push({ features: [...o.features], text: o.text, open: false });
  });
  try {
    const answer = await engine.answer(question, { top });
    // Only a question whose answer one gate decision made is a row: a reader that asks the engine
    // again (English questions) or a span rewritten after the gate would mislabel it.
    const only = seen.length === 1 ? seen[0] : undefined;
    if (!only) return { answer, features: null, text: null };
    if (answer.answerKind === 'span' && comparable(answer.answer ?? '') !== comparable(only.text)) return { answer, features: null, text: null };
    return { answer, features: only.features, text: only.text };
  } finally {
    stop();
  }
}

async function korquadRows(dir: string): Promise<Row[]> {
  const { engine, questions, halfOf } = await openKorquad(dir);
  const rows: Row[] = [];
  for (const q of questions) {
    const { answer, features, text } = await observed(engine, q.question.replace(/\n/gu, ' '), 5);
    const given = answer.found ? answer.answer : null;
    // A closed gate shows the sentence (or says "not found" for a slot): scored as the answer given then.
    const closedText = features !== null && answer.answerKind === 'span' ? answer.citations[0]?.text ?? null : given;
    rows.push({
      source: 'korquad',
      half: halfOf(q),
      set: 'korquad',
      features,
      label: features !== null ? exactMatch(text, q.answers) : 0,
      spanEm: features !== null ? exactMatch(text, q.answers) : 0,
      spanF1: features !== null ? characterF1(text, q.answers) : 0,
      otherEm: exactMatch(features !== null ? closedText : given, q.answers),
      otherF1: characterF1(features !== null ? closedText : given, q.answers),
      other: null,
      query: q.question,
      shown: text,
    });
  }
  console.log(`KorQuAD: ${rows.length} questions, ${rows.filter((r) => r.features).length} gated`);
  return rows;
}

/** The strict seed scorer's outcome of an answer, as ../shared/eval/score-seed.py --strict judges it. */
function strictOutcome(q: SeedQuestion, answer: Answer): 'right' | 'evidence' | 'missed' | 'wrong' {
  const golds = q.answer_any ?? [];
  const text = comparable(answer.answer ?? '');
  const top3 = answer.citations.slice(0, 3);
  const limit = golds.length > 0 ? Math.max(40, 2 * Math.min(...golds.map((gold) => comparable(gold).length)) + 10) : Infinity;
  let ok = answer.found === q.found;
  if (q.found) {
    if (golds.length > 0 && !golds.some((gold) => text.includes(comparable(gold)))) ok = false;
    else if (golds.length > 0 && q.kind !== 'quote' && text.length > limit) ok = false;
    if (q.cite_any && !top3.some((c) => q.cite_any?.some((a) => comparable(c.text).includes(comparable(a))))) ok = false;
    if (q.articles && !top3.some((c) => q.articles?.includes(c.articleId))) ok = false;
  }
  if (ok) return 'right';
  if (q.found && answer.found && golds.length > 0) {
    const held = golds.some((gold) => text.includes(comparable(gold)) || top3.some((c) => comparable(c.text).includes(comparable(gold))));
    if (held && (text.length === 0 || text.length > limit)) return 'evidence';
  }
  return answer.found ? 'wrong' : 'missed';
}

function spanRight(q: SeedQuestion, text: string | null): number {
  if (!q.found || text === null) return 0;
  const compact = comparable(text);
  return (q.answer_any ?? []).some((gold) => compact.includes(comparable(gold)) && (q.kind === 'quote' || compact.length <= Math.max(40, 2 * comparable(gold).length + 10))) ? 1 : 0;
}

/** `PAGES:QUESTIONS`: questions asked over the pages in PAGES plus seeds/. */
async function newsRows(spec: string, half: Row['half']): Promise<Row[]> {
  const [pages, questionsFile] = spec.split(':');
  if (pages === undefined || !questionsFile) throw new Error(`--news takes PAGES:QUESTIONS (got ${spec})`);
  const corpus = mkdtempSync(path.join(tmpdir(), 'gate-news-'));
  try {
    for (const dir of [path.join(PROJECT_ROOT, 'seeds'), ...(pages ? [pages] : [])]) {
      for (const name of readdirSync(dir)) cpSync(path.join(dir, name), path.join(corpus, name));
    }
    const { engine, prepare } = await loadEngine(corpus, {});
    prepare();
    const rows: Row[] = [];
    for (const q of readJsonl(questionsFile, SeedQuestion)) {
      const { answer, features, text } = await observed(engine, q.query, 3);
      // A closed gate: a sentence answer; for a slot question compose says "not found" instead.
      let other = strictOutcome(q, answer);
      if (features !== null && answer.answerKind === 'span') other = closedOutcome(q, answer);
      rows.push({ source: 'news', half, set: path.basename(questionsFile), features, label: spanRight(q, text), spanEm: 0, spanF1: 0, otherEm: 0, otherF1: 0, other, query: q.query, shown: text });
    }
    console.log(`${path.basename(questionsFile)}: ${rows.length} questions, ${rows.filter((r) => r.features).length} gated`);
    return rows;
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

/** What the strict scorer says when a gated span is held back: the sentence is evidence (or "not found"). */
function closedOutcome(q: SeedQuestion, answer: Answer): 'evidence' | 'missed' | 'wrong' | 'right' {
  if (!q.found) return 'wrong';
  const sentence = comparable(answer.citations[0]?.text ?? '');
  const golds = q.answer_any ?? [];
  return golds.some((gold) => sentence.includes(comparable(gold))) ? 'evidence' : 'missed';
}

/** The evidence features' senses (see the module comment). */
const MONOTONE = ['+cover:share', '-cover:missing', '+question:words', '+align:before', '+align:after', '+align:beforeNext', '+align:afterNext'];

/** `+a,-b` → per feature index: 1 (weight ≥ 0), -1 (weight ≤ 0) or 0 (free). */
function signs(spec: string): Int8Array {
  const out = new Int8Array(GATE_FEATURES.length);
  for (const item of spec.split(',').map((s) => s.trim()).filter((s) => s.length > 0)) {
    const index = GATE_FEATURES.indexOf(item.slice(1) as (typeof GATE_FEATURES)[number]);
    if (index < 0 || (item[0] !== '+' && item[0] !== '-')) throw new Error(`--monotone takes +feature or -feature (got ${item})`);
    out[index] = item[0] === '+' ? 1 : -1;
  }
  return out;
}

function fit(rows: Row[], weightOf: (r: Row) => number, l2: number, sign: Int8Array): Float64Array {
  const n = GATE_FEATURES.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const total = rows.reduce((sum, r) => sum + weightOf(r), 0);
  for (let epoch = 1; epoch <= 2000; epoch++) {
    const grad = new Float64Array(n);
    for (const r of rows) {
      const x = r.features ?? [];
      let z = 0;
      for (let i = 0; i < n; i++) z += (w[i] ?? 0) * (x[i] ?? 0);
      const g = (sigmoid(z) - r.label) * weightOf(r);
      for (let i = 0; i < n; i++) grad[i] = (grad[i] ?? 0) + g * (x[i] ?? 0);
    }
    for (let i = 0; i < n; i++) {
      const g = (grad[i] ?? 0) / total + (i === 0 ? 0 : 2 * l2 * (w[i] ?? 0));
      m[i] = 0.9 * (m[i] ?? 0) + 0.1 * g;
      v[i] = 0.999 * (v[i] ?? 0) + 0.001 * g * g;
      const mHat = (m[i] ?? 0) / (1 - 0.9 ** epoch);
      const vHat = (v[i] ?? 0) / (1 - 0.999 ** epoch);
      w[i] = (w[i] ?? 0) - (0.02 * mHat) / (Math.sqrt(vHat) + 1e-8);
      // Projected onto the feature's sense.
      if ((sign[i] ?? 0) > 0 && (w[i] ?? 0) < 0) w[i] = 0;
      if ((sign[i] ?? 0) < 0 && (w[i] ?? 0) > 0) w[i] = 0;
    }
  }
  return w;
}

/** Through-the-engine figures with the gate: KorQuAD EM/F1 per half, reliability, news outcomes per set. */
function figures(rows: Row[], gate: ShowGate): { lines: string[]; figures: Record<string, unknown> } {
  const lines: string[] = [`threshold ${gate.threshold}`];
  const out: Record<string, unknown> = { threshold: gate.threshold };
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const open = (r: Row) => r.features !== null && gate.confidence(Float64Array.from(r.features)) >= gate.threshold;
  for (const half of ['train', 'validation'] as const) {
    const part = rows.filter((r) => r.source === 'korquad' && r.half === half);
    if (part.length === 0) continue;
    const em = part.reduce((sum, r) => sum + (open(r) ? r.spanEm : r.otherEm), 0) / part.length;
    const f1 = part.reduce((sum, r) => sum + (open(r) ? r.spanF1 : r.otherF1), 0) / part.length;
    lines.push(`KorQuAD ${half}: ${part.length} questions, EM ${r3(em)}, F1 ${r3(f1)} (through answer(), the gate deciding)`);
    out[`korquad-${half}`] = { questions: part.length, em: r3(em), f1: r3(f1) };
  }
  // Reliability of gated spans on the validation half: per confidence band, how many and how many exactly right.
  const edges = [0, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 1.0001];
  const validation = rows.filter((r) => r.source === 'korquad' && r.half === 'validation' && r.features !== null);
  const table = edges.slice(0, -1).map((low, i) => {
    const high = edges[i + 1] ?? 1;
    const band = validation.filter((r) => {
      const c = gate.confidence(Float64Array.from(r.features ?? []));
      return c >= low && c < high;
    });
    return { band: `${low.toFixed(2)}–${Math.min(1, high).toFixed(2)}`, spans: band.length, right: r3(band.length > 0 ? band.filter((r) => r.label === 1).length / band.length : 0) };
  });
  lines.push('KorQuAD validation reliability (gate confidence band: spans, exactly right)');
  for (const row of table) lines.push(`  ${row.band}: ${row.spans}, ${row.right}`);
  out.reliability = table;
  for (const set of [...new Set(rows.filter((r) => r.source === 'news').map((r) => r.set))]) {
    const part = rows.filter((r) => r.set === set);
    const count = { right: 0, evidence: 0, missed: 0, wrong: 0 };
    for (const r of part) {
      const outcome = open(r) ? (r.label === 1 ? 'right' : 'wrong') : (r.other ?? 'missed');
      count[outcome]++;
    }
    const gatedRows = part.filter((r) => r.features !== null);
    const shown = gatedRows.filter(open);
    lines.push(`${set}: ${count.right}/${count.evidence}/${count.missed}/${count.wrong} (right/evidence/missed/wrong); gated ${gatedRows.length}, shown ${shown.length}, right ${shown.filter((r) => r.label === 1).length}`);
    out[set] = count;
  }
  return { lines, figures: out };
}

/** One threshold's figures on one line: KorQuAD validation EM/F1, fitted news spans shown/right, checked sets' wrongs. */
function sweepLine(rows: Row[], gate: ShowGate): string {
  const open = (r: Row) => r.features !== null && gate.confidence(Float64Array.from(r.features)) >= gate.threshold;
  const validation = rows.filter((r) => r.source === 'korquad' && r.half === 'validation');
  const em = validation.reduce((sum, r) => sum + (open(r) ? r.spanEm : r.otherEm), 0) / Math.max(1, validation.length);
  const f1 = validation.reduce((sum, r) => sum + (open(r) ? r.spanF1 : r.otherF1), 0) / Math.max(1, validation.length);
  const fitted = rows.filter((r) => r.source === 'news' && r.half === 'train' && open(r));
  const checked = rows.filter((r) => r.source === 'news' && r.half === 'validation');
  const outcome = (r: Row) => (open(r) ? (r.label === 1 ? 'right' : 'wrong') : (r.other ?? 'missed'));
  const checkRight = checked.filter((r) => outcome(r) === 'right').length;
  const checkWrong = checked.filter((r) => outcome(r) === 'wrong').length;
  return `t ${gate.threshold.toFixed(2)}: KorQuAD val EM ${em.toFixed(3)} F1 ${f1.toFixed(3)}; news fitted shown ${fitted.length} right ${fitted.filter((r) => r.label === 1).length}; checked right ${checkRight} wrong ${checkWrong}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
