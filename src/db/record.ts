import { useLiveQuery } from 'dexie-react-hooks';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { sortRecord } from '../domain/record';
import type { RecordEntry, RecordEntryInput } from '../domain/schema/record';
import { db } from './database';
import { loadSchemas } from './schemas';
import { runWrite, validate, type WriteResult } from './write';

/** The running record, newest first. `undefined` while loading. */
export function useRecordEntries(): RecordEntry[] | undefined {
  return useLiveQuery(async () => sortRecord(await db.recordEntries.toArray()));
}

const quote = (title: string) => `“${title}”`;

async function requireEntry(id: string) {
  const entry = await db.recordEntries.get(id);
  if (!entry) throw new UserError('not-found', 'That entry was deleted, perhaps in another tab.');
  return entry;
}

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
    return {
      value: id,
      label: `Added ${quote(data.title)} to your record`,
      undo: () => runWrite(['recordEntries'], () => db.recordEntries.delete(id)),
    };
  });
}

export async function updateRecordEntry(id: string, input: RecordEntryInput): Promise<WriteResult> {
  const { recordEntryInputSchema } = await loadSchemas();
  const data = await validate(recordEntryInputSchema, input);
  return runWrite(['recordEntries'], async () => {
    const before = await requireEntry(id);
    await db.recordEntries.put({
      ...before,
      ...data,
      skills: [...new Set(data.skills)],
      updatedAt: nowIso(),
    });
    return {
      value: undefined,
      label: `Saved ${quote(data.title)}`,
      undo: () =>
        runWrite(['recordEntries'], async () => void (await db.recordEntries.put(before))),
    };
  });
}

export async function deleteRecordEntry(id: string): Promise<WriteResult> {
  return runWrite(['recordEntries'], async () => {
    const before = await requireEntry(id);
    await db.recordEntries.delete(id);
    return {
      value: undefined,
      label: `Deleted ${quote(before.title)}`,
      undo: () =>
        runWrite(['recordEntries'], async () => void (await db.recordEntries.put(before))),
    };
  });
}
