import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addClawback,
  addDebt,
  applyOfferStartDate,
  deleteDebt,
  saveContract,
  saveExitDates,
  saveExitPlanFields,
  saveRunway,
  updateClawback,
} from '../../src/db/exitPlan';
import { addOpportunity, moveOpportunity } from '../../src/db/opportunities';
import { resetDatabase } from '../support/db';
import { freshPlan } from '../support/plan';

let planId = '';
const contract = {
  noticeDays: 90,
  tailRequired: true,
  tailCost: 40000,
  nonCompeteNotes: '10 miles, 1 year',
  currentAnnualPay: 300000,
};

describe('exit plan writes', () => {
  beforeEach(async () => {
    planId = (await freshPlan()).id;
  });

  it('creates the row on the first save and undoes back to nothing', async () => {
    const step = await saveContract(planId, contract);
    expect(await db.exitPlans.get(planId)).toMatchObject({
      ...contract,
      plannedStartDate: null,
      cash: null,
    });
    await step.revert();
    expect(await db.exitPlans.get(planId)).toBeUndefined();
  });

  it('saves one field as it is typed, leaving every other one as stored', async () => {
    await saveContract(planId, contract);
    const expenses = { housing: 3000, food: 800, loanMinimums: 1200, insurance: 600, other: null };
    await saveRunway(planId, { cash: 30000, expenses, nothingLinedUp: false });
    const step = await saveExitPlanFields(planId, { expenses: { food: 900 } }, 'Basic food: $900');
    expect(step.label).toBe('Basic food: $900');
    expect(await db.exitPlans.get(planId)).toMatchObject({
      ...contract,
      cash: 30000,
      expenses: { ...expenses, food: 900 },
    });
    await saveExitPlanFields(planId, { noticeDays: 120 }, 'Notice period: 120 days');
    expect(await db.exitPlans.get(planId)).toMatchObject({ noticeDays: 120, tailCost: 40000 });
    await step.revert();
    expect((await db.exitPlans.get(planId))?.expenses.food).toBe(800);
  });

  it('holds a field saved as typed to the same rules as the sections', async () => {
    const today = '2027-06-01';
    const refused = async (patch: Parameters<typeof saveExitPlanFields>[1]) =>
      saveExitPlanFields(planId, patch, 'x', today).then(
        () => null,
        (e: unknown) => e,
      );
    expect(await refused({ plannedStartDate: '2027-05-31' })).toMatchObject({
      field: 'plannedStartDate',
    });
    expect(await refused({ noticeGivenOn: '2027-06-02' })).toMatchObject({
      field: 'noticeGivenOn',
    });
    expect(await refused({ noticeDays: 400 })).toMatchObject({ field: 'noticeDays' });
    expect(await refused({ expenses: { housing: -1 } })).toMatchObject({
      field: 'expenses.housing',
    });
    expect(await db.exitPlans.get(planId)).toBeUndefined();
  });

  it('keeps the other parts when saving one', async () => {
    await saveContract(planId, contract);
    await saveExitDates(
      planId,
      { plannedStartDate: '2027-12-01', noticeGivenOn: null },
      '2027-06-01',
    );
    const expenses = { housing: 3000, food: 800, loanMinimums: 1200, insurance: 600, other: null };
    await saveRunway(planId, { cash: 30000, expenses, nothingLinedUp: true });
    expect(await db.exitPlans.get(planId)).toMatchObject({
      ...contract,
      plannedStartDate: '2027-12-01',
      cash: 30000,
      expenses,
      nothingLinedUp: true,
    });
  });

  it.each([
    [{ ...contract, noticeDays: 0 }, 'noticeDays', 'Notice period must be 1 to 365 days.'],
    [{ ...contract, noticeDays: 400 }, 'noticeDays', 'Notice period must be 1 to 365 days.'],
    [
      { ...contract, noticeDays: 30.5 },
      'noticeDays',
      'Notice period must be a whole number of days.',
    ],
    [
      { ...contract, currentAnnualPay: -100 },
      'currentAnnualPay',
      'Current annual pay can’t be negative.',
    ],
    [{ ...contract, tailCost: 12.5 }, 'tailCost', 'Tail coverage cost must be a whole number.'],
  ])(
    'refuses %o with a message by the field, and changes nothing',
    async (input, field, message) => {
      await saveContract(planId, contract);
      const before = await db.exitPlans.get(planId);
      await expect(saveContract(planId, input)).rejects.toMatchObject({ field, message });
      expect(await db.exitPlans.get(planId)).toEqual(before);
    },
  );

  it('refuses a planned start date in the past, and notice given in the future', async () => {
    await expect(
      saveExitDates(planId, { plannedStartDate: '2027-05-31', noticeGivenOn: null }, '2027-06-01'),
    ).rejects.toMatchObject({
      field: 'plannedStartDate',
      message: 'The planned start date can’t be in the past. Pick Jun 1, 2027 or later.',
    });
    await expect(
      saveExitDates(planId, { plannedStartDate: null, noticeGivenOn: '2027-06-02' }, '2027-06-01'),
    ).rejects.toMatchObject({
      field: 'noticeGivenOn',
    });
    expect(await db.exitPlans.get(planId)).toBeUndefined();
    // A start date saved earlier may pass quietly while notice is recorded.
    await saveExitDates(
      planId,
      { plannedStartDate: '2027-06-10', noticeGivenOn: null },
      '2027-06-01',
    );
    await saveExitDates(
      planId,
      { plannedStartDate: '2027-06-10', noticeGivenOn: '2027-06-20' },
      '2027-06-20',
    );
    expect(await db.exitPlans.get(planId)).toMatchObject({
      plannedStartDate: '2027-06-10',
      noticeGivenOn: '2027-06-20',
    });
  });

  it('drops the tail cost when tail coverage is not required', async () => {
    await saveContract(planId, { ...contract, tailRequired: false });
    expect((await db.exitPlans.get(planId))?.tailCost).toBeNull();
  });

  it('a written offer’s start date becomes the planned start date in one step', async () => {
    const id = (
      await addOpportunity(planId, {
        company: 'Acme',
        title: 'Medical Director',
        roleType: 'payer',
        stage: 'verbal-offer',
        proposedStartDate: '2027-11-01',
      })
    ).value;
    await expect(applyOfferStartDate(planId, id, '2027-06-01')).rejects.toThrow(/written offer/);
    await moveOpportunity(id, { stage: 'written-offer', afterId: null, beforeId: null });
    const step = await applyOfferStartDate(planId, id, '2027-06-01');
    expect(step.value).toBe('2027-11-01');
    expect(step.label).toBe('Planned start date set to Nov 1, 2027, from Acme – Medical Director');
    expect((await db.exitPlans.get(planId))?.plannedStartDate).toBe('2027-11-01');
    await step.revert();
    expect(await db.exitPlans.get(planId)).toBeUndefined();
    await expect(applyOfferStartDate(planId, id, '2027-11-02')).rejects.toThrow(/already past/);
  });

  it('clawbacks and debts: add, edit, delete with undo, bad input refused', async () => {
    const c = await addClawback(planId, { kind: 'sign-on', amount: 20000, endsOn: '2028-02-29' });
    await updateClawback(c.value, {
      kind: 'sign-on',
      amount: 25000,
      endsOn: '2028-02-29',
      description: 'Prorated',
    });
    expect(await db.clawbacks.get(c.value)).toMatchObject({
      amount: 25000,
      description: 'Prorated',
      planId,
    });
    await expect(
      addClawback(planId, { kind: 'sign-on', amount: -5, endsOn: '2028-01-01' }),
    ).rejects.toMatchObject({ field: 'amount' });
    await expect(
      addClawback(planId, { kind: 'sign-on', amount: 5, endsOn: '2027-02-30' }),
    ).rejects.toMatchObject({ field: 'endsOn' });
    const d = await addDebt(planId, {
      name: 'Student loan',
      monthlyMinimum: 1100,
      rateResetsOn: '2027-12-31',
    });
    const del = await deleteDebt(d.value);
    expect(await db.debts.count()).toBe(0);
    await del.revert();
    expect(await db.debts.get(d.value)).toMatchObject({
      name: 'Student loan',
      monthlyMinimum: 1100,
    });
    await expect(addDebt(planId, { name: '', monthlyMinimum: 10 })).rejects.toMatchObject({
      field: 'name',
    });
    expect(await db.clawbacks.count()).toBe(1);
    expect(await db.debts.count()).toBe(1);
  });
});

describe('backups carry the new tables', () => {
  beforeEach(async () => {
    planId = (await freshPlan()).id;
  });

  it('round-trips opportunities, the exit plan, clawbacks and debts', async () => {
    const { importBackup } = await import('../../src/db/backup');
    const { exportedJson, readPlainBackup } = await import('../support/backup');
    await addOpportunity(planId, {
      company: 'Acme',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'applied',
      baseSalary: 200000,
    });
    await saveContract(planId, contract);
    await addClawback(planId, { kind: 'retention', amount: 10000, endsOn: '2028-01-01' });
    await addDebt(planId, { name: 'Car', monthlyMinimum: 400 });
    const backup = await exportedJson();
    const parsed = await readPlainBackup(JSON.stringify(backup));
    expect(parsed.summary.counts).toMatchObject({
      opportunities: 1,
      exitPlans: 1,
      clawbacks: 1,
      debts: 1,
    });
    await resetDatabase();
    await importBackup(parsed);
    expect(await db.opportunities.toArray()).toEqual(backup.tables.opportunities);
    expect(await db.exitPlans.toArray()).toEqual(backup.tables.exitPlans);
  });
});
