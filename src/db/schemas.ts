/**
 * The zod schemas load on the first write, not with the first screen: they are only needed to
 * validate input. Call `loadSchemas()` before opening a transaction (never await it inside one).
 */
export const loadSchemas = () => import('../domain/schema/index');

export type Schemas = Awaited<ReturnType<typeof loadSchemas>>;

/**
 * Warm the chunk while the user reads the screen, so the first save does not wait for it: in an
 * idle moment after the first screen has had time to show (the first idle moments come while the
 * database is read, and evaluating zod then delays the screen).
 */
export function preloadSchemas(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
  setTimeout(() => (idle ? idle(() => void loadSchemas()) : void loadSchemas()), 2000);
}
