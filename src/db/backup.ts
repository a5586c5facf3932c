/**
 * Backups and the seed template share one format: an envelope (format, versions, export time,
 * checksum) around every table's rows. This file is the only code that reads or writes them.
 *
 * Invariants:
 * - Every table of the database is in a backup; the tables come from `TABLE_NAMES` and each
 *   row is checked with its schema in `tableSchemas` (a test fails when one is missing).
 * - A file is read and checked whole (JSON, envelope, checksum, every record) before the
 *   database is touched. A restore is one transaction: it completes whole or changes nothing.
 * - A file from an older schema version is carried forward by the database's own upgrade code:
 *   it is loaded into a temporary database declared at its version, which is then opened at
 *   the latest version (running the upgrades), read back and deleted.
 * - Large files never block the page: parsing, checking and writing run in slices of a few
 *   milliseconds (parse and check between pauses; the write as bulk operations of a few
 *   thousand rows inside the one transaction).
 */
import Dexie from 'dexie';
import { dayLabel, today } from '../domain/calendar';
import {
  BackupSyntaxError,
  parseBackupJson,
  textDecoderFor,
  type ParsedBackupJson,
} from '../domain/backupJson';
import {
  DamagedBackupError,
  decryptText,
  encryptText,
  ENCRYPTED_FORMAT,
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
} from '../domain/backupCrypto';
import { BACKUP_MAX_BYTES, fileSizeLabel, kindTitle } from '../domain/backupFormat';
import { encodeTables, joinTables, sha256OfParts, tableParts } from '../domain/checksum';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { SliceClock, type Pause } from '../domain/slices';
import {
  db,
  declareVersions,
  SCHEMA_VERSIONS,
  tableNamesAt,
  TABLE_NAMES,
  type SchemaVersion,
} from './database';
import { noteBackup } from './deviceMarker';
import { loadSchemas } from './schemas';
import { runSystemWrite, runWrite, toUserError, type WriteResult } from './write';

export type BackupStage = 'reading' | 'checking' | 'writing';
export type OnProgress = (stage: BackupStage, fraction: number) => void;

export interface BackupSummary {
  exportedAt: string;
  schemaVersion: number;
  kind: 'backup' | 'template';
  /** Records per table, for every table of the database. */
  counts: Record<string, number>;
  encrypted: boolean;
}

export interface ParsedBackup {
  summary: BackupSummary;
  /** Checked rows by table, at the latest schema version. */
  tables: Map<string, unknown[]>;
}

export type ReadResult =
  | { locked: false; backup: ParsedBackup }
  | { locked: true; unlock: (passphrase: string) => Promise<ParsedBackup> };

export interface ReadOptions {
  onProgress?: OnProgress;
  pause?: Pause;
  /** The schema history to migrate with (tests give a made-up one). */
  versions?: readonly SchemaVersion[];
}

/**
 * How an import writes. Handing rows to IndexedDB copies them on the calling thread. On the
 * page's thread: each bulk write is sized to take about `sliceMs` and the page gets a turn
 * between them, and `inFlight` writes are kept going (the database stores one chunk while the
 * next is handed over). A worker has no page to keep answering: bigger slices, more writes in
 * flight. (What the import replaces is read by the change recorder, for its undo.)
 */
export interface Pace {
  sliceMs: number;
  inFlight: number;
}
export const PAGE_PACE: Pace = { sliceMs: 8, inFlight: 2 };
/** An export reads each table by pages of this many rows: each copy into the page is short. */
const READ_PAGE = 500;
const WRITE_FIRST_CHUNK = 100;
const WRITE_MAX_CHUNK = 1000;

/** Give the browser a turn: scheduler.yield where it exists, else a message (no 4 ms clamp). */
export const pauseForBrowser: Pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

const refuse = (message: string): never => {
  throw new UserError('import', message);
};

const NOT_A_BACKUP = 'This file is not a Pivotboard backup';

export function backupFileName(now: Date = new Date(), encrypted = false): string {
  return `pivotboard-backup-${today(now)}${encrypted ? '-encrypted' : ''}.json`;
}

function primaryKeyOf(table: string): string | null {
  const keyPath = db.table(table).schema.primKey.keyPath;
  return typeof keyPath === 'string' ? keyPath : null;
}

/**
 * Start reading every table (inside the caller's transaction) and return once every read has been
 * asked for; `rows` then resolves with each table's rows in key order. By pages of `readPage`
 * rows (each copy into the page is then short): one request per table for its keys, then one per
 * page, all asked for at once; a request at a time left the database idle between round trips.
 */
