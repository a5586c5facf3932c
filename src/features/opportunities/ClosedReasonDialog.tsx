import { useState, type FormEvent } from 'react';
import type { ClosedReason } from '../../domain/opportunity';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { ReasonChoice } from './ReasonChoice';
import styles from './Opportunities.module.css';

/** Asked when a card is dropped on Closed: the board waits for the answer. */
export function ClosedReasonDialog({
  name,
  onDone,
}: {
  name: string;
  onDone: (reason: ClosedReason | null) => void;
}) {
  const [reason, setReason] = useState<ClosedReason | ''>('');
  const [error, setError] = useState<string | undefined>();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!reason) {
      setError('Pick why it closed: declined, rejected or withdrawn.');
      return;
    }
    onDone(reason);
  }

  return (
    <Dialog title="Why did it close?" description={`Closing ${name}.`} onClose={() => onDone(null)}>
      <form onSubmit={onSubmit} noValidate>
        <p className={styles.dialogLead}>{name}</p>
        <ReasonChoice
          value={reason}
          onChange={(r) => {
            setReason(r);
            setError(undefined);
          }}
          error={error}
        />
        <DialogActions>
          <Button onClick={() => onDone(null)}>Cancel</Button>
          <Button type="submit" variant="primary">
            Close it
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
