import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logCall } from '../../src/db/calls';
import { db } from '../../src/db/database';
import { addDiagnoseItem } from '../../src/db/diagnose';
import { readEvidence } from '../../src/db/evidence';
import { saveContract, saveExitDates, saveRunway } from '../../src/db/exitPlan';
import { setMilestoneStatus, updateMilestone } from '../../src/db/milestones';
import { addOpportunity, moveOpportunity } from '../../src/db/opportunities';
import { addRecordEntry } from '../../src/db/record';
import { readMilestone, readMilestones } from '../../src/domain/evidence';
import { boardStats } from '../../src/domain/milestone';
import { milestoneSchema } from '../../src/domain/schema/milestone';
import { exitPlanSchema } from '../../src/domain/schema/exitPlan';
import { resetDatabase } from '../support/db';
import { seededPlan } from '../support/fixtures';

const runwayInput = {
  cash: 51000,
  expenses: { housing: 3000, food: 800, loanMinimums: 1200, insurance: 500, other: 500 },
  nothingLinedUp: false,
};
const contract = {
  noticeDays: 90,
  tailRequired: false,
  tailCost: null,
  nonCompeteNotes: '',
  currentAnnualPay: 300000,
};

async function byKey(key: string) {
  const m = await db.milestones.filter((x) => x.templateKey === key).first();
  if (!m) throw new Error(`no milestone ${key}`);
  return m;
}

async function readingOf(key: string, planId: string, today: string) {
  return readMilestone(await byKey(key), await readEvidence(planId, today));
}