async function startReadingTables(
  readPage = READ_PAGE,
): Promise<{ rows: Promise<Map<string, unknown[]>> }> {
  const keys = Number.isFinite(readPage)
    ? await Promise.all(TABLE_NAMES.map((name) => db.table(name).toCollection().primaryKeys()))
    : null;
  const tables = TABLE_NAMES.map((name, t) => {
    const table = db.table(name);
    if (!keys) return table.toArray();
    const all = keys[t] ?? [];
    const pages: Promise<unknown[]>[] = [];
    for (let i = 0; i < all.length; i += readPage) {
      const last = all[Math.min(i + readPage, all.length) - 1];
      pages.push(table.where(':id').between(all[i], last, true, true).toArray());
    }
    return Promise.all(pages).then((read) => read.flat());
  });
  const rows = Promise.all(tables).then(
    (read) => new Map(TABLE_NAMES.map((name, t) => [name, read[t] ?? []])),
  );
  rows.catch(() => undefined); // the caller awaits it; an abort rejects it with the transaction
  return { rows };
}

async function readAllTables(): Promise<Map<string, unknown[]>> {
  return (await startReadingTables()).rows;
}

/** Empty every table and write `tables` into them (inside the caller's transaction). */
async function writeAllTables(
  tables: Map<string, unknown[]>,
  onProgress?: (fraction: number) => void,
  pace: Pace = PAGE_PACE,
): Promise<void> {
  const total = Math.max(
    1,
    [...tables.values()].reduce((n, rows) => n + rows.length, 0),
  );
  let done = 0;
  for (const name of TABLE_NAMES) await db.table(name).clear();
  let size = WRITE_FIRST_CHUNK;
  // Each write reports progress when it is stored, however many are in flight.
  const inFlight: Promise<void>[] = [];
  for (const name of TABLE_NAMES) {
    const rows = tables.get(name) ?? [];
    for (let i = 0; i < rows.length;) {
      const chunk = rows.slice(i, i + size);
      i += chunk.length;
      const start = performance.now();
      const written = db
        .table(name)
        .bulkAdd(chunk)
        .then(() => {
          done += chunk.length;
          onProgress?.(done / total);
        });
      written.catch(() => undefined); // awaited below; an abort rejects the later ones too
      inFlight.push(written);
      const took = Math.max(0.5, performance.now() - start);
      size = Math.min(
        WRITE_MAX_CHUNK,
        size * 2,
        Math.max(50, Math.round((chunk.length * pace.sliceMs) / took)),
      );
      if (inFlight.length >= pace.inFlight) await inFlight.shift();
    }
  }
  for (const written of inFlight) await written;
}

// ---------------------------------------------------------------------------------------------
// Export

export interface BackupFile {
  fileName: string;
  text: string;
  exportedAt: string;
  counts: Record<string, number>;
}

export interface ExportOptions {
  /** Encrypt the file with this passphrase (AES-GCM, key from PBKDF2). */
  passphrase?: string;
  now?: Date;
  /** PBKDF2 rounds (tests use fewer). */
  iterations?: number;
  pause?: Pause;
}

/**
 * The whole database as a backup file's text, read in one transaction so the copy is
 * consistent, and note that a backup was made.
 */
export async function createBackupFile(options: ExportOptions = {}): Promise<BackupFile> {
  const now = options.now ?? new Date();
  const clock = new SliceClock(options.pause ?? pauseForBrowser);
  const { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } = await loadSchemas();
  let tables: Map<string, unknown[]>;
  try {
    tables = await db.transaction('r', TABLE_NAMES, readAllTables);
  } catch (e) {
    throw toUserError(e);
  }
  const encoded = await encodeTables(tables, clock);
  const checksum = await sha256OfParts(tableParts(encoded), clock);
  const exportedAt = nowIso(now);
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSIONS.at(-1)?.version ?? 1,
    exportedAt,
    kind: 'backup',
  });
  let text = `${head.slice(0, -1)},"tables":${joinTables(encoded, true)},\n"checksum":${JSON.stringify(checksum)}}\n`;
  if (options.passphrase) {
    text = `${JSON.stringify(await encryptText(text, options.passphrase, options.iterations ?? PBKDF2_ITERATIONS))}\n`;
  }
  await runSystemWrite(['settings'], () =>
    db.settings.put({ key: 'lastBackupAt', value: exportedAt }),
  );
  noteBackup(exportedAt);
  const counts = Object.fromEntries([...tables].map(([name, rows]) => [name, rows.length]));
  return { fileName: backupFileName(now, Boolean(options.passphrase)), text, exportedAt, counts };
}

