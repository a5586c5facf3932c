import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { deriveKeys, placeOf, seal } from '../../src/db/sync/seal';
import { encodePairingCode } from '../../src/domain/pairing';
import { startRelayProcess, tempDataDir } from '../server/relayProcess.mjs';
import { sampleTables } from '../support/sampleRows';
import { closeDevices, converged, device, syncedRows, until, type Device } from './devices';

afterEach(closeDevices);

const newSecret = () => crypto.getRandomValues(new Uint8Array(32));

async function fill(d: Device, variant: string) {
  const tables = sampleTables(variant);
  await d.database.transaction('rw', d.database.tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await d.database.table(name).bulkPut(rows);
  });
  return tables;
}

/** A plan on device A, synced on; B (with a plan of its own) joins it. */
async function pair(relayUrl = inject('relayUrl')) {
  const a = device(relayUrl);
  const b = device(relayUrl);
  await fill(a, 'a');
  await fill(b, 'b');
  const secret = newSecret();
  await a.engine.create(secret);
  await until(() => a.engine.connected);
  await a.engine.settled();
  await b.engine.join(encodePairingCode(secret));
  await until(() => b.engine.connected);
  return { a, b, secret };
}

const card = (d: Device, id: string) => d.database.milestones.get(id);

describe('sync between two devices', () => {
  it('a device that joins gets the other’s plan in place of its own, and edits flow both ways', async () => {
    const { a, b } = await pair();
    expect(await syncedRows(b)).toEqual(await syncedRows(a));
    expect(await b.database.plans.get('plan-b')).toBeUndefined();

    await b.database.milestones.update('m-a-0', { title: 'Rewrite CV, tailored' });
    await a.database.calls.delete(
      (await a.database.calls.toCollection().primaryKeys())[0] as string,
    );
    await converged(a, b);
    expect((await card(a, 'm-a-0'))?.title).toBe('Rewrite CV, tailored');
    expect(a.skipped).toEqual([]);
    expect(b.skipped).toEqual([]);
  });

  it('both offline, both edit and move the same card: they converge, and the device whose move lost is told', async () => {
    const { a, b } = await pair();
    a.engine.disconnect();
    b.engine.disconnect();
    await until(() => !a.engine.connected && !b.engine.connected);

    await a.database.milestones.update('m-a-1', {
      title: 'Call Dr. O’Neil (from A)',
      month: 3,
      rank: 'a3',
    });
    await b.database.milestones.update('m-a-1', { notes: 'Notes from B', month: 5, rank: 'a5' });
    await a.engine.settled();
    await b.engine.settled();

    a.engine.connect();
    b.engine.connect();
    await converged(a, b);
    const merged = await card(a, 'm-a-1');
    // Different fields both survive; the move is one value, and one of the two won everywhere.
    expect(merged?.title).toBe('Call Dr. O’Neil (from A)');
    expect(merged?.notes).toBe('Notes from B');
    expect([3, 5]).toContain(merged?.month);
    expect(merged?.rank).toBe(merged?.month === 3 ? 'a3' : 'a5');

    const loser = merged?.month === 3 ? b : a;
    const winner = loser === a ? b : a;
    await until(() => loser.lost.length > 0);
    expect(loser.lost).toEqual([
      expect.objectContaining({
        table: 'milestones',
        id: 'm-a-1',
        value: '+place',
        mine: loser === a ? { month: 3, rank: 'a3' } : { month: 5, rank: 'a5' },
        theirs: loser === a ? { month: 5, rank: 'a5' } : { month: 3, rank: 'a3' },
      }),
    ]);
    expect(winner.lost).toEqual([]);
  });

  it('offline edits survive a reload and go out when the relay is back', async () => {
    const { a, b } = await pair();
    a.engine.disconnect();
    await a.database.milestones.update('m-a-2', { title: 'Written offline' });
    await a.engine.settled();
    await a.restart(); // reconnects on start
    await until(async () => (await card(b, 'm-a-2'))?.title === 'Written offline');
  });
});

