import type { DBCoreMutateRequest } from 'dexie';
import { db } from '../../src/db/database';

/** Empty every table of the app's database (fake-indexeddb) between tests. */
export async function resetDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}

function rowsIn(req: DBCoreMutateRequest): number {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.length;
    case 'delete':
      return req.keys.length;
    case 'deleteRange':
      return 1;
  }
}

/**
 * Count the rows every write touches, per table, through a DBCore middleware: the honest way to
 * check "a move writes one row". Returns a stop() that removes the middleware.
 */
export async function countWrites(): Promise<{
  byTable: Map<string, number>;
  total: () => number;
  stop: () => Promise<void>;
}> {
  const byTable = new Map<string, number>();
  const middleware = {
    stack: 'dbcore' as const,
    name: 'test-write-counter',
    create: (down: Parameters<Parameters<typeof db.use>[0]['create']>[0]) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            byTable.set(name, (byTable.get(name) ?? 0) + rowsIn(req));
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.close({ disableAutoOpen: false });
  db.use(middleware);
  await db.open();
  return {
    byTable,
    total: () => [...byTable.values()].reduce((a, b) => a + b, 0),
    stop: async () => {
      db.close({ disableAutoOpen: false });
      db.unuse(middleware);
      await db.open();
    },
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
