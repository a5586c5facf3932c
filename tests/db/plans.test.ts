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
    const { value } = await updatePlanSettings(plan.id, { startMonth: plan.startMonth, lengthMonths: 9 });
    expect(await db.milestones.count()).toBe(count);
    expect(value.outside).toEqual([
      { month: 10, count: 1 },
      { month: 11, count: 1 },
      { month: 12, count: 1 },
    ]);
    // A card past the end can be moved back in; nothing can be moved out.
    const late = await byTitle('Start the industry role');
    await expect(moveMilestone((await byTitle('First interviews')).id, { month: 12, afterId: null, beforeId: null })).rejects.toThrow(/between 1 and 9/);
    await moveMilestone(late.id, { month: 9, afterId: null, beforeId: null });
    expect((await db.milestones.get(late.id))?.month).toBe(9);
  });

  it('refuses a start month that does not parse, or a length outside 6-24, changing nothing', async () => {
    const plan = await seededPlan();
    const before = await db.plans.get(plan.id);
    await expect(updatePlanSettings(plan.id, { startMonth: '2027-13', lengthMonths: 12 })).rejects.toThrow('Enter a real month, like 2027-01.');
    await expect(updatePlanSettings(plan.id, { startMonth: 'next spring', lengthMonths: 12 })).rejects.toMatchObject({ field: 'startMonth' });
    await expect(updatePlanSettings(plan.id, { startMonth: '2027-01', lengthMonths: 5 })).rejects.toThrow('A plan runs 6 to 24 months.');
    await expect(updatePlanSettings(plan.id, { startMonth: '2027-01', lengthMonths: 25 })).rejects.toThrow('A plan runs 6 to 24 months.');
    await expect(updatePlanSettings(plan.id, { startMonth: '2027-01', lengthMonths: 12.5 })).rejects.toThrow(/whole number/);
    expect(await db.plans.get(plan.id)).toEqual(before);
  });

  it('can be undone', async () => {
    const plan = await seededPlan();
    const before = await db.plans.get(plan.id);
    const step = await updatePlanSettings(plan.id, { startMonth: '2027-05', lengthMonths: 18 });
    await step.undo();
    expect(await db.plans.get(plan.id)).toEqual(before);
  });
});
