import { beforeEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../src/db/backup';
import { db } from '../../src/db/database';
import { seedIfEmpty, seedRows } from '../../src/db/seed';
import seed from '../../seeds/default-plan.json';
import { resetDatabase } from '../support/db';

describe('first run', () => {
  beforeEach(resetDatabase);

  it('writes the default plan, starting this month', async () => {
    const now = new Date(2027, 2, 15);
    await expect(seedIfEmpty(now)).resolves.toBe('seeded');
    const plans = await db.plans.toArray();
    expect(plans).toHaveLength(1);
    expect(plans[0]?.startMonth).toBe('2027-03');
    expect(plans[0]?.lengthMonths).toBe(12);
    expect(plans[0]?.createdAt).toBe(now.toISOString());
    const milestones = await db.milestones.toArray();
    expect(milestones.length).toBeGreaterThanOrEqual(10);
    expect(milestones.map((m) => m.templateKey)).toEqual(
      expect.arrayContaining(['give-notice', 'start-role', 'start-networking']),
    );
  });

  it('seeds only once, even when called twice at once', async () => {
    const results = await Promise.all([seedIfEmpty(), seedIfEmpty()]);
    expect(results.sort()).toEqual(['exists', 'seeded']);
    expect(await db.plans.count()).toBe(1);
  });

  // The first visit writes the seed without loading the import's checks (npm run bench, budget 1):
  // they run here instead. A template changed without `npm run seed:checksum`, a row the schemas
  // refuse, or a seed left at an older schema version (the import would upgrade its rows; the
  // first run does not) fails this test.
  it('is a backup the import accepts as it is, at the current schema version', async () => {
    const result = await readBackup(JSON.stringify(seed));
    if (result.locked) throw new Error('The seed is not meant to be protected');
    // What the first run sets itself: the plan's start and the rows' timestamps.
    const own = ({ createdAt, updatedAt, startMonth, ...rest }: Record<string, unknown>) => {
      expect([createdAt, updatedAt, startMonth]).not.toContain(null);
      return rest;
    };
    const written = seedRows();
    for (const [name, rows] of result.backup.tables)
      expect(
        (rows as Record<string, unknown>[]).map(own),
        `${name} in seeds/default-plan.json`,
      ).toEqual((written.get(name) ?? []).map(own));
  });
});
