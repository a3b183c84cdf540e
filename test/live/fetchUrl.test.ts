/**
 * The safe fetch against a local HTTP server on 127.0.0.1: allowed only with `allowPrivate`
 * (ALLOW_PRIVATE_URLS=1), and refused without it; limits on redirects, size and time.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, guardedLookup, isBlockedAddress } from '../../src/live/fetchUrl.ts';

let server: Server;
let base: string;
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<html><body><p>기사</p></body></html>');
    }
    if (path === '/gz') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return res.end(gzipSync(Buffer.from('<p>압축된 기사</p>')));
    }
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
      return res.end();
    }
    if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (path === '/to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      return res.end();
    }
    if (path === '/endless') {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      return pump();
    }
    if (path === '/declared-big') {
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      return res.write('x');
    }
    if (path === '/slow') {
      open.add(res);
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.write('<p>');
    }
    res.writeHead(404);
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const allowed = { allowPrivate: true };

describe('fetchUrl', () => {
  it('fetches a page with its content type and final URL (private addresses allowed)', async () => {
    const result = await fetchUrl(`${base}/page`, allowed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new TextDecoder().decode(result.value.bytes)).toContain('기사');
    expect(result.value.contentType).toBe('text/html; charset=utf-8');
    expect(result.value.url).toBe(`${base}/page`);
  });

  it('decompresses a gzip body', async () => {
    const result = await fetchUrl(`${base}/gz`, allowed);
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe('<p>압축된 기사</p>');
  });

  it('refuses loopback, private, link-local and metadata addresses unless allowed', async () => {
    for (const url of [
      `${base}/page`,
      'http://localhost/',
      'http://[::1]/',
      'http://10.1.2.3/',
      'http://192.168.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:127.0.0.1]/',
      'http://0x7f000001/',
    ]) {
      const result = await fetchUrl(url);
      expect(result, url).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    }
  });

  it('checks the addresses a host name resolves to, at connect time', async () => {
    const resolve = (allow: boolean) =>
      new Promise<{ error: NodeJS.ErrnoException | null; address: string }>((done) =>
        guardedLookup(allow)('localhost', { family: 4 }, (error, address) => done({ error, address: String(address) })),
      );
    expect((await resolve(false)).error?.code).toBe('EBLOCKED');
    expect(await resolve(true)).toMatchObject({ error: null, address: '127.0.0.1' });
  });

  it('only http and https', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'javascript:alert(1)', 'not a url', 'http://user:pw@example.com/']) {
      expect(await fetchUrl(url, allowed), url).toMatchObject({ ok: false, error: { kind: 'bad-url' } });
    }
  });

  it('follows up to 5 redirects, re-checking each target', async () => {
    expect((await fetchUrl(`${base}/hop/4`, allowed)).ok).toBe(true);
    expect(await fetchUrl(`${base}/hop/5`, allowed)).toMatchObject({ ok: false, error: { kind: 'too-many-redirects' } });
    expect(await fetchUrl(`${base}/to-file`, allowed)).toMatchObject({ ok: false, error: { kind: 'bad-url' } });
    // Allowed to reach 127.0.0.1 for the test, but a redirect into the metadata range is still checked
    // when private addresses are not allowed.
    expect(await fetchUrl(`${base}/to-metadata`, { allowPrivate: false })).toMatchObject({ ok: false, error: { kind: 'blocked' } });
  });

  it('caps the body while it streams, and refuses a declared oversize at once', async () => {
    expect(await fetchUrl(`${base}/endless`, { ...allowed, maxBytes: 1024 * 1024 })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    expect(await fetchUrl(`${base}/declared-big`, allowed)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('gives up on a page that does not finish in time', async () => {
    expect(await fetchUrl(`${base}/slow`, { ...allowed, timeoutMs: 300 })).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('a closed port is unreachable, not a crash', async () => {
    expect(await fetchUrl('http://127.0.0.1:1/', allowed)).toMatchObject({ ok: false, error: { kind: 'unreachable' } });
  });
});

describe('isBlockedAddress', () => {
  it('knows the special ranges', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00:ec2::254', '::ffff:10.0.0.1']) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '211.234.10.20', '2001:4860:4860::8888', '172.32.0.1']) expect(isBlockedAddress(a), a).toBe(false);
  });
});
