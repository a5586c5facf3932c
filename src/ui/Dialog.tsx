import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import styles from './Dialog.module.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Text read after the title, e.g. what the dialog is for. */
  description?: string;
  wide?: boolean;
}

/**
 * A modal dialog: focus moves in and is kept in, Escape and the close button close it, focus
 * returns to where it was, and the rest of the page is inert while it is open. The backdrop
 * does not close it, so a stray tap never throws away what was typed.
 */
export function Dialog({ title, onClose, children, description, wide }: DialogProps) {
  const titleId = useId();
  const descId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const portal = node.closest('[data-dialog-portal]');
    // Messages (the toast, the announcer) stay live and clickable: an inert toast drawn over the
    // dialog passed taps through to the buttons under it.
    const others = [...document.body.children].filter((el) => el !== portal && !el.hasAttribute('inert') && !el.hasAttribute('data-stays-live'));
    for (const el of others) el.setAttribute('inert', '');
    const first = node.querySelector<HTMLElement>('[data-autofocus]') ?? bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? node).focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    const list = items.length ? items : [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div data-dialog-portal="">
      <div className={styles.backdrop}>
        <div
          ref={ref}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          aria-describedby={description ? descId : undefined}
          tabIndex={-1}
          className={`${styles.dialog} ${wide ? styles.wide : ''}`}
          onKeyDown={onKeyDown}
        >
          <div className={styles.header}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <button type="button" className={styles.close} aria-label="Close" onClick={() => onCloseRef.current()}>
              ×
            </button>
          </div>
          <div ref={bodyRef} className={styles.body}>
            {description ? (
              <p id={descId} className="visually-hidden">
                {description}
              </p>
            ) : null}
            {children}
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}

/**
 * The row of buttons at the end of a dialog's form. Put the destructive action first with
 * `push` on it (it sits apart, at the start); Cancel and the primary action follow.
 */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}

export const dialogPushClass = styles.push;
