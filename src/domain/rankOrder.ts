/**
 * How ranked cards sort (see rank.ts for the invariants). On its own, without the key library,
 * for code that only reads: the start-up read of the milestones (db/milestonesLive.ts).
 */
export interface Ranked {
  id: string;
  rank: string;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rank < b.rank) return -1;
  if (a.rank > b.rank) return 1;
  if (a.id < b.id) return -1;
  if (a.id > b.id) return 1;
  return 0;
}
