import { seedIfEmpty } from '../../src/db/seed';
import { db } from '../../src/db/database';

/** The default plan, seeded as on first run, with "now" in its first month (Nov 2026). */
export async function seededPlan(now = new Date(2026, 10, 10)) {
  await seedIfEmpty(now);
  const plan = await db.plans.toCollection().first();
  if (!plan) throw new Error('no plan after seeding');
  return plan;
}

export async function milestonesIn(month: number) {
  const rows = await db.milestones
    .where('month')
    .equals(month)
    .toArray()
    .catch(async () => (await db.milestones.toArray()).filter((m) => m.month === month));
  return rows.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
}

export async function byTitle(title: string) {
  const m = (await db.milestones.toArray()).find((x) => x.title === title);
  if (!m) throw new Error(`no milestone titled ${title}`);
  return m;
}
