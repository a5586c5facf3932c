/**
 * Structural sharing for rows read again after a write: a live query returns fresh objects for
 * every row each time, so a board of 1,000 cards would re-render all of them after moving one.
 * Keeping the earlier object for every row whose fields did not change (and the earlier list
 * when nothing changed) lets memoised columns and cards skip the work.
 */
export function reuseUnchanged<T extends { id: string }>(
  previous: readonly T[] | undefined,
  next: T[],
): T[] {
  if (!previous) return next;
  const before = new Map(previous.map((row) => [row.id, row]));
  let same = previous.length === next.length;
  const out = next.map((row, i) => {
    const old = before.get(row.id);
    const kept = old && shallowEqual(old, row) ? old : row;
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? (previous as T[]) : out;
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
