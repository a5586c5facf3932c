import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';

/** What an edit dialog says when its record was deleted meanwhile (perhaps in another tab). */
export function GoneDialog({
  title,
  what,
  onClose,
}: {
  title: string;
  what: string;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p role="alert">That {what} was deleted, perhaps in another tab.</p>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
