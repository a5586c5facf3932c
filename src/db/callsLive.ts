import { useSyncExternalStore } from 'react';
import type { Call, Contact } from '../domain/schema/networking';
import { db } from './database';
import { sharedLiveQuery } from './sharedLiveQuery';

/** Newest day first, then the latest logged; calls logged in the same millisecond by id, so every read agrees. */
export const newestFirst = (a: Call, b: Call) =>
  a.day > b.day
    ? -1
    : a.day < b.day
      ? 1
      : a.createdAt > b.createdAt
        ? -1
        : a.createdAt < b.createdAt
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0;

/** The newest calls and their contacts, for the first rows of the log. */
export interface RecentCalls {
  calls: Call[];
  contacts: Contact[];
}

/** How many calls the Networking screen shows before the whole list has loaded: more than a tall screen holds. */
export const FIRST_CALL_ROWS = 20;

/**
 * The `limit` newest calls (as the whole list orders them) and their contacts, read through the
 * day index: a few rows at once, where every call takes a moment with 10,000 of them.
 */
export async function recentCalls(limit: number): Promise<RecentCalls> {
  // One row more than shown tells whether the cut falls inside a day: only then are that day's
  // other calls read, so ties sort by time logged as in the whole list.
  const head = await db.calls
    .orderBy('day')
    .reverse()
    .limit(limit + 1)
    .toArray();
  const last = head[limit - 1];
  const cutInsideDay = last !== undefined && head[limit]?.day === last.day;
  const rows = cutInsideDay ? await db.calls.where('day').aboveOrEqual(last.day).toArray() : head;
  // Sorted in place: the array is ours (Dexie's query cache, which would share it, is off).
  const calls = rows.sort(newestFirst).slice(0, limit);
  const ids = [...new Set(calls.flatMap((c) => (c.contactId ? [c.contactId] : [])))];
  const contacts = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
  return { calls, contacts };
}

const firstRows = sharedLiveQuery(() => recentCalls(FIRST_CALL_ROWS));

/** Start reading the log's first rows now (main.tsx, when the app opens on Networking). */
export const prefetchRecentCalls = (): void => firstRows.start();

/**
 * The newest FIRST_CALL_ROWS calls and their contacts, kept live. The Networking screen shows
 * these while the whole list loads. `undefined` while loading.
 */
export function useRecentCalls(): RecentCalls | undefined {
  return useSyncExternalStore(firstRows.subscribe, firstRows.get);
}
