/**
 * Row changes and how to put one back without overwriting anything else (undo, redo).
 *
 * A change is a row before and after one step. Putting it back touches only the fields the
 * step changed, and only while each of them still holds the value the step wrote: a field
 * changed since (in another tab, on another device) belongs to that later change, and putting
 * the step back would lose it, so the step is refused instead. `updatedAt` is bookkeeping: it
 * goes back with the step when nothing else wrote it, and never stops one.
 */

/** A stored row: every table's rows are plain objects. */
export type Row = Record<string, unknown>;

export interface RowChange<Table extends string = string> {
  table: Table;
  key: string;
  /** The row before the change; absent when the change added it. */
  before?: Row;
  /** The row after the change; absent when the change deleted it. */
  after?: Row;
}

/** Fields that record when a row was written: never a reason to refuse. */
const BOOKKEEPING = new Set(['updatedAt']);

/** Equal as stored values (plain objects, arrays, strings, numbers, booleans, null). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ra = a as Row;
  const rb = b as Row;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameValue(ra[k], rb[k])) return false;
  return true;
}

/** The fields whose values differ between two versions of a row (bookkeeping left out). */
export function changedFields(from: Row, to: Row): string[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && !sameValue(from[k], to[k]));
}

export type RevertPlan =
  /** Write this row (the fields put back on the current row). */
  | { kind: 'put'; row: Row }
  | { kind: 'delete' }
  /** Already as the step found it: nothing to write. */
  | { kind: 'none' }
  /** A field the step wrote holds another value now (or the key is taken again). */
  | { kind: 'changed'; current: Row }
  /** The row the step changed is gone. */
  | { kind: 'deleted' };

/**
 * How to take `change` back, given the row as it is now (`current`, undefined when there is
 * none): the step's `after` becomes its `before` again, field by field.
 */
export function planRevert(change: RowChange, current: Row | undefined): RevertPlan {
  const { before, after } = change;
  if (!after) {
    // The step deleted the row: put it back while its key is free.
    if (!before) return { kind: 'none' };
    if (!current) return { kind: 'put', row: before };
    return changedFields(current, before).length === 0
      ? { kind: 'none' }
      : { kind: 'changed', current };
  }
  if (!current) return before ? { kind: 'deleted' } : { kind: 'none' };
  if (!before) {
    // The step added the row: remove it while it is as the step left it.
    return changedFields(current, after).length === 0
      ? { kind: 'delete' }
      : { kind: 'changed', current };
  }
  const fields = changedFields(before, after);
  if (fields.some((f) => !sameValue(current[f], after[f]))) {
    // Every field the step wrote already back as it was: another tab did the same.
    return fields.every((f) => sameValue(current[f], before[f]))
      ? { kind: 'none' }
      : { kind: 'changed', current };
  }
  const row: Row = { ...current };
  for (const f of fields) setField(row, f, before[f]);
  for (const f of BOOKKEEPING)
    if (sameValue(current[f], after[f]) && f in before) setField(row, f, before[f]);
  return fields.length === 0 && sameValue(row, current) ? { kind: 'none' } : { kind: 'put', row };
}

function setField(row: Row, field: string, value: unknown): void {
  if (value === undefined) Reflect.deleteProperty(row, field);
  else row[field] = value;
}

/*
 * Edits. A form starts from the row as it was (`since`) and saves only the fields the user
 * changed from it, over the row as stored now: another tab's (or device's) change to any other
 * field stays. A field both changed, to different values, is a conflict the user settles.
 */

/** Equal as a form's values: text compared without the spaces around it. */
export function sameInput(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  return sameValue(norm(a), norm(b));
}

/**
 * What saving `mine` (the form's values, by field) does to the `stored` row, for a form that
 * started from `since` (without it, every field of `mine` is the user's). `conflicts`: fields the
 * user changed that were also changed since, to something else; the save must not go ahead.
 */
export function mergeEdit<R extends Row>(
  stored: R,
  mine: Partial<R>,
  since: Partial<R> | undefined,
): { row: R; changed: string[]; conflicts: string[] } {
  const fields = Object.keys(mine);
  const from: Partial<R> = since ?? stored;
  const changed = fields.filter((f) => !sameValue(mine[f], from[f]));
  const conflicts = since
    ? changed.filter((f) => !sameValue(stored[f], since[f]) && !sameValue(stored[f], mine[f]))
    : [];
  const row: Row = { ...stored };
  for (const f of changed) setField(row, f, mine[f]);
  return { row: row as R, changed, conflicts };
}

/**
 * Where an open form stands when the stored row (`live`) moved on from `since`: fields the user
 * did not touch can `take` the new value; fields the user changed to the same value `agree`; the
 * rest are `conflicts` (changed both here and elsewhere).
 */
export function compareEdit(
  since: Row,
  mine: Row,
  live: Row,
  fields: readonly string[],
): { take: string[]; agree: string[]; conflicts: string[] } {
  const take: string[] = [];
  const agree: string[] = [];
  const conflicts: string[] = [];
  for (const f of fields) {
    if (sameValue(live[f], since[f])) continue;
    if (sameInput(mine[f], since[f])) take.push(f);
    else if (sameInput(mine[f], live[f])) agree.push(f);
    else conflicts.push(f);
  }
  return { take, agree, conflicts };
}
