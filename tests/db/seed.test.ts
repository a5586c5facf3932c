import { beforeEach, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../src/db/backup';
import { db } from '../../src/db/database';
import { resetDatabase } from '../support/db';

describe('first run', () => {
  beforeEach(resetDatabase);

  it('writes the default plan through the import path, starting this month', async () => {
    const now = new Date(2027, 2, 15);
    await expect(seedIfEmpty(now)).resolves.toBe('seeded');
    const plans = await db.plans.toArray();
    expect(plans).toHaveLength(1);
    expect(plans[0]?.startMonth).toBe('2027-03');
    expect(plans[0]?.lengthMonths).toBe(12);
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
});
