import { Button } from './Button';
import styles from './DialogActions.module.css';

export interface DialogActionsProps {
  onCancel: () => void;
  /** Shown (on the left) when editing something that exists. */
  onDelete?: (() => void) | undefined;
  busy?: boolean;
  submitLabel?: string;
}

/** The row at the foot of a form dialog: Delete on the left when there is something to delete, then Cancel and Save. */
export function DialogActions({ onCancel, onDelete, busy = false, submitLabel = 'Save' }: DialogActionsProps) {
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
        {submitLabel}
      </Button>
    </div>
  );
}

/** A form-level message (not about one field), read out at once. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className={styles.formError} role="alert">
      {message}
    </p>
  ) : null;
}
