/**
 * One device's sync: the doc kept in this device's sync store, the binding to the plan's rows,
 * and the connection to the relay (`y-websocket`, at `/sync/<room>` on the app's own origin).
 *
 * Order matters: the doc is loaded from the store before the binding watches it, so loading
 * writes nothing; changes from other devices are stored only after they are in the plan's
 * tables, so the doc never holds a value the tables have not had. At a start, then, any value
 * where the tables and the doc differ was changed here while sync was not running (another
 * tab, a reload mid-write), and it is sent.
 */
import Dexie from 'dexie';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { UserError } from '../../domain/errors';
import { decodePairingCode } from '../../domain/pairing';
import { SYNC_TABLES } from '../../domain/syncRows';
import { LOCAL, SyncBinding, type BindingEvents } from './binding';
import { deriveKeys, type SyncKeys } from './seal';
import { COMPACT_AFTER, type SyncStore } from './store';

export type EnginePhase = 'connecting' | 'syncing' | 'on' | 'offline';

export interface EngineOptions {
  database: Dexie;
  store: SyncStore;
  /** ws(s)://host/sync */
  url: string;
  WebSocketPolyfill?: typeof WebSocket;
  /** The longest wait between two tries to reach the relay (10 s). */
  maxBackoffMs?: number;
  events?: BindingEvents;
  onPhase?: (phase: EnginePhase, lastSyncedAt: string | null) => void;
  writeRemote?: ConstructorParameters<typeof SyncBinding>[0]['writeRemote'];
}

/** How long a device waits for the relay when joining. */
export const JOIN_TIMEOUT_MS = 15_000;

const LOAD = Symbol('load');

interface Tree {
  from?: unknown;
  to?: unknown;
  l?: Tree | null;
  r?: Tree | null;
}

/** The keys in one of Dexie's change ranges, or 'all' when a whole range changed (a clear). */
function changedKeys(tree: Tree | null | undefined, into: string[] = []): string[] | 'all' {
  if (!tree || !('from' in tree)) return into;
  const left = changedKeys(tree.l, into);
  if (left === 'all') return 'all';
  const { from, to } = tree;
  if (typeof from !== 'string' || to !== from) return 'all';
  into.push(from);
  return changedKeys(tree.r, into);
}

