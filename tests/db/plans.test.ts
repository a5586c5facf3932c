import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { moveMilestone } from '../../src/db/milestones';
import { updatePlanSettings } from '../../src/db/plans';
import { byTitle, seededPlan } from '../support/fixtures';
import { resetDatabase } from '../support/db';

describe('plan settings', () => {
  beforeEach(resetDatabase);

  it('moves the plan to a new start month and keeps every milestone where it was in the plan', async () => {
    const plan = await seededPlan();
    const before = await db.milestones.orderBy('id').toArray();
    await updatePlanSettings(plan.id, { startMonth: '2027-02', lengthMonths: 12 });
    expect((await db.plans.get(plan.id))?.startMonth).toBe('2027-02');
    expect(await db.milestones.orderBy('id').toArray()).toEqual(before);
  });

  it('shortening the plan deletes nothing and says where the milestones went', async () => {
    const plan = await seededPlan();
    const count = await db.milestones.count();
    const { value } = await updatePlanSettings(plan.id, {
      startMonth: plan.startMonth,
      lengthMonths: 9,
    });
    expect(await db.milestones.count()).toBe(count);
    expect(value.outside).toEqual([
      { month: 10, count: 1 },
      { month: 11, count: 1 },
      { month: 12, count: 1 },
    ]);
    // A card past the end can be moved back in; nothing can be moved out.
    const late = await byTitle('Start the industry role');
    await expect(
      moveMilestone((await byTitle('First interviews')).id, {
        month: 12,
        afterId: null,
        beforeId: null,
      }),
    ).rejects.toThrow(/between 1 and 9/);
    await moveMilestone(late.id, { month: 9, afterId: null, beforeId: null });
    expect((await db.milestones.get(late.id))?.month).toBe(9);
  });

  it('refuses a start month that does not parse, or a length outside 6-24, changing nothing', async () => {
    const plan = await seededPlan();
    const before = await db.plans.get(plan.id);
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2027-13', lengthMonths: 12 }),
    ).rejects.toThrow('Plan start month: enter a real month, like 2027-01.');
    await expect(
      updatePlanSettings(plan.id, { startMonth: 'next spring', lengthMonths: 12 }),
    ).rejects.toMatchObject({ field: 'startMonth' });
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2027-01', lengthMonths: 5 }),
    ).rejects.toThrow('A plan runs 6 to 24 months.');
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2027-01', lengthMonths: 25 }),
    ).rejects.toThrow('A plan runs 6 to 24 months.');
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2027-01', lengthMonths: 12.5 }),
    ).rejects.toThrow(/whole number/);
    expect(await db.plans.get(plan.id)).toEqual(before);
  });

  it('refuses a new start month more than 5 years from now, as a likely slip in the year, changing nothing', async () => {
    const now = new Date(2026, 10, 10);
    const plan = await seededPlan(now);
    const before = await db.plans.get(plan.id);
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2062-11', lengthMonths: 12 }, now),
    ).rejects.toMatchObject({
      field: 'startMonth',
      message:
        'Nov 2062 is more than 5 years away: check the year. A plan can start from Nov 2021 to Nov 2031.',
    });
    await expect(
      updatePlanSettings(plan.id, { startMonth: '1926-11', lengthMonths: 12 }, now),
    ).rejects.toThrow(/^Nov 1926 is more than 5 years ago: check the year\./);
    // Outside the months any plan may hold, the record's own rule says so first.
    await expect(
      updatePlanSettings(plan.id, { startMonth: '1026-11', lengthMonths: 12 }, now),
    ).rejects.toMatchObject({
      field: 'startMonth',
      message: 'Plan start month: pick a month between Jan 1900 and Dec 2199.',
    });
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2021-10', lengthMonths: 12 }, now),
    ).rejects.toMatchObject({ field: 'startMonth' });
    expect(await db.plans.get(plan.id)).toEqual(before);
    // Both ends of the window are allowed.
    await updatePlanSettings(plan.id, { startMonth: '2031-11', lengthMonths: 12 }, now);
    await updatePlanSettings(plan.id, { startMonth: '2021-11', lengthMonths: 12 }, now);
    expect((await db.plans.get(plan.id))?.startMonth).toBe('2021-11');
  });

  it('still saves other changes to a plan whose saved start is outside the window, but not a new start outside it', async () => {
    const now = new Date(2026, 10, 10);
    const plan = await seededPlan(now);
    await db.plans.put({ ...plan, startMonth: '2015-01' }); // an old plan, or one imported from a backup
    await updatePlanSettings(plan.id, { startMonth: '2015-01', lengthMonths: 18 }, now);
    expect(await db.plans.get(plan.id)).toMatchObject({ startMonth: '2015-01', lengthMonths: 18 });
    await expect(
      updatePlanSettings(plan.id, { startMonth: '2015-02', lengthMonths: 18 }, now),
    ).rejects.toThrow(/^Feb 2015 is more than 5 years ago/);
    expect((await db.plans.get(plan.id))?.startMonth).toBe('2015-01');
  });

  it('can be undone', async () => {
    const plan = await seededPlan();
    const before = await db.plans.get(plan.id);
    const step = await updatePlanSettings(plan.id, { startMonth: '2027-05', lengthMonths: 18 });
    await step.revert();
    expect(await db.plans.get(plan.id)).toEqual(before);
  });
});
