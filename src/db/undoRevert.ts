/**
 * Taking a recorded step back (db/undo.ts): put back only the fields it changed, and only while
 * nobody changed them since. Its own chunk, loaded the first time a step is taken back: the first
 * screen writes, but needs none of this (npm run bench, budget 1).
 */
import { dayLabel, type Day } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { opportunityName } from '../domain/opportunity';
import { listed, quote } from '../domain/quote';
import { planRevert, type Row } from '../domain/rowChanges';
import { runRecorded, type RowChange, type TableName } from './changes';
import { db } from './database';
import { toUserError } from './userErrors';
import type { Direction } from './undo';

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
export async function revertChanges(
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

/** What a partial undo says about the rows it left. */
export function leftAsTheyAre(names: readonly string[]): string {
  const one = names.length === 1;
  return `${listed(names, 3)} ${one ? 'was' : 'were'} changed since, ${ELSEWHERE}, and ${one ? 'was' : 'were'} left as ${one ? 'it is' : 'they are'}.`;
}
