/**
 * `npm run -s ask -- "질문" [--json] [--corpus PATH] [--top N]`: the bot's twin in the terminal.
 * With no question argument, reads one question a line from standard input and prints one JSON
 * line (with --json) or one readable block per question, in order; the index is built once.
 */
import { EngineHolder, loadEngine, type Answer, type Citation, type Engine } from '../src/answer/index.ts';
import { progressReporter } from '../src/progress.ts';
import { DEFAULT_CORPUS, parseArgs, readStdin, SNAPSHOT_DIR } from './cli.ts';

const USAGE = 'usage: npm run -s ask -- "질문" [--json] [--corpus PATH] [--top N]';

/** Exit code for a question that was rejected (empty, too long, nothing to search). */
const EXIT_BAD_QUESTION = 2;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      top: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const top = values.top === undefined ? 3 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    console.error(`--top must be a whole number ≥ 1 (got "${values.top}")\n${USAGE}`);
    return EXIT_BAD_QUESTION;
  }

  const { engine, warnings, prepare } = await loadEngine(values.corpus ?? DEFAULT_CORPUS, {
    snapshotDir: SNAPSHOT_DIR,
    progress: progressReporter(),
  });
  for (const warning of warnings) {
    console.error(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.reason}`);
  }

  const engines = new EngineHolder(engine);
  if (positionals.length > 0) {
    const { result, took } = await timed(engines.current(), positionals.join(' '), top);
    console.log(values.json ? JSON.stringify({ ...result, took }) : formatAnswer(result));
    if (result.problem) {
      if (!values.json) console.error(result.problem.message);
      return EXIT_BAD_QUESTION;
    }
    return 0;
  }
  // Many questions: read now what the engine otherwise reads on first use.
  await prepare();
  await answerStdin(engines, top, values.json);
  return 0;
}

/** One answer per input line, in order; a bad line gets `found: false` and the run goes on. */
async function answerStdin(engines: EngineHolder, top: number, json: boolean): Promise<void> {
  const lines = (await readStdin()).split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const { result, took } = await timed(engines.current(), line, top);
    process.stdout.write(json ? `${JSON.stringify({ ...result, took })}\n` : `${formatAnswer(result)}\n\n`);
  }
}

/** The answer and the milliseconds spent on it (startup excluded), to 0.01 ms. */
async function timed(engine: Engine, question: string, top: number): Promise<{ result: Answer; took: number }> {
  const started = performance.now();
  const result = await engine.answer(question, { top });
  return { result, took: Math.round((performance.now() - started) * 100) / 100 };
}

/** A readable block: the answer, its facts, then the citations with their articles. */
function formatAnswer(result: Answer): string {
  const lines = [`Q: ${result.query}`];
  if (result.problem) {
    lines.push(`✗ ${result.problem.message}`);
    return lines.join('\n');
  }
  if (!result.found) {
    lines.push('✗ 기사에서 답을 찾지 못했습니다. (The articles do not answer this.)');
    const [closest] = result.citations;
    if (closest) lines.push('', 'Related (관련 문장):', ...citationLines(closest, 1, null));
    return lines.join('\n');
  }
  const confidence = `confidence ${result.confidence.toFixed(2)}`;
  if (result.answerKind === 'sentence') {
    lines.push(`A: (가장 관련 있는 문장 — closest sentence, not a short answer; ${confidence}: see [1])`);
  } else {
    lines.push(`A: ${result.answer ?? '(no short answer; see the sentences below)'}  (${confidence})`);
    // "… 2700억 맞아?": whether the articles' figure is the one the question states.
    if (result.confirms) lines.push(result.confirms.agrees ? `   = ${result.confirms.claimed} (같음 — matches)` : `   ≠ ${result.confirms.claimed} (기사와 다름 — the articles differ)`);
  }
  if (result.facts.length > 0) {
    lines.push('', 'Facts:');
    for (const fact of result.facts) {
      const unit = fact.unit ? ` ${fact.unit}` : '';
      lines.push(`  - [${fact.type}] ${fact.text}  (= ${String(fact.value)}${unit})`);
    }
  }
  lines.push('', 'Sources:');
  const span = result.answerKind === 'span' && result.answerStart !== null && result.answerEnd !== null
    ? { start: result.answerStart, end: result.answerEnd }
    : null;
  result.citations.forEach((citation, i) => lines.push(...citationLines(citation, i + 1, i === 0 ? span : null)));
  return lines.join('\n');
}

/** A cited sentence (the answer's span marked [[…]]) and its article, with only what is known of it. */
function citationLines(citation: Citation, n: number, span: { start: number; end: number } | null): string[] {
  const text = span
    ? `${citation.text.slice(0, span.start)}[[${citation.text.slice(span.start, span.end)}]]${citation.text.slice(span.end)}`
    : citation.text;
  const meta = [citation.outlet ?? (citation.issuer ? `${citation.issuer} 보도자료` : null), citation.date].filter(Boolean).join(', ');
  const lines = [`  ${n}. “${text}”`, `     — ${citation.title}${meta ? ` (${meta})` : ''} [${citation.articleId}]`];
  if (citation.url) lines.push(`       ${citation.url}`);
  return lines;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
