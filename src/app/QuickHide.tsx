/**
 * Confidential mode's quick hide: Shift pressed three times (as on GOV.UK's "Exit this page"),
 * or the Hide button, swaps the whole screen for a plain "Notes" page at once, with a neutral
 * tab title and icon. The app stays mounted underneath, so nothing typed is lost; the same keys
 * or "Back" bring it back.
 *
 * While hidden the app is inert: every other part of the page is `inert` (no focus, no clicks,
 * nothing read out), and no key reaches it (no Ctrl+Z undoing unseen, no Alt+Shift+L opening a
 * dialog behind the notes page), only the Shift presses that bring it back.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import styles from './QuickHide.module.css';
import { useRoute, type Route } from './router';
import { NAV } from './screens';

const PRESSES = 3;
const WITHIN_MS = 1200;

export const NEUTRAL_TITLE = 'Notes';

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** Everything on the page but the notes page is inert, what is added while hidden too. */
function makeInert(): () => void {
  const skip = (el: Element) => el.hasAttribute('data-neutral-screen') || el.tagName === 'SCRIPT';
  const made: HTMLElement[] = [];
  const inert = (el: Element) => {
    if (el instanceof HTMLElement && !skip(el) && !el.inert) {
      el.inert = true;
      made.push(el);
    }
  };
  for (const el of document.body.children) inert(el);
  const observer = new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes) if (node instanceof Element) inert(node);
  });
  observer.observe(document.body, { childList: true });
  return () => {
    observer.disconnect();
    for (const el of made) el.inert = false;
  };
}

export function useQuickHide(): { hidden: boolean; toggle: () => void } {
  const [hidden, setHidden] = useState(false);
  const hiddenNow = useRef(false);
  const focusBefore = useRef<HTMLElement | null>(null);

  const toggle = useCallback(() => {
    setHidden((h) => {
      if (!h)
        focusBefore.current =
          document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return !h;
    });
  }, []);

  useEffect(() => {
    let presses: number[] = [];
    const count = (e: KeyboardEvent) => {
      if (e.key !== 'Shift' || e.repeat || e.ctrlKey || e.altKey || e.metaKey) {
        presses = [];
        return;
      }
      const now = performance.now();
      presses = [...presses.filter((t) => now - t < WITHIN_MS), now];
      if (presses.length >= PRESSES) {
        presses = [];
        toggle();
      }
    };
    // On the window, capturing: it runs before any other key handler of the page can.
    const onKey = (e: KeyboardEvent) => {
      const wasHidden = hiddenNow.current;
      if (e.type === 'keydown') count(e);
      // Keys keep their browser defaults (Tab, Enter on Back); the app hears none of them.
      if (wasHidden) e.stopImmediatePropagation();
    };
    for (const type of KEY_EVENTS) window.addEventListener(type, onKey, true);
    return () => {
      for (const type of KEY_EVENTS) window.removeEventListener(type, onKey, true);
    };
  }, [toggle]);

  useLayoutEffect(() => {
    hiddenNow.current = hidden;
    document.documentElement.toggleAttribute('data-quick-hide', hidden);
    if (hidden) return makeInert();
    if (focusBefore.current?.isConnected) focusBefore.current.focus();
    return undefined;
  }, [hidden]);

  return { hidden, toggle };
}

/** "Timeline · Pivotboard": the screen first, so a narrow tab or the history list still tells them apart. */
export function screenTitle(route: Route): string {
  const label = NAV.find((n) => n.route === route)?.label;
  return label ? `${label} · Pivotboard` : 'Pivotboard';
}

/**
 * The tab's title and icon: neutral while hidden, or always when the user asked for it; else
 * the title names the screen in the address. The neutral title wins on every screen, so moving
 * between screens (the browser's Back button, while hidden) never shows a screen's name.
 */
export function useTabIdentity(neutral: boolean): void {
  const route = useRoute();
  useEffect(() => {
    document.title = neutral ? NEUTRAL_TITLE : screenTitle(route);
  }, [neutral, route]);
  useEffect(() => {
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (icon) icon.href = neutral ? '/neutral.svg' : '/favicon.svg';
  }, [neutral]);
}

export function NeutralScreen({ onBack }: { onBack: () => void }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return createPortal(
    <div className={styles.screen} data-neutral-screen="">
      <main className={styles.page}>
        <h1 ref={ref} tabIndex={-1}>
          {NEUTRAL_TITLE}
        </h1>
        <p className={styles.empty}>No notes yet.</p>
        <button type="button" className={styles.back} onClick={onBack}>
          Back
        </button>
      </main>
    </div>,
    document.body,
  );
}
