import { useState } from 'react';
import { isUserError, messageOf } from '../../domain/errors';
import { useFeedback } from '../../state/feedback';
import type { UndoStep } from '../../state/feedback';

export type FieldErrors<K extends string> = Partial<Record<K | 'form', string | undefined>>;

/**
 * A section form's errors and saving: check the typed values first (messages by the fields, no
 * write), then write; a refusal from the write lands by its field too. Nothing changes on error.
 */
export function useSave<K extends string>(fields: readonly K[]) {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [busy, setBusy] = useState(false);
  const written = useFeedback((s) => s.written);

  async function save(found: FieldErrors<K>, write: () => Promise<UndoStep>): Promise<boolean> {
    if (busy) return false;
    if (Object.values(found).some(Boolean)) {
      setErrors(found);
      return false;
    }
    setErrors({});
    setBusy(true);
    try {
      written(await write());
      return true;
    } catch (e) {
      const field = isUserError(e) ? e.field : undefined;
      const key = field && (fields as readonly string[]).includes(field) ? (field as K) : 'form';
      setErrors({ [key]: messageOf(e) } as FieldErrors<K>);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const clear = (key: K) => {
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  /** Props for a text input whose error clears as soon as it is edited. */
  const bind = (key: K, value: string, set: (value: string) => void) => ({
    value,
    error: errors[key],
    onChange: (e: { target: { value: string } }) => {
      set(e.target.value);
      clear(key);
    },
  });

  return { errors, busy, save, clear, bind };
}
