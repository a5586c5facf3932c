/**
 * First run: when the database holds no plan, write the default plan from seeds/ starting this
 * calendar month. Two tabs opening at once seed it only once.
 *
 * The rows come from seeds/template.mjs, which `npm run seed:checksum` also writes out as a backup
 * file (seeds/default-plan.json, with its checksum). The tests read that file through the import's
 * own checks and get exactly these rows (tests/db/seed.test.ts), so a first visit writes them as
 * they are: without the import's code and the schemas, which more than doubled what a first visit
 * loaded before the Timeline showed, and from the template's few lines rather than the file
 * (npm run bench, budget 1).
 */
import { tables as seedTables } from '../../seeds/template.mjs';
import { thisMonth } from '../domain/calendar';
import { nowIso } from '../domain/ids';
import { db, TABLE_NAMES } from './database';
import { runSystemWrite } from './write';

type Row = Record<string, unknown>;

/** The seed's rows by table, as written on `now`: the plan starts this month. */
export function seedRows(now: Date = new Date()): Map<string, Row[]> {
  const stamp = nowIso(now);
  const tables = new Map<string, Row[]>();
  for (const [name, rows] of Object.entries(seedTables)) {
    if (!rows.length) continue;
    const stamped = rows.map((r) => ({ ...r, createdAt: stamp, updatedAt: stamp }));
    tables.set(
      name,
      name === 'plans' ? stamped.map((p) => ({ ...p, startMonth: thisMonth(now) })) : stamped,
    );
  }
  return tables;
}

export async function seedIfEmpty(now: Date = new Date()): Promise<'seeded' | 'exists'> {
  if ((await db.plans.count()) > 0) return 'exists';
  const tables = seedRows(now);
  return runSystemWrite(
    TABLE_NAMES.filter((name) => tables.has(name)),
    async () => {
      if ((await db.plans.count()) > 0) return 'exists' as const;
      for (const [name, rows] of tables) await db.table(name).bulkAdd(rows);
      return 'seeded' as const;
    },
  );
}
