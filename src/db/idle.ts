type IdleCallback = (cb: () => void, options?: { timeout: number }) => void;

/**
 * Run `task` in the browser's next idle moment (at the latest after `timeout` ms, if given).
 * Without requestIdleCallback (Safari, jsdom) it runs after `fallbackMs`, or at once.
 */
export function whenIdle(
  task: () => void,
  { timeout, fallbackMs }: { timeout?: number; fallbackMs?: number } = {},
): void {
  const idle = (globalThis as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
  if (idle) idle(task, timeout === undefined ? undefined : { timeout });
  else if (fallbackMs === undefined) task();
  else setTimeout(task, fallbackMs);
}
