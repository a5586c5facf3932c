/**
 * The parts every editing dialog repeats: the form-level error, Delete / Cancel / Save in the
 * dialog's action row, and running a write while the buttons wait (its undo step goes to the toast).
 */
import { useState } from 'react';
import { isUserError, messageOf } from '../domain/errors';
import { useFeedback, type UndoStep } from '../state/feedback';
import { Button } from './Button';
import { DialogActions, dialogPushClass } from './Dialog';

export { FormError } from './FormError';

/** Delete (when editing, set apart), Cancel and Save, for a dialog whose form submits on Save. */
export function SaveActions({
  busy,
  onCancel,
  onDelete,
}: {
  busy: boolean;
  onCancel: () => void;
  onDelete?: (() => void) | undefined;
}) {
  return (
    <DialogActions>
      {onDelete ? (
        <Button variant="danger" className={dialogPushClass} onClick={onDelete} disabled={busy}>
          Delete
        </Button>
      ) : null}
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" disabled={busy}>
        Save
      </Button>
    </DialogActions>
  );
}

/**
 * Run a dialog's write once at a time: on success the step is announced with Undo and the
 * dialog closes; on failure `onError` gets the error and the buttons work again.
 */
export function useDialogWrite(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  async function run(
    write: () => Promise<UndoStep>,
    onError: (error: unknown, message: string) => void,
  ) {
    if (busy) return;
    setBusy(true);
    try {
      useFeedback.getState().written(await write());
      onClose();
    } catch (e) {
      onError(e, messageOf(e));
      setBusy(false);
    }
  }
  return { busy, run };
}

/** Where a failed write's message goes: next to its field when the form has one, else above the form. */
export function errorFor<K extends string>(
  err: unknown,
  fields: readonly K[],
): Partial<Record<K | 'form', string>> {
  const field = isUserError(err) ? err.field : undefined;
  const key =
    field !== undefined && (fields as readonly string[]).includes(field) ? (field as K) : 'form';
  return { [key]: messageOf(err) } as Partial<Record<K | 'form', string>>;
}
