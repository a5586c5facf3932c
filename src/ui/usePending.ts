import { useState } from 'react';

/**
 * A control's value shown at once while its write is on the way. The stored value comes back
 * through a live query a moment later; as soon as it changes, it is shown again. Call `clear`
 * when the write fails, so the control returns to what is stored.
 */
export function usePending<T>(stored: T): { value: T; set: (value: T) => void; clear: () => void } {
  const [pending, setPending] = useState<{ value: T; base: T } | null>(null);
  const value = pending && Object.is(pending.base, stored) ? pending.value : stored;
  return {
    value,
    set: (v: T) => setPending({ value: v, base: stored }),
    clear: () => setPending(null),
  };
}
