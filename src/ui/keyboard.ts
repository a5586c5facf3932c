/** Where typing goes: a shortcut must not fire while the user types here. */
export function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.isContentEditable ||
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT'
  );
}

/** A modal dialog is open: page-wide shortcuts wait until it closes. */
export function isModalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

export const isApplePlatform = (): boolean =>
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** No control has the focus: what had it was removed (or disabled), and the page holds it. */
export function isFocusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