function provider(options: EngineOptions, keys: SyncKeys, doc: Y.Doc, connect: boolean) {
  return new WebsocketProvider(options.url, keys.room, doc, {
    connect,
    disableBc: true,
    maxBackoffTime: options.maxBackoffMs ?? 10_000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
}

export class SyncEngine {
  private doc: Y.Doc | null = null;
  private binding: SyncBinding | null = null;
  private socket: WebsocketProvider | null = null;
  private stopDexie: (() => void) | null = null;
  private persisting: Promise<unknown> = Promise.resolve();
  private remoteUnstored = 0;
  private lastSyncedAt: string | null = null;
  private phase: EnginePhase = 'connecting';
  private stopped = false;

  constructor(private readonly options: EngineOptions) {}

  /** Start with the secret in this device's store (sync was on here). */
  async start(): Promise<boolean> {
    const secret = await this.options.store.readSecret();
    if (!secret || this.stopped) return false;
    const keys = await deriveKeys(secret);
    this.lastSyncedAt = await this.options.store.readLastSynced();
    const doc = new Y.Doc();
    const updates = await this.options.store.readUpdates();
    Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)), LOAD);
    await this.run(keys, doc, true);
    return true;
  }

  /** Turn sync on with a new secret: this device's plan goes up to a new room. */
  async create(secret: Uint8Array<ArrayBuffer>): Promise<void> {
    await this.options.store.saveSecret(secret);
    await this.run(await deriveKeys(secret), new Y.Doc(), true);
  }

  /**
   * Join the plan of the device that shows `code`: fetch the room, and if anyone has used it,
   * replace this device's plan with it. Refuses (UserError) a mistyped code, a room nobody has
   * used (a wrong code looks like that) or a relay that cannot be reached.
   */
  async join(code: string): Promise<{ rows: number }> {
    const decoded = decodePairingCode(code);
    if (!decoded.ok) throw new UserError('validation', decoded.message, 'code');
    const keys = await deriveKeys(decoded.secret);
    const doc = new Y.Doc();
    const socket = provider(this.options, keys, doc, true);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new UserError(
                'network',
                'Could not reach the sync relay at this address, so nothing changed. Check that it is running and that this device is online, then try again.',
              ),
            ),
          JOIN_TIMEOUT_MS,
        );
        socket.once('sync', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    } finally {
      socket.destroy();
    }
    const binding = new SyncBinding({
      doc,
      key: keys.key,
      database: this.options.database,
      ...(this.options.writeRemote ? { writeRemote: this.options.writeRemote } : {}),
    });
    if (binding.docRows() === 0) {
      binding.stop();
      throw new UserError(
        'validation',
        'No device has used this pairing code, so nothing changed. Check the code on your other device (Settings → Sync): it must have sync on.',
        'code',
      );
    }
    const { rows, skipped } = await binding.replaceLocalWithDoc();
    binding.stop();
    if (rows === 0 && skipped.length) {
      throw new UserError(
        'validation',
        'The plan under this pairing code could not be opened, so nothing changed.',
        'code',
      );
    }
    await this.options.store.saveSecret(decoded.secret, Y.encodeStateAsUpdate(doc));
    if (!(await this.start())) throw new UserError('storage', 'Sync could not start.');
    return { rows };
  }

  private async run(keys: SyncKeys, doc: Y.Doc, connect: boolean): Promise<void> {
    const { database } = this.options;
    const binding = new SyncBinding({
      doc,
      key: keys.key,
      database,
      events: this.options.events ?? {},
      ...(this.options.writeRemote ? { writeRemote: this.options.writeRemote } : {}),
    });
    this.doc = doc;
    this.binding = binding;
    await binding.learnDoc();

    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD) return;
      if (origin === LOCAL) return this.persist(update);
      // From another device: stored once the binding has written it to the plan's tables.
      this.remoteUnstored++;
      void binding.idle().then(() => {
        this.remoteUnstored--;
        this.persist(update);
      });
      if (this.phase === 'on') this.noteSynced();
    });

    // Every change to the plan's tables, from any tab (Dexie tells the others), after it commits.
    const prefix = `idb://${database.name}/`;
    const tables = new Set(SYNC_TABLES.map((t) => t.name));
    const onMutated = (parts: object) => {
      for (const [part, ranges] of Object.entries(parts as Record<string, Tree>)) {
        if (!part.startsWith(prefix)) continue;
        const [table = '', index = ''] = part.slice(prefix.length).split('/');
        if (!tables.has(table) || (index !== '' && index !== ':dels')) continue;
        void binding.pushLocal(table, changedKeys(ranges));
      }
    };
    Dexie.on('storagemutated', onMutated);
    this.stopDexie = () => Dexie.on('storagemutated').unsubscribe(onMutated);
    await binding.pushAll();

    const socket = provider(this.options, keys, doc, connect);
    this.socket = socket;
    socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.setPhase('syncing');
      else if (status === 'disconnected') this.setPhase('offline');
      else if (status === 'connecting' && this.phase !== 'offline') this.setPhase('connecting');
    });
    socket.on('sync', (synced: boolean) => {
      if (!synced) return;
      this.setPhase('on');
      this.noteSynced();
    });
    // A socket that closes or fails before it ever connected reports no status change.
    socket.on('connection-error', () => this.setPhase('offline'));
    socket.on('connection-close', () => this.setPhase('offline'));
  }

  private setPhase(phase: EnginePhase): void {
    if (this.stopped || phase === this.phase) return;
    this.phase = phase;
    this.options.onPhase?.(phase, this.lastSyncedAt);
  }

  private savedAt = 0;
  private noteSynced(): void {
    this.lastSyncedAt = new Date().toISOString();
    this.options.onPhase?.(this.phase, this.lastSyncedAt);
    if (Date.now() - this.savedAt > 10_000) {
      this.savedAt = Date.now();
      void this.options.store.saveLastSynced(this.lastSyncedAt);
    }
  }

  private persist(update: Uint8Array): void {
    const { store } = this.options;
    this.persisting = this.persisting
      .then(async () => {
        const id = await store.appendUpdate(update);
        // Merge the stored history into one update now and then, when no change from another
        // device is on its way to the tables (the doc must not get ahead of them on disk).
        if (id % COMPACT_AFTER === 0 && this.remoteUnstored === 0 && this.doc)
          await store.compactUpdates(Y.encodeStateAsUpdate(this.doc), id);
      })
      .catch((e: unknown) => console.error('Sync could not store a change:', e));
  }

  /** Wait until every change so far is in the doc, in the tables and in the store. */
  async settled(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await this.binding?.idle();
      await this.persisting;
    }
  }

  /** Connection to the relay (tests take a device offline with these). */
  disconnect(): void {
    this.socket?.disconnect();
  }
  connect(): void {
    void this.socket?.connect();
  }

  get connected(): boolean {
    return Boolean(this.socket?.synced);
  }

  /** Values in the doc, for tests and the bench. */
  get docState(): Y.Doc | null {
    return this.doc;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopDexie?.();
    this.socket?.destroy();
    this.binding?.stop();
    await this.persisting;
    this.doc?.destroy();
  }
}
