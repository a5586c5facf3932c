/**
 * Undo and redo, written once for every write: a step is the rows one write changed (recorded by
 * db/recorder.ts), and taking it back puts back only the fields it changed, and only while nobody
 * changed them since (domain/rowChanges.ts `planRevert`). Taking a step back is itself a recorded
 * write, so its record is the step that does it again (redo), and so on.
 *
 * - An ordinary step goes back whole or not at all: if one of its rows changed since, nothing is
 *   written and the refusal names that row and says why.
 * - A "partial" step (an import: thousands of rows) puts back every row it can and leaves the
 *   rows changed since as they are, saying which.
 */
import { dayLabel, type Day } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { opportunityName } from '../domain/opportunity';
import { listed, quote } from '../domain/quote';
import { planRevert, type Row } from '../domain/rowChanges';
import { runRecorded, type RowChange, type TableName } from './changes';
import { db } from './database';
import { toUserError } from './userErrors';

export type Direction = 'undo' | 'redo';

export interface UndoStep {
  /** What was done, for the toast: "Moved “Fix LinkedIn” to Month 3". */
  label: string;
  /**
   * Take the step back ('undo'), or do an undone step again ('redo': the step an undo returned),
   * as far as nothing changed since. Resolves to the step that reverses this one; throws a
   * `UserError` saying why when it refuses.
   */
  revert: (direction?: Direction) => Promise<Reverted>;
}

export interface Reverted {
  step: UndoStep;
  /** What was left as it is (a partial step's rows changed since), in a sentence. */
  left?: string;
}

const SETTING_NAMES: Record<string, string> = {
  currency: 'the currency',
  weeklyCallTarget: 'the weekly call target',
  vision: 'your vision',
  redFlags: 'your red flags',
  firstRun: 'the getting-started steps',
  lastBackupAt: 'the date of the last backup',
  neutralTitle: 'the neutral tab title',
};

const text = (row: Row, field: string) => {
  const value = row[field];
  return typeof value === 'string' ? value : '';
};

/** A row as a person knows it, for a sentence: “Fix LinkedIn”, the call on May 4, 2026. */
export function rowName(table: string, row: Row): string {
  switch (table) {
    case 'milestones':
    case 'diagnoseItems':
    case 'recordEntries':
      return quote(text(row, 'title'));
    case 'contacts':
    case 'debts':
      return quote(text(row, 'name'));
    case 'opportunities':
      return quote(opportunityName({ company: text(row, 'company'), title: text(row, 'title') }));
    case 'calls':
      return `the call on ${dayLabel(text(row, 'day') as Day)}`;
    case 'clawbacks':
      return `the clawback ending ${dayLabel(text(row, 'endsOn') as Day)}`;
    case 'plans':
      return 'your plan';
    case 'exitPlans':
      return 'your exit plan';
    case 'settings':
      return SETTING_NAMES[text(row, 'key')] ?? 'a setting';
    default:
      return 'a record';
  }
}

const ELSEWHERE = 'in another tab or on another device';

interface Outcome {
  changes: readonly RowChange[];
  /** Rows changed since, as a person names them. */
  skipped: string[];
}

async function currentRows(changes: readonly RowChange[]): Promise<Map<string, Row | undefined>> {
  const byTable = new Map<string, string[]>();
  for (const c of changes) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.key]);
  const read = await Promise.all(
    [...byTable].map(async ([table, keys]) => {
      const rows = await db.table(table).bulkGet(keys);
      return keys.map((key, i) => [`${table}\u0000${key}`, rows[i] as Row | undefined] as const);
    }),
  );
  return new Map(read.flat());
}

/**
 * Take `changes` back in one recorded transaction (`direction` is its origin in the change
 * feed). Whole or nothing unless `partial`.
 */
async function revertChanges(
  changes: readonly RowChange[],
  direction: Direction,
  partial: boolean,
): Promise<Outcome> {
  if (changes.length === 0) return { changes: [], skipped: [] }; // the write changed nothing
  const tables = [...new Set(changes.map((c) => c.table))] as TableName[];
  const skipped: string[] = [];
  const recorded = runRecorded(tables, direction, async () => {
    const current = await currentRows(changes);
    const puts = new Map<string, Row[]>();
    const deletes = new Map<string, string[]>();
    for (const change of changes) {
      const now = current.get(`${change.table}\u0000${change.key}`);
      const plan = planRevert(change, now);
      if (plan.kind === 'put')
        puts.set(change.table, [...(puts.get(change.table) ?? []), plan.row]);
      else if (plan.kind === 'delete')
        deletes.set(change.table, [...(deletes.get(change.table) ?? []), change.key]);
      else if (plan.kind !== 'none') {
        const named = rowName(change.table, now ?? change.after ?? change.before ?? {});
        if (!partial) {
          throw new UserError(
            'conflict',
            plan.kind === 'deleted'
              ? `${named} was deleted since, ${ELSEWHERE}, so there is nothing to ${direction}.`
              : `${named} was changed since, ${ELSEWHERE}; ${direction} would overwrite that.`,
          );
        }
        skipped.push(named);
      }
    }
    await Promise.all([
      ...[...deletes].map(([table, keys]) => db.table(table).bulkDelete(keys)),
      ...[...puts].map(([table, rows]) => db.table(table).bulkPut(rows)),
    ]);
  });
  try {
    return { changes: (await recorded).changes, skipped };
  } catch (e) {
    throw toUserError(e);
  }
}

/** The step for what a write recorded. `partial` for a step that may go back in part (an import). */
export function recordedStep(
  label: string,
  changes: readonly RowChange[],
  partial = false,
): UndoStep {
  return {
    label,
    revert: async (direction = 'undo') => {
      const { changes: done, skipped } = await revertChanges(changes, direction, partial);
      const step = recordedStep(label, done, partial);
      return skipped.length ? { step, left: leftAsTheyAre(skipped) } : { step };
    },
  };
}

/** What a partial undo says about the rows it left. */
export function leftAsTheyAre(names: readonly string[]): string {
  const one = names.length === 1;
  return `${listed(names, 3)} ${one ? 'was' : 'were'} changed since, ${ELSEWHERE}, and ${one ? 'was' : 'were'} left as ${one ? 'it is' : 'they are'}.`;
}

/**
 * The same step, with `wrap` around every time it is taken back or done again (and around the
 * steps those return): for what lives outside the database, like a note on this device or a
 * message that no longer holds. `wrap` must call `run` once and return what it returns.
 */
export function around(
  step: UndoStep,
  wrap: (direction: Direction, run: () => Promise<Reverted>) => Promise<Reverted>,
): UndoStep {
  return {
    label: step.label,
    revert: async (direction = 'undo') => {
      const reverted = await wrap(direction, () => step.revert(direction));
      return { ...reverted, step: around(reverted.step, wrap) };
    },
  };
}
