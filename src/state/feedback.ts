/**
 * What the app tells the user after an action: a short-lived toast (with Undo when the action
 * can be undone), the undo history, and the screen-reader announcer. UI-only state: none of it
 * survives a reload.
 */
import { create } from 'zustand';

export interface UndoStep {
  label: string;
  undo: () => Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  canUndo: boolean;
  /** Already said by the announcer (a board move): shown, with Undo, but not read out again. */
  quiet?: boolean;
}

interface FeedbackState {
  toast: Toast | null;
  history: UndoStep[];
  announcement: { id: number; text: string };
  /** A write finished: remember how to undo it and say so (`announce: false` when it was already said). */
  written: (step: UndoStep, options?: { announce?: boolean }) => void;
  /** Something went wrong: say what, plainly (`announce: false` when it was already said). */
  failed: (message: string, options?: { announce?: boolean }) => void;
  /** Just tell the user something. */
  told: (message: string) => void;
  toastDismissed: () => void;
  /** Undo the most recent step; resolves once it is done. */
  undoRequested: () => Promise<void>;
  announced: (text: string) => void;
}

const HISTORY_LIMIT = 50;
let counter = 0;

export const useFeedback = create<FeedbackState>()((set, get) => ({
  toast: null,
  history: [],
  announcement: { id: 0, text: '' },
  written: (step, options) =>
    set((s) => ({
      history: [...s.history, step].slice(-HISTORY_LIMIT),
      toast: {
        id: ++counter,
        message: step.label,
        tone: 'info',
        canUndo: true,
        quiet: options?.announce === false,
      },
    })),
  failed: (message, options) =>
    set({
      toast: {
        id: ++counter,
        message,
        tone: 'error',
        canUndo: false,
        quiet: options?.announce === false,
      },
    }),
  told: (message) => set({ toast: { id: ++counter, message, tone: 'info', canUndo: false } }),
  toastDismissed: () => set({ toast: null }),
  undoRequested: async () => {
    const step = get().history.at(-1);
    if (!step) {
      set({ toast: { id: ++counter, message: 'Nothing to undo.', tone: 'info', canUndo: false } });
      return;
    }
    set((s) => ({ history: s.history.slice(0, -1) }));
    try {
      await step.undo();
      set({
        toast: { id: ++counter, message: `Undone: ${step.label}`, tone: 'info', canUndo: false },
      });
    } catch (e) {
      set({
        toast: {
          id: ++counter,
          message: `Could not undo: ${e instanceof Error ? e.message : String(e)}`,
          tone: 'error',
          canUndo: false,
        },
      });
    }
  },
  announced: (text) => set({ announcement: { id: ++counter, text } }),
}));

export const announce = (text: string) => useFeedback.getState().announced(text);

/** The same step, also doing `then` once it is undone (a message shown about it no longer holds). */
export function thenOnUndo(step: UndoStep, then: () => void): UndoStep {
  return {
    label: step.label,
    undo: async () => {
      await step.undo();
      then();
    },
  };
}
