/**
 * Small preferences kept in the database's `settings` table, one row per key. Each key has a
 * default here and a schema in schema/settings.ts; add a key to both.
 */
export const SETTING_DEFAULTS = {
  /** ISO 4217 code; money is stored in whole units of it. */
  currency: 'USD',
  /** Networking calls a week to aim for (0-14); 0 turns the target and streak off. */
  weeklyCallTarget: 2,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
