import { seedIfEmpty } from '../../src/db/seed';
import { db } from '../../src/db/database';
import type { Plan } from '../../src/domain/schema/plan';
import { resetDatabase } from './db';

/** An empty database with the default plan seeded (starting in the current, possibly faked, month). */
export async function freshPlan(): Promise<Plan> {
  await resetDatabase();
  await seedIfEmpty();
  const plan = await db.plans.toCollection().first();
  if (!plan) throw new Error('The default plan was not seeded.');
  return plan;
}
