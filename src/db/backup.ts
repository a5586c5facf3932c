/**
 * Backups and the seed template share one format: an envelope (format, versions, export time,
 * checksum) around every table's rows. Everything is validated before the database is touched,
 * and a restore is one transaction: it completes whole or changes nothing.
 */
import { checksumOf } from '../domain/checksum';
import { UserError } from '../domain/errors';
import { nowIso } from '../domain/ids';
import { thisMonth, today } from '../domain/calendar';
import type { BackupEnvelope } from '../domain/schema/backup';
import { db, SCHEMA_VERSION, TABLE_NAMES } from './database';
import { loadSchemas } from './schemas';
import { runWrite, toUserError } from './write';

export interface BackupFile {
  format: string;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  kind: 'backup' | 'template';
  tables: Record<string, unknown[]>;
  checksum: string;
}

export interface ParsedBackup {
  envelope: BackupEnvelope;
  /** Validated rows, by table. */
  tables: Record<string, unknown[]>;
  counts: Record<string, number>;
}

export function backupFileName(now: Date = new Date()): string {
  return `pivotboard-backup-${today(now)}.json`;
}

/** Every table's rows, read in one transaction so the snapshot is consistent. */
export async function buildBackup(now: Date = new Date()): Promise<BackupFile> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) tables[name] = await db.table(name).toArray();
  });
  const { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } = await loadSchemas();
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: nowIso(now),
    kind: 'backup',
    tables,
    checksum: await checksumOf(tables),
  };
}

const fail = (message: string): never => {
  throw new UserError('import', message);
};

/** Read and check a backup file's text. Throws a UserError that says what is wrong. */
export async function parseBackup(text: string): Promise<ParsedBackup> {
  const { backupEnvelopeSchema, tableSchemas, firstIssue } = await loadSchemas();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is not a Pivotboard backup: it is not valid JSON (it may be cut short or damaged).');
  }
  const env = backupEnvelopeSchema.safeParse(raw);
  if (!env.success) return fail(firstIssue(env.error).message);
  const envelope = env.data;
  if (envelope.schemaVersion > SCHEMA_VERSION) {
    fail('This backup was made by a newer version of Pivotboard. Reload the app to update it, then import again.');
  }
  if ((await checksumOf(envelope.tables)) !== envelope.checksum) {
    fail('This backup has been changed or damaged since it was exported (its checksum does not match), so it was not imported.');
  }
  const tables: Record<string, unknown[]> = {};
  const counts: Record<string, number> = {};
  for (const name of Object.keys(envelope.tables)) {
    if (!(name in tableSchemas)) fail(`This backup has a table Pivotboard does not know ("${name}").`);
  }
  for (const [name, schema] of Object.entries(tableSchemas)) {
    const rows = envelope.tables[name] ?? [];
    const out: unknown[] = [];
    for (const [i, row] of rows.entries()) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const { message, path } = firstIssue(parsed.error);
        const id = typeof row === 'object' && row && 'id' in row ? ` (id ${String((row as { id: unknown }).id)})` : '';
        fail(`In ${name}, record ${i + 1}${id}${path ? `, field "${path}"` : ''}: ${message}`);
      }
      out.push(parsed.data);
    }
    tables[name] = out;
    counts[name] = out.length;
  }
  return { envelope, tables, counts };
}

/** Replace everything in the database with a parsed backup, in one transaction. */
export async function replaceAllWith(parsed: ParsedBackup): Promise<void> {
  await runWrite(TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) await db.table(name).clear();
    for (const name of TABLE_NAMES) {
      const rows = parsed.tables[name];
      if (rows && rows.length) await db.table(name).bulkAdd(rows);
    }
  });
}

/**
 * First run: when the database holds no plan, write the default plan from seeds/ through the
 * import path, starting this calendar month. Two tabs opening at once seed it only once.
 */
export async function seedIfEmpty(now: Date = new Date()): Promise<'seeded' | 'exists'> {
  if ((await db.plans.count()) > 0) return 'exists';
  const seed = (await import('../../seeds/default-plan.json')).default;
  let parsed: ParsedBackup;
  try {
    parsed = await parseBackup(JSON.stringify(seed));
  } catch (e) {
    throw toUserError(e);
  }
  const stamp = nowIso(now);
  const month = thisMonth(now);
  const rows = (name: string) => (parsed.tables[name] ?? []) as Record<string, unknown>[];
  const plans = rows('plans').map((p) => ({ ...p, startMonth: month, createdAt: stamp, updatedAt: stamp }));
  const milestones = rows('milestones').map((m) => ({ ...m, createdAt: stamp, updatedAt: stamp }));
  return runWrite(['plans', 'milestones'], async () => {
    if ((await db.plans.count()) > 0) return 'exists' as const;
    await db.table('plans').bulkAdd(plans);
    await db.table('milestones').bulkAdd(milestones);
    return 'seeded' as const;
  });
}
