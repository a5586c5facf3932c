import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addOpportunity,
  deleteOpportunity,
  moveOpportunity,
  updateOpportunity,
} from '../../src/db/opportunities';
import type { OpportunityInput } from '../../src/domain/schema/opportunity';
import { freshPlan } from '../support/plan';

let planId = '';
const acme: OpportunityInput = {
  company: 'Acme Bio',
  title: 'Medical Director',
  roleType: 'medical-affairs',
  stage: 'target',
};

async function row(id: string) {
  const o = await db.opportunities.get(id);
  if (!o) throw new Error('missing');
  return o;
}

describe('opportunities', () => {
  beforeEach(async () => {
    planId = (await freshPlan()).id;
  });

  it('adds one with its first stage in the history, and undoes it', async () => {
    const step = await addOpportunity(
      planId,
      { ...acme, referredBy: 'Dr. Lee', baseSalary: 250000, bonusPercent: 15 },
      '2027-01-31',
    );
    const o = await row(step.value);
    expect(o).toMatchObject({
      company: 'Acme Bio',
      stage: 'target',
      referredBy: 'Dr. Lee',
      referralContactId: null,
      baseSalary: 250000,
    });
    expect(o.history).toEqual([{ stage: 'target', on: '2027-01-31', reason: null }]);
    expect(step.label).toBe('Added “Acme Bio – Medical Director” to Target');
    await step.revert();
    expect(await db.opportunities.count()).toBe(0);
  });

  it('records each stage change with its date; a move within a stage adds nothing', async () => {
    const a = (await addOpportunity(planId, acme, '2027-01-31')).value;
    const b = (await addOpportunity(planId, { ...acme, company: 'Beta' }, '2027-01-31')).value;
    await moveOpportunity(a, { stage: 'applied', afterId: null, beforeId: null }, '2027-02-03');
    await moveOpportunity(
      a,
      { stage: 'interviewing', afterId: null, beforeId: null },
      '2027-03-01',
    );
    await moveOpportunity(b, { stage: 'interviewing', afterId: a, beforeId: null }, '2027-03-02');
    await moveOpportunity(b, { stage: 'interviewing', afterId: null, beforeId: a }, '2027-03-05');
    expect((await row(a)).history.map((h) => [h.stage, h.on])).toEqual([
      ['target', '2027-01-31'],
      ['applied', '2027-02-03'],
      ['interviewing', '2027-03-01'],
    ]);
    expect((await row(b)).history.map((h) => [h.stage, h.on])).toEqual([
      ['target', '2027-01-31'],
      ['interviewing', '2027-03-02'],
    ]);
    const column = (
      await db.opportunities.where('[planId+stage]').equals([planId, 'interviewing']).toArray()
    ).sort((x, y) => (x.rank < y.rank ? -1 : 1));
    expect(column.map((o) => o.company)).toEqual(['Beta', 'Acme Bio']);
  });

  it('a move writes one row and its undo puts the card and its history back', async () => {
    const a = (await addOpportunity(planId, acme, '2027-01-31')).value;
    const before = await row(a);
    const step = await moveOpportunity(
      a,
      { stage: 'final-round', afterId: null, beforeId: null },
      '2027-02-10',
    );
    expect(step.label).toBe('Moved “Acme Bio – Medical Director” to Final round');
    expect(step.value).toEqual({ position: 1, count: 1 });
    await step.revert();
    expect(await row(a)).toEqual(before);
  });

  it('Closed needs a reason; without one nothing changes', async () => {
    const a = (await addOpportunity(planId, acme, '2027-01-31')).value;
    const before = await row(a);
    await expect(
      moveOpportunity(a, { stage: 'closed', afterId: null, beforeId: null }),
    ).rejects.toMatchObject({
      message: 'Pick why it closed: declined, rejected or withdrawn.',
      field: 'closedReason',
    });
    expect(await row(a)).toEqual(before);
    const step = await moveOpportunity(
      a,
      { stage: 'closed', afterId: null, beforeId: null, closedReason: 'withdrawn' },
      '2027-02-01',
    );
    expect(step.label).toBe('Moved “Acme Bio – Medical Director” to Closed (withdrawn)');
    expect(await row(a)).toMatchObject({ stage: 'closed', closedReason: 'withdrawn' });
    expect((await row(a)).history.at(-1)).toEqual({
      stage: 'closed',
      on: '2027-02-01',
      reason: 'withdrawn',
    });
  });

  it('saving the dialog with a new stage logs it; leaving Closed drops the reason', async () => {
    const a = (
      await addOpportunity(
        planId,
        { ...acme, stage: 'closed', closedReason: 'rejected' },
        '2027-01-31',
      )
    ).value;
    expect((await row(a)).history).toEqual([
      { stage: 'closed', on: '2027-01-31', reason: 'rejected' },
    ]);
    const step = await updateOpportunity(
      a,
      { ...acme, stage: 'applied', closedReason: 'rejected', notes: 'They reopened it' },
      '2027-02-14',
    );
    expect(step.label).toBe('Saved “Acme Bio – Medical Director” and moved it to Applied');
    expect(await row(a)).toMatchObject({
      stage: 'applied',
      closedReason: null,
      notes: 'They reopened it',
    });
    expect((await row(a)).history.at(-1)).toEqual({
      stage: 'applied',
      on: '2027-02-14',
      reason: null,
    });
  });

  it('refuses bad input with a readable message and changes nothing', async () => {
    await expect(addOpportunity(planId, { ...acme, company: '  ' })).rejects.toMatchObject({
      message: 'Company can’t be empty.',
      field: 'company',
    });
    await expect(addOpportunity(planId, { ...acme, baseSalary: -1 })).rejects.toMatchObject({
      message: 'Base salary can’t be negative.',
      field: 'baseSalary',
    });
    await expect(addOpportunity(planId, { ...acme, bonusPercent: 120 })).rejects.toMatchObject({
      field: 'bonusPercent',
    });
    await expect(
      addOpportunity(planId, { ...acme, link: 'javascript:alert(1)' }),
    ).rejects.toMatchObject({ field: 'link' });
    await expect(addOpportunity(planId, { ...acme, stage: 'closed' })).rejects.toMatchObject({
      field: 'closedReason',
    });
    expect(await db.opportunities.count()).toBe(0);
  });

  it('deletes with undo', async () => {
    const a = (await addOpportunity(planId, acme)).value;
    const step = await deleteOpportunity(a);
    expect(await db.opportunities.count()).toBe(0);
    await step.revert();
    expect(await db.opportunities.count()).toBe(1);
  });
});
