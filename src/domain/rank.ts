/**
 * Order of cards inside a column, by fractional-index keys.
 *
 * Invariants:
 * - Keys compare with `<` on their code units (never `localeCompare`): the library's keys are
 *   base-62 in ASCII order.
 * - Items sort by `[rank, id]`, so two tabs that produce the same key still agree on the order.
 * - A move rewrites one row: the new key lies between its new neighbours. Only when the two
 *   neighbours share a key (two tabs wrote at once) is the column renumbered, once.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { compareRanked, type Ranked } from './rankOrder';

export { compareRanked, type Ranked };

export function sortByRank<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareRanked);
}

/** A key the library accepts (a backup could carry anything). */
export function isValidRank(rank: string): boolean {
  try {
    generateKeyBetween(rank, null);
    return true;
  } catch {
    return false;
  }
}

export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

export function ranksFor(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

export type Placement =
  | { kind: 'one'; rank: string }
  /** The neighbours shared a key: every item in the column gets a fresh key, in this order. */
  | { kind: 'renumber'; order: string[]; ranks: string[] };

/**
 * Where an item lands when placed at `index` of a column whose other items are `siblings`
 * (the moved item itself excluded), sorted by rank.
 */
export function placeAt(siblings: readonly Ranked[], index: number, movingId: string): Placement {
  const sorted = sortByRank(siblings.filter((s) => s.id !== movingId));
  const i = Math.max(0, Math.min(index, sorted.length));
  const before = sorted[i - 1] ?? null;
  const after = sorted[i] ?? null;
  if (before && after && !(before.rank < after.rank)) {
    const order = sorted.map((s) => s.id);
    order.splice(i, 0, movingId);
    return { kind: 'renumber', order, ranks: ranksFor(order.length) };
  }
  return { kind: 'one', rank: rankBetween(before?.rank ?? null, after?.rank ?? null) };
}

/** A key after every item in the column. */
export function rankAtEnd(siblings: readonly Ranked[]): string {
  const last = sortByRank(siblings).at(-1);
  return rankBetween(last?.rank ?? null, null);
}

/**
 * The index a moved item takes among a column's other items (sorted, itself excluded), from
 * the neighbours the user saw: after `afterId`, else before `beforeId`, else at the end.
 * A neighbour that is gone (deleted in another tab) falls back to the nearest sensible end.
 */
export function landingIndex(
  column: readonly Ranked[],
  afterId: string | null,
  beforeId: string | null,
): number {
  const afterIndex = afterId ? column.findIndex((m) => m.id === afterId) : -1;
  if (afterIndex >= 0) return afterIndex + 1;
  const beforeIndex = beforeId ? column.findIndex((m) => m.id === beforeId) : -1;
  if (beforeIndex >= 0) return beforeIndex;
  if (afterId) return column.length;
  return beforeId ? 0 : column.length;
}

/** The rows a placement writes: the moved item alone, or every item of a renumbered column. */
export function placedRows<T extends Ranked>(
  column: readonly T[],
  moved: T,
  placement: Placement,
): T[] {
  if (placement.kind === 'one') return [{ ...moved, rank: placement.rank }];
  const byId = new Map(column.map((m) => [m.id, m]));
  byId.set(moved.id, moved);
  return placement.order.flatMap((id, i) => {
    const m = byId.get(id);
    const rank = placement.ranks[i];
    return m && rank ? [{ ...m, rank }] : [];
  });
}
