/**
 * A local fake of Discord for the tests: the REST routes the bot calls and a WebSocket gateway.
 * Loopback only; every wait is bounded; `close()` tears everything down.
 *
 * REST (under /api/v10): GET gateway/bot, POST interactions/:id/:token/callback, PATCH/DELETE
 * webhooks/:app/:token/messages/%40original, POST webhooks/:app/:token (follow-ups), PUT application
 * commands (global and guild). Gateway: HELLO → IDENTIFY → READY, heartbeat → ACK, RESUME → the missed
 * events then RESUMED (as Discord does after a dropped connection), INTERACTION_CREATE. An interaction
 * dispatched while no client is connected is held and sent once one identifies or resumes, so a test
 * never loses one to a reconnect on a busy machine.
 * Channels and threads (kept in memory): POST channels/:id/messages/:msg/threads (start a thread on a
 * message), GET channels/:id, GET/POST channels/:id/messages; interaction replies and follow-ups are
 * kept as messages of the interaction's channel, so a bot can read its own history back.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '111111111111111111';
export const BOT_ID = '222222222222222222';
export const USER_ID = '333333333333333333';
export const CHANNEL_ID = '444444444444444444';
export const GUILD_ID = '555555555555555555';
/** Looks like a token (three dot-separated parts); the tests check it never appears in output. */
export const FAKE_TOKEN = 'MTExMTExMTExMTExMTExMTEx.Gfake0.secret-token-for-tests-only';

export type RecordedRequest = {
  method: string;
  /** Path as sent, without the query (e.g. `/api/v10/webhooks/1/tok/messages/%40original`). */
  path: string;
  query: string;
  body: any;
  /** ms since the fake started. */
  at: number;
};

export type FakeDiscordOptions = {
  /** Hold each interaction callback this long before answering (simulates a slow network). */
  callbackDelayMs?: number;
  /** Heartbeat interval sent in HELLO (ms). */
  heartbeatIntervalMs?: number;
};

