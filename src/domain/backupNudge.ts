/**
 * When to remind someone to make a backup: there are changes that no backup holds, and the last
 * backup (or, if there was none, the first use on this device) is at least 30 days old.
 */
export const BACKUP_NUDGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupHistory {
  /** ISO timestamps; null when unknown. */
  firstUsedAt: string | null;
  lastChangeAt: string | null;
  lastBackupAt: string | null;
  /** The user said "not now" until then. */
  snoozedUntil?: string | null;
}

const time = (iso: string | null | undefined) => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : t;
};

/** Whole days since the last backup; null when there has never been one. */
export function daysSinceBackup(lastBackupAt: string | null, now: Date): number | null {
  const t = time(lastBackupAt);
  return t === null ? null : Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
}

export function needsBackupNudge(h: BackupHistory, now: Date): boolean {
  const changed = time(h.lastChangeAt);
  if (changed === null) return false;
  const backup = time(h.lastBackupAt);
  if (backup !== null && backup >= changed) return false;
  const snooze = time(h.snoozedUntil);
  if (snooze !== null && snooze > now.getTime()) return false;
  const since = backup ?? time(h.firstUsedAt) ?? changed;
  return now.getTime() - since >= BACKUP_NUDGE_DAYS * DAY_MS;
}
