/**
 * Which call dialog is open. The dialog lives in the app shell (the `Log a call` button is on
 * every screen), and screens open it from here: to log a call, maybe with someone already
 * picked, or the call a follow-up led to, or to edit one.
 */
import { create } from 'zustand';

export type CallDialogRequest =
  | { mode: 'log'; contactId?: string | undefined; followUpOf?: string | undefined }
  | { mode: 'edit'; callId: string };

interface CallDialogState {
  request: CallDialogRequest | null;
  /** Changes on every opening, so a reopened dialog starts fresh. */
  openings: number;
  opened: (request: CallDialogRequest) => void;
  closed: () => void;
}

export const useCallDialog = create<CallDialogState>()((set) => ({
  request: null,
  openings: 0,
  opened: (request) => set((s) => ({ request, openings: s.openings + 1 })),
  closed: () => set({ request: null }),
}));

export const openCallDialog = (request: CallDialogRequest) =>
  useCallDialog.getState().opened(request);
