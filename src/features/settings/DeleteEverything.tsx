import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { deleteEverything } from '../../db/wipe';
import { messageOf } from '../../domain/errors';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/Field';
import styles from './DeleteEverything.module.css';
import settings from './Settings.module.css';

const CONFIRM_WORD = 'DELETE';

/**
 * After everything is deleted: reload at the start page, without the current route, so the app
 * opens as on a first visit (an empty database and no device note: it sets up a new plan).
 */
function startOver(): void {
  // "?deleted": the fresh page says that everything was deleted (app/App.tsx, useSayDeleted).
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${window.location.search}#/?deleted`,
  );
  window.location.reload();
}

/**
 * The Export backup button of the Backups section on this screen (BackupSection). Its form also
 * offers the passphrase, which matters on a shared computer, so the dialog sends people there
 * rather than downloading a plain file itself.
 */
const exportButton = () =>
  document.querySelector<HTMLElement>(
    'section[aria-labelledby="backup-settings"] form button[type="submit"]',
  );

/**
 * Delete every trace of Pivotboard from this browser, for a shared or borrowed computer. Asks
 * first, offers a backup, and wants DELETE typed, so it never happens by a slip.
 */
export function DeleteEverything({ onDeleted = startOver }: { onDeleted?: () => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  /** Another tab holds the data: the request waits in the browser (see db/wipe.ts). */
  const [waiting, setWaiting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const backupTextId = useId();
  /** Focus goes to Export backup once the dialog is gone (the page behind it is inert until then). */
  const toExport = useRef(false);

  useEffect(() => {
    if (open || !toExport.current) return;
    toExport.current = false;
    const button = exportButton();
    button?.scrollIntoView?.({ block: 'center' });
    button?.focus();
  }, [open]);

  function show() {
    setTyped('');
    setFieldError(undefined);
    setProblem(undefined);
    setWaiting(false);
    setOpen(true);
  }

  // Nothing to call back while the browser is deleting (a moment): Cancel and Escape wait.
  const close = () => {
    if (!deleting) setOpen(false);
  };

  function exportFirst() {
    if (deleting) return;
    toExport.current = true;
    setOpen(false);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (deleting) return;
    // Any case: a phone's keyboard often types "Delete", and either way it was typed on purpose.
    if (typed.trim().toUpperCase() !== CONFIRM_WORD) {
      setFieldError(
        `Type ${CONFIRM_WORD} in this box to delete everything. Nothing has been deleted.`,
      );
      formRef.current?.querySelector<HTMLInputElement>('input[name="confirm"]')?.focus();
      return;
    }
    setFieldError(undefined);
    setProblem(undefined);
    setDeleting(true);
    try {
      await deleteEverything({
        onBlocked: (message) => {
          setDeleting(false);
          setWaiting(true);
          setProblem(message);
        },
      });
    } catch (err) {
      setDeleting(false);
      setWaiting(false);
      setProblem(messageOf(err));
      return;
    }
    // Also when it went ahead late, after the other tabs closed: the data is gone either way.
    onDeleted();
  }

  return (
    <section className={settings.section} aria-labelledby="delete-everything">
      <h2 id="delete-everything">Delete everything on this device</h2>
      <p className={settings.lead}>
        This deletes every plan, card, call, contact, opportunity and setting that Pivotboard has
        stored in this browser. Pivotboard keeps nothing anywhere else, so without a backup file it
        cannot be brought back.
      </p>
      <p className={styles.note}>
        Backup and calendar files you downloaded are not touched: on a shared computer, delete them
        from the downloads folder too.
      </p>
      <Button variant="danger" onClick={show}>
        Delete everything…
      </Button>
      {open ? (
        <Dialog
          title="Delete everything on this device?"
          description="Everything Pivotboard stored in this browser will be deleted, and it cannot be brought back without a backup file."
          onClose={close}
          confirmDiscard={false}
        >
          <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate>
            <p className={styles.text}>
              Every plan, card, call, contact, opportunity and setting Pivotboard stored in this
              browser will be deleted. Nothing is kept anywhere else.
            </p>
            <div className={styles.backup}>
              <p id={backupTextId} className={styles.text}>
                Want to keep a copy? Export a backup first; you can protect it with a passphrase.
              </p>
              <Button onClick={exportFirst} aria-describedby={backupTextId}>
                Export backup first
              </Button>
            </div>
            <FormError message={problem} />
            {waiting ? (
              <p className={styles.text}>
                Your browser keeps the request: once Pivotboard is closed in the other tabs, it
                deletes everything and this page starts over.
              </p>
            ) : null}
            <TextField
              name="confirm"
              label={`Type ${CONFIRM_WORD} to confirm`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              error={fieldError}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
            />
            {deleting ? (
              <p className={styles.status} role="status">
                Deleting…
              </p>
            ) : null}
            <DialogActions>
              <Button onClick={close} aria-disabled={deleting || undefined}>
                Cancel
              </Button>
              {/* Not `disabled` while deleting: a disabled button loses focus to the page. */}
              <Button type="submit" variant="danger" aria-disabled={deleting || undefined}>
                Delete everything
              </Button>
            </DialogActions>
          </form>
        </Dialog>
      ) : null}
    </section>
  );
}
