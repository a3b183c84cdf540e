/**
 * `npm run -s feedback [-- --data DIR] [--export FILE] [--json] [--top N]`: what users said about the
 * answers (DATA_DIR/feedback.jsonl, default `data/`): counts, the questions most often marked wrong,
 * and with `--export` those questions as an eval question set (JSONL) for review.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FEEDBACK_FILE, readFeedback } from '../src/feedback/store.ts';
import { formatSummary, summarize, toEvalLines } from '../src/feedback/summary.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    export: { type: 'string' },
    json: { type: 'boolean', default: false },
    top: { type: 'string', default: '10' },
  },
});

const dir = values.data ?? process.env.DATA_DIR?.trim() ?? 'data';
const { records, skipped } = await readFeedback(join(dir || 'data', FEEDBACK_FILE));
const summary = summarize(records);
if (skipped > 0) process.stderr.write(`skipped ${skipped} malformed lines\n`);
if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
else process.stdout.write(`${formatSummary(summary, Math.max(1, Number(values.top) || 10))}\n`);
if (values.export) {
  const lines = toEvalLines(summary);
  await writeFile(values.export, lines.length > 0 ? `${lines.join('\n')}\n` : '', 'utf8');
  process.stderr.write(`wrote ${lines.length} questions to ${values.export}\n`);
}
