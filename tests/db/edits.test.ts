import { beforeEach, describe, expect, it } from 'vitest';
import { addContact, updateContact } from '../../src/db/contacts';
import { db } from '../../src/db/database';
import { addDiagnoseItem, updateDiagnoseItem } from '../../src/db/diagnose';
import { moveMilestone, setMilestoneStatus, updateMilestone } from '../../src/db/milestones';
import { addOpportunity, moveOpportunity, updateOpportunity } from '../../src/db/opportunities';
import { updatePlanSettings } from '../../src/db/plans';
import { addRecordEntry, updateRecordEntry } from '../../src/db/record';
import { saveContract } from '../../src/db/exitPlan';
import { getSetting, saveSettingFields } from '../../src/db/settings';
import { UserError } from '../../src/domain/errors';
import type { Milestone } from '../../src/domain/schema/milestone';
import { resetDatabase } from '../support/db';
import { byTitle, seededPlan } from '../support/fixtures';

const CARD = 'Take on industry-flavoured work';

/** The form's input for a milestone as it is (what an untouched dialog would save). */
const inputOf = (m: Milestone) => ({
  title: m.title,
  description: m.description,
  notes: m.notes,
  month: m.month,
  status: m.status,
  category: m.category,
});

async function get<T>(row: Promise<T | undefined>): Promise<T> {
  const found = await row;
  if (!found) throw new Error('missing');
  return found;
}

