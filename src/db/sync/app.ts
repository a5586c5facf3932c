/**
 * Sync in the app (loaded only when sync is on, or when the person turns it on or joins): the
 * controls Settings calls, and who talks to the relay. Of the open tabs of this browser, the one
 * holding the `pivotboard-sync` Web Lock runs the engine; when it closes, the next one waiting
 * takes over. The others see every change anyway (Dexie tells them) and show the status the
 * running tab sends on a BroadcastChannel.
 */
import { UserError } from '../../domain/errors';
import { encodePairingCode, SECRET_BYTES } from '../../domain/pairing';
import { describeLostEdit } from '../../domain/syncConflicts';
import { canonicalJson, syncTable, valuesToFields } from '../../domain/syncRows';
import { useSync, type LostEditNote, type SyncPhase } from '../../state/sync';
import { runRecorded, type TableName } from '../changes';
import { db } from '../database';
import { loadSchemas } from '../schemas';
import { runWrite } from '../write';
import { SYNC_FLAG } from '../syncSwitch';
import type { LostEdit } from './binding';
import { SyncEngine, type EnginePhase } from './engine';
import { SyncStore } from './store';

const LOCK = 'pivotboard-sync';
const CHANNEL = 'pivotboard-sync';

type Message =
  | { kind: 'status'; phase: SyncPhase; lastSyncedAt: string | null; skipped: number }
  | { kind: 'lost'; edits: LostEdit[] }
  | { kind: 'hello' };

let engine: SyncEngine | null = null;
let leading = false;
let running: Promise<void> | null = null;
let release: (() => void) | null = null;
let channel: BroadcastChannel | null = null;
let waiting: AbortController | null = null;

const syncStore = new SyncStore();
const store = () => syncStore;

function relayUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/sync`;
}

function setFlag(on: boolean): void {
  try {
    if (on) localStorage.setItem(SYNC_FLAG, 'on');
    else localStorage.removeItem(SYNC_FLAG);
  } catch {
    // Without localStorage sync still runs in this tab; it just will not start by itself.
  }
}

function post(message: Message): void {
  channel?.postMessage(message);
}

function report(update: { phase?: SyncPhase; lastSyncedAt?: string | null; skipped?: number }) {
  useSync.getState().syncReported(update);
  if (!leading) return;
  const { phase, lastSyncedAt, skipped } = useSync.getState();
  post({ kind: 'status', phase, lastSyncedAt, skipped });
}

async function noteLost(edits: LostEdit[]): Promise<void> {
  const notes: LostEditNote[] = [];
  for (const edit of edits) {
    const row = (await db.table(edit.table).get(edit.id)) as Record<string, unknown> | undefined;
    const words = describeLostEdit(edit.table, row, edit.value, edit.mine, edit.theirs);
    notes.push({
      id: `${edit.table}/${edit.id}/${edit.value}/${Date.now()}`,
      ...words,
      putBack: () => putBackMine(edit),
    });
  }
  useSync.getState().syncReported({ lost: [...useSync.getState().lost, ...notes] });
}

/** Write this device's value back (it then goes to the other devices as a new change). */
export async function putBackMine(edit: LostEdit): Promise<void> {
  const spec = syncTable(edit.table);
  if (!spec) return;
  const { tableSchemas } = await loadSchemas();
  const schema = tableSchemas[edit.table as keyof typeof tableSchemas];
  const fields = valuesToFields(spec, new Map([[edit.value, canonicalJson(edit.mine)]]));
  await runWrite([edit.table as TableName], async () => {
    const table = db.table(edit.table);
    const row = (await table.get(edit.id)) as Record<string, unknown> | undefined;
    if (!row)
      throw new UserError(
        'not-found',
        'It was deleted on another device, so there is nothing to put back.',
      );
    const parsed = schema.safeParse({ ...row, ...fields, updatedAt: new Date().toISOString() });
    if (!parsed.success)
      throw new UserError(
        'validation',
        'Your value no longer fits with the rest of it, so it was not put back.',
      );
    await table.put(parsed.data);
    return { value: undefined, label: 'Put back your change' };
  });
}

function onPhase(phase: EnginePhase, lastSyncedAt: string | null): void {
  report({ phase, lastSyncedAt });
}

function newEngine(): SyncEngine {
  return new SyncEngine({
    database: db,
    store: store(),
    url: relayUrl(),
    onPhase,
    // Marked 'remote' in the change feed: not on the undo history, not the user's change here.
    writeRemote: async (tables, body) =>
      (await runRecorded(tables as TableName[], 'remote', body)).value,
    events: {
      lost: (edits) => {
        void noteLost(edits);
        post({ kind: 'lost', edits });
      },
      skipped: (changes) => report({ skipped: useSync.getState().skipped + changes.length }),
    },
  });
}

function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'hello' && leading) report({});
    else if (message.kind === 'status' && !leading) {
      const { phase, lastSyncedAt, skipped } = message;
      useSync.getState().syncReported({ phase, lastSyncedAt, skipped });
    } else if (message.kind === 'lost') void noteLost(message.edits);
  };
}

/**
 * Take the lead when no other tab has it (now or later), then run `body` as the engine's tab
 * until sync stops here. With `waitForBody`, resolves once `body` has run (turning sync on,
 * joining); otherwise at once, showing the running tab's status meanwhile.
 */
function lead(body: () => Promise<void>, waitForBody: boolean): Promise<void> {
  listen();
  return new Promise<void>((started, failed) => {
    const run = async () => {
      leading = true;
      try {
        await body();
        started();
      } catch (e) {
        leading = false;
        failed(e);
        return;
      }
      await new Promise<void>((done) => (release = done));
      leading = false;
    };
    if (typeof navigator === 'undefined' || !navigator.locks) return void run();
    waiting = new AbortController();
    navigator.locks.request(LOCK, { signal: waiting.signal }, run).catch(() => undefined);
    if (!waitForBody) {
      post({ kind: 'hello' });
      started();
    }
  });
}

/** Sync is on here (flag set): run it, or wait to run it when the tab that does closes. */
export function startSync(): Promise<void> {
  if (running) return running;
  useSync.getState().syncReported({ phase: 'starting' });
  running = lead(async () => {
    engine = newEngine();
    report({ phase: 'connecting' });
    if (!(await engine.start())) {
      // The flag outlived the store (cleared site data): sync is off.
      await stopSync();
      setFlag(false);
    }
  }, false).catch((e: unknown) => {
    running = null;
    throw e;
  });
  return running;
}

/** Stop running sync in this tab (the pairing stays). */
export async function stopSync(): Promise<void> {
  const current = engine;
  engine = null;
  running = null;
  waiting?.abort();
  waiting = null;
  await current?.stop();
  release?.();
  release = null;
  useSync.getState().syncReported({ phase: 'off', lastSyncedAt: null, skipped: 0, lost: [] });
}

/** Is there a relay at this address? A static host answers the app's page or a 404. */
async function checkRelay(): Promise<void> {
  let reply: Response;
  try {
    reply = await fetch('/sync/health', { cache: 'no-store' });
  } catch {
    return; // offline: sync starts now and connects when it can
  }
  const body: unknown = reply.ok ? await reply.json().catch(() => null) : null;
  if (!body || typeof body !== 'object' || (body as { relay?: unknown }).relay !== 1)
    throw new UserError(
      'network',
      'Sync can’t start here: Pivotboard was opened from an address with no sync relay. Open it from your relay’s address (whoever set the relay up has it), then turn sync on there. Nothing here has changed.',
    );
}

/** Turn sync on with a new pairing code: this device's plan is the one others join. */
export async function turnOnSync(): Promise<void> {
  await checkRelay();
  await stopSync();
  const secret = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  running = lead(async () => {
    engine = newEngine();
    report({ phase: 'connecting' });
    await engine.create(secret);
  }, true).catch(async (e: unknown) => {
    await stopSync();
    throw e;
  });
  await running;
  setFlag(true);
}

/** Join another device's plan by its pairing code (or a pairing link). */
export async function joinSync(code: string): Promise<{ rows: number }> {
  await checkRelay();
  await stopSync();
  let rows = 0;
  running = lead(async () => {
    engine = newEngine();
    report({ phase: 'connecting' });
    ({ rows } = await engine.join(code));
  }, true).catch(async (e: unknown) => {
    await stopSync();
    throw e;
  });
  await running;
  setFlag(true);
  return { rows };
}

/** Turn sync off on this device: the plan stays here; the pairing is forgotten. */
export async function turnOffSync(): Promise<void> {
  setFlag(false);
  await stopSync();
  await store().delete();
}

/** The code another device joins with. */
export async function currentPairingCode(): Promise<string | null> {
  const secret = await store().readSecret();
  return secret ? encodePairingCode(secret) : null;
}
