import { useSyncExternalStore } from 'react';
import { SETTING_DEFAULTS, type SettingKey } from '../domain/settings';
import type { SettingValue } from '../domain/schema/settings';
import { db } from './database';
import { sharedLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';

const queries = new Map<SettingKey, SharedLiveQuery<unknown>>();

function sharedSetting<K extends SettingKey>(key: K): SharedLiveQuery<SettingValue<K>> {
  let query = queries.get(key);
  if (!query) {
    query = sharedLiveQuery(async () => {
      const row = await db.settings.get(key);
      return row ? row.value : SETTING_DEFAULTS[key];
    });
    queries.set(key, query);
  }
  return query as SharedLiveQuery<SettingValue<K>>;
}

/**
 * Start reading a preference a screen needs before it can show anything (main.tsx, at start-up:
 * alongside the screen's code and rows, not after them).
 */
export const prefetchSetting = (key: SettingKey): void => sharedSetting(key).start();

/** A preference, shared by every reader and startable early; `undefined` while loading. */
export function useSharedSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  const query = sharedSetting(key);
  return useSyncExternalStore(query.subscribe, query.get);
}
