/** A new version of the app is waiting (the service worker found one): how to switch to it. */
import { create } from 'zustand';

interface AppUpdateState {
  /** Set when a new version is ready; calling it reloads into that version. */
  apply: (() => void) | null;
  updateReady: (apply: () => void) => void;
}

export const useAppUpdate = create<AppUpdateState>()((set) => ({
  apply: null,
  updateReady: (apply) => set({ apply }),
}));
