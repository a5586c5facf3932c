/**
 * Controls for `npm run bench` (tests/bench/), measured in the same page as the app: a raw Dexie
 * put of one row, and a raw bulkPut of a whole backup's records. Installed only in bench builds
 * (`vite build --mode bench`, see main.tsx); production builds drop this module.
 */
import Dexie from 'dexie';
import { db, declareVersions } from './database';

export interface BenchHooks {
  /** Put one milestone back as it is, in its own transaction (Dexie's auto-transaction). */
  rawPut(id: string): Promise<{ start: number; end: number }>;
  /** Fetch a backup file, then time one bulkPut per table into an empty database of the same schema. */
  rawBulkPut(url: string): Promise<{ start: number; end: number; records: number }>;
}

export function installBenchHooks(): void {
  const hooks: BenchHooks = {
    async rawPut(id) {
      const row = await db.milestones.get(id);
      if (!row) throw new Error(`No milestone ${id}`);
      const start = performance.now();
      await db.milestones.put(row);
      return { start, end: performance.now() };
    },
    async rawBulkPut(url) {
      const file = (await (await fetch(url)).json()) as { tables: Record<string, unknown[]> };
      const tables = Object.entries(file.tables);
      const name = 'pivotboard-bench-raw';
      await Dexie.delete(name);
      const raw = new Dexie(name);
      declareVersions(raw);
      await raw.open();
      const start = performance.now();
      await raw.transaction('rw', raw.tables, async () => {
        for (const [table, rows] of tables) if (rows.length) await raw.table(table).bulkPut(rows);
      });
      const end = performance.now();
      raw.close();
      await Dexie.delete(name);
      return { start, end, records: tables.reduce((n, [, rows]) => n + rows.length, 0) };
    },
  };
  (globalThis as { __pivotBench?: BenchHooks }).__pivotBench = hooks;
}
