import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addMilestone,
  deleteMilestone,
  moveMilestone,
  setMilestoneStatus,
  updateMilestone,
} from '../../src/db/milestones';
import { UserError } from '../../src/domain/errors';
import { rankBetween } from '../../src/domain/rank';
import { byTitle, milestonesIn, seededPlan } from '../support/fixtures';
import { countWrites, resetDatabase } from '../support/db';

const snapshot = async () => JSON.stringify(await db.milestones.orderBy('id').toArray());

describe('milestone writes', () => {
  beforeEach(resetDatabase);

  it('adds a milestone at the end of its month, with its baseline', async () => {
    const plan = await seededPlan();
    const { value: id } = await addMilestone(plan.id, { title: '  Call Dr. Ortiz  ', month: 3 });
    const added = await db.milestones.get(id);
    expect(added).toMatchObject({
      title: 'Call Dr. Ortiz',
      month: 3,
      baselineMonth: 3,
      status: 'todo',
      category: 'other',
      doneOn: null,
    });
    expect((await milestonesIn(3)).at(-1)?.id).toBe(id);
  });

  it('refuses an empty title, a 10,000-character title and a month outside the plan, changing nothing', async () => {
    const plan = await seededPlan();
    const before = await snapshot();
    await expect(addMilestone(plan.id, { title: '   ', month: 2 })).rejects.toThrow(
      'Title can’t be empty.',
    );
    await expect(addMilestone(plan.id, { title: 'x'.repeat(10_000), month: 2 })).rejects.toThrow(
      /at most 200 characters \(this one has 10000\)/,
    );
    const outside = addMilestone(plan.id, { title: 'Too late', month: 13 });
    await expect(outside).rejects.toThrow('Pick a month between 1 and 12.');
    await expect(outside).rejects.toMatchObject({ field: 'month' });
    const target = await byTitle('First interviews');
    await expect(updateMilestone(target.id, { title: '', month: 7 })).rejects.toBeInstanceOf(
      UserError,
    );
    await expect(
      moveMilestone(target.id, { month: 0, afterId: null, beforeId: null }),
    ).rejects.toThrow(/between 1 and 12/);
    expect(await snapshot()).toBe(before);
  });

  it('edits a milestone; marking it done records the day, reopening clears it', async () => {
    const plan = await seededPlan();
    const m = await byTitle('Start networking calls');
    await updateMilestone(m.id, {
      title: 'Start networking calls',
      month: 3,
      status: 'done',
      notes: 'Two calls booked',
      category: 'networking',
    });
    let now = await db.milestones.get(m.id);
    expect(now?.status).toBe('done');
    expect(now?.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(now?.notes).toBe('Two calls booked');
    await setMilestoneStatus(m.id, 'todo');
    now = await db.milestones.get(m.id);
    expect(now?.doneOn).toBeNull();
    expect(plan.id).toBe(now?.planId);
  });

  it('moves a card to another month and position by writing one row', async () => {
    await seededPlan();
    const moving = await byTitle('Work out your runway');
    const [first] = await milestonesIn(2);
    const counter = await countWrites();
    try {
      const result = await moveMilestone(moving.id, {
        month: 2,
        afterId: null,
        beforeId: first?.id ?? null,
      });
      expect(counter.total()).toBe(1);
      expect(counter.byTable.get('milestones')).toBe(1);
      expect(result.value).toEqual({ position: 1, count: 2 });
      expect(result.label).toBe('Moved “Work out your runway” to Month 2');
    } finally {
      await counter.stop();
    }
    const month2 = await milestonesIn(2);
    expect(month2.map((m) => m.title)[0]).toBe('Work out your runway');
    const moved = await db.milestones.get(moving.id);
    expect(moved).toMatchObject({ month: 2, baselineMonth: 1 });
  });

  it('writes one row per move (the plan given or not), and undo puts it back', async () => {
    const plan = await seededPlan();
    const moving = await byTitle('Work out your runway');
    const column = await milestonesIn(2);
    for (const planId of [plan.id, undefined]) {
      const counter = await countWrites();
      let result;
      try {
        result = await moveMilestone(moving.id, {
          month: 2,
          ...(planId ? { planId } : {}),
          afterId: column[0]?.id ?? null,
          beforeId: column[1]?.id ?? null,
        });
        expect(counter.total()).toBe(1);
        expect(counter.byTable.get('milestones')).toBe(1);
      } finally {
        await counter.stop();
      }
      expect(result.value).toEqual({ position: 2, count: 2 });
      expect(result.label).toBe('Moved “Work out your runway” to Month 2');
      await result.revert();
      expect(await db.milestones.get(moving.id)).toEqual(moving);
    }
  });

  it('places a move among the stored rows, not the ones a screen last saw', async () => {
    await seededPlan();
    // Month 1 holds four cards of the default plan; the running record comes up from Month 2.
    const moving = await byTitle('Start a running record of your work');
    const [a, b, c, d] = await milestonesIn(1);
    if (!a || !b || !c || !d) throw new Error('seed changed');
    // Another tab puts b before a after this screen read the column.
    await db.milestones.update(b.id, { rank: rankBetween(null, a.rank) });
    const result = await moveMilestone(moving.id, { month: 1, afterId: a.id, beforeId: null });
    expect((await milestonesIn(1)).map((m) => m.id)).toEqual([b.id, a.id, moving.id, c.id, d.id]);
    expect(result.value).toEqual({ position: 3, count: 5 });
  });

  it('reorders within a month', async () => {
    await seededPlan();
    const [a, b, ...rest] = await milestonesIn(1);
    if (!a || !b) throw new Error('seed changed');
    await moveMilestone(a.id, { month: 1, afterId: b.id, beforeId: null });
    expect((await milestonesIn(1)).map((m) => m.id)).toEqual([
      b.id,
      a.id,
      ...rest.map((m) => m.id),
    ]);
  });

  it('renumbers a column once when two cards share a key (two tabs wrote at once)', async () => {
    await seededPlan();
    const [a, b, ...rest] = await milestonesIn(1);
    if (!a || !b) throw new Error('seed changed');
    await db.milestones.update(b.id, { rank: a.rank });
    const moving = await byTitle('First interviews');
    const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
    await moveMilestone(moving.id, { month: 1, afterId: lo.id, beforeId: hi.id });
    const ids = (await milestonesIn(1)).map((m) => m.id);
    expect(ids).toEqual([lo.id, moving.id, hi.id, ...rest.map((m) => m.id)]);
    const ranks = (await milestonesIn(1)).map((m) => m.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('undoes a move, an edit and a delete', async () => {
    await seededPlan();
    const m = await byTitle('First interviews');
    const original = await db.milestones.get(m.id);
    const move = await moveMilestone(m.id, { month: 9, afterId: null, beforeId: null });
    await move.revert();
    expect(await db.milestones.get(m.id)).toEqual(original);
    const edit = await updateMilestone(m.id, { title: 'Renamed', month: 7 });
    await edit.revert();
    expect(await db.milestones.get(m.id)).toEqual(original);
    const del = await deleteMilestone(m.id);
    expect(await db.milestones.get(m.id)).toBeUndefined();
    await del.revert();
    expect(await db.milestones.get(m.id)).toEqual(original);
  });

  it('fails whole: a write that throws half-way leaves nothing behind', async () => {
    await seededPlan();
    const before = await snapshot();
    const m = await byTitle('First interviews');
    await db.milestones.delete(m.id);
    const after = await snapshot();
    await expect(moveMilestone(m.id, { month: 2, afterId: null, beforeId: null })).rejects.toThrow(
      /deleted/,
    );
    expect(await snapshot()).toBe(after);
    expect(after).not.toBe(before);
  });
});
