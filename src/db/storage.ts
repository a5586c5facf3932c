/**
 * How safe the data is on this device: whether the browser has promised to keep it
 * (persistent storage), and how much space it uses. Browsers without the Storage API answer null.
 */
import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  /** true: kept until the user deletes it; false: the browser may clear it; null: unknown. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const manager = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

export async function readStorageStatus(): Promise<StorageStatus> {
  const m = manager();
  const [persisted, estimate] = await Promise.all([
    m?.persisted ? m.persisted().catch(() => null) : Promise.resolve(null),
    m?.estimate ? m.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Ask the browser to keep the data. Resolves to whether it now will (null: no such API). */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const m = manager();
  if (!m?.persist) return null;
  try {
    if (m.persisted && (await m.persisted())) return true;
    return await m.persist();
  } catch {
    return false;
  }
}

let asked = false;
/** At the first real save of a session: ask once, quietly. */
export function requestPersistenceOnce(): void {
  if (asked) return;
  asked = true;
  void requestPersistentStorage();
}

/** Storage status for Settings; `undefined` while it is being read. */
export function useStorageStatus(): { status: StorageStatus | undefined; refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  return { status, refresh };
}
