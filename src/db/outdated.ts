import { useSyncExternalStore } from 'react';
import { isOutdated, onOutdated } from './database';

/** True once another tab has upgraded the database: this tab must reload to keep saving. */
export function useOutdated(): boolean {
  return useSyncExternalStore(onOutdated, isOutdated, () => false);
}
