import { useEffect, useRef, useState } from 'react';
import { agree } from '../domain/counts';
import { listed } from '../domain/quote';
import { Button } from './Button';
import styles from './ChangedElsewhere.module.css';
import type { EditSince } from './useEditSince';

/**
 * What an edit form says when its row changed while it was open (another tab, another device,
 * the toast's Undo): the fields it now shows as they are there, and, for a field the user changed too, both
 * values with a choice. Nothing while nothing changed.
 */
export function ChangedElsewhere<R>({ edit, what }: { edit: EditSince<R>; what: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [settled, setSettled] = useState(0);
  const { taken, conflicts } = edit;

  // A choice removes its buttons: focus goes to the next choice, or to the form's Save.
  useEffect(() => {
    if (settled === 0) return;
    const form = ref.current?.closest('form');
    const next =
      ref.current?.querySelector<HTMLButtonElement>('[data-choice] button') ??
      form?.querySelector<HTMLButtonElement>('button[type="submit"]');
    next?.focus();
  }, [settled]);

  // A new choice to make is brought into view (on a phone the form is taller than the screen).
  const choices = conflicts.length;
  useEffect(() => {
    if (choices > 0) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [choices]);

  if (taken.length === 0 && conflicts.length === 0) return null;
  const choose = (run: () => void) => () => {
    run();
    setSettled((n) => n + 1);
  };
  return (
    <div
      ref={ref}
      role="status"
      className={`${styles.notice} ${conflicts.length ? styles.conflict : ''}`}
    >
      <p className={styles.lead}>
        This {what} was changed while it was open here (in another tab, on another device, or by an
        undo).
      </p>
      {taken.length ? (
        <p>
          {listed(taken)} {agree(taken.length, 'shows its new value', 'show their new values')}{' '}
          below; saving keeps {agree(taken.length, 'it', 'them')}.
        </p>
      ) : null}
      {conflicts.map((c) => (
        <div
          key={c.key}
          role="group"
          aria-label={`${c.label} changed elsewhere`}
          className={styles.choice}
          data-choice=""
        >
          <p>
            <strong>{c.label}</strong>: yours is {c.mine}; it is now {c.theirs}.
          </p>
          <div className={styles.buttons}>
            <Button size="small" onClick={choose(() => edit.keepMine(c.key))}>
              Keep mine
            </Button>
            <Button size="small" onClick={choose(() => edit.useTheirs(c.key))}>
              Use the new value
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
