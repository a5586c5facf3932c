import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/server/headers.js';
import { createStaticHandler, pickEncoding } from '../../src/server/static.js';
import { get } from './http';

const script = `export const plan = ${JSON.stringify('x'.repeat(4000))};\n`;
let server: Server;
let base: string;
let outside: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pivotboard-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><title>Pivotboard</title>${' '.repeat(600)}`,
  );
  writeFileSync(join(root, 'assets', 'index-B2x9_kQa.js'), script);
  writeFileSync(join(root, 'sw.js'), `self.addEventListener('install', () => {});`);
  writeFileSync(join(root, '..', `${basename(root)}-secret.txt`), 'outside');
  outside = `${basename(root)}-secret.txt`;
  const handler = createStaticHandler(root);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('serving the built app', () => {
  it('sends the policy as a header, with frame-ancestors, on the page and on scripts (the worker’s policy)', async () => {
    for (const path of ['/', '/assets/index-B2x9_kQa.js', '/sw.js']) {
      const reply = await get(base + path);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("connect-src 'self'");
  });

  it('keeps hashed assets a year and checks the page and the service worker every time', async () => {
    expect((await get(`${base}/assets/index-B2x9_kQa.js`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(`${base}/`)).headers['cache-control']).toBe('no-cache');
    expect((await get(`${base}/sw.js`)).headers['cache-control']).toBe('no-cache');
  });

  it('compresses with brotli or gzip, as the browser asks', async () => {
    const br = await get(`${base}/assets/index-B2x9_kQa.js`, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get(`${base}/assets/index-B2x9_kQa.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(`${base}/assets/index-B2x9_kQa.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('answers 304 to a known ETag', async () => {
    const first = await get(`${base}/`);
    const again = await get(`${base}/`, { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves nothing outside the folder and says 404 for what is missing', async () => {
    expect((await get(`${base}/..%2f${outside}`)).status).toBe(404);
    expect((await get(`${base}/%2e%2e/${outside}`)).status).toBe(404);
    expect((await get(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await get(`${base}/nothing.js`)).status).toBe(404);
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('')).toBeNull();
  });
});
