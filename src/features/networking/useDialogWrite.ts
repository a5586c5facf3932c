import { useState } from 'react';
import { useFeedback, type UndoStep } from '../../state/feedback';
import { errorFor } from '../../ui/FormParts';

export type FormErrors<K extends string> = Partial<Record<K | 'form', string>>;

/**
 * A dialog's writes: busy while one runs; when it succeeds, the toast with Undo and the dialog
 * closes; when it fails, the message goes next to its field (or above the form) and the dialog stays.
 */
export function useDialogWrite<K extends string>(fields: readonly K[], onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<K>>({});
  async function run(write: () => Promise<UndoStep>) {
    if (busy) return;
    setBusy(true);
    try {
      useFeedback.getState().written(await write());
      onDone();
    } catch (err) {
      setErrors(errorFor(err, fields));
      setBusy(false);
    }
  }
  return { busy, errors, setErrors, run };
}
