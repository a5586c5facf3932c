/**
 * Serves the built app (`dist/`) the way a careful host would: the security headers on every
 * response, brotli or gzip for text, hashed assets cached for a year and everything else checked
 * again (ETag, 304). Used by `npm run preview` and `npm run relay`; never imported by the app.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheControlFor, SECURITY_HEADERS } from './headers.js';

/** @type {Readonly<Record<string, string>>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Below this, compressing costs more than it saves. */
const MIN_COMPRESS_BYTES = 512;

/**
 * @typedef {{ mtimeMs: number, size: number, type: string, etag: string,
 *   body: Buffer, br: Buffer | null, gzip: Buffer | null }} Entry
 */

/**
 * @param {string} type
 */
const compressible = (type) => /^(text\/|application\/(json|manifest)|image\/svg)/.test(type);

/**
 * @param {string} header the request's Accept-Encoding
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(header) {
  const offered = new Map(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .map(([name = '', ...params]) => {
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return [name.trim().toLowerCase(), q ? Number(q.slice(2)) : 1];
      }),
  );
  const accepts = (/** @type {string} */ name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/**
 * @param {string} root the folder to serve (the built app)
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createStaticHandler(root) {
  const base = resolve(root);
  /** @type {Map<string, Entry>} */
  const cache = new Map();

  /**
   * @param {string} file
   * @returns {Promise<Entry | null>}
   */
  async function load(file) {
    let info;
    try {
      info = await stat(file);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const known = cache.get(file);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const squeeze = compressible(type) && body.length >= MIN_COMPRESS_BYTES;
    /** @type {Entry} */
    const entry = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      type,
      etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
      body,
      br: squeeze
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : null,
      gzip: squeeze ? gzipSync(body, { level: 9 }) : null,
    };
    cache.set(file, entry);
    return entry;
  }

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      res.writeHead(400, SECURITY_HEADERS).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(join(base, path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    const entry = await load(file);
    if (!entry) {
      res
        .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Not found');
      return;
    }
    /** @type {Record<string, string>} */
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': entry.type,
      'Cache-Control': cacheControlFor(path),
      ETag: entry.etag,
    };
    if (entry.br) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const encoding = entry.br ? pickEncoding(String(req.headers['accept-encoding'] ?? '')) : null;
    const body =
      (encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : null) ?? entry.body;
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
