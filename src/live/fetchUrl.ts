/**
 * 안전한 URL 가져오기: fetches a news page (or a Discord attachment) for `/add` without letting a user
 * make the bot reach inside its own network. http(s) only; a deadline for the whole exchange; a size cap
 * enforced while the body streams in; a bounded number of redirects, each one checked again; and every
 * address a host name resolves to is checked at connect time (no second DNS answer can slip past), so
 * loopback, private, link-local, cloud-metadata and other special ranges are refused unless allowed.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

export type FetchOptions = {
  /** Allow loopback/private/link-local targets (tests and private deployments only). Default false. */
  allowPrivate?: boolean;
  /** Whole-exchange deadline in ms. Default 10 s. */
  timeoutMs?: number;
  /** Largest body in bytes (after decompression). Default 5 MB. */
  maxBytes?: number;
  /** Most redirects followed. Default 5. */
  maxRedirects?: number;
};

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

export type FetchFailure = {
  kind: 'bad-url' | 'blocked' | 'timeout' | 'too-large' | 'http-status' | 'unreachable' | 'too-many-redirects';
  /** A short English reason (render has the users' words). */
  message: string;
};

export type Fetched = {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL the body came from, after redirects. */
  url: string;
};

export type FetchResult = { ok: true; value: Fetched } | { ok: false; error: FetchFailure };

/** Ranges no user-given URL may reach: this host, private networks, link-local (cloud metadata), special use. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32], ['100::', 64],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/**
 * Whether an IP address is one a user-given URL must not reach.
 * @example isBlockedAddress('169.254.169.254') // true (cloud metadata)
 * @example isBlockedAddress('::ffff:127.0.0.1') // true (IPv4-mapped loopback)
 */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return BLOCKED.check(mapped[1], 'ipv4');
    return BLOCKED.check(address, 'ipv6');
  }
  return BLOCKED.check(address, 'ipv4');
}

class Refused extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.message);
  }
}

/** A DNS lookup that fails when any address of the host is blocked (checked when the socket connects). */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const list = Array.isArray(addresses) ? addresses : [];
      const bad = list.find((a) => isBlockedAddress(a.address));
      if (!allowPrivate && bad) {
        return callback(Object.assign(new Error(`refused: ${hostname} resolves to a private or reserved address`), { code: 'EBLOCKED' }), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** The URL if it is one we may fetch, else why not. */
function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Refused({ kind: 'bad-url', message: 'not a valid URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Refused({ kind: 'bad-url', message: `only http and https links are fetched (not ${url.protocol.replace(':', '')})` });
  }
  if (url.username || url.password) throw new Refused({ kind: 'bad-url', message: 'links with a user name or password are not fetched' });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written as a number never goes through DNS: check it here.
  if (isIP(host) !== 0 && !allowPrivate && isBlockedAddress(host)) {
    throw new Refused({ kind: 'blocked', message: 'the link points to a private or reserved address' });
  }
  if (!allowPrivate && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) {
    throw new Refused({ kind: 'blocked', message: 'the link points to a local host name' });
  }
  return url;
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

/** One request: resolves with the response (or throws a Refused/Error). Aborted through `signal`. */
function requestOnce(url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(allowPrivate),
      headers: {
        'user-agent': 'news-qa-bot/0.1 (+article import)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new Refused({ kind: 'too-large', message: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` });
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const body = decoded(response);
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      body.destroy();
      throw new Refused({ kind: 'too-large', message: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` });
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function failureOf(error: unknown, signal: AbortSignal): FetchFailure {
  if (error instanceof Refused) return error.failure;
  if (signal.aborted) return { kind: 'timeout', message: 'the page did not answer in time' };
  const code = (error as { code?: string }).code;
  if (code === 'EBLOCKED') return { kind: 'blocked', message: 'the link points to a private or reserved address' };
  return { kind: 'unreachable', message: `the page could not be reached (${code ?? (error as Error).message ?? 'error'})`.slice(0, 200) };
}

/**
 * Fetches a URL within the limits. Never throws: a refusal or failure comes back as `{ ok: false }`.
 * @example
 * const page = await fetchUrl('https://news.example.kr/article/1');
 * if (page.ok) parseArticleFile('page.html', page.value.bytes, { contentType: page.value.contentType });
 */
export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<FetchResult> {
  const allowPrivate = options.allowPrivate ?? false;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs);
  try {
    let url = checkUrl(raw, allowPrivate);
    for (let redirects = 0; ; redirects++) {
      const response = await requestOnce(url, allowPrivate, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= maxRedirects) throw new Refused({ kind: 'too-many-redirects', message: `more than ${maxRedirects} redirects` });
        url = checkUrl(new URL(response.headers.location, url).href, allowPrivate);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new Refused({ kind: 'http-status', message: `the server answered ${status}` });
      }
      const bytes = await readCapped(response, maxBytes);
      return { ok: true, value: { bytes, contentType: response.headers['content-type'] ?? null, url: url.href } };
    }
  } catch (error) {
    return { ok: false, error: failureOf(error, controller.signal) };
  } finally {
    clearTimeout(timer);
  }
}
