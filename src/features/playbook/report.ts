import { messageOf } from '../../domain/errors';
import { useFeedback, type UndoStep } from '../../state/feedback';

/** Run a write and say how it went: its label with Undo, or what went wrong. */
export async function report(write: () => Promise<UndoStep>): Promise<boolean> {
  try {
    useFeedback.getState().written(await write());
    return true;
  } catch (e) {
    useFeedback.getState().failed(messageOf(e));
    return false;
  }
}
