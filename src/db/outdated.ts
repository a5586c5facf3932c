import { useSyncExternalStore } from 'react';
import { onOutdated, outdatedReason, type OutdatedReason } from './database';

/** Non-null once another tab has upgraded the database, or deleted it: this tab must reload. */
export function useOutdatedReason(): OutdatedReason | null {
  return useSyncExternalStore(onOutdated, outdatedReason, () => null);
}
