/**
 * "Delete everything on this device" (Settings): remove every trace of the user's data that
 * Pivotboard keeps in this browser, so a shared or borrowed computer can be left clean.
 *
 * What Pivotboard keeps here (README, "Data and privacy"):
 * - the IndexedDB database `pivotboard` (every table), and any `pivotboard-…` database left over:
 *   an import of an older backup works in a temporary `pivotboard-import-…` copy that is deleted
 *   afterwards, unless the tab closed half-way (bench builds also make `pivotboard-bench-raw`);
 * - localStorage keys in the app's own `pivotboard:` namespace (today only `pivotboard:device`,
 *   db/deviceMarker.ts). Only those are removed, not `localStorage.clear()`: in development the
 *   origin (127.0.0.1:5173) is shared with whatever else runs there, and a key that is not ours
 *   is not ours to delete. sessionStorage and cookies are not used.
 * The service worker's cache holds only the app's own files, no user data, and stays so that
 * Pivotboard still opens offline. Files the user downloaded (backups, calendar files) are theirs:
 * the screen tells them to delete those themselves.
 *
 * The page must be reloaded afterwards (the screen does it): the undo history and the backup
 * worker still hold copies of rows in memory until then.
 */
import Dexie from 'dexie';
import { UserError } from '../domain/errors';
import { db, DATABASE_NAME } from './database';

/** The namespace of the app's localStorage keys. */
const STORAGE_PREFIX = 'pivotboard:';

/**
 * How long another connection may take to let go before the person is told. Every Pivotboard
 * tab (and the backup worker) closes its connection as soon as a deletion asks (Dexie does that
 * on `versionchange`), but Chromium fires `blocked` whenever other connections were open when
 * the request started, even if they close a moment later; only one that stays open is a problem
 * (a frozen or hung tab, a paused debugger).
 */
export const BLOCKED_AFTER_MS = 3000;

export const DELETE_BLOCKED_MESSAGE =
  'Pivotboard is open in another tab or window, so your data could not be deleted. Close Pivotboard in your other tabs, then try again.';

export interface WipeOptions {
  /**
   * Another tab still holds the database after `blockedAfterMs`: tell the person. The browser
   * cannot withdraw a deletion once asked, so the request stays: if the other tabs close later,
   * it goes ahead and the promise resolves then.
   */
  onBlocked?: (message: string) => void;
  blockedAfterMs?: number;
}

/**
 * Delete Pivotboard's databases and its localStorage keys. Resolves once all of it is gone;
 * rejects with a `UserError` when the browser refuses, and then the main database and the
 * localStorage keys are as they were.
 */
export async function deleteEverything(options: WipeOptions = {}): Promise<void> {
  // Leftover copies first: if the main database then cannot be deleted, the data the person
  // sees is still all there, and the message saying so is true.
  for (const name of await leftoverDatabases()) await deleteDatabase(new Dexie(name), options);
  // Our own connection closes first (Dexie does it in `delete`). It may open again on the next
  // read: if the deletion is refused, the tab keeps working; if it waits on another tab, reads
  // wait with it, and the screen starts over once it is done.
  await deleteDatabase(db, options);
  removeOwnKeys();
}

async function leftoverDatabases(): Promise<string[]> {
  try {
    // The browser's list (indexedDB.databases()), or Dexie's own record where there is none.
    const names = await Dexie.getDatabaseNames();
    return names.filter((name) => name.startsWith(`${DATABASE_NAME}-`));
  } catch {
    return []; // no list in this browser: only the main database is known
  }
}

function deleteDatabase(
  target: Dexie,
  { onBlocked, blockedAfterMs = BLOCKED_AFTER_MS }: WipeOptions,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = () => {
    if (timer === undefined)
      timer = setTimeout(() => onBlocked?.(DELETE_BLOCKED_MESSAGE), blockedAfterMs);
  };
  target.on('blocked', blocked);
  return target
    .delete({ disableAutoOpen: false })
    .catch((e: unknown) => {
      const inner = e instanceof Dexie.DexieError && e.inner instanceof Error ? e.inner : e;
      // The first line: Dexie adds the inner error's name and message on the next ones.
      const detail = (inner instanceof Error ? inner.message || inner.name : String(inner)).split(
        '\n',
      )[0];
      throw new UserError(
        'storage',
        `The browser did not delete Pivotboard’s data (${detail}). Your data is still here. Try again; if it keeps failing, your browser’s settings can clear this site’s data.`,
      );
    })
    .finally(() => {
      clearTimeout(timer);
      target.on('blocked').unsubscribe(blocked);
    });
}

function removeOwnKeys(): void {
  try {
    const storage = globalThis.localStorage;
    const ours: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) ours.push(key);
    }
    for (const key of ours) storage.removeItem(key);
  } catch {
    // localStorage blocked: then the app could not have written to it either
  }
}