// ---------------------------------------------------------------------------------------------
// Import: read and check

/**
 * A file's text, refused early when it cannot be a backup by its size alone. Its encoding is
 * chosen from its first bytes (domain/backupJson.ts), the same on every path; `whole` reads it in
 * one go (off the page's thread), else a slice at a time.
 */
export async function readBackupText(
  file: Blob,
  { whole = false }: { whole?: boolean } = {},
): Promise<string> {
  if (file.size === 0) refuse(`${NOT_A_BACKUP}: it is empty.`);
  if (file.size > BACKUP_MAX_BYTES) {
    refuse(
      `${NOT_A_BACKUP}: at ${fileSizeLabel(file.size)} it is far larger than any backup (the limit is ${fileSizeLabel(BACKUP_MAX_BYTES)}).`,
    );
  }
  try {
    const decoder = textDecoderFor(new Uint8Array(await file.slice(0, 4).arrayBuffer()));
    return await (whole
      ? file.arrayBuffer().then((all) => decoder.decode(all))
      : readInSlices(file, decoder));
  } catch (e) {
    // A decoder set to be strict throws a TypeError at bytes that are not text.
    if (e instanceof TypeError)
      return refuse(`${NOT_A_BACKUP}: it is not text (Pivotboard saves backups as UTF-8 text).`);
    return refuse(CANNOT_READ);
  }
}

const CANNOT_READ = 'The file could not be read. Try choosing it again.';

/** Bytes read and decoded at a time: `Blob.text()` decodes a 3 MB backup in one 70 ms task. */
const READ_SLICE_BYTES = 256 * 1024;

