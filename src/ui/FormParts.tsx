import type { ReactNode } from 'react';
import { isUserError, messageOf } from '../domain/errors';
import { Button } from './Button';
import styles from './FormParts.module.css';

/** A message about the whole form (not one field), read out at once. */
export function FormError({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className={styles.error} role="alert">
      {children}
    </p>
  );
}

/** The row under a dialog's form: Delete (when editing) on the left, Cancel and Save on the right. */
export function FormActions({
  onCancel,
  onDelete,
  busy,
}: {
  onCancel: () => void;
  onDelete?: (() => void) | undefined;
  busy: boolean;
}) {
  return (
    <div className={styles.actions}>
      {onDelete ? (
        <Button variant="danger" onClick={onDelete} disabled={busy}>
          Delete
        </Button>
      ) : null}
      <span className={styles.spacer} />
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" disabled={busy}>
        Save
      </Button>
    </div>
  );
}

/** Where a failed write's message goes: next to its field when the form has one, else the form. */
export function errorFor<K extends string>(
  err: unknown,
  fields: readonly K[],
): Partial<Record<K | 'form', string>> {
  const field = isUserError(err) ? err.field : undefined;
  const key =
    field !== undefined && (fields as readonly string[]).includes(field) ? (field as K) : 'form';
  return { [key]: messageOf(err) } as Partial<Record<K | 'form', string>>;
}
