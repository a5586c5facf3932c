import { useLiveQuery } from 'dexie-react-hooks';
import type { Day } from '../domain/calendar';
import { db } from './database';

/**
 * Calls that have happened (dated on or before `today`), for the timeline's networking card.
 * Its own module (calls.ts re-exports it): the Timeline then loads without the networking code.
 */
export function useCallCount(today: Day): number | undefined {
  return useLiveQuery(() => db.calls.where('day').belowOrEqual(today).count(), [today]);
}
