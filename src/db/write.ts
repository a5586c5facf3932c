/**
 * Every write goes through `runWrite`: one read-write transaction, errors turned into messages a
 * person can read, and the rows it changed recorded (db/recorder.ts) as its undo step.
 */
import type { z } from 'zod';
import { UserError } from '../domain/errors';
import { mergeEdit } from '../domain/rowChanges';
import { runRecorded, type RecordOptions, type TableName } from './changes';
import { db } from './database';
import { loadSchemas } from './schemas';
import { recordedStep, type UndoStep } from './undo';
import { toUserError } from './userErrors';

export type { TableName } from './changes';
export type { UndoStep } from './undo';
export { STORAGE_UNAVAILABLE, toUserError } from './userErrors';

/** What a write's body returns: its result, and what was done in words (the toast, the undo). */
export interface Done<T> {
  value: T;
  label: string;
}

/** A write's result, and the step that takes it back. */
export interface WriteResult<T = void> extends UndoStep {
  value: T;
}

export interface WriteOptions extends RecordOptions {
  /** Undo puts back what it can and leaves rows changed since (an import's thousands of rows). */
  partialUndo?: boolean;
}

/** The user's write: recorded, undoable, and counted as a change a backup should hold. */
export async function runWrite<T>(
  tables: TableName[],
  body: () => Promise<Done<T>>,
  options: WriteOptions = {},
): Promise<WriteResult<T>> {
  let recorded;
  try {
    recorded = await runRecorded(tables, 'user', body, options);
  } catch (e) {
    throw toUserError(e);
  }
  const { value, label } = recorded.value;
  return { value, ...recordedStep(label, recorded.changes, options.partialUndo) };
}

/** The app's own bookkeeping (seeding the first plan, noting a backup): not undoable, not the user's change. */
export async function runSystemWrite<T>(tables: TableName[], body: () => Promise<T>): Promise<T> {
  try {
    return (await runRecorded(tables, 'system', body)).value;
  } catch (e) {
    throw toUserError(e);
  }
}

/** The row read, or the message a person reads when it was deleted meanwhile (`what`: "milestone"). */
export function found<T>(row: T | undefined, what: string, field?: string): T {
  if (row === undefined)
    throw new UserError('not-found', `That ${what} was deleted, perhaps in another tab.`, field);
  return row;
}

/**
 * An edit saved over the row as stored now: only the fields the user changed from `since` (the
 * row their form started from) are written, so a change made meanwhile to any other field (in
 * another tab, on another device) stays. Refuses, at the first such field, when one the user
 * changed was also changed meanwhile to something else: the form shows both, the user chooses.
 * Without `since`, every field of `mine` is written.
 */
export function applyEdit<R extends Record<string, unknown>>(
  stored: R,
  mine: Partial<R>,
  since: R | undefined,
  what: string,
): { row: R; changed: string[] } {
  const { row, changed, conflicts } = mergeEdit(stored, mine, since);
  if (conflicts.length > 0)
    throw new UserError(
      'conflict',
      `This ${what} was changed in another tab or on another device while you were editing. Choose which to keep, then save again.`,
      conflicts[0],
    );
  return { row, changed };
}

export async function requirePlan(planId: string) {
  const plan = await db.plans.get(planId);
  if (!plan) throw new UserError('not-found', 'That plan no longer exists. Reload the page.');
  return plan;
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
