import { useLiveQuery } from 'dexie-react-hooks';
import { UserError } from '../domain/errors';
import { SETTING_DEFAULTS, type SettingKey } from '../domain/settings';
import type { SettingValue } from '../domain/schema/settings';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, runWrite, validate, type WriteResult } from './write';

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

export async function setSetting<K extends SettingKey>(
  key: K,
  value: unknown,
  label = 'Saved',
): Promise<WriteResult<SettingValue<K>>> {
  const { settingSchemas } = await loadSchemas();
  const parsed = (await validate(settingSchemas[key], value)) as SettingValue<K>;
  return runWrite(['settings'], async () => {
    await db.settings.put({ key, value: parsed });
    return { value: parsed, label };
  });
}

/**
 * Change a preference from its current value in one transaction, so two tabs changing parts of
 * the same setting do not lose each other's change. `change` must be synchronous.
 */
export async function updateSetting<K extends SettingKey>(
  key: K,
  change: (current: SettingValue<K>) => SettingValue<K>,
  label = 'Saved',
): Promise<WriteResult<SettingValue<K>>> {
  const { settingSchemas, firstIssue } = await loadSchemas();
  const schema = settingSchemas[key];
  return runWrite(['settings'], async () => {
    const before = await db.settings.get(key);
    const current = (before ? before.value : SETTING_DEFAULTS[key]) as SettingValue<K>;
    const parsed = schema.safeParse(change(current));
    if (!parsed.success) {
      const { message, path } = firstIssue(parsed.error);
      throw new UserError('validation', message, path || undefined);
    }
    await db.settings.put({ key, value: parsed.data });
    return { value: parsed.data as SettingValue<K>, label };
  });
}

/**
 * Save a form over a setting made of fields (the vision): only the fields the user changed from
 * `since` (the value the form started from), so another tab's change to the others stays.
 */
export async function saveSettingFields<K extends 'vision'>(
  key: K,
  value: SettingValue<K>,
  since: SettingValue<K> | undefined,
  label: string,
): Promise<WriteResult<SettingValue<K>>> {
  return updateSetting(
    key,
    (current) => applyEdit(current, value, since, key).row as SettingValue<K>,
    label,
  );
}
