// A small static server for the builds: the app at /, the peer and control pages at /bench/,
// the library floor at /floor/ and the generated backup files at /data/. Like a real deployment
// it compresses (gzip, made once per file) and caches hashed assets for a year; pages are not
// cached. Every page is served the same way, so no figure gains from it over its control.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

export async function serve(out, port) {
  /** file → { plain, gzip } */
  const cache = new Map();
  const body = async (file) => {
    let entry = cache.get(file);
    if (!entry) {
      const plain = await readFile(file);
      entry = { plain, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(plain) : null };
      cache.set(file, entry);
    }
    return entry;
  };
  const mounts = [
    ['/bench/', `${out}/pages`],
    ['/floor/', `${out}/floor`],
    ['/data/', `${out}/data`],
    ['/', `${out}/app`],
  ];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p)) ?? mounts[3];
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return void res.writeHead(404).end('not found');
    }
    const { plain, gzip } = await body(file);
    const zipped = gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      vary: 'accept-encoding',
      ...(zipped ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(zipped ? gzip : plain);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    server,
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}
