/**
 * Every write goes through `runWrite`: one read-write transaction, errors turned into messages a
 * person can read, and an undo step (the inverse of what was written) returned to the caller.
 */
import Dexie from 'dexie';
import type { z } from 'zod';
import { UserError } from '../domain/errors';
import { db } from './database';
import { loadSchemas } from './schemas';

export interface UndoStep {
  /** What was done, for the toast: "Moved “Fix LinkedIn” to Month 3". */
  label: string;
  undo: () => Promise<void>;
}

export interface WriteResult<T = void> extends UndoStep {
  value: T;
}

type TableName = (typeof db.tables)[number]['name'];

export async function runWrite<T>(tables: TableName[], body: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables, body);
  } catch (e) {
    throw toUserError(e);
  }
}

export function toUserError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  const inner = e instanceof Dexie.DexieError && e.inner instanceof Error ? e.inner : e;
  const name = inner instanceof Error ? inner.name : '';
  if (name === 'QuotaExceededError' || (e instanceof Dexie.DexieError && e.name === 'QuotaExceededError')) {
    return new UserError(
      'storage',
      'This device is out of storage space for Pivotboard, so nothing was saved. Free some space (or export a backup), then try again.',
    );
  }
  if (e instanceof Dexie.DexieError && (e.name === 'DatabaseClosedError' || e.name === 'VersionChangeError')) {
    return new UserError('storage', 'Pivotboard was updated in another tab. Reload this tab to keep working; nothing was saved.');
  }
  if (e instanceof Dexie.DexieError && (e.name === 'MissingAPIError' || e.name === 'OpenFailedError')) {
    return new UserError(
      'storage',
      'This browser is not letting Pivotboard store data (private browsing can do this). Nothing was saved.',
    );
  }
  const detail = inner instanceof Error ? inner.message : String(inner);
  return new UserError('storage', `Saving failed and nothing was changed (${detail}).`);
}

/** Parse with a schema or throw a UserError naming the field. */
export async function validate<S extends z.ZodType>(schema: S, input: unknown): Promise<z.output<S>> {
  const { firstIssue } = await loadSchemas();
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { message, path } = firstIssue(parsed.error);
    throw new UserError('validation', message, path || undefined);
  }
  return parsed.data;
}
