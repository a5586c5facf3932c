/** Inputs that take no typing: a shortcut (Ctrl+Z) still works with one of them focused. */
const NOT_TYPED = new Set([
  'checkbox',
  'radio',
  'file',
  'button',
  'submit',
  'reset',
  'range',
  'color',
]);

/** Where typing goes: a shortcut must not fire while the user types here. */
export function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement) return !NOT_TYPED.has(el.type);
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/** A modal dialog is open: page-wide shortcuts wait until it closes. */
export function isModalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

/**
 * The history shortcut a key press asks for: Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y
 * redo. Null for anything else.
 */
export function historyKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.metaKey && !e.shiftKey) return 'redo';
  return null;
}

export const isApplePlatform = (): boolean =>
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The device is used by touch: no hover, a coarse pointer (a phone, a tablet). */
export const touchFirst = (): boolean =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(hover: none) and (pointer: coarse)').matches;

/** No control has the focus: what had it was removed (or disabled), and the page holds it. */
export function isFocusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
