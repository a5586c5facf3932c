import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  applyTemplateUpgrade,
  declineTemplateUpgrade,
  PREVIOUS_TEMPLATE,
  upgradeFor,
} from '../../src/db/planTemplate';
import {
  completeProfile,
  hideLandmine,
  saveProfile,
  tickExitItem,
  toggleTargetZone,
} from '../../src/db/playbook';
import { getSetting } from '../../src/db/settings';
import { UserError } from '../../src/domain/errors';
import { EMPTY_PROFILE } from '../../src/domain/settings';
import { countWrites, resetDatabase } from '../support/db';
import { seededPlan } from '../support/fixtures';

describe('the playbook’s settings rows', () => {
  beforeEach(resetDatabase);

  it('saves the profile trimmed, refuses a field too long by naming it, and undoes', async () => {
    const saved = await saveProfile({
      ...EMPTY_PROFILE,
      specialty: '  internal medicine ',
      experience: ['qi', 'trials'],
    });
    expect(saved.value.specialty).toBe('internal medicine');
    expect((await getSetting('profile')).experience).toEqual(['qi', 'trials']);
    const refused = saveProfile({ ...EMPTY_PROFILE, institution: 'x'.repeat(81) });
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toMatchObject({ field: 'institution' });
    await expect(refused).rejects.toThrow(/Where you work can be at most 80 characters/);
    await saved.revert();
    expect(await getSetting('profile')).toEqual(EMPTY_PROFILE);
  });

  it('fills in part of the profile, keeping the rest', async () => {
    await saveProfile({ ...EMPTY_PROFILE, name: 'Sam', experience: ['data'] });
    await completeProfile({ specialty: 'cardiology', targetArea: 'heart failure' });
    expect(await getSetting('profile')).toMatchObject({
      name: 'Sam',
      specialty: 'cardiology',
      targetArea: 'heart failure',
      experience: ['data'],
    });
  });

  it('aims at two landing zones at most, says so for a third, and undoes', async () => {
    expect((await toggleTargetZone('medical-affairs')).label).toBe('Aiming at Medical Affairs');
    const second = await toggleTargetZone('payer');
    expect(await getSetting('targetRoleTypes')).toEqual(['medical-affairs', 'payer']);
    await expect(toggleTargetZone('medtech')).rejects.toThrow(
      'You can aim at 2 landing zones at most. Take one off first.',
    );
    expect(await getSetting('targetRoleTypes')).toEqual(['medical-affairs', 'payer']);
    const off = await toggleTargetZone('medical-affairs');
    expect(off.label).toBe('No longer aiming at Medical Affairs');
    expect(await getSetting('targetRoleTypes')).toEqual(['payer']);
    await off.revert();
    expect(await getSetting('targetRoleTypes')).toEqual(['medical-affairs', 'payer']);
    await second.revert();
    expect(await getSetting('targetRoleTypes')).toEqual(['medical-affairs']);
  });

  it('ticks and unticks the hand-over checklist, and hides the check-in', async () => {
    await tickExitItem('licence', true);
    await tickExitItem('cme', true);
    await tickExitItem('licence', false);
    expect(await getSetting('exitChecklist')).toEqual(['cme']);
    await expect(tickExitItem('not-an-item', true)).rejects.toBeInstanceOf(UserError);
    await hideLandmine('identity-whiplash');
    expect(await getSetting('hiddenLandmines')).toEqual(['identity-whiplash']);
  });
});

const byKey = async (key: string) => {
  const m = (await db.milestones.toArray()).find((x) => x.templateKey === key);
  if (!m) throw new Error(key);
  return m;
};

/** Puts the plan's template cards back as version 1 of the default plan made them. */
async function makeVersionOnePlan() {
  const plan = await seededPlan();
  for (const old of PREVIOUS_TEMPLATE) {
    const m = await byKey(old.templateKey);
    await db.milestones.put({
      ...m,
      month: old.month,
      baselineMonth: old.month,
      title: old.title,
      description: old.description,
    });
  }
  return plan;
}

describe('upgrading a plan made from the previous default plan', () => {
  beforeEach(resetDatabase);

  it('offers nothing to a plan made from the current one', async () => {
    const plan = await seededPlan();
    const milestones = await db.milestones.toArray();
    expect(upgradeFor(milestones, plan.lengthMonths)).toEqual({ changes: [], kept: [] });
  });

  it('moves and rewords only the untouched cards, in one write that undoes as one', async () => {
    const plan = await makeVersionOnePlan();
    // The user made the LinkedIn card their own.
    const mine = await byKey('rewrite-profile');
    await db.milestones.update(mine.id, { notes: 'Headline done, CV next' });
    const offer = upgradeFor(await db.milestones.toArray(), plan.lengthMonths);
    expect(offer.changes.map((c) => [c.templateKey, c.from.month, c.to.month])).toEqual([
      ['start-networking', 3, 1],
      ['pick-targets', 5, 5],
      // Reworded: notice no earlier than a verbal offer (issue 15's rule).
      ['give-notice', 10, 10],
    ]);
    expect(offer.kept.map((k) => k.title)).toEqual(['Rewrite your LinkedIn and CV for industry']);

    const before = await db.milestones.orderBy('id').toArray();
    const counter = await countWrites();
    let result;
    try {
      result = await applyTemplateUpgrade(plan.id);
    } finally {
      await counter.stop();
    }
    expect(counter.total()).toBe(3);
    expect(result.value).toBe(3);
    expect(result.label).toBe('Updated 3 cards to the new default plan');
    const calls = await byKey('start-networking');
    expect(calls).toMatchObject({ month: 1, baselineMonth: 1 });
    expect(calls.description).toMatch(/^This week: two short messages/);
    const monthOne = await db.milestones.where('[planId+month]').equals([plan.id, 1]).toArray();
    expect(monthOne.every((m) => m.rank < calls.rank || m.id === calls.id)).toBe(true);
    expect(await byKey('rewrite-profile')).toEqual({ ...mine, notes: 'Headline done, CV next' });

    await result.revert();
    expect(await db.milestones.orderBy('id').toArray()).toEqual(before);
  });

  it('leaves a card changed after the offer was read, and refuses when nothing is left', async () => {
    const plan = await makeVersionOnePlan();
    // The offer was read; then, in another tab, every card it names is changed.
    const calls = await byKey('start-networking');
    await db.milestones.update(calls.id, { status: 'in_progress' });
    await db.milestones.update((await byKey('pick-targets')).id, { title: 'Pick medical affairs' });
    await db.milestones.update((await byKey('rewrite-profile')).id, { month: 4 });
    await db.milestones.update((await byKey('give-notice')).id, { notes: 'After the offer' });
    await expect(applyTemplateUpgrade(plan.id)).rejects.toThrow(/Nothing left to update/);
    expect(await byKey('start-networking')).toMatchObject({ month: 3, status: 'in_progress' });
  });

  it('remembers when the user keeps the plan as it is', async () => {
    await declineTemplateUpgrade();
    expect(await getSetting('planTemplateDeclined')).toBe(2);
  });
});