describe('a save writes only the fields the user changed (a stale form loses nothing)', () => {
  beforeEach(resetDatabase);

  it('a stale notes save keeps a title changed meanwhile', async () => {
    await seededPlan();
    const opened = await byTitle(CARD);
    await updateMilestone(opened.id, { ...inputOf(opened), title: 'Renamed in tab A' }, opened);
    await updateMilestone(opened.id, { ...inputOf(opened), notes: 'Typed in tab B' }, opened);
    expect(await db.milestones.get(opened.id)).toMatchObject({
      title: 'Renamed in tab A',
      notes: 'Typed in tab B',
    });
  });

  it('a stale save neither moves a card back nor un-does a Done', async () => {
    const plan = await seededPlan();
    const opened = await byTitle(CARD);
    await moveMilestone(opened.id, { month: 9, planId: plan.id, afterId: null, beforeId: null });
    await setMilestoneStatus(opened.id, 'done');
    const done = await get(db.milestones.get(opened.id));
    const save = await updateMilestone(opened.id, { ...inputOf(opened), notes: 'Later' }, opened);
    expect(save.label).toBe(`Saved “${CARD}”`); // nothing said about a move it did not make
    expect(await db.milestones.get(opened.id)).toMatchObject({
      month: 9,
      rank: done.rank,
      status: 'done',
      doneOn: done.doneOn,
      notes: 'Later',
    });
  });

  it('refuses, at the field, a change to a field changed meanwhile to something else', async () => {
    await seededPlan();
    const opened = await byTitle(CARD);
    await updateMilestone(opened.id, { ...inputOf(opened), title: 'Theirs' }, opened);
    const before = await db.milestones.get(opened.id);
    const refusal = await updateMilestone(opened.id, { ...inputOf(opened), title: 'Mine' }, opened)
      .then(() => null)
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ kind: 'conflict', field: 'title' });
    expect(await db.milestones.get(opened.id)).toEqual(before);
    // The same value both places is no conflict; a form that took the new value saves over it.
    await updateMilestone(opened.id, { ...inputOf(opened), title: 'Theirs' }, opened);
    await updateMilestone(opened.id, { ...inputOf(opened), title: 'Mine' }, before);
    expect((await db.milestones.get(opened.id))?.title).toBe('Mine');
  });

  it('a stale opportunity save keeps a stage moved meanwhile, and its history', async () => {
    const planId = (await seededPlan()).id;
    const input = {
      company: 'Acme Bio',
      title: 'Medical Director',
      roleType: 'medical-affairs',
      stage: 'applied',
    } as const;
    const { value: id } = await addOpportunity(planId, input, '2027-01-05');
    const opened = await get(db.opportunities.get(id));
    await moveOpportunity(
      id,
      { stage: 'interviewing', afterId: null, beforeId: null },
      '2027-01-20',
    );
    const moved = await get(db.opportunities.get(id));
    await updateOpportunity(id, { ...input, notes: 'Ask about travel' }, '2027-01-25', opened);
    const saved = await get(db.opportunities.get(id));
    expect(saved).toMatchObject({
      stage: 'interviewing',
      rank: moved.rank,
      notes: 'Ask about travel',
    });
    expect(saved.history).toEqual(moved.history);
  });

  it('holds for contacts, diagnose items, record entries and the plan’s settings', async () => {
    const plan = await seededPlan();
    const { value: contactId } = await addContact({ name: 'Jane Lee', company: 'Roche' });
    const contact = await get(db.contacts.get(contactId));
    await db.contacts.update(contactId, { company: 'Genentech' }); // another tab
    await updateContact(
      contactId,
      { name: 'Jane Lee', company: 'Roche', notes: 'Met at ASCO' },
      contact,
    );
    expect(await db.contacts.get(contactId)).toMatchObject({
      company: 'Genentech',
      notes: 'Met at ASCO',
    });

    const { value: itemId } = await addDiagnoseItem({ title: 'Call nights', column: 'a' });
    const item = await get(db.diagnoseItems.get(itemId));
    await db.diagnoseItems.update(itemId, { fit: 'fixes' });
    await updateDiagnoseItem(
      itemId,
      { title: 'Call nights', column: 'a', fit: 'unsure', note: 'Two a week' },
      item,
    );
    expect(await db.diagnoseItems.get(itemId)).toMatchObject({ fit: 'fixes', note: 'Two a week' });

    const { value: entryId } = await addRecordEntry({
      date: '2027-02-01',
      kind: 'talk',
      title: 'Grand rounds',
    });
    const entry = await get(db.recordEntries.get(entryId));
    await db.recordEntries.update(entryId, { role: 'Speaker' });
    await updateRecordEntry(
      entryId,
      { date: '2027-02-01', kind: 'talk', title: 'Grand rounds', impact: '120 attendees' },
      entry,
    );
    expect(await db.recordEntries.get(entryId)).toMatchObject({
      role: 'Speaker',
      impact: '120 attendees',
    });

    await db.plans.update(plan.id, { lengthMonths: 18 });
    await updatePlanSettings(
      plan.id,
      { startMonth: plan.startMonth, lengthMonths: 12 },
      new Date(2026, 10, 10),
      plan,
    );
    expect((await db.plans.get(plan.id))?.lengthMonths).toBe(18);
  });

  it('holds for the exit plan’s sections and the vision', async () => {
    const plan = await seededPlan();
    const contract = {
      noticeDays: 90,
      tailRequired: true,
      tailCost: 40000,
      nonCompeteNotes: '',
      currentAnnualPay: 300000,
    };
    await saveContract(plan.id, contract);
    const opened = await get(db.exitPlans.get(plan.id));
    await db.exitPlans.update(plan.id, { noticeDays: 60 }); // another tab
    await saveContract(plan.id, { ...contract, currentAnnualPay: 320000 }, opened);
    expect(await db.exitPlans.get(plan.id)).toMatchObject({
      noticeDays: 60,
      currentAnnualPay: 320000,
    });

    const vision = await getSetting('vision');
    await saveSettingFields('vision', { ...vision, place: 'Boston' }, undefined, 'Saved');
    const visionOpened = await getSetting('vision');
    await saveSettingFields('vision', { ...visionOpened, weeklyHours: 45 }, visionOpened, 'Saved');
    await saveSettingFields(
      'vision',
      { ...visionOpened, goodDay: 'Lab, then home by six' },
      visionOpened,
      'Saved',
    );
    expect(await getSetting('vision')).toMatchObject({
      place: 'Boston',
      weeklyHours: 45,
      goodDay: 'Lab, then home by six',
    });
  });
});
