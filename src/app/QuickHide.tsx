/**
 * Confidential mode's quick hide: Shift pressed three times (as on GOV.UK's "Exit this page"),
 * or the Hide button, swaps the whole screen for a plain "Notes" page at once, with a neutral
 * tab title and icon. The app stays mounted underneath, so nothing typed is lost; the same keys
 * or "Back" bring it back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import styles from './QuickHide.module.css';
import { useRoute, type Route } from './router';
import { NAV } from './screens';

const PRESSES = 3;
const WITHIN_MS = 1200;

export const NEUTRAL_TITLE = 'Notes';

export function useQuickHide(): { hidden: boolean; toggle: () => void } {
  const [hidden, setHidden] = useState(false);
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
    const onKey = (e: KeyboardEvent) => {
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
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [toggle]);

  useEffect(() => {
    document.documentElement.toggleAttribute('data-quick-hide', hidden);
    if (!hidden && focusBefore.current?.isConnected) focusBefore.current.focus();
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
