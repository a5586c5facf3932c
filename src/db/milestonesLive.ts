import { useMemo, useSyncExternalStore } from 'react';
import { compareRanked } from '../domain/rankOrder';
import type { Milestone } from '../domain/schema/milestone';
import { reuseUnchanged } from '../domain/stableRows';
import { db } from './database';
import { sharedLiveQuery } from './sharedLiveQuery';

let last: Milestone[] | undefined;

/**
 * Every milestone, by month and then card order, kept live. The whole table: a live query over an
 * index also records the key of every row it returned (Dexie's change tracking), 1,000 keys into a
 * tree on every read; a primary-key read records one range. Rows that did not change since the
 * last read keep their objects (reuseUnchanged), so after a move only the cards that moved render
 * again.
 */
const allMilestones = sharedLiveQuery(async () => {
  const rows = await db.milestones.toArray();
  // Sorted in place: toArray's array is ours (Dexie's query cache, which would share it, is off).
  rows.sort((a, b) => a.month - b.month || compareRanked(a, b));
  last = reuseUnchanged(last, rows);
  return last;
});

/**
 * Start reading the milestones now: at start-up for a screen that shows them (main.tsx), so the
 * read runs while the screen's code loads (npm run bench, figure 2).
 */
export const prefetchMilestones = (): void => allMilestones.start();

const NONE: Milestone[] = [];

/** The plan's milestones sorted by month, then card order. `undefined` while loading. */
export function useMilestones(planId: string | undefined): Milestone[] | undefined {
  const all = useSyncExternalStore(allMilestones.subscribe, allMilestones.get);
  return useMemo(() => {
    if (!planId) return NONE;
    if (!all) return undefined;
    // There is one plan: its rows are all of them.
    return all.every((m) => m.planId === planId) ? all : all.filter((m) => m.planId === planId);
  }, [all, planId]);
}
