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

/** Every table's rows in key order: what "the database is unchanged" compares. */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) out[t.name] = await t.orderBy(':id').toArray();
  });
  return out;
}

/** Put rows into tables, replacing what was there. */
export async function fillDatabase(tables: Record<string, readonly unknown[]>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) {
      await t.clear();
      await t.bulkAdd([...(tables[t.name] ?? [])]);
    }
  });
}
