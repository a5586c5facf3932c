/** Bounds of the networking fields and settings, shared by the schemas and the forms. */
export const WEEKLY_TARGET_DEFAULT = 2;
export const WEEKLY_TARGET_MIN = 0;
export const WEEKLY_TARGET_MAX = 14;

export const CHECK_IN_CHOICES = [2, 4, 6, 8, 12, 26] as const;
export const CHECK_IN_MAX_WEEKS = 52;

export const CONTACT_NAME_MAX = 120;
export const CONTACT_TEXT_MAX = 200;
export const HOW_WE_MET_MAX = 500;
export const NETWORK_NOTES_MAX = 5000;
/** The chart shows at most this many weeks (two years), the most recent ones. */
export const CHART_MAX_WEEKS = 104;

export function isWeeklyTarget(n: number): boolean {
  return Number.isInteger(n) && n >= WEEKLY_TARGET_MIN && n <= WEEKLY_TARGET_MAX;
}
