/**
 * Live-add benchmark (`npm run bench -- --live-add [--scale 50] [--queries 300] [--measure search|answer]`): over the KorQuAD
 * corpus replicated `scale`× as the shared base, questions run back to back through a server's engine
 * while articles are `/add`ed to that server (the live segment). Reports how long until each added
 * article is answerable and the question latencies before and while it goes in (a question's latency
 * includes any time it waited for the add's work on the same thread).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, parseArticleFile, type Article } from '../src/corpus/index.ts';
import { LiveCorpus } from '../src/live/liveCorpus.ts';
import { readJsonlFile, type KorquadRetrievalQuestion } from './eval-retrieval.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const korquad = path.resolve(root, '..', 'shared', 'eval', 'korquad-dev');

function arg(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const a = args[at] ?? '';
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (args[at + 1] ?? fallback);
}

function replicate(articles: readonly Article[], times: number): Article[] {
  const out: Article[] = [];
  for (let r = 0; r < times; r++) {
    for (const a of articles) {
      const id = r === 0 ? a.id : `${a.id}~${r}`;
      out.push({ ...a, id, sentences: a.sentences.map((s) => ({ ...s, articleId: id })) });
    }
  }
  return out;
}

function percentiles(times: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

/** Our own fixtures (test/corpus/fixtures/html), each with a question only it answers. */
const ADDED = [
  { file: 'portal-news.html', question: '서해안 해상풍력 단지 투입 금액', expect: '4조' },
  { file: 'outlet-jsonld.html', question: '공공자전거 대여 건수', expect: '412만' },
  { file: 'split-body.html', question: '고문헌 2만 점 공개', expect: '2만' },
];

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const ms = (x: number) => x.toFixed(1);

export async function benchLiveAdd(): Promise<void> {
  const scale = Number(arg('scale', '50'));
  const queryCount = Number(arg('queries', '300'));
  const { articles } = await loadCorpus(path.join(korquad, 'corpus.jsonl'));
  const questions = readJsonlFile<KorquadRetrievalQuestion>(path.join(korquad, 'questions.jsonl')).map((q) => q.question);
  const queries = questions.filter((_, i) => i % Math.max(1, Math.floor(questions.length / queryCount)) === 0).slice(0, queryCount);
  const corpus = replicate(articles, scale);
  let t = performance.now();
  const live = await LiveCorpus.withArticles(corpus, { store: null, warn: () => undefined });
  console.log(`live-add: ${scale}× KorQuAD (${corpus.length} articles) as the shared base, built in ${(performance.now() - t).toFixed(0)} ms`);
  // As the bot does once up: read what the base index otherwise reads on first use (typo/초성 look-ups).
  (live.current().base as { prepare?: () => void }).prepare?.();
  // And as a running bot has: the facts of every article read (the first answer reads them all once).
  t = performance.now();
  await live.current().forServer(null).answer(queries[0] ?? '');
  console.log(`warm-up: first answer over the base in ${(performance.now() - t).toFixed(0)} ms (reads every article's facts once)`);
  const guild = '100000000000000001';

  // Questions back to back through the server's engine, recording each latency.
  // Search is what the README's query figures time (`search(q, {limit: 5})`); `answer` is the whole path.
  const mode = arg('measure', 'search');
  const latencies: { at: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const q = queries[i % queries.length] ?? '';
      const start = performance.now();
      if (mode === 'answer') await live.current().forServer(guild).answer(q);
      else await live.current().searchFor(guild).search(q, { limit: 5 });
      latencies.push({ at: start, ms: performance.now() - start });
      await tick();
    }
  })();
  const window = (from: number, to: number) => latencies.filter((l) => l.at >= from && l.at < to).map((l) => l.ms);
  console.log(`timing: ${mode === 'answer' ? 'answer(question)' : 'search(question, {limit: 5})'} through the server's view, back to back`);

  t = performance.now();
  while (latencies.length < queries.length) await tick();
  const before = percentiles(window(t, performance.now()));
  console.log(`questions before any add (${window(t, performance.now()).length}): p50 ${ms(before.p50)} ms, p99 ${ms(before.p99)} ms, max ${ms(before.max)} ms`);

  for (const item of ADDED) {
    const bytes = readFileSync(path.join(root, 'test', 'corpus', 'fixtures', 'html', item.file));
    const parsed = parseArticleFile(item.file, bytes).articles.map((a) => a.article);
    const started = performance.now();
    await live.add(guild, parsed, { addedBy: '1', addedByName: 'bench', addedAt: new Date().toISOString(), source: item.file });
    const addedMs = performance.now() - started;
    let answerable = Number.NaN;
    for (let i = 0; i < 200; i++) {
      const answer = await live.current().forServer(guild).answer(item.question);
      if (answer.found && JSON.stringify(answer).includes(item.expect)) {
        answerable = performance.now() - started;
        break;
      }
      await tick();
    }
    // Questions keep running a moment after: the window covers the add and its aftermath.
    const until = performance.now() + 1000;
    while (performance.now() < until) await tick();
    const during = percentiles(window(started, performance.now()));
    console.log(
      `add ${item.file}: in place after ${ms(addedMs)} ms, answerable after ${ms(answerable)} ms; ` +
        `questions meanwhile (${window(started, performance.now()).length}): p50 ${ms(during.p50)} ms, p99 ${ms(during.p99)} ms, max ${ms(during.max)} ms`,
    );
  }
  running = false;
  await loop;
  const other = await live.current().forServer('100000000000000002').answer(ADDED[0]?.question ?? '');
  console.log(`another server sees the added article: ${other.found && JSON.stringify(other).includes('4조') ? 'YES (wrong)' : 'no'}`);
}
