/**
 * Small preferences kept in the database's `settings` table, one row per key. Each key has a
 * default here and a schema in schema/settings.ts; add a key to both.
 */
export const SETTING_DEFAULTS = {
  /** ISO 4217 code; money is stored in whole units of it. */
  currency: 'USD',
  /** When the last backup file was made (or the imported backup was exported); ISO timestamp. */
  lastBackupAt: null as string | null,
  /** Show a neutral tab title and icon instead of "Pivotboard". */
  neutralTitle: false as boolean,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
