import { useState } from 'react';
import { isUserError, messageOf } from '../../domain/errors';
import type { NumberParse } from '../../domain/money';
import { useFeedback } from '../../state/feedback';
import type { UndoStep } from '../../state/feedback';

export type FieldErrors<K extends string> = Partial<Record<K | 'form', string | undefined>>;

/**
 * A typed number reads as the stored one. Compared as read, not as typed: "300,000" over a saved
 * 300000 is no change (saving it would not change the stored row, so the form would not be drawn
 * afresh either); text that does not read at all is one.
 */
export function readsAs(typed: NumberParse, stored: number | null): boolean {
  return typed.ok && typed.value === stored;
}

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
