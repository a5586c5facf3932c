import { useLiveQuery } from 'dexie-react-hooks';
import { newId, nowIso } from '../domain/ids';
import { quote } from '../domain/quote';
import { sortRecord } from '../domain/record';
import type { RecordEntry, RecordEntryInput } from '../domain/schema/record';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, found, runWrite, validate, type WriteResult } from './write';

/** The running record, newest first. `undefined` while loading. */
export function useRecordEntries(): RecordEntry[] | undefined {
  return useLiveQuery(async () => sortRecord(await db.recordEntries.toArray()));
}

const requireEntry = async (id: string) => found(await db.recordEntries.get(id), 'entry');

export async function addRecordEntry(input: RecordEntryInput): Promise<WriteResult<string>> {
  const { recordEntryInputSchema } = await loadSchemas();
  const data = await validate(recordEntryInputSchema, input);
  return runWrite(['recordEntries'], async () => {
    const now = nowIso();
    const id = newId();
    await db.recordEntries.add({
      id,
      ...data,
      skills: [...new Set(data.skills)],
      createdAt: now,
      updatedAt: now,
    });
    return { value: id, label: `Added ${quote(data.title)} to your record` };
  });
}

/** Save the dialog: with `since` (the entry as it opened), only the fields the user changed. */
export async function updateRecordEntry(
  id: string,
  input: RecordEntryInput,
  since?: RecordEntry,
): Promise<WriteResult> {
  const { recordEntryInputSchema } = await loadSchemas();
  const data = await validate(recordEntryInputSchema, input);
  return runWrite(['recordEntries'], async () => {
    const mine = { ...data, skills: [...new Set(data.skills)] };
    const { row, changed } = applyEdit(await requireEntry(id), mine, since, 'entry');
    if (changed.length > 0) await db.recordEntries.put({ ...row, updatedAt: nowIso() });
    return { value: undefined, label: `Saved ${quote(row.title)}` };
  });
}

export async function deleteRecordEntry(id: string): Promise<WriteResult> {
  return runWrite(['recordEntries'], async () => {
    const before = await requireEntry(id);
    await db.recordEntries.delete(id);
    return { value: undefined, label: `Deleted ${quote(before.title)}` };
  });
}