describe('the relay restarted in the middle', () => {
  it('loses nothing: changes made around the restart reach every device, and a new one', async () => {
    const dataDir = tempDataDir();
    let relay = await startRelayProcess({ dataDir });
    const { port } = relay;
    try {
      const { a, b } = await pair(relay.url);
      await a.database.milestones.update('m-a-0', { title: 'Just before the restart' });
      await relay.stop(); // SIGTERM, by its PID, while that change may still be on its way
      await b.database.milestones.update('m-a-1', { title: 'While the relay was down' });
      await until(() => !a.engine.connected && !b.engine.connected);
      relay = await startRelayProcess({ dataDir, port });
      await until(() => a.engine.connected && b.engine.connected, 20_000);
      await converged(a, b);
      expect((await card(b, 'm-a-0'))?.title).toBe('Just before the restart');
      expect((await card(a, 'm-a-1'))?.title).toBe('While the relay was down');

      // A device that joins now gets it all from the relay's storage.
      await relay.stop();
      relay = await startRelayProcess({ dataDir, port });
      a.engine.disconnect();
      b.engine.disconnect();
      const c = device(relay.url);
      await c.engine.join(encodePairingCode((await a.store.readSecret()) ?? new Uint8Array()));
      expect(await syncedRows(c)).toEqual(await syncedRows(a));
    } finally {
      await relay.stop();
    }
  }, 120_000);
});

describe('what reaches the relay', () => {
  it('its storage holds none of the titles, notes or names written', async () => {
    const { a } = await pair();
    await a.database.milestones.update('m-a-3', { title: 'Zebra-Unicorn resignation plan' });
    await a.engine.settled();
    await new Promise((r) => setTimeout(r, 500)); // the relay's LevelDB writes
    const dir = inject('relayDataDir');
    const bytes = readdirSync(dir).map((f) => readFileSync(join(dir, f)));
    expect(bytes.reduce((n, b) => n + b.length, 0)).toBeGreaterThan(1000);
    const plain = [
      'Zebra-Unicorn resignation plan',
      'Rewrite CV (a)',
      'Call Dr. O’Neil',
      ...Object.values(sampleTables('a'))
        .flat()
        .flatMap((row) => [row.title, row.name, row.notes, row.company])
        .filter((v): v is string => typeof v === 'string' && v.length >= 6),
    ];
    for (const text of plain)
      for (const file of bytes) expect(file.includes(Buffer.from(text, 'utf8'))).toBe(false);
  });

  it('a tampered, moved or foreign value is skipped and reported, never written', async () => {
    const { a, secret } = await pair();
    const keys = await deriveKeys(secret);
    const foreign = await deriveKeys(newSecret());
    const rogue = new Y.Doc();
    const socket = new WebsocketProvider(
      `${inject('relayUrl').replace(/^http/, 'ws')}/sync`,
      keys.room,
      rogue,
      {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    await new Promise<void>((r) => socket.once('sync', () => r()));
    const rows = rogue.getMap<Y.Map<string>>('milestones');
    const before = await syncedRows(a);
    const json = (v: unknown) => JSON.stringify(v);
    rogue.transact(() => {
      rows.get('m-a-0')?.set('title', 'not sealed at all');
    });
    const sealedElsewhere = await seal(
      keys.key,
      placeOf('milestones', 'm-a-1', 'title'),
      json('Moved'),
    );
    const sealedForeign = await seal(
      foreign.key,
      placeOf('milestones', 'm-a-2', 'title'),
      json('Foreign'),
    );
    const sealedInvalid = await seal(
      keys.key,
      placeOf('milestones', 'm-a-3', '+place'),
      json({ month: 999, rank: 'a0' }),
    );
    rogue.transact(() => {
      rows.get('m-a-4')?.set('title', sealedElsewhere);
      rows.get('m-a-2')?.set('title', sealedForeign);
      rows.get('m-a-3')?.set('+place', sealedInvalid);
    });
    await until(() => a.skipped.length >= 4);
    await a.engine.settled();
    expect(new Set(a.skipped.map((s) => `${s.id} ${s.reason}`))).toEqual(
      new Set(['m-a-0 unreadable', 'm-a-4 unreadable', 'm-a-2 unreadable', 'm-a-3 invalid']),
    );
    expect(await syncedRows(a)).toEqual(before);
    socket.destroy();
    rogue.destroy();
  });

  it('a wrong pairing code syncs nothing, and a mistyped one is caught before it is tried', async () => {
    const { a } = await pair();
    const c = device();
    await fill(c, 'c');
    const mine = await syncedRows(c);
    await expect(c.engine.join(encodePairingCode(newSecret()))).rejects.toThrow(
      /No device has used this pairing code/,
    );
    const code = encodePairingCode(newSecret());
    const typo = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    await expect(c.engine.join(typo)).rejects.toThrow(/typo/);
    expect(await syncedRows(c)).toEqual(mine);
    expect(await c.store.readSecret()).toBeNull();
    expect(await syncedRows(a)).not.toEqual(mine);
  });
});
