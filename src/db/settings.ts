import { useLiveQuery } from 'dexie-react-hooks';
import { SETTING_DEFAULTS, type SettingKey } from '../domain/settings';
import type { SettingValue } from '../domain/schema/settings';
import { db } from './database';
import { loadSchemas } from './schemas';
import { runWrite, validate, type WriteResult } from './write';

/** A preference: its default until the user sets it. `undefined` while loading. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useLiveQuery(async () => {
    const row = await db.settings.get(key);
    return (row ? row.value : SETTING_DEFAULTS[key]) as SettingValue<K>;
  }, [key]);
}

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return (row ? row.value : SETTING_DEFAULTS[key]) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(key: K, value: unknown): Promise<WriteResult<SettingValue<K>>> {
  const { settingSchemas } = await loadSchemas();
  const parsed = (await validate(settingSchemas[key], value)) as SettingValue<K>;
  return runWrite(['settings'], async () => {
    const before = await db.settings.get(key);
    await db.settings.put({ key, value: parsed });
    return {
      value: parsed,
      label: 'Saved',
      undo: () =>
        runWrite(['settings'], async () => {
          if (before) await db.settings.put(before);
          else await db.settings.delete(key);
        }),
    };
  });
}
