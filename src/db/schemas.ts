import { whenIdle } from './idle';

/**
 * The zod schemas load on the first write, not with the first screen: they are only needed to
 * validate input. Call `loadSchemas()` before opening a transaction (never await it inside one).
 */
export const loadSchemas = () => import('../domain/schema/index');

export type Schemas = Awaited<ReturnType<typeof loadSchemas>>;

/** A mouse button or a finger is down: a drag may be under way. */
let pressing = false;
let tracking = false;

function trackPresses(): void {
  if (tracking || typeof window === 'undefined') return;
  tracking = true;
  window.addEventListener('pointerdown', () => (pressing = true), true);
  window.addEventListener('pointerup', () => (pressing = false), true);
  window.addEventListener('pointercancel', () => (pressing = false), true);
}

/** How long after start-up the schemas are warmed, and how long to wait again while a pointer is down. */
export const PRELOAD_AFTER_MS = 2000;
export const PRELOAD_RETRY_MS = 500;

/**
 * Warm the chunk while the user reads the screen, so the first save does not wait for it: in an
 * idle moment after the first screen has had time to show (the first idle moments come while the
 * database is read, and evaluating zod then delays the screen), and not while a pointer is down:
 * evaluating it is one 20-50 ms task, which in the middle of a drag is a dropped frame or three
 * (npm run bench, figure 3). Settings does not warm them sooner: a backup is checked in a worker
 * (db/backupWorker.ts), and warming them here then was a 50 ms task in the middle of an import.
 */
export function preloadSchemas(
  load: () => Promise<unknown> = loadSchemas,
  afterMs = PRELOAD_AFTER_MS,
): void {
  trackPresses();
  const attempt = (): void => {
    if (pressing) {
      setTimeout(attempt, PRELOAD_RETRY_MS);
      return;
    }
    void load();
  };
  setTimeout(() => whenIdle(attempt), afterMs);
}
