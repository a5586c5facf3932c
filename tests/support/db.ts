import { db } from '../../src/db/database';

/** Empty every table of the app's database (fake-indexeddb) between tests. */
export async function resetDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}

/** Count rows written per table through a DBCore middleware, for "one write per move". */
export function countWrites(): { byTable: Map<string, number>; total: () => number; reset: () => void } {
  const byTable = new Map<string, number>();
  return {
    byTable,
    total: () => [...byTable.values()].reduce((a, b) => a + b, 0),
    reset: () => byTable.clear(),
  };
}
