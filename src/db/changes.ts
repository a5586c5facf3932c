/**
 * The change feed: every recorded transaction (db/recorder.ts) reports the rows it changed, once
 * it has committed, with where the change came from. Undo and redo (db/undo.ts) and sync read the
 * same record.
 *
 * - 'user': a write the user made here (db/write.ts `runWrite`); goes on the undo history.
 * - 'undo' / 'redo': putting a step back or again (db/undo.ts).
 * - 'remote': rows that came from another device (sync); never on the undo history, never
 *   counted as the user's change for the backup reminder, and sync does not send them back.
 * - 'system': the app's own bookkeeping (seeding the first plan, noting a backup's date).
 *
 * A listener hears only about transactions that committed, and only those that changed a row.
 */
import type { DBCoreTransaction } from 'dexie';
import type { Row, RowChange as AnyRowChange } from '../domain/rowChanges';
import { db } from './database';
import { noteChange } from './deviceMarker';
import { recordTransaction, type Recording } from './recorder';
import { requestPersistenceOnce } from './storage';

export type { Row };
export type TableName = (typeof db.tables)[number]['name'];
/** One row a transaction changed: `before` absent when it added the row, `after` when it deleted it. */
export type RowChange = AnyRowChange<TableName>;
export type ChangeOrigin = 'user' | 'undo' | 'redo' | 'remote' | 'system';

type Listener = (changes: readonly RowChange[], origin: ChangeOrigin) => void;
const listeners = new Set<Listener>();

/** Called after a transaction that changed rows has committed (never for a failed one). */
export function onChangesCommitted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether anyone listens (a worker's import hands its changes over only then). */
export const hasChangeListeners = (): boolean => listeners.size > 0;

/** Tell the listeners about changes committed elsewhere (the backup worker's import). */
export function reportChanges(changes: readonly RowChange[], origin: ChangeOrigin): void {
  if (changes.length === 0) return;
  for (const listener of listeners) {
    try {
      listener(changes, origin);
    } catch (e) {
      // A listener's failure is its own: the write has happened, and the others still hear of it.
      console.error(e);
    }
  }
}

/** After a change of the user's own is stored (here or in a worker): what a backup reminder counts, and ask to keep the data. */
export function noteUserChange(): void {
  noteChange();
  requestPersistenceOnce();
}

export interface RecordOptions {
  /**
   * false for a write of the user's that leaves the data matching a backup (an import): the
   * backup reminder does not count it. Only 'user', 'undo' and 'redo' writes count at all.
   */
  userChange?: boolean;
}

export interface Recorded<T> {
  value: T;
  /** Every row the transaction changed. */
  changes: readonly RowChange[];
}

/**
 * Run `body` in one rw transaction whose changes are recorded with `origin` (sync uses 'remote':
 * not on the undo stack). Errors are passed on as they are (db/write.ts turns them into messages).
 */
export async function runRecorded<T>(
  tables: readonly TableName[],
  origin: ChangeOrigin,
  body: () => Promise<T>,
  options: RecordOptions = {},
): Promise<Recorded<T>> {
  let recording: Recording | null = null;
  // An async function: Dexie then keeps the transaction's zone across the body's native awaits.
  const value = await db.transaction('rw', tables as TableName[], async (tx) => {
    recording = recordTransaction(tx.idbtrans as unknown as DBCoreTransaction);
    return await body();
  });
  // Committed: every request has answered, so the record is whole.
  const changes = ((recording as Recording | null)?.changes() ?? []) as RowChange[];
  const own = origin === 'user' || origin === 'undo' || origin === 'redo';
  if (own && options.userChange !== false) noteUserChange();
  reportChanges(changes, origin);
  return { value, changes };
}
