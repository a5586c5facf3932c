/**
 * A small note kept OUTSIDE IndexedDB (in localStorage) that Pivotboard has been used on this
 * device, when it last changed, and when the last backup was made. If the database comes back
 * empty while this note is there, the data was probably cleared by the browser, and the app says
 * so instead of quietly starting a new plan.
 *
 * What it cannot do: browsers that clear a whole site at once (Safari's 7-day rule, Chrome and
 * Firefox under storage pressure, "clear site data") remove this note too. See the README.
 */
const KEY = 'pivotboard:device';

export interface DeviceMarker {
  firstUsedAt: string;
  lastChangeAt: string | null;
  lastBackupAt: string | null;
  /** "Not now" on the backup reminder, until then. */
  nudgeSnoozedUntil: string | null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // blocked (some privacy settings throw on access)
  }
}

export function readMarker(): DeviceMarker | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof (value as DeviceMarker).firstUsedAt !== 'string'
    )
      return null;
    const v = value as Partial<DeviceMarker>;
    const str = (x: unknown) => (typeof x === 'string' ? x : null);
    return {
      firstUsedAt: v.firstUsedAt ?? '',
      lastChangeAt: str(v.lastChangeAt),
      lastBackupAt: str(v.lastBackupAt),
      nudgeSnoozedUntil: str(v.nudgeSnoozedUntil),
    };
  } catch {
    return null;
  }
}

function update(change: (m: DeviceMarker) => DeviceMarker, now: Date): void {
  const base = readMarker() ?? {
    firstUsedAt: now.toISOString(),
    lastChangeAt: null,
    lastBackupAt: null,
    nudgeSnoozedUntil: null,
  };
  try {
    storage()?.setItem(KEY, JSON.stringify(change(base)));
  } catch {
    // full or blocked: the note is a safety net, never a reason to fail
  }
}

/** The database holds a plan on this device. */
export const markUsed = (now = new Date()) => update((m) => m, now);
/** The user changed something (a write finished). */
export const noteChange = (now = new Date()) =>
  update((m) => ({ ...m, lastChangeAt: now.toISOString() }), now);
export const noteBackup = (at: string, now = new Date()) =>
  update((m) => ({ ...m, lastBackupAt: at }), now);
/**
 * Take back `noteBackup(at)` (an import undone): the last backup is again `previous` (null: none
 * yet). Not when another backup was noted since, which still stands.
 */
export const unnoteBackup = (at: string, previous: string | null, now = new Date()) =>
  update((m) => (m.lastBackupAt === at ? { ...m, lastBackupAt: previous } : m), now);
export const snoozeNudge = (until: Date, now = new Date()) =>
  update((m) => ({ ...m, nudgeSnoozedUntil: until.toISOString() }), now);
