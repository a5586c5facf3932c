/**
 * What the app tells the user after an action: a short-lived toast (with Undo or Redo when that
 * is possible), the undo and redo history, and the screen-reader announcer. UI-only state: none
 * of it survives a reload.
 *
 * A step is the rows one write changed (db/undo.ts): undoing it puts back only what it changed,
 * and only if nobody changed it since; otherwise the toast says why it could not.
 */
import { create } from 'zustand';
import { messageOf } from '../domain/errors';
import { around, type UndoStep } from '../db/undo';

export type { UndoStep } from '../db/undo';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** The button the toast offers: Undo after a write, Redo after an undo. */
  action: 'undo' | 'redo' | null;
  /** Already said by the announcer (a board move): shown, with Undo, but not read out again. */
  quiet?: boolean;
}

interface FeedbackState {
  toast: Toast | null;
  /** Steps that can be undone, oldest first. */
  history: UndoStep[];
  /** Steps undone that can be done again, the most recently undone last. */
  future: UndoStep[];
  announcement: { id: number; text: string };
  /** A write finished: remember how to undo it and say so (`announce: false` when it was already said). */
  written: (step: UndoStep, options?: { announce?: boolean }) => void;
  /** Something went wrong: say what, plainly (`announce: false` when it was already said). */
  failed: (message: string, options?: { announce?: boolean }) => void;
  /** Just tell the user something. */
  told: (message: string) => void;
  toastDismissed: () => void;
  /** Undo the most recent step; resolves once it is done (or refused). */
  undoRequested: () => Promise<void>;
  /** Do the most recently undone step again; resolves once it is done (or refused). */
  redoRequested: () => Promise<void>;
  announced: (text: string) => void;
}

const HISTORY_LIMIT = 50;
let counter = 0;

const toast = (message: string, tone: Toast['tone'], action: Toast['action'] = null): Toast => ({
  id: ++counter,
  message,
  tone,
  action,
});

export const useFeedback = create<FeedbackState>()((set, get) => {
  /** Take the last step of one list back and put what does it again on the other. */
  async function reverse(direction: 'undo' | 'redo'): Promise<void> {
    const undoing = direction === 'undo';
    const step = (undoing ? get().history : get().future).at(-1);
    if (!step) {
      set({ toast: toast(undoing ? 'Nothing to undo.' : 'Nothing to redo.', 'info') });
      return;
    }
    set((s) => (undoing ? { history: s.history.slice(0, -1) } : { future: s.future.slice(0, -1) }));
    try {
      const { step: back, left } = await step.revert(direction);
      const said = toast(
        `${undoing ? 'Undone' : 'Redone'}: ${step.label}${left ? `. ${left}` : ''}`,
        'info',
        undoing ? 'redo' : 'undo',
      );
      set((s) =>
        undoing
          ? { future: [...s.future, back].slice(-HISTORY_LIMIT), toast: said }
          : { history: [...s.history, back].slice(-HISTORY_LIMIT), toast: said },
      );
    } catch (e) {
      // Refused (changed since elsewhere) or failed: the step is dropped, the earlier ones stay.
      set({ toast: toast(`Could not ${direction}: ${messageOf(e)}`, 'error') });
    }
  }

  return {
    toast: null,
    history: [],
    future: [],
    announcement: { id: 0, text: '' },
    written: (step, options) =>
      set((s) => ({
        history: [...s.history, step].slice(-HISTORY_LIMIT),
        future: [], // a new change: what was undone before it can no longer be redone on top
        toast: { ...toast(step.label, 'info', 'undo'), quiet: options?.announce === false },
      })),
    failed: (message, options) =>
      set({ toast: { ...toast(message, 'error'), quiet: options?.announce === false } }),
    told: (message) => set({ toast: toast(message, 'info') }),
    toastDismissed: () => set({ toast: null }),
    undoRequested: () => reverse('undo'),
    redoRequested: () => reverse('redo'),
    announced: (text) => set({ announcement: { id: ++counter, text } }),
  };
});

export const announce = (text: string) => useFeedback.getState().announced(text);

/** The same step, also doing `then` once it is undone (a message shown about it no longer holds). */
export function thenOnUndo(step: UndoStep, then: () => void): UndoStep {
  return around(step, async (direction, run) => {
    const reverted = await run();
    if (direction === 'undo') then();
    return reverted;
  });
}