describe('evidence from what the other screens record', () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10, 9));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks each default milestone on the day its evidence appeared, and the board counts it', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    const before = readMilestones(
      await db.milestones.toArray(),
      await readEvidence(plan.id, '2027-01-10'),
    );
    expect(boardStats(before.rows, plan, new Date(2027, 0, 10)).done).toBe(0);

    await addDiagnoseItem({ title: 'Endless 24-hour call', column: 'a', fit: 'fixes' });
    await saveRunway(plan.id, runwayInput);
    vi.setSystemTime(new Date(2027, 1, 2, 9));
    await addRecordEntry({ date: '2026-11-03', kind: 'qi', title: 'Sepsis bundle' });
    for (const day of ['2027-02-01', '2027-02-03', '2027-02-09']) {
      await logCall({ contactId: null, newContact: { name: `Dr. ${day}` }, call: { day } }, day);
    }
    vi.setSystemTime(new Date(2027, 2, 1, 9));
    const { value: oppId } = await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'Medical Director',
      roleType: 'medical-affairs',
      stage: 'target',
    });
    await moveOpportunity(oppId, { stage: 'applied', afterId: null, beforeId: null }, '2027-03-05');
    await moveOpportunity(
      oppId,
      { stage: 'interviewing', afterId: null, beforeId: null },
      '2027-03-20',
    );
    await moveOpportunity(
      oppId,
      { stage: 'written-offer', afterId: null, beforeId: null },
      '2027-04-10',
    );
    await moveOpportunity(
      oppId,
      { stage: 'accepted', afterId: null, beforeId: null },
      '2027-04-12',
    );
    vi.setSystemTime(new Date(2027, 3, 12, 9));
    await saveContract(plan.id, contract);
    await saveExitDates(plan.id, { plannedStartDate: '2027-08-02', noticeGivenOn: '2027-04-12' });

    const today = '2027-04-20';
    const done = async (key: string) => {
      const r = await readingOf(key, plan.id, today);
      return [r.status, r.doneOn, r.doneBy];
    };
    expect(await done('clarify-needs')).toEqual(['done', '2027-01-10', 'evidence']);
    expect(await done('check-runway')).toEqual(['done', '2027-01-10', 'evidence']);
    expect(await done('start-record')).toEqual(['done', '2027-02-02', 'evidence']);
    expect(await done('industry-experience')).toEqual(['done', '2027-02-02', 'evidence']);
    expect(await done('start-networking')).toEqual(['done', '2027-02-01', 'evidence']);
    expect(await done('pick-targets')).toEqual(['done', '2027-03-01', 'evidence']);
    expect(await done('apply-selectively')).toEqual(['done', '2027-03-05', 'evidence']);
    expect(await done('first-interviews')).toEqual(['done', '2027-03-20', 'evidence']);
    expect(await done('final-rounds')).toEqual(['done', '2027-04-10', 'evidence']);
    expect(await done('review-contract')).toEqual(['done', '2027-04-12', 'evidence']);
    expect(await done('give-notice')).toEqual(['done', '2027-04-12', 'evidence']);
    // The notice ends Jul 11; the start (Aug 2) has not come yet.
    expect(await done('hand-over')).toEqual(['todo', null, null]);
    expect(await done('start-role')).toEqual(['todo', null, null]);
    expect(await done('rewrite-profile')).toEqual(['todo', null, null]);
    // Started, but no calls for weeks: behind the weekly pace, never "overdue".
    expect((await readingOf('start-networking', plan.id, today)).evidence).toMatchObject({
      line: '3 calls · last Tue, Feb 9 · 0 this week, 0 last week (target 2)',
      pace: 'behind',
    });
    // After the start date: started, and the notice served.
    expect(await readingOf('start-role', plan.id, '2027-08-02')).toMatchObject({
      status: 'done',
      doneOn: '2027-08-02',
    });
    expect(await readingOf('hand-over', plan.id, '2027-08-02')).toMatchObject({
      status: 'done',
      doneOn: '2027-07-11',
    });
  });

  it('counts calls through the day index: a planned call is not a call yet', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    await logCall(
      { contactId: null, newContact: { name: 'Dr. Later' }, call: { day: '2027-01-20' } },
      '2027-01-10',
    );
    const spy = vi.spyOn(db.calls, 'toArray');
    const e = await readEvidence(plan.id, '2027-01-10');
    expect(spy).not.toHaveBeenCalled();
    expect(e.calls).toMatchObject({ met: false, line: 'No calls logged yet' });
    expect((await readEvidence(plan.id, '2027-01-20')).calls).toMatchObject({
      met: true,
      on: '2027-01-20',
    });
  });

  it('stamps the day the runway and the notice period were first saved, and keeps it', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    await saveRunway(plan.id, { ...runwayInput, cash: null });
    expect((await db.exitPlans.get(plan.id))?.runwaySavedOn).toBeNull();
    await saveRunway(plan.id, runwayInput);
    vi.setSystemTime(new Date(2027, 1, 1, 9));
    await saveRunway(plan.id, { ...runwayInput, cash: 60000 });
    await saveContract(plan.id, contract);
    await saveContract(plan.id, { ...contract, noticeDays: 60 });
    const row = await db.exitPlans.get(plan.id);
    expect(row).toMatchObject({ runwaySavedOn: '2027-01-10', contractSavedOn: '2027-02-01' });
    // Taking the cash out clears it: the runway is no longer worked out.
    await saveRunway(plan.id, { ...runwayInput, cash: null });
    expect((await db.exitPlans.get(plan.id))?.runwaySavedOn).toBeNull();
  });
});

