import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, DATABASE_NAME, TABLE_NAMES } from '../../src/db/database';
import { markUsed, noteBackup, readMarker } from '../../src/db/deviceMarker';
import { DELETE_BLOCKED_MESSAGE, deleteEverything } from '../../src/db/wipe';
import { fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name).sort();

/** A raw connection, as another tab holds one; `onVersionChange` decides whether it lets go. */
function openElsewhere(onVersionChange: (conn: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DATABASE_NAME);
    req.onsuccess = () => {
      const conn = req.result;
      conn.onversionchange = () => onVersionChange(conn);
      resolve(conn);
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

/** Count a table's rows through a raw connection (a new one would wait behind the deletion). */
function countThrough(conn: IDBDatabase, table: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = conn.transaction(table, 'readonly').objectStore(table).count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('count failed'));
  });
}

async function totalRows(): Promise<number> {
  const counts = await Promise.all(db.tables.map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

beforeEach(async () => {
  await resetDatabase();
  await fillDatabase(sampleTables('a'));
  markUsed();
  noteBackup('2027-03-01T09:30:00.000Z');
  localStorage.setItem('someone-else', 'kept');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie notes every blocked request
});

describe('delete everything on this device', () => {
  it('deletes every table, left-over import copies and the app’s own localStorage keys', async () => {
    // A temporary copy from an import of an old backup that never finished (db/backup.ts).
    const leftover = new Dexie(`${DATABASE_NAME}-import-abc`);
    leftover.version(1).stores({ plans: 'id' });
    await leftover.table('plans').put({ id: 'copy' });
    leftover.close();
    const other = new Dexie('another-app');
    other.version(1).stores({ things: 'id' });
    await other.table('things').put({ id: 1 });
    other.close();
    expect(await totalRows()).toBeGreaterThan(TABLE_NAMES.length);
    expect(readMarker()).not.toBeNull();

    await deleteEverything();

    expect(await databaseNames()).toEqual(['another-app']);
    expect(readMarker()).toBeNull();
    expect(localStorage.getItem('pivotboard:device')).toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('kept');
    // The app opens again on an empty database, as on a first visit.
    expect(await totalRows()).toBe(0);
  });

  it('does not report another tab that lets go at once, as every Pivotboard tab does', async () => {
    const otherTab = await openElsewhere((conn) => setTimeout(() => conn.close(), 20));
    const onBlocked = vi.fn();
    await deleteEverything({ onBlocked, blockedAfterMs: 1000 });
    expect(onBlocked).not.toHaveBeenCalled();
    expect(otherTab.objectStoreNames.length).toBeGreaterThan(0); // it was a real connection
    expect(readMarker()).toBeNull();
    expect(await totalRows()).toBe(0);
  });

  it('says so when another tab keeps the database open, and changes nothing until it is closed', async () => {
    const otherTab = await openElsewhere(() => undefined); // a hung tab: never lets go
    const planRows = await db.plans.count();
    const onBlocked = vi.fn();
    let finished = false;
    const wiping = deleteEverything({ onBlocked, blockedAfterMs: 50 }).then(
      () => void (finished = true),
    );

    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith(DELETE_BLOCKED_MESSAGE));
    expect(DELETE_BLOCKED_MESSAGE).toMatch('Close Pivotboard in your other tabs, then try again.');
    expect(finished).toBe(false);
    expect(await countThrough(otherTab, 'plans')).toBe(planRows);
    expect(readMarker()?.lastBackupAt).toBe('2027-03-01T09:30:00.000Z');

    // The browser keeps the request: once the other tab closes, the deletion goes ahead.
    otherTab.close();
    await wiping;
    expect(readMarker()).toBeNull();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    expect(await totalRows()).toBe(0);
  });

  it('reports a browser that refuses, leaving the data and the device note', async () => {
    vi.spyOn(indexedDB, 'deleteDatabase').mockImplementation(() => {
      throw new DOMException(
        'The operation failed for reasons unrelated to the database itself.',
        'UnknownError',
      );
    });
    const rows = await totalRows();
    await expect(deleteEverything()).rejects.toThrow(
      /^The browser did not delete Pivotboard’s data \(The operation failed [^)]*\)\. Your data is still here\./,
    );
    vi.mocked(indexedDB.deleteDatabase).mockRestore();
    expect(readMarker()).not.toBeNull();
    // The tab keeps working: the database opens again on the next read.
    expect(await totalRows()).toBe(rows);
  });
});
