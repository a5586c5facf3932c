/**
 * Every write goes through `runWrite`: one read-write transaction, errors turned into messages a
 * person can read, and an undo step (the inverse of what was written) returned to the caller.
 */
import Dexie from 'dexie';
import type { z } from 'zod';
import { UserError } from '../domain/errors';
import { db, isOutdated, outdatedReason } from './database';
import { noteChange } from './deviceMarker';
import { loadSchemas } from './schemas';
import { requestPersistenceOnce } from './storage';

export interface UndoStep {
  /** What was done, for the toast: "Moved “Fix LinkedIn” to Month 3". */
  label: string;
  undo: () => Promise<void>;
}

export interface WriteResult<T = void> extends UndoStep {
  value: T;
}

type TableName = (typeof db.tables)[number]['name'];

export interface WriteOptions {
  /**
   * false for writes that are not the user's own changes (seeding the first plan, noting a
   * backup): they do not count as changes a backup should hold.
   */
  userChange?: boolean;
}

export async function runWrite<T>(
  tables: TableName[],
  body: () => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  let result: T;
  try {
    result = await db.transaction('rw', tables, body);
  } catch (e) {
    throw toUserError(e);
  }
  if (options.userChange !== false) noteUserChange();
  return result;
}

/** After a change of the user's own is stored (here or in a worker): what a backup reminder counts, and ask to keep the data. */
export function noteUserChange(): void {
  noteChange();
  requestPersistenceOnce();
}

export const STORAGE_UNAVAILABLE =
  'This browser is not letting Pivotboard store anything on this device (private browsing, or a setting that blocks site data, can do this). Nothing was saved.';

export function toUserError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  const inner = e instanceof Dexie.DexieError && e.inner instanceof Error ? e.inner : e;
  const name = inner instanceof Error ? inner.name : '';
  if (
    name === 'QuotaExceededError' ||
    (e instanceof Dexie.DexieError && e.name === 'QuotaExceededError')
  ) {
    return new UserError(
      'storage',
      'This device is out of storage space for Pivotboard, so nothing was saved. Free some space (or export a backup), then try again.',
    );
  }
  if (outdatedReason() === 'deleted') {
    return new UserError(
      'storage',
      'Pivotboard’s data was deleted in another tab, so nothing was saved. Reload this tab to start again.',
    );
  }
  if (
    isOutdated() ||
    name === 'VersionError' ||
    (e instanceof Dexie.DexieError &&
      (e.name === 'DatabaseClosedError' || e.name === 'VersionChangeError'))
  ) {
    return new UserError(
      'storage',
      'Pivotboard was updated in another tab. Reload this tab to keep working; nothing was saved.',
    );
  }
  if (
    e instanceof Dexie.DexieError &&
    (e.name === 'MissingAPIError' || e.name === 'OpenFailedError' || e.name === 'InvalidStateError')
  ) {
    return new UserError('storage', STORAGE_UNAVAILABLE);
  }
  const detail = inner instanceof Error ? inner.message : String(inner);
  return new UserError('storage', `Saving failed and nothing was changed (${detail}).`);
}

/** Parse with a schema or throw a UserError naming the field. */
export async function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Promise<z.output<S>> {
  const { firstIssue } = await loadSchemas();
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { message, path } = firstIssue(parsed.error);
    throw new UserError('validation', message, path || undefined);
  }
  return parsed.data;
}