async function readInSlices(file: Blob, decoder: TextDecoder): Promise<string> {
  const parts: string[] = [];
  for (let at = 0; at < file.size; at += READ_SLICE_BYTES) {
    const bytes = await file.slice(at, at + READ_SLICE_BYTES).arrayBuffer();
    parts.push(decoder.decode(bytes, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Which record of which table, for messages: "record 12 of 40 in Milestones (id m-12)". */
function recordName(
  table: string,
  index: number,
  count: number,
  row: unknown,
  key: string | null,
): string {
  const id =
    key && typeof row === 'object' && row !== null
      ? (row as Record<string, unknown>)[key]
      : undefined;
  const idText =
    (typeof id === 'string' || typeof id === 'number') && String(id).length <= 60
      ? ` (${key} ${String(id)})`
      : '';
  return `record ${index + 1} of ${count} in ${kindTitle(table)}${idText}`;
}

/**
 * Carry rows from schema version `from` to the latest through the database's own upgrades, in
 * a temporary database that is deleted afterwards.
 */
export async function migrateTables(
  tables: Map<string, unknown[]>,
  from: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): Promise<Map<string, unknown[]>> {
  const name = `pivotboard-import-${newId()}`;
  const latest = versions.at(-1)?.version ?? from;
  try {
    const old = new Dexie(name);
    declareVersions(old, from, versions);
    await old.open();
    try {
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of tables) {
          try {
            await old.table(table).bulkAdd(rows);
          } catch (e) {
            const pos =
              e instanceof Dexie.BulkError ? Number(Object.keys(e.failuresByPos)[0] ?? 0) : 0;
            refuse(
              `The backup could not be read: ${recordName(table, pos, rows.length, rows[pos], null)} has no usable key, or the same key as another record.`,
            );
          }
        }
      });
    } finally {
      old.close();
    }
    const next = new Dexie(name);
    declareVersions(next, latest, versions);
    await next.open();
    try {
      const out = new Map<string, unknown[]>();
      await next.transaction('r', next.tables, async () => {
        for (const table of tableNamesAt(latest, versions))
          out.set(table, await next.table(table).toArray());
      });
      return out;
    } finally {
      next.close();
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const inner = e instanceof Dexie.DexieError && e.inner instanceof Error ? e.inner : e;
    return refuse(
      `This backup from an older version of Pivotboard could not be brought up to date (${inner instanceof Error ? inner.message : String(inner)}).`,
    );
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}

/**
 * Whether rows from version `from` must go through the upgrades: only versions with upgrade code
 * or removed tables change rows; versions that only add tables or indexes leave them as they are.
 */
function changesRows(from: number, versions: readonly SchemaVersion[]): boolean {
  return versions.some(
    (v) =>
      v.version > from &&
      (v.upgrade !== undefined || Object.values(v.stores).some((store) => store === null)),
  );
}

interface Reading {
  options: ReadOptions;
  clock: SliceClock;
  schemas: Awaited<ReturnType<typeof loadSchemas>>;
}

/** Text up to this long that is not an object is parsed to say whether it is JSON at all (a few ms at most). */
const NOT_AN_OBJECT_PARSED_CHARS = 1024 * 1024;

/** Why a file's text (its byte-order mark dropped) that does not start with `{` is no backup. */
function notAnObject(t: string): string {
  if (t.trim() === '') return `${NOT_A_BACKUP}: it is empty.`;
  if (t.length > NOT_AN_OBJECT_PARSED_CHARS)
    return `${NOT_A_BACKUP}: a backup starts with “{”, and this file does not.`;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return `${NOT_A_BACKUP}: it is not valid JSON (it may be cut short or damaged).`;
  }
  const what = Array.isArray(value)
    ? 'a list'
    : typeof value === 'string'
      ? 'a piece of text'
      : typeof value === 'number'
        ? 'a number'
        : `“${String(value)}”`;
  return `${NOT_A_BACKUP}: it is valid JSON, but it holds ${what}, where a backup holds one object (starting with “{”).`;
}

/** Parse a file's text with the one parser (domain/backupJson.ts); refuse what is not JSON. */
function split(text: string, r: Reading): ParsedBackupJson {
  const t = text.replace(/^\uFEFF/, '');
  if (!t.trimStart().startsWith('{')) refuse(notAnObject(t));
  try {
    const parsed = parseBackupJson(t);
    r.options.onProgress?.('checking', 0.5);
    return parsed;
  } catch (e) {
    if (!(e instanceof BackupSyntaxError)) throw e;
    return refuse(`${NOT_A_BACKUP}: ${e.message}.`);
  }
}

const isEncrypted = (head: unknown) =>
  typeof head === 'object' &&
  head !== null &&
  (head as { format?: unknown }).format === ENCRYPTED_FORMAT;

/** Check a parsed plain backup whole: envelope, version, checksum, then every record. */
async function check(
  file: ParsedBackupJson,
  r: Reading,
  encrypted: boolean,
): Promise<ParsedBackup> {
  const versions = r.options.versions ?? SCHEMA_VERSIONS;
  const latest = versions.at(-1)?.version ?? 1;
  const { backupEnvelopeSchema, tableSchemas, firstIssue } = r.schemas;
  const env = backupEnvelopeSchema.safeParse(file.head);
  if (!env.success) {
    const { message, path } = firstIssue(env.error);
    return refuse(
      path.startsWith('tables.')
        ? `${message} (“${path.slice('tables.'.length)}” is not a list).`
        : message,
    );
  }
  const envelope = env.data;
  if (envelope.schemaVersion > latest) {
    refuse(
      `This backup was made by a newer version of Pivotboard (data version ${envelope.schemaVersion}; this one reads up to ${latest}). Reload the app to update it, then import again.`,
    );
  }
  const known = tableNamesAt(envelope.schemaVersion, versions);
  for (const name of file.tables.keys()) {
    if (!known.includes(name))
      refuse(
        (TABLE_NAMES as readonly string[]).includes(name)
          ? `This backup says its data is version ${envelope.schemaVersion}, which had no “${name}” records: its data version or its records are wrong.`
          : `This backup has a kind of record this version of Pivotboard does not know (“${name}”).`,
      );
  }
  const checksum = await sha256OfParts(
    tableParts(await encodeTables(file.tables, r.clock)),
    r.clock,
  );
  if (checksum !== envelope.checksum) {
    refuse(
      'This backup has been changed or damaged since it was exported: its checksum does not match.',
    );
  }
  for (const [name, rows] of file.tables) {
    const bad = rows.findIndex(
      (row) => typeof row !== 'object' || row === null || Array.isArray(row),
    );
    if (bad >= 0)
      refuse(
        `The backup could not be imported: ${recordName(name, bad, rows.length, null, null)} is not a record.`,
      );
  }

  const raw = changesRows(envelope.schemaVersion, versions)
    ? await migrateTables(file.tables, envelope.schemaVersion, versions)
    : file.tables;

  const schemas = tableSchemas as Record<
    string,
    (typeof tableSchemas)[keyof typeof tableSchemas] | undefined
  >;
  const rowCount = Math.max(
    1,
    [...raw.values()].reduce((n, rows) => n + rows.length, 0),
  );
  let checked = 0;
  const tables = new Map<string, unknown[]>();
  const counts: Record<string, number> = {};
  for (const name of TABLE_NAMES) {
    const schema = schemas[name];
    if (!schema)
      throw new UserError(
        'import',
        `Pivotboard has no rules for “${name}” records, so it cannot import backups. Please report this.`,
      );
    const rows = raw.get(name) ?? [];
    const key = primaryKeyOf(name);
    const seen = new Set<unknown>();
    const out: unknown[] = [];
    for (const [i, row] of rows.entries()) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const { message, path } = firstIssue(parsed.error);
        refuse(
          `The backup could not be imported: ${recordName(name, i, rows.length, row, key)}${path ? `, field “${path}”` : ''}: ${message}`,
        );
      }
      const data = parsed.data as Record<string, unknown>;
      if (key) {
        if (seen.has(data[key]))
          refuse(
            `The backup could not be imported: ${recordName(name, i, rows.length, row, key)} has the same ${key} as an earlier record.`,
          );
        seen.add(data[key]);
      }
      out.push(data);
      if (++checked % 128 === 0) {
        r.options.onProgress?.('checking', 0.5 + (0.5 * checked) / rowCount);
        await r.clock.tick();
      }
    }
    tables.set(name, out);
    counts[name] = out.length;
  }
  if ((counts.plans ?? 0) === 0)
    refuse('This backup holds no plan, so there is nothing to import.');
  r.options.onProgress?.('checking', 1);
  return {
    tables,
    summary: {
      exportedAt: envelope.exportedAt,
      schemaVersion: envelope.schemaVersion,
      kind: envelope.kind,
      counts,
      encrypted,
    },
  };
}