describe('overrides by hand, with undo', () => {
  beforeEach(resetDatabase);

  it('unticking a card its evidence ticked keeps it open; undo and ticking again give it back', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    await saveRunway(plan.id, runwayInput);
    const today = '2027-01-10';
    const card = await byKey('check-runway');
    expect((await readingOf('check-runway', plan.id, today)).status).toBe('done');

    const step = await setMilestoneStatus(card.id, 'todo', { overEvidence: true });
    expect(await readingOf('check-runway', plan.id, today)).toMatchObject({
      status: 'todo',
      keptOpen: true,
    });
    await step.revert();
    expect((await readingOf('check-runway', plan.id, today)).status).toBe('done');

    await setMilestoneStatus(card.id, 'todo', { overEvidence: true });
    await setMilestoneStatus(card.id, 'done');
    expect(await readingOf('check-runway', plan.id, today)).toMatchObject({
      status: 'done',
      doneBy: 'hand',
      keptOpen: false,
    });
  });

  it('ticking by hand without evidence is done; unticking it lets the evidence decide again', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    const card = await byKey('start-record');
    await setMilestoneStatus(card.id, 'done');
    expect((await readingOf('start-record', plan.id, '2027-01-10')).doneBy).toBe('hand');
    await setMilestoneStatus(card.id, 'todo');
    expect((await readingOf('start-record', plan.id, '2027-01-10')).status).toBe('todo');
    await addRecordEntry({ date: '2027-01-02', kind: 'talk', title: 'Grand rounds' });
    expect((await readingOf('start-record', plan.id, '2027-01-10')).status).toBe('done');
  });

  it('a user milestone can be tied to evidence in its dialog, and back to none', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    await addRecordEntry({ date: '2027-01-02', kind: 'trial', title: 'Sub-investigator' });
    const { rows } = readMilestones(
      await db.milestones.toArray(),
      await readEvidence(plan.id, '2027-01-10'),
    );
    expect(rows.find((m) => m.templateKey === 'industry-experience')?.status).toBe('done');
    const mine = (await db.milestones.toArray()).find((m) => m.templateKey === 'rewrite-profile');
    if (!mine) throw new Error('no card');
    const input = { title: mine.title, month: mine.month, category: mine.category };
    const step = await updateMilestone(mine.id, { ...input, evidence: 'record' });
    expect((await readingOf('rewrite-profile', plan.id, '2027-01-10')).status).toBe('done');
    await step.revert();
    expect((await byKey('rewrite-profile')).evidence).toBeUndefined();
    await updateMilestone(mine.id, { ...input, evidence: 'none' });
    expect((await readingOf('rewrite-profile', plan.id, '2027-01-10')).status).toBe('todo');
  });
});

describe('existing data keeps working', () => {
  beforeEach(resetDatabase);

  it('rows and backups from before evidence parse, and a card ticked by hand stays as it was', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    const old = await byKey('check-runway');
    const legacy: Record<string, unknown> = { ...old, status: 'done', doneOn: '2026-12-20' };
    delete legacy.evidence;
    delete legacy.keepOpen;
    expect(milestoneSchema.safeParse(legacy).success).toBe(true);
    await db.milestones.put(milestoneSchema.parse(legacy));
    // No runway yet: still done, by hand, on the day it was ticked.
    expect(await readingOf('check-runway', plan.id, '2027-01-10')).toMatchObject({
      status: 'done',
      doneOn: '2026-12-20',
      doneBy: 'hand',
    });
    await saveRunway(plan.id, runwayInput);
    const exitRow: Record<string, unknown> = { ...(await db.exitPlans.get(plan.id)) };
    delete exitRow.runwaySavedOn;
    delete exitRow.contractSavedOn;
    expect(exitPlanSchema.safeParse(exitRow).success).toBe(true);
  });

  it('an exit plan saved before the days were stamped dates its evidence by its first save', async () => {
    const plan = await seededPlan(new Date(2027, 0, 10));
    await saveRunway(plan.id, runwayInput);
    const row = await db.exitPlans.get(plan.id);
    if (!row) throw new Error('no exit plan');
    const legacy: Record<string, unknown> = { ...row, createdAt: '2026-12-01T10:00:00.000Z' };
    delete legacy.runwaySavedOn;
    delete legacy.contractSavedOn;
    await db.exitPlans.put(exitPlanSchema.parse(legacy));
    expect((await readEvidence(plan.id, '2027-01-10')).runway).toMatchObject({
      met: true,
      on: '2026-12-01',
    });
  });
});