export type FakeDiscord = {
  /** REST base to give the bot as DISCORD_API_BASE. */
  apiBase: string;
  requests: RecordedRequest[];
  /** Gateway opcodes received from clients, in order. */
  gatewayOps: number[];
  /** Drops every gateway connection (the client reconnects and resumes). */
  dropConnections(): void;
  /** Resolves once a client has identified and received READY. */
  identified(timeoutMs?: number): Promise<void>;
  /** Channels (text channels and threads) by id, as GET channels/:id returns them. */
  channels: Map<string, FakeChannel>;
  /** Messages by channel id, oldest first. */
  messages: Map<string, any[]>;
  /** Sends INTERACTION_CREATE to every connected client; returns the send time (ms since start). */
  dispatch(interaction: Record<string, unknown>): number;
  /** The first request (already received or yet to come) matching `match`. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
};

/** A channel as the fake keeps it (the API's channel object, the fields the bot reads). */
export type FakeChannel = { id: string; type: number; name: string; guild_id: string; parent_id?: string; owner_id?: string };

let nextId = 1_000_000n;
/** A fresh snowflake-looking id. */
export function snowflake(): string {
  nextId += 1n;
  return (900_000_000_000_000_000n + nextId).toString();
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const started = performance.now();
  const now = () => performance.now() - started;
  const requests: RecordedRequest[] = [];
  const gatewayOps: number[] = [];
  const waiters = new Set<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }>();
  const sockets = new Set<WebSocket>();
  const channels = new Map<string, FakeChannel>([[CHANNEL_ID, { id: CHANNEL_ID, type: 0, name: 'briefing', guild_id: GUILD_ID }]]);
  const messages = new Map<string, any[]>();
  /** The channel each interaction (by token) was sent in, for its replies. */
  const channelOfToken = new Map<string, string>();
  const keep = (channelId: string, message: any) => {
    const list = messages.get(channelId) ?? [];
    list.push(message);
    messages.set(channelId, list);
    return message;
  };
  /** Sockets whose session is live (after READY or RESUMED): dispatches go only to them. */
  const live = new Set<WebSocket>();
  /** Every dispatch sent, by sequence, for replay on RESUME. */
  const dispatched: { s: number; frame: string }[] = [];
  /** Dispatches made while no session was live. */
  let held: string[] = [];
  let sequence = 0;
  let identifiedResolve: () => void = () => undefined;
  const identifiedOnce = new Promise<void>((resolve) => {
    identifiedResolve = resolve;
  });

  const record = (request: RecordedRequest) => {
    requests.push(request);
    for (const waiter of [...waiters]) {
      if (waiter.match(request)) {
        waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  };

  const server: Server = createServer((req, res) => void handle(req, res));
  const wss = new WebSocketServer({ server });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const [path = '', query = ''] = (req.url ?? '').split('?');
    let body: any = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    const request: RecordedRequest = { method, path, query, body, at: now() };
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };

    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      record(request);
      return json(200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 60_000, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      record(request);
      if (options.callbackDelayMs) await new Promise((r) => setTimeout(r, options.callbackDelayMs));
      res.writeHead(204);
      return res.end();
    }
    const webhook = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(\/messages\/(%40original|@original|\d+))?$/.exec(path);
    if (webhook) {
      record(request);
      if (method === 'DELETE') {
        res.writeHead(204);
        return res.end();
      }
      if (method === 'PATCH' || method === 'POST') {
        const channelId = channelOfToken.get(webhook[2] ?? '') ?? CHANNEL_ID;
        const sent = { ...fakeMessage(body), channel_id: channelId, webhook_id: APP_ID };
        // The @original reply is one message, edited in place.
        const list = messages.get(channelId) ?? [];
        const original = webhook[4] !== undefined && webhook[4] !== '' && !/^\d+$/.test(webhook[4]);
        const at = original ? list.findIndex((m) => m.interaction_token === webhook[2]) : -1;
        const kept = { ...sent, interaction_token: original ? webhook[2] : undefined };
        if (at >= 0) list[at] = { ...kept, id: list[at].id };
        else keep(channelId, kept);
        return json(200, sent);
      }
    }
    const thread = /^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (thread && method === 'POST') {
      record(request);
      const parent = channels.get(thread[1] ?? '');
      if (!parent) return json(404, { message: 'Unknown Channel', code: 10003 });
      if (channels.has(thread[2] ?? '')) return json(400, { message: 'A thread has already been created for this message', code: 160004 });
      const created: FakeChannel = { id: thread[2] ?? snowflake(), type: 11, name: String(body?.name ?? ''), guild_id: parent.guild_id, parent_id: parent.id, owner_id: BOT_ID };
      channels.set(created.id, created);
      return json(201, { ...created, thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, locked: false } });
    }
    const channelMessages = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (channelMessages) {
      record(request);
      const channelId = channelMessages[1] ?? '';
      if (!channels.has(channelId)) return json(404, { message: 'Unknown Channel', code: 10003 });
      if (method === 'POST') return json(200, keep(channelId, { ...fakeMessage(body), channel_id: channelId }));
      const limit = Number(new URLSearchParams(query).get('limit') ?? 50);
      return json(200, [...(messages.get(channelId) ?? [])].reverse().slice(0, limit));
    }
    const channel = /^\/api\/v10\/channels\/(\d+)$/.exec(path);
    if (channel && method === 'GET') {
      record(request);
      const found = channels.get(channel[1] ?? '');
      return found ? json(200, found) : json(404, { message: 'Unknown Channel', code: 10003 });
    }
    const commands = /^\/api\/v10\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands && method === 'PUT') {
      record(request);
      const list = Array.isArray(body) ? body : [];
      return json(
        200,
        list.map((command: Record<string, unknown>) => ({
          ...command,
          id: snowflake(),
          application_id: commands[1],
          version: snowflake(),
          ...(commands[3] ? { guild_id: commands[3] } : {}),
        })),
      );
    }
    record(request);
    json(404, { message: `fake discord: no route ${method} ${path}`, code: 0 });
  }

  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      live.delete(socket);
    });
    const goLive = () => {
      live.add(socket);
      for (const frame of held) socket.send(frame);
      held = [];
    };
    const send = (payload: unknown) => socket.send(JSON.stringify(payload)); // text frames
    send({ op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 2000 }, s: null, t: null });
    socket.on('message', (data) => {
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse(data.toString());
      } catch {
        return;
      }
      gatewayOps.push(payload.op);
      if (payload.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (payload.op === 2) {
        sequence += 1;
        send({
          op: 0,
          t: 'READY',
          s: sequence,
          d: {
            v: 10,
            user: { id: BOT_ID, username: 'newsbot', discriminator: '0', global_name: null, avatar: null, bot: true },
            guilds: [],
            session_id: 'fake-session',
            resume_gateway_url: gatewayUrl,
            application: { id: APP_ID, flags: 0 },
            shard: [0, 1],
          },
        });
        goLive();
        identifiedResolve();
      }
      if (payload.op === 6) {
        const from = Number((payload.d as { seq?: unknown } | null)?.seq ?? 0);
        for (const { s, frame } of dispatched) if (s > from) socket.send(frame);
        sequence += 1;
        send({ op: 0, t: 'RESUMED', s: sequence, d: {} });
        held = held.filter((frame) => !dispatched.some((d) => d.frame === frame && d.s > from));
        goLive();
      }
    });
  });

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    requests,
    gatewayOps,
    channels,
    messages,
    identified: (timeoutMs = 30_000) => withTimeout(identifiedOnce, timeoutMs, 'no client identified'),
    dispatch(interaction) {
      const token = typeof interaction.token === 'string' ? interaction.token : '';
      const channelId = (interaction.channel as { id?: string } | undefined)?.id ?? (interaction.channel_id as string | undefined);
      if (token && channelId) channelOfToken.set(token, channelId);
      sequence += 1;
      const frame = JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', s: sequence, d: interaction });
      dispatched.push({ s: sequence, frame });
      if (live.size === 0) held.push(frame);
      for (const socket of live) socket.send(frame);
      return now();
    },
    dropConnections() {
      for (const socket of sockets) socket.terminate();
    },
    waitForRequest(match, timeoutMs = 30_000) {
      const found = requests.find(match);
      if (found) return Promise.resolve(found);
      let waiter: { match: typeof match; resolve: (r: RecordedRequest) => void } | undefined;
      const promise = new Promise<RecordedRequest>((resolve) => {
        waiter = { match, resolve };
        waiters.add(waiter);
      });
      return withTimeout(promise, timeoutMs, 'expected request never came').finally(() => {
        if (waiter) waiters.delete(waiter);
      });
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`fake discord: ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fakeMessage(body: any) {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    type: 0,
    content: body?.content ?? '',
    ...(body?.id ? { id: body.id } : {}),
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    author: { id: BOT_ID, username: 'newsbot', discriminator: '0', global_name: null, avatar: null, bot: true },
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
  };
}

// Interaction payloads ----------------------------------------------------------------------------

const user = { id: USER_ID, username: 'reporter', discriminator: '0', global_name: '기자', avatar: null };

function base(type: number, locale: string) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    token: `token-${id}`,
    version: 1,
    channel_id: CHANNEL_ID,
    user,
    locale,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '1': USER_ID },
    context: 1,
  };
}

export type Option = { name: string; type: number; value: string | boolean | number; focused?: boolean };

/** A slash command (`type` 2) interaction. */
export function chatInput(name: string, options: Option[] = [], locale = 'ko') {
  return { ...base(2, locale), data: { id: snowflake(), name, type: 1, options } };
}

/** An autocomplete (`type` 4) interaction with one focused option. */
export function autocomplete(name: string, options: Option[], locale = 'ko') {
  return { ...base(4, locale), data: { id: snowflake(), name, type: 1, options } };
}

/** A button click (`type` 3) on a message whose embeds and components are given. */
export function buttonClick(customId: string, message: { embeds?: unknown[]; components?: unknown[] }, locale = 'ko') {
  return {
    ...base(3, locale),
    data: { component_type: 2, custom_id: customId },
    message: { ...fakeMessage(message), interaction_metadata: null },
  };
}

/** A message context-menu command (`type` 2, command type 3) on a message with `content`. */
export function messageCommand(name: string, content: string, locale = 'ko', author = user) {
  const target = { ...fakeMessage({ content }), author };
  return {
    ...base(2, locale),
    data: { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  };
}

/**
 * The same interaction sent from a server channel (or thread): `guild_id`, a `member`, and the
 * `channel` object real Discord includes (discord.js reads `channelId` from it).
 */
export function inChannel<T extends { channel_id: string }>(interaction: T, channel: FakeChannel, userId = USER_ID): T {
  const member = { user: { ...user, id: userId }, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '0' };
  const { user: _user, ...rest } = interaction as T & { user?: unknown };
  return { ...(rest as T), channel_id: channel.id, channel, guild_id: channel.guild_id, member, context: 0 };
}

/** The callback path of an interaction payload. */
export function callbackPath(interaction: { id: string; token: string }): string {
  return `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`;
}

/** The `@original` webhook path of an interaction payload (discord.js sends `%40original`). */
export function originalPath(interaction: { token: string }): string {
  return `/api/v10/webhooks/${APP_ID}/${interaction.token}/messages/%40original`;
}
