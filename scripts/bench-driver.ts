/**
 * The load side of `bench-hostile.ts`, in its own process (started by it with an IPC channel): the
 * local fake Discord and the interactions sent to it, so that what the bench measures of the bot's
 * main thread (event-loop delay, RSS) is the bot's alone. Acknowledgement and reply times are taken
 * here, on the fake's clock, from dispatch to the request that answers.
 */
import { callbackPath, chatInput, type FakeDiscord, originalPath, startFakeDiscord } from '../test/discord/fake-discord.ts';

export type DriverRequest =
  | { seq: number; kind: 'reply'; interaction: { id: string; token: string }; edited: boolean }
  | { seq: number; kind: 'dispatch'; interaction: { id: string; token: string } }
  | { seq: number; kind: 'burst'; count: number; rate: number; questions: string[] }
  | { seq: number; kind: 'identified' }
  | { seq: number; kind: 'close' };

export type BurstResult = { answered: number; acks: number[]; elapsedMs: number };

const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));
const send = (message: unknown) => process.send?.(message);

const fake: FakeDiscord = await startFakeDiscord({ heartbeatIntervalMs: 5000 });

/** Dispatches and waits for the first reply of any kind (callback), then the edit when one follows. */
async function replied(interaction: { id: string; token: string }, edited: boolean): Promise<number> {
  const sentAt = fake.dispatch(interaction);
  const callback = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 60_000);
  if (!edited || callback.body?.type !== 5) return callback.at - sentAt;
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 60_000);
  return edit.at - sentAt;
}

async function burst(count: number, rate: number, questions: string[]): Promise<BurstResult> {
  fake.requests.length = 0; // the recorder is the fake's memory, and each look-up scans it
  const acks: number[] = [];
  const waits: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const interaction = chatInput('ask', [{ name: 'question', type: 3, value: questions[i % questions.length] ?? '' }]);
    const sentAt = fake.dispatch(interaction);
    waits.push(
      (async () => {
        const ack = await fake.waitForRequest((r) => r.path === callbackPath(interaction), 120_000);
        acks.push(ack.at - sentAt);
        await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath(interaction), 120_000);
      })(),
    );
    const due = started + ((i + 1) * 1000) / rate;
    if (due > performance.now()) await sleep(due - performance.now());
  }
  const settled = await Promise.allSettled(waits);
  const elapsedMs = performance.now() - started;
  fake.requests.length = 0;
  return { answered: settled.filter((s) => s.status === 'fulfilled').length, acks, elapsedMs };
}

process.on('message', async (request: DriverRequest) => {
  try {
    switch (request.kind) {
      case 'reply':
        return send({ seq: request.seq, value: await replied(request.interaction, request.edited) });
      case 'dispatch':
        fake.dispatch(request.interaction);
        return send({ seq: request.seq, value: null });
      case 'burst':
        return send({ seq: request.seq, value: await burst(request.count, request.rate, request.questions) });
      case 'identified':
        return send({ seq: request.seq, value: fake.gatewayOps.filter((op) => op === 2).length });
      case 'close':
        await fake.close();
        send({ seq: request.seq, value: null });
        return process.exit(0);
    }
  } catch (error) {
    send({ seq: request.seq, error: (error as Error).message });
  }
});
send({ ready: fake.apiBase });
