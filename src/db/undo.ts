/**
 * Undo and redo, written once for every write: a step is the rows one write changed (recorded by
 * db/recorder.ts), and taking it back puts back only the fields it changed, and only while nobody
 * changed them since (domain/rowChanges.ts `planRevert`). Taking a step back is itself a recorded
 * write, so its record is the step that does it again (redo), and so on.
 *
 * - An ordinary step goes back whole or not at all: if one of its rows changed since, nothing is
 *   written and the refusal names that row and says why.
 * - A "partial" step (an import: thousands of rows) puts back every row it can and leaves the
 *   rows changed since as they are, saying which.
 */
import type { RowChange } from './changes';

/** Taking a step back: loaded the first time one is (it is not needed to write). */
const reverting = () => import('./undoRevert');

export type Direction = 'undo' | 'redo';

export interface UndoStep {
  /** What was done, for the toast: "Moved “Fix LinkedIn” to Month 3". */
  label: string;
  /**
   * Take the step back ('undo'), or do an undone step again ('redo': the step an undo returned),
   * as far as nothing changed since. Resolves to the step that reverses this one; throws a
   * `UserError` saying why when it refuses.
   */
  revert: (direction?: Direction) => Promise<Reverted>;
}

export interface Reverted {
  step: UndoStep;
  /** What was left as it is (a partial step's rows changed since), in a sentence. */
  left?: string;
}

/** The step for what a write recorded. `partial` for a step that may go back in part (an import). */
export function recordedStep(
  label: string,
  changes: readonly RowChange[],
  partial = false,
): UndoStep {
  return {
    label,
    revert: async (direction = 'undo') => {
      const { revertChanges, leftAsTheyAre } = await reverting();
      const { changes: done, skipped } = await revertChanges(changes, direction, partial);
      const step = recordedStep(label, done, partial);
      return skipped.length ? { step, left: leftAsTheyAre(skipped) } : { step };
    },
  };
}

/**
 * The same step, with `wrap` around every time it is taken back or done again (and around the
 * steps those return): for what lives outside the database, like a note on this device or a
 * message that no longer holds. `wrap` must call `run` once and return what it returns.
 */
export function around(
  step: UndoStep,
  wrap: (direction: Direction, run: () => Promise<Reverted>) => Promise<Reverted>,
): UndoStep {
  return {
    label: step.label,
    revert: async (direction = 'undo') => {
      const reverted = await wrap(direction, () => step.revert(direction));
      return { ...reverted, step: around(reverted.step, wrap) };
    },
  };
}