/**
 * Read and check a backup file's text. A passphrase-protected file comes back locked, with an
 * `unlock` to call with the passphrase. Throws a `UserError` that says what is wrong: which
 * kind of record, which record and which field.
 */
export async function readBackup(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  const r: Reading = {
    options,
    clock: new SliceClock(options.pause ?? pauseForBrowser),
    schemas: await loadSchemas(),
  };
  const file = split(text, r);
  if (!isEncrypted(file.head)) return { locked: false, backup: await check(file, r, false) };

  const parsed = r.schemas.encryptedBackupSchema.safeParse(file.head);
  if (!parsed.success) return refuse(r.schemas.firstIssue(parsed.error).message);
  const locked = parsed.data;
  return {
    locked: true,
    unlock: async (passphrase: string) => {
      if (!passphrase) refuse('Enter the passphrase this backup was protected with.');
      let plain: string;
      try {
        plain = await decryptText(locked, passphrase);
      } catch (e) {
        if (e instanceof WrongPassphraseError || e instanceof DamagedBackupError)
          return refuse(e.message);
        throw e;
      }
      const inner = split(plain, r);
      if (isEncrypted(inner.head))
        refuse(
          'This backup holds another protected backup inside it, which Pivotboard cannot read.',
        );
      return check(inner, r, true);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Import: write

export interface ImportOptions {
  onProgress?: OnProgress;
  pace?: Pace;
}

/**
 * Replace everything in the database with a checked backup, in one transaction. Its undo puts
 * back what was there before, row by row: a row added or changed since the import (in another
 * tab, on another device) is left as it is, and the undo says which.
 */
export async function importBackup(
  parsed: ParsedBackup,
  options: ImportOptions = {},
): Promise<WriteResult<BackupSummary>> {
  const { exportedAt } = parsed.summary;
  const result = await runWrite(
    TABLE_NAMES,
    async () => {
      await writeAllTables(parsed.tables, (f) => options.onProgress?.('writing', f), options.pace);
      // The data now matches a backup file: the one it came from.
      if (parsed.summary.kind === 'backup')
        await db.settings.put({ key: 'lastBackupAt', value: exportedAt });
      return {
        value: parsed.summary,
        label: `Imported the backup from ${dayLabel(today(new Date(exportedAt)))}`,
      };
    },
    { userChange: false, partialUndo: true },
  );
  if (parsed.summary.kind === 'backup') noteBackup(exportedAt);
  return result;
}
