/**
 * After a form is sent and a field comes out invalid, focus that field: its label and message
 * are then read out, and on a phone it scrolls into view (otherwise focus stayed on Save, or
 * fell to the page when Save was disabled while saving, and nothing seemed to happen). Some
 * checks finish after a wait (the rules load on demand, or the database refuses), so the form
 * is watched for a few seconds. Focus is left alone once the person has moved it themselves.
 */
const INVALID = '[aria-invalid="true"]';
const WATCH_MS = 3000;

/**
 * Installed on the document once the first screen has shown (main.tsx), and by every dialog on
 * itself while open (Dialog.tsx), so a dialog opened in the first seconds has it too. Both may see
 * one Save: the first focuses the field, the second then finds focus moved and leaves it.
 */
export function focusFirstErrorOnSubmit(root: Document | HTMLElement = document): () => void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const onSubmit = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const atSubmit = doc.activeElement;
    let done = false;
    const stop = () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
    const check = () => {
      if (done || !form.isConnected) return stop();
      const invalid = form.querySelector<HTMLElement>(INVALID);
      if (!invalid) return;
      stop();
      const active = doc.activeElement;
      const moved = active !== atSubmit && active !== doc.body && active !== null;
      if (!moved) invalid.focus();
    };
    const observer = new MutationObserver(check);
    observer.observe(form, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-invalid'],
    });
    const timer = setTimeout(stop, WATCH_MS);
    // A field that was already invalid and stays so changes nothing to observe.
    setTimeout(check, 0);
  };
  root.addEventListener('submit', onSubmit, true);
  return () => root.removeEventListener('submit', onSubmit, true);
}
