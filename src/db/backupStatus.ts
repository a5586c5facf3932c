/**
 * When the last backup was made and whether to remind the user: the time is a setting (so it
 * travels with the data), the record of changes is the device note outside IndexedDB.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { needsBackupNudge } from '../domain/backupNudge';
import { db } from './database';
import { readMarker, snoozeNudge } from './deviceMarker';

export interface BackupStatus {
  lastBackupAt: string | null;
  /** There are changes no backup holds, and the last backup is 30 days old or more. */
  nudge: boolean;
}

const SNOOZE_DAYS = 7;

export function useBackupStatus(now: Date = new Date()): {
  status: BackupStatus | undefined;
  snooze: () => void;
} {
  const [snoozes, setSnoozes] = useState(0);
  const time = now.getTime();
  const status = useLiveQuery(async () => {
    const row = await db.settings.get('lastBackupAt');
    const marker = readMarker();
    const fromDb = typeof row?.value === 'string' ? row.value : null;
    // The newer of the two: the device note also knows about backups of data since replaced.
    const lastBackupAt =
      [fromDb, marker?.lastBackupAt ?? null]
        .filter((x): x is string => Boolean(x))
        .sort()
        .at(-1) ?? null;
    const nudge = needsBackupNudge(
      {
        firstUsedAt: marker?.firstUsedAt ?? null,
        lastChangeAt: marker?.lastChangeAt ?? null,
        lastBackupAt,
        snoozedUntil: marker?.nudgeSnoozedUntil ?? null,
      },
      new Date(time),
    );
    return { lastBackupAt, nudge };
  }, [snoozes, Math.floor(time / 3_600_000)]);
  const snooze = useCallback(() => {
    snoozeNudge(new Date(Date.now() + SNOOZE_DAYS * 24 * 3_600_000));
    setSnoozes((n) => n + 1);
  }, []);
  return { status, snooze };
}
