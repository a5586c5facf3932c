/**
 * `npm run relay`: one process that gives every device the app and its sync, on one origin (so
 * the app's policy stays `connect-src 'self'`). It serves the built app (static.js) and runs
 * Yjs' standard server (`@y/websocket-server`) at `/sync/<room>`, storing each room in LevelDB
 * under DATA_DIR. What it stores is ciphertext: row ids, field names and sealed values
 * (docs/sync.md). It never needs to read a row.
 *
 *   HOST (127.0.0.1)   PORT (1234; 0 picks a free one)   DATA_DIR (./relay-data)   DIST (./dist)
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { LeveldbPersistence } from 'y-leveldb';
import { SECURITY_HEADERS } from './headers.js';
import { createStaticHandler } from './static.js';

/** Room names are derived from the pairing secret (HKDF, base64url of 32 bytes). */
const ROOM = /^\/sync\/([A-Za-z0-9_-]{43})$/;
/** A first sync of a big plan is a few MB; anything far larger is refused. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/**
 * @typedef {{ host?: string, port?: number, dataDir?: string, root?: string,
 *   log?: (line: string) => void }} RelayOptions
 * @typedef {{ url: string, port: number, close: () => Promise<void> }} Relay
 */

/**
 * @param {RelayOptions} options
 * @returns {Promise<Relay>}
 */
export async function startRelay(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const dataDir = resolve(options.dataDir ?? 'relay-data');
  const root = resolve(options.root ?? 'dist');
  const log = options.log ?? ((line) => console.log(line));
  mkdirSync(dataDir, { recursive: true });

  // The server module opens its own LevelDB when YPERSISTENCE is set; ours replaces it (below),
  // so it must not also open one in the same folder.
  delete process.env.YPERSISTENCE;
  const { setupWSConnection, setPersistence, getYDoc, docs } =
    await import('@y/websocket-server/utils');

  const storage = new LeveldbPersistence(dataDir);
  /** Writes under way: a stop waits for them, so a restart loses nothing. */
  const pending = new Set();
  /** @param {Promise<unknown>} write */
  const track = (write) => {
    pending.add(write);
    void write.finally(() => pending.delete(write));
  };
  /** Each open room's load from disk. The upstream server answers before its storage has loaded; we wait. */
  const loaded = new WeakMap();
  setPersistence({
    provider: storage,
    bindState: (/** @type {string} */ name, /** @type {Y.Doc} */ doc) => {
      const load = storage.getYDoc(name).then((stored) => {
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
        stored.destroy();
        doc.on('update', (/** @type {Uint8Array} */ update) =>
          track(storage.storeUpdate(name, update)),
        );
      });
      loaded.set(doc, load);
      track(load);
    },
    writeState: async () => {},
  });

  const serveApp = createStaticHandler(root);
  const server = createServer((req, res) => {
    if (req.url === '/sync/health') {
      res
        .writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        })
        .end(JSON.stringify({ app: 'pivotboard', relay: 1 }));
      return;
    }
    serveApp(req, res).catch((error) => {
      log(`Could not serve ${req.url}: ${error instanceof Error ? error.message : error}`);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let stopping = false;
  server.on('upgrade', (req, socket, head) => {
    if (stopping) return void socket.destroy();
    const room = ROOM.exec(new URL(req.url ?? '/', 'http://host').pathname)?.[1];
    const sameOrigin = !req.headers.origin || new URL(req.headers.origin).host === req.headers.host;
    if (!room || !sameOrigin) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const doc = getYDoc(room);
    const ready = loaded.get(doc) ?? Promise.resolve();
    ready.then(
      () =>
        sockets.handleUpgrade(req, socket, head, (ws) => {
          if (stopping) return ws.terminate();
          // The room was closed (its last device left) while it loaded: ask the device to come again.
          if (docs.get(room) !== doc) return ws.close(1013, 'Try again');
          setupWSConnection(ws, req, { docName: room });
        }),
      (/** @type {unknown} */ error) => {
        log(`Could not open a room's storage: ${error instanceof Error ? error.message : error}`);
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      },
    );
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 1234, host, () => done(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 1234);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing = null;
  const close = () =>
    (closing ??= (async () => {
      stopping = true;
      for (const ws of sockets.clients) ws.terminate();
      const closed = new Promise((done) => server.close(() => done(undefined)));
      server.closeAllConnections();
      await closed;
      await Promise.allSettled([...pending]);
      await storage.destroy();
    })());
  return { url, port, close };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const env = process.env;
  const dataDir = env.DATA_DIR || 'relay-data';
  startRelay({
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT ?? 1234),
    dataDir,
    root: env.DIST || 'dist',
  }).then(
    (relay) => {
      console.log(
        `Pivotboard relay ready at ${relay.url} (app and sync; data in ${resolve(dataDir)})`,
      );
      const stop = () => void relay.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (/** @type {unknown} */ error) => {
      console.error(`The relay could not start: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
