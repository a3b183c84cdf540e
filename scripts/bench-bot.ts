/**
 * Bot latency against the local fake Discord (`npx tsx scripts/bench-bot.ts [corpus]`): the real
 * client, the real engine. Prints ack and reply latency after dispatch, for sequential `/ask`s and
 * for 100 dispatched at once. Floors: ack < 3 s, reply < 1 s, all 100 answered.
 */
import { commands } from '../commands/index.ts';
import { EngineHolder, loadEngine } from '../src/answer/index.ts';
import { startBot } from '../src/discord/bot.ts';
import { parseConfig } from '../src/discord/config.ts';
import { createLogger } from '../src/discord/logger.ts';
import { APP_ID, callbackPath, chatInput, FAKE_TOKEN, originalPath, startFakeDiscord } from '../test/discord/fake-discord.ts';

const QUESTIONS = ['K-바이오 랩허브 예산', '랩허브 완공 시기', '윤석열 대통령 보스턴 발언', '바이오 MOU 몇 건', '화성 이주 계획'];
const CONCURRENT = 100;
const SEQUENTIAL = 50;

const corpus = process.argv[2] ?? 'seeds';
const fake = await startFakeDiscord();
const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const loadStart = performance.now();
const { engine } = await loadEngine(corpus);
const loadMs = performance.now() - loadStart;
const bot = await startBot({
  config: parsed.config,
  engines: new EngineHolder(engine),
  logger: createLogger({ secrets: [FAKE_TOKEN], write: () => undefined }),
  commands: commands(),
  exit: () => undefined,
});

async function askOnce(question: string) {
  const interaction = chatInput('ask', [{ name: 'question', type: 3, value: question }]);
  const sentAt = fake.dispatch(interaction);
  const ack = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 10_000);
  const reply = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 10_000);
  return { ack: ack.at - sentAt, reply: reply.at - sentAt };
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`;
};

await askOnce(QUESTIONS[0] ?? ''); // warm-up
const sequential = [];
for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await askOnce(QUESTIONS[i % QUESTIONS.length] ?? ''));

const burstStart = performance.now();
const burst = await Promise.allSettled(
  Array.from({ length: CONCURRENT }, (_, i) => askOnce(QUESTIONS[i % QUESTIONS.length] ?? '')),
);
const burstMs = performance.now() - burstStart;
const answered = burst.filter((r) => r.status === 'fulfilled').map((r) => r.value);

console.log(`engine load (${corpus}): ${loadMs.toFixed(0)} ms, ${(await engine.articles()).length} articles`);
console.log(`sequential ×${SEQUENTIAL}: ack ${summary(sequential.map((s) => s.ack))}; reply ${summary(sequential.map((s) => s.reply))}`);
console.log(
  `concurrent ×${CONCURRENT}: ${answered.length}/${CONCURRENT} answered in ${burstMs.toFixed(0)} ms; ack ${summary(answered.map((s) => s.ack))}; reply ${summary(answered.map((s) => s.reply))}`,
);
const floorsHeld =
  answered.length === CONCURRENT &&
  [...sequential, ...answered].every((s) => s.ack < 3000) &&
  sequential.every((s) => s.reply < 1000);
console.log(`floors (ack < 3 s, reply < 1 s, all ${CONCURRENT} answered): ${floorsHeld ? 'held' : 'BROKEN'}`);

await bot.client.destroy();
await fake.close();
process.exit(floorsHeld ? 0 : 1);
