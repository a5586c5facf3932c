/**
 * What screens know of sync: a small store the sync engine (db/sync/, loaded only when sync is
 * on) keeps up to date. Screens never import Yjs.
 */
import { create } from 'zustand';

export type SyncPhase =
  /** Not paired on this device. */
  | 'off'
  | 'starting'
  | 'connecting'
  /** Connected, exchanging what each side lacks. */
  | 'syncing'
  | 'on'
  /** Paired, but the relay cannot be reached: edits wait here and go out when it is back. */
  | 'offline';

/** A change of this device's that another device's change replaced (both made offline). */
export interface LostEditNote {
  id: string;
  /** e.g. 'Timeline card “Fix LinkedIn”: month and place' */
  what: string;
  theirs: string;
  mine: string;
  /** Puts this device's value back (it then goes to the other devices). */
  putBack: () => Promise<void>;
}

export interface SyncState {
  phase: SyncPhase;
  lastSyncedAt: string | null;
  /** Changes from another device that could not be opened or did not pass the checks. */
  skipped: number;
  lost: LostEditNote[];
  syncReported: (update: Partial<Omit<SyncState, 'syncReported' | 'lostDismissed'>>) => void;
  lostDismissed: (id: string) => void;
}

export const useSync = create<SyncState>()((set) => ({
  phase: 'off',
  lastSyncedAt: null,
  skipped: 0,
  lost: [],
  syncReported: (update) => set(update),
  lostDismissed: (id) => set((s) => ({ lost: s.lost.filter((l) => l.id !== id) })),
}));

export function syncStatusText(phase: SyncPhase): string {
  switch (phase) {
    case 'off':
      return 'Sync: off';
    case 'starting':
    case 'connecting':
      return 'Sync: connecting…';
    case 'syncing':
      return 'Sync: syncing…';
    case 'on':
      return 'Sync: on';
    case 'offline':
      return 'Sync: offline';
  }
}
