/**
 * A render counter for `npm run bench` (tests/bench/). It exists only in bench builds
 * (`vite build --mode bench`): every call site is wrapped in `if (import.meta.env.MODE === 'bench')`,
 * which production builds turn into `if (false)` and drop, this module with it.
 */
export function countRender(component: string): void {
  const holder = globalThis as { __pivotRenders?: Record<string, number> };
  const counts = (holder.__pivotRenders ??= {});
  counts[component] = (counts[component] ?? 0) + 1;
}
