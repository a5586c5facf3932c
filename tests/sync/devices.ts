/**
 * Devices for the sync tests: each its own plan database and sync store on fake-indexeddb,
 * talking to the real relay (tests/server/relay.setup.ts) over a real WebSocket.
 */
import WebSocket from 'ws';
import { inject } from 'vitest';
import { PivotDatabase } from '../../src/db/database';
import type { LostEdit, SkippedChange } from '../../src/db/sync/binding';
import { SyncEngine } from '../../src/db/sync/engine';
import { SyncStore } from '../../src/db/sync/store';
import { canonicalJson, SYNC_TABLES } from '../../src/domain/syncRows';

let count = 0;

export interface Device {
  name: string;
  database: PivotDatabase;
  store: SyncStore;
  engine: SyncEngine;
  lost: LostEdit[];
  skipped: SkippedChange[];
  phases: string[];
  /** A new engine on the same device (a reload). */
  restart(): Promise<void>;
}

const opened: Device[] = [];

export function device(relayUrl = inject('relayUrl')): Device {
  const name = `device-${++count}-${Math.random().toString(36).slice(2, 8)}`;
  const d = {
    name,
    database: new PivotDatabase(`pivotboard-test-${name}`),
    store: new SyncStore(`pivotboard-test-${name}-sync`),
    lost: [] as LostEdit[],
    skipped: [] as SkippedChange[],
    phases: [] as string[],
  } as Device;
  const make = () =>
    new SyncEngine({
      database: d.database,
      store: d.store,
      url: `${relayUrl.replace(/^http/, 'ws')}/sync`,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      maxBackoffMs: 1000,
      events: {
        lost: (edits) => d.lost.push(...edits),
        skipped: (changes) => d.skipped.push(...changes),
      },
      onPhase: (phase) => d.phases.push(phase),
    });
  d.engine = make();
  d.restart = async () => {
    await d.engine.stop();
    d.engine = make();
    await d.engine.start();
  };
  opened.push(d);
  return d;
}

export async function closeDevices(): Promise<void> {
  for (const d of opened.splice(0)) {
    await d.engine.stop();
    d.database.close();
    d.store.close();
  }
}

/** Every synced table, rows sorted by key (device-only settings left out). */
export async function syncedRows(d: Device): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const spec of SYNC_TABLES) {
    const rows = (await d.database.table(spec.name).toArray()) as Record<string, unknown>[];
    out[spec.name] = rows
      .filter((r) => !spec.local?.(String(r[spec.key])))
      .sort((a, b) => (String(a[spec.key]) < String(b[spec.key]) ? -1 : 1));
  }
  return out;
}

export async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Both devices hold the same synced rows. */
export async function converged(a: Device, b: Device, ms?: number): Promise<void> {
  await until(
    async () => canonicalJson(await syncedRows(a)) === canonicalJson(await syncedRows(b)),
    ms,
  );
}
