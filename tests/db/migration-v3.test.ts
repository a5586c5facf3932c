import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { declareVersions, PivotDatabase, SCHEMA_VERSION, TABLE_NAMES } from '../../src/db/database';
import { tableSchemas } from '../../src/domain/schema/index';

const NAME = 'pivotboard-migration-v3';

describe('schema version 3: opportunities and the exit plan', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('upgrades a version-2 database keeping every record, and the new tables work', async () => {
    // Version 2 comes from the networking branch; here, declaring "up to 2" declares what exists below 3.
    const old = new Dexie(NAME);
    declareVersions(old, 2);
    await old.open();
    const plan = {
      id: 'p1',
      title: 'My pivot plan',
      startMonth: '2027-01',
      lengthMonths: 12,
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    };
    const milestone = {
      id: 'm1',
      planId: 'p1',
      title: 'Give notice',
      description: '',
      notes: '',
      month: 10,
      baselineMonth: 10,
      rank: 'a0',
      status: 'todo',
      category: 'exit',
      templateKey: 'give-notice',
      doneOn: null,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    };
    await old.table('plans').add(plan);
    await old.table('milestones').add(milestone);
    await old.table('settings').add({ key: 'currency', value: 'EUR' });
    expect(old.tables.map((t) => t.name)).not.toContain('opportunities');
    old.close();

    const db = new PivotDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.milestones.toArray()).toEqual([milestone]);
    expect(await db.settings.get('currency')).toEqual({ key: 'currency', value: 'EUR' });

    await db.opportunities.add({
      id: 'o1',
      planId: 'p1',
      company: 'Acme',
      title: 'Medical Director',
      roleType: 'payer',
      referralContactId: null,
      referredBy: '',
      link: '',
      baseSalary: 250000,
      bonusPercent: 10,
      signOnBonus: null,
      equityPerYear: null,
      remotePolicy: 'remote',
      officeDaysPerMonth: 0,
      travelPercent: null,
      companySize: null,
      proposedStartDate: null,
      notes: '',
      stage: 'applied',
      closedReason: null,
      history: [{ stage: 'applied', on: '2027-02-01', reason: null }],
      rank: 'a0',
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    });
    expect(await db.opportunities.where('[planId+stage]').equals(['p1', 'applied']).count()).toBe(
      1,
    );
    await db.clawbacks.add({
      id: 'c1',
      planId: 'p1',
      kind: 'sign-on',
      description: '',
      amount: 20000,
      endsOn: '2028-01-01',
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    });
    await db.debts.add({
      id: 'd1',
      planId: 'p1',
      name: 'Loan',
      monthlyMinimum: 900,
      rateResetsOn: null,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    });
    expect(await db.clawbacks.where('planId').equals('p1').count()).toBe(1);
    expect(await db.debts.where('planId').equals('p1').count()).toBe(1);
    expect(await db.exitPlans.get('p1')).toBeUndefined();
    db.close();
  });

  it('every table is in the backup registry', () => {
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(tableSchemas).sort());
    expect(TABLE_NAMES).toEqual(
      expect.arrayContaining(['opportunities', 'exitPlans', 'clawbacks', 'debts']),
    );
  });
});
