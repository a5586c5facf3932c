import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from './Button';
import styles from './Dialog.module.css';
import { isFocusLost, touchFirst } from './keyboard';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Text read after the title, e.g. what the dialog is for. */
  description?: string;
  /** Show the description as the dialog's first line (it is only read out otherwise). */
  descriptionShown?: boolean;
  wide?: boolean;
  /** Ask before Escape or × close it once something was typed (off where nothing typed is kept, e.g. a passphrase). */
  confirmDiscard?: boolean;
}

/**
 * A modal dialog: focus moves in and is kept in, Escape and the close button close it, focus
 * returns to where it was, and the rest of the page is inert while it is open. The backdrop
 * does not close it, so a stray tap never throws away what was typed; nor do Escape and the
 * close button once something was typed: they ask first (Cancel is a clear choice and does not).
 */
export function Dialog({
  title,
  onClose,
  children,
  description,
  descriptionShown = false,
  wide,
  confirmDiscard = true,
}: DialogProps) {
  const titleId = useId();
  const descId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  const promptId = useId();
  const typed = useRef(false);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  /** Where focus was when the question was asked, to go back to on "Keep editing". */
  const beforeAsking = useRef<HTMLElement | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  /** Where the address was going when the question was asked (Back pressed with text typed). */
  const leavingTo = useRef<string | null>(null);

  function requestClose() {
    if (!typed.current || !confirmDiscard) return onCloseRef.current();
    beforeAsking.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAskingToDiscard(true);
  }
  function discard() {
    const to = leavingTo.current;
    onCloseRef.current();
    if (to !== null) window.location.hash = to;
  }

  // Another screen while something is typed here (Back on a phone, a link followed from
  // elsewhere): the screen, and this dialog with it, would go, and the text with them. The
  // address goes back and the same question is asked; Discard then goes on to that screen.
  useEffect(() => {
    if (!confirmDiscard) return;
    const onHashChange = (e: HashChangeEvent) => {
      if (!typed.current) return;
      // Before the app's own listener, which would show the other screen.
      e.stopImmediatePropagation();
      leavingTo.current = new URL(e.newURL).hash;
      history.replaceState(history.state, '', e.oldURL);
      requestClose();
    };
    window.addEventListener('hashchange', onHashChange, { capture: true });
    return () => window.removeEventListener('hashchange', onHashChange, { capture: true });
    // requestClose reads refs only; the listener is set once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [confirmDiscard]);
  function keepEditing() {
    leavingTo.current = null;
    setAskingToDiscard(false);
    const back = beforeAsking.current;
    (back?.isConnected ? back : ref.current)?.focus();
  }
  // A failed Save focuses the first field in error (scrolled into view): the page-wide helper
  // comes a few seconds after the first screen, and a Save tapped before it did nothing to see on
  // a phone, the message being above, off the screen.
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let uninstall: (() => void) | null = null;
    let closed = false;
    void import('./focusFirstError').then((m) => {
      if (!closed) uninstall = m.focusFirstErrorOnSubmit(node);
    });
    return () => {
      closed = true;
      uninstall?.();
    };
  }, []);

  useEffect(() => {
    if (!askingToDiscard) return;
    keepRef.current?.scrollIntoView?.({ block: 'nearest' });
    keepRef.current?.focus();
  }, [askingToDiscard]);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const previous =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    // If what opened the dialog is gone when it closes (a deleted card, a reminder done), focus
    // goes to the nearest part of the page still there rather than to the top of the document.
    const around: Element[] = [];
    for (let el = previous?.parentElement; el && el !== document.body; el = el.parentElement)
      around.push(el);
    const markTyped = () => void (typed.current = true);
    node.addEventListener('input', markTyped);
    const portal = node.closest('[data-dialog-portal]');
    // Messages (the toast, the announcer) stay live and clickable: an inert toast drawn over the
    // dialog passed taps through to the buttons under it.
    const others = [...document.body.children].filter(
      (el) => el !== portal && !el.hasAttribute('inert') && !el.hasAttribute('data-stays-live'),
    );
    for (const el of others) el.setAttribute('inert', '');
    const first =
      node.querySelector<HTMLElement>('[data-autofocus]') ??
      bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    // On a touch screen, focusing a text field brings up the keyboard over half the dialog (and
    // shows a long title scrolled to its end): the dialog itself takes the focus there, and a tap
    // on a field starts typing.
    (first && !(typesText(first) && touchFirst()) ? first : node).focus();
    return () => {
      node.removeEventListener('input', markTyped);
      for (const el of others) el.removeAttribute('inert');
      // After the dialog's own focus changes (and React's removal of what it deleted).
      queueMicrotask(() => focusNear(previous, around));
    };
  }, []);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (askingToDiscard) keepEditing();
      else requestClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
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
            <button
              type="button"
              className={styles.close}
              aria-label="Close"
              onClick={requestClose}
            >
              ×
            </button>
          </div>
          {askingToDiscard ? (
            <div className={styles.discard} role="group" aria-labelledby={promptId}>
              <p id={promptId} className={styles.discardText}>
                Close without saving what you typed?
              </p>
              <div className={styles.discardActions}>
                <Button ref={keepRef} variant="primary" onClick={keepEditing}>
                  Keep editing
                </Button>
                <Button variant="danger" onClick={discard}>
                  Discard
                </Button>
              </div>
            </div>
          ) : null}
          <div ref={bodyRef} className={styles.body}>
            {description ? (
              <p id={descId} className={descriptionShown ? styles.description : 'visually-hidden'}>
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

/**
 * Focus `previous` if it is still on the page; else the first control in the nearest of its
 * old surroundings still there; else the page's main region. Not when focus already went
 * somewhere on purpose (a closing dialog's caller may have moved it).
 */
function focusNear(previous: HTMLElement | null, around: readonly Element[]) {
  const active = document.activeElement;
  if (active && active !== document.body && !active.closest('[data-dialog-portal]')) return;
  if (previous?.isConnected) {
    previous.focus();
    // A deleted row's control is still there for a moment, until the list reads the change:
    // if it goes while it has the focus, the focus moves on to what is near it.
    const watch = new MutationObserver(() => {
      if (previous.isConnected) return;
      watch.disconnect();
      if (isFocusLost()) focusNear(null, around);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => watch.disconnect(), 2000);
    return;
  }
  for (const el of around) {
    if (!el.isConnected) continue;
    // A button or link, not a field: landing in a search box, Ctrl+Z would undo its text, not the deletion.
    const target = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
      (c) => !c.closest('[inert]') && !c.matches('input, textarea, select'),
    );
    if (target) return target.focus();
  }
  document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
}

/** A field that shows the on-screen keyboard when focused. */
function typesText(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
    el.type,
  );
}
