import { useEffect } from 'react';
import { create } from 'zustand';

/**
 * Text typed into a form and not saved yet, by key (`exit:<planId>:noticeDays`). It lives
 * outside the screens, so leaving one for another and coming back keeps it: no route change
 * drops what was typed. A reload does (the page asks first, see `useAskBeforeLeaving`).
 */
interface Drafts {
  texts: Readonly<Record<string, string>>;
  /** Keys whose text could not be saved (it reads as nothing valid): leaving the page asks. */
  unsaved: Readonly<Record<string, true>>;
  typed: (key: string, text: string) => void;
  markedUnsaved: (key: string, unsaved: boolean) => void;
  cleared: (key: string) => void;
}

export const useDrafts = create<Drafts>()((set) => ({
  texts: {},
  unsaved: {},
  typed: (key, text) => set((s) => ({ texts: { ...s.texts, [key]: text } })),
  markedUnsaved: (key, unsaved) =>
    set((s) => {
      if (Boolean(s.unsaved[key]) === unsaved) return s;
      return { unsaved: unsaved ? { ...s.unsaved, [key]: true } : without(s.unsaved, key) };
    }),
  cleared: (key) =>
    set((s) => {
      if (!(key in s.texts) && !(key in s.unsaved)) return s;
      return { texts: without(s.texts, key), unsaved: without(s.unsaved, key) };
    }),
}));

function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** While anything typed is not saved, closing or reloading the page asks first. */
export function useAskBeforeLeaving(): void {
  const anyUnsaved = useDrafts((s) => Object.keys(s.unsaved).length > 0);
  useEffect(() => {
    if (!anyUnsaved) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Safari asks only when returnValue is set as well.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [anyUnsaved]);
}

/**
 * A form field's text that outlives the screen: `stored` until the user types, then what they
 * typed, until `clear` (after saving it). Text that differs from `stored` counts as unsaved
 * (leaving the page asks) unless `keepsNothing` (a calculator's figures, nothing to save).
 */
export function useDraft(
  key: string,
  stored: string,
  options: { keepsNothing?: boolean } = {},
): [string, (text: string) => void, () => void] {
  const draft = useDrafts((s) => s.texts[key]);
  const set = (text: string) => {
    const drafts = useDrafts.getState();
    drafts.typed(key, text);
    drafts.markedUnsaved(key, !options.keepsNothing && text !== stored);
  };
  return [draft ?? stored, set, () => useDrafts.getState().cleared(key)];
}
