/**
 * What sync keeps on this device, in its own IndexedDB database (`pivotboard-sync`), apart from
 * the plan: the pairing secret and the sync doc's updates, so edits made offline survive a
 * reload and merge when the relay is back. Not part of backups; "Delete everything on this
 * device" and "Turn off sync" delete it.
 */
import Dexie, { type EntityTable } from 'dexie';
import { fromBase64, toBase64 } from '../../domain/backupCrypto';

export const SYNC_DATABASE_NAME = 'pivotboard-sync';

interface MetaRow {
  key: 'secret' | 'lastSyncedAt';
  value: unknown;
}
interface UpdateRow {
  id?: number;
  update: Uint8Array;
}

/** How many stored updates make us merge them into one (a long offline spell, a busy day). */
export const COMPACT_AFTER = 200;

export class SyncStore {
  private readonly db: Dexie & {
    meta: EntityTable<MetaRow, 'key'>;
    updates: EntityTable<UpdateRow, 'id'>;
  };

  constructor(readonly name: string = SYNC_DATABASE_NAME) {
    const db = new Dexie(name, { cache: 'disabled' });
    db.version(1).stores({ meta: 'key', updates: '++id' });
    this.db = db as typeof this.db;
  }

  async readSecret(): Promise<Uint8Array<ArrayBuffer> | null> {
    const row = await this.db.meta.get('secret');
    return typeof row?.value === 'string' ? fromBase64(row.value) : null;
  }

  /** Keep a new secret, dropping the doc of any earlier pairing. */
  async saveSecret(secret: Uint8Array, doc?: Uint8Array): Promise<void> {
    const { meta, updates } = this.db;
    await this.db.transaction('rw', meta, updates, async () => {
      await updates.clear();
      await meta.clear();
      await meta.put({ key: 'secret', value: toBase64(secret) });
      if (doc) await updates.add({ update: doc });
    });
  }

  async readLastSynced(): Promise<string | null> {
    const row = await this.db.meta.get('lastSyncedAt');
    return typeof row?.value === 'string' ? row.value : null;
  }

  async saveLastSynced(at: string): Promise<void> {
    await this.db.meta.put({ key: 'lastSyncedAt', value: at });
  }

  async readUpdates(): Promise<Uint8Array[]> {
    // Bytes from IndexedDB may come from another realm (tests): make them this one's.
    return (await this.db.updates.toArray()).map((row) => new Uint8Array(row.update));
  }

  /** Store an update; resolves to its id. */
  async appendUpdate(update: Uint8Array): Promise<number> {
    const id = await this.db.updates.add({ update });
    return typeof id === 'number' ? id : 0;
  }

  async countUpdates(): Promise<number> {
    return this.db.updates.count();
  }

  /** Replace the stored updates up to `upTo` with one that holds them all. */
  async compactUpdates(merged: Uint8Array, upTo: number): Promise<void> {
    const { updates } = this.db;
    await this.db.transaction('rw', updates, async () => {
      await updates.where('id').belowOrEqual(upTo).delete();
      await updates.add({ update: merged });
    });
  }

  close(): void {
    this.db.close();
  }

  /** Forget the pairing on this device (the plan itself stays). */
  async delete(): Promise<void> {
    await this.db.delete();
  }
}
