import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../domain/errors';
import type { ExitPlanPatch } from '../../domain/schema/exitPlan';
import { useDrafts } from '../../state/drafts';
import { useFeedback, type UndoStep } from '../../state/feedback';

export type FieldValue = string | number | null;
export type Read = { ok: true; value: FieldValue } | { ok: false; message: string };

export interface FieldRule {
  /** The stored value as the field shows it. */
  shown: string;
  /** The stored value: a typed value equal to it is no change. */
  stored: FieldValue;
  /** What the typed text is, or why it cannot be stored. */
  read: (text: string) => Read;
  /** The exit plan fields that store `value`. */
  patch: (value: FieldValue) => ExitPlanPatch;
  /** What the message after saving says ("Notice period: 120 days"). */
  saved: (value: FieldValue) => string;
}

export type Write = (patch: ExitPlanPatch, label: string) => Promise<UndoStep>;

/**
 * A section of the exit plan whose text fields save as they are entered: each field is written
 * when it is left (Tab, a click elsewhere, Enter, another screen), one write per change, with
 * Undo in the message that follows. What is typed lives in the drafts store until it is saved,
 * so a route change keeps it; text that cannot be stored keeps its place and says why, and the
 * page asks before a reload would drop it. The section's Save button saves every field at once.
 */
export function useSavedAsTyped<K extends string>(
  scope: string,
  rules: Record<K, FieldRule>,
  write: Write,
) {
  const texts = useDrafts((s) => s.texts);
  const [focused, setFocused] = useState<K | null>(null);
  const [writeErrors, setWriteErrors] = useState<Partial<Record<K, string>>>({});
  const latest = useRef({ rules, write, focused, mounted: true });
  latest.current = { rules, write, focused, mounted: true };
  const keys = Object.keys(rules) as K[];
  const draftKey = (k: K) => `${scope}:${k}`;

  async function commit(k: K): Promise<void> {
    const drafts = useDrafts.getState();
    const key = draftKey(k);
    const text = drafts.texts[key];
    if (text === undefined) return;
    const rule = latest.current.rules[k];
    const read = rule.read(text);
    if (!read.ok || read.value === rule.stored) return;
    try {
      useFeedback
        .getState()
        .written(await latest.current.write(rule.patch(read.value), rule.saved(read.value)));
      // Shown until the stored value catches up (see below); gone at once if no one shows it.
      if (!latest.current.mounted && useDrafts.getState().texts[key] === text) drafts.cleared(key);
    } catch (e) {
      setWriteErrors((w) => ({ ...w, [k]: messageOf(e) }));
      drafts.markedUnsaved(key, true);
    }
  }

  // A draft that reads as what is stored is done with (saved here, or elsewhere): the field
  // shows the stored value again. One that does not is unsaved: leaving the page asks.
  useEffect(() => {
    const drafts = useDrafts.getState();
    for (const k of keys) {
      const text = texts[draftKey(k)];
      if (text === undefined) continue;
      const read = rules[k].read(text);
      const same = read.ok && read.value === rules[k].stored;
      if (same && focused !== k) drafts.cleared(draftKey(k));
      else drafts.markedUnsaved(draftKey(k), !same);
    }
  });

  // Leaving the screen saves what can be saved; the rest stays for when the user comes back.
  useEffect(() => {
    latest.current.mounted = true;
    return () => {
      latest.current.mounted = false;
      for (const k of Object.keys(latest.current.rules) as K[]) void commit(k);
    };
    // Once, on unmount: commit reads the latest rules through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function errorOf(k: K): string | undefined {
    if (writeErrors[k]) return writeErrors[k];
    const text = texts[draftKey(k)];
    if (text === undefined || focused === k) return undefined;
    const read = rules[k].read(text);
    return read.ok ? undefined : read.message;
  }

  /** Props for the field's input. */
  const field = (k: K) => ({
    value: texts[draftKey(k)] ?? rules[k].shown,
    error: errorOf(k),
    onChange: (e: { target: { value: string } }) => {
      useDrafts.getState().typed(draftKey(k), e.target.value);
      if (writeErrors[k]) setWriteErrors((w) => ({ ...w, [k]: undefined }));
    },
    onFocus: () => setFocused(k),
    onBlur: () => {
      setFocused(null);
      void commit(k);
    },
  });

  /** Every field's typed value in one write (the section's Save button, or Enter). */
  async function saveAll(label: string): Promise<void> {
    setFocused(null);
    const patch: ExitPlanPatch = {};
    let invalid = false;
    for (const k of keys) {
      const text = texts[draftKey(k)];
      if (text === undefined) continue;
      const read = rules[k].read(text);
      if (!read.ok) invalid = true;
      else if (read.value !== rules[k].stored) mergePatch(patch, rules[k].patch(read.value));
    }
    if (invalid) return;
    if (Object.keys(patch).length === 0) {
      useFeedback.getState().told('Everything here is saved.');
      return;
    }
    await saveNow(write, patch, label);
  }

  const unsaved = keys.filter((k) => errorOf(k) !== undefined);
  return { field, saveAll, unsaved };
}

/** One write now (a checkbox), its message with Undo, or why it failed. False when it failed. */
export async function saveNow(write: Write, patch: ExitPlanPatch, label: string): Promise<boolean> {
  try {
    useFeedback.getState().written(await write(patch, label));
    return true;
  } catch (e) {
    useFeedback.getState().failed(messageOf(e));
    return false;
  }
}

function mergePatch(into: ExitPlanPatch, patch: ExitPlanPatch): void {
  const { expenses, ...rest } = patch;
  Object.assign(into, rest);
  if (expenses) into.expenses = { ...into.expenses, ...expenses };
}
