/**
 * An edit form that knows when its row changed underneath it (in another tab, on another
 * device), for every edit dialog and settings form.
 *
 * The form starts from the row as it opened (`since`) and its save writes only the fields the
 * user changed from it (db/write.ts `applyEdit`). While it is open, a field changed elsewhere
 * that the user has not touched takes the new value (and the form says so); one the user
 * changed too, to something else, is a conflict the user settles: keep theirs or take the new
 * value. Until then a save is refused with the same reason.
 */
import { useState } from 'react';
import { quote } from '../domain/quote';
import { compareEdit, type Row } from '../domain/rowChanges';

export interface EditField<R> {
  key: keyof R & string;
  /** As the form labels it: "Title". */
  label: string;
  /** A value as the person reads it ("Month 5", "Done"); text is quoted, empty says so. */
  show?: (value: R[keyof R & string]) => string;
}

export interface Conflict {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface EditSince<R> {
  /** The row the form's values start from: give it to the write. Undefined when adding. */
  since: R | undefined;
  /** Fields changed elsewhere that the form now shows as they are there (labels). */
  taken: readonly string[];
  /** Fields changed both here and elsewhere, to different values. */
  conflicts: readonly Conflict[];
  /** Keep what the user typed for this field (a save then writes it over the new value). */
  keepMine: (key: string) => void;
  /** Take the new value into the form. */
  useTheirs: (key: string) => void;
}

const LONG = 60;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'string') {
    const text = value.trim();
    return quote(text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : 'none';
  return typeof value === 'number' ? String(value) : 'changed';
}

/**
 * `live`: the row as stored now (a live query); `mine`: the form's values by row field, as they
 * would be saved; `take`: put these fields of `row` into the form.
 */
export function useEditSince<R extends object>(
  live: R | null | undefined,
  mine: object,
  fields: readonly EditField<R>[],
  take: (row: R, keys: (keyof R & string)[]) => void,
): EditSince<R> {
  const [since, setSince] = useState<R | undefined>(live ?? undefined);
  const [taken, setTaken] = useState<string[]>([]);
  // The stored row moved on: done while rendering (React's way to follow a prop), so the form
  // never shows a frame of the old values next to the notice.
  const [seen, setSeen] = useState(live);
  const keys = fields.map((f) => f.key);
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const row = (r: R) => r as unknown as Row;
  if (live !== seen) {
    setSeen(live);
    if (live && !since) setSince(live); // the row arrived after the form opened
    if (live && since) {
      const { take: toTake, agree } = compareEdit(row(since), mine as Row, row(live), keys);
      if (toTake.length > 0) {
        take(live, toTake as (keyof R & string)[]);
        const labels = toTake.map(labelOf);
        setTaken((t) => [...t, ...labels.filter((l) => !t.includes(l))]);
      }
      if (toTake.length > 0 || agree.length > 0)
        setSince({ ...since, ...pick(row(live), [...toTake, ...agree]) });
    }
  }

  const conflicts: Conflict[] =
    live && since
      ? compareEdit(row(since), mine as Row, row(live), keys).conflicts.map((key) => {
          const show = fields.find((f) => f.key === key)?.show as
            ((v: unknown) => string) | undefined;
          const say = (v: unknown) => (show ? show(v) : shown(v));
          return {
            key,
            label: labelOf(key),
            mine: say((mine as Row)[key]),
            theirs: say(row(live)[key]),
          };
        })
      : [];

  const settle = (key: string, takeIt: boolean) => {
    if (!live || !since) return;
    if (takeIt) take(live, [key as keyof R & string]);
    setSince({ ...since, ...pick(row(live), [key]) });
  };

  return {
    since,
    taken,
    conflicts,
    keepMine: (key) => settle(key, false),
    useTheirs: (key) => settle(key, true),
  };
}

function pick(row: Row, keys: readonly string[]): Row {
  const out: Row = {};
  for (const k of keys) out[k] = row[k];
  return out;
}
