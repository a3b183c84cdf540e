/**
 * The bot's start at scale, without Discord: process start → the live corpus open (as `npm start`
 * opens it) → its first answer, printed as one JSON line (wall ms since process start, CPU ms, RSS).
 *   node --import tsx scripts/bench-bot-start.ts CORPUS CACHE_DIR [--read-folder]
 * `--read-folder` starts as before the snapshot start: every file parsed, then the snapshot's index.
 */
import { LiveCorpus } from '../src/live/liveCorpus.ts';
import { openSearchIndex, readEngineSnapshot } from '../src/snapshot/index.ts';

const [corpus = '', cache = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const readFolder = process.argv.includes('--read-folder');
/** Wall ms since the process started (the performance clock starts with the process). */
const since = () => Math.round(performance.now());
const live = await LiveCorpus.open({
  corpusPath: corpus,
  store: null,
  warn: () => undefined,
  ...(readFolder ? {} : { openSnapshot: () => readEngineSnapshot(corpus, { snapshotDir: cache }) }),
  openIndex: async (articles) => (await openSearchIndex(corpus, articles, { snapshotDir: cache })).index,
});
const openMs = since();
const answer = await live.engines.current().answer('대한민국의 수도는 어디인가?', { top: 5 });
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    start: readFolder ? 'folder read' : 'snapshot',
    openMs,
    firstAnswerMs: since(),
    firstAnswerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    found: answer.found,
  })}\n`,
);
live.close();
