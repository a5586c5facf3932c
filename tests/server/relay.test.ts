import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelay } from '../../src/server/relay.js';
import { get } from './http';

const ROOM = 'r'.repeat(43);
const opened: { destroy(): void }[] = [];
const relays: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const thing of opened.splice(0)) thing.destroy();
  for (const relay of relays.splice(0)) await relay.close();
});

function distFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'pivotboard-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pivotboard</title>');
  return root;
}

async function relayAt(dataDir: string, port = 0) {
  const relay = await startRelay({ port, dataDir, root: distFolder(), log: () => undefined });
  relays.push(relay);
  return relay;
}

function device(url: string, room = ROOM) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace('http', 'ws')}/sync`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  opened.push(provider, doc);
  const synced = new Promise<void>((done) => provider.once('sync', () => done()));
  return { doc, provider, synced };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('npm run relay', () => {
  it('serves the app and says it is a relay at /sync/health', async () => {
    const relay = await relayAt(mkdtempSync(join(tmpdir(), 'relay-')));
    const page = await get(`${relay.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const health = await get(`${relay.url}/sync/health`);
    expect(JSON.parse(health.body.toString())).toEqual({ app: 'pivotboard', relay: 1 });
  });

  it('refuses a socket that is not for a room, or from another site', async () => {
    const relay = await relayAt(mkdtempSync(join(tmpdir(), 'relay-')));
    const ws = relay.url.replace('http', 'ws');
    const refused = (url: string, origin?: string) =>
      new Promise<boolean>((done) => {
        const socket = new WebSocket(url, origin ? { origin } : {});
        socket.on('open', () => done(false));
        socket.on('error', () => done(true));
      });
    expect(await refused(`${ws}/sync/short`)).toBe(true);
    expect(await refused(`${ws}/elsewhere/${ROOM}`)).toBe(true);
    expect(await refused(`${ws}/sync/${ROOM}`, 'https://evil.example')).toBe(true);
    expect(await refused(`${ws}/sync/${ROOM}`)).toBe(false);
  });

  it('passes changes between two devices and keeps them across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'relay-'));
    const relay = await relayAt(dataDir);
    const a = device(relay.url);
    const b = device(relay.url);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('cards').set('1', 'sealed-1');
    await until(() => b.doc.getMap('cards').get('1') === 'sealed-1');

    a.provider.destroy();
    b.provider.destroy();
    await relay.close();
    relays.splice(relays.indexOf(relay), 1);

    const again = await relayAt(dataDir, relay.port);
    const c = device(again.url);
    await c.synced;
    // The relay loads a room from disk before it answers (upstream answers first, then adds).
    expect(c.doc.getMap('cards').get('1')).toBe('sealed-1');
  });
});
