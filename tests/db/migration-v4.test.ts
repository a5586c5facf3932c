import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup';
import { db, declareVersions, PivotDatabase, TABLE_NAMES } from '../../src/db/database';
import { addDiagnoseItem } from '../../src/db/diagnose';
import { addRecordEntry } from '../../src/db/record';
import { setSetting } from '../../src/db/settings';
import { tableSchemas } from '../../src/domain/schema';
import { exportedJson, readPlainBackup } from '../support/backup';
import { resetDatabase } from '../support/db';
import { seededPlan } from '../support/fixtures';

const NAME = 'pivotboard-migration-v4';
const STAMP = '2027-01-05T10:00:00.000Z';

describe('schema version 4: diagnose items and the running record', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('opens a database from before version 4 with every old record kept, and the new tables work', async () => {
    const old = new Dexie(NAME);
    declareVersions(old, 3);
    await old.open();
    expect(old.verno).toBeLessThan(4);
    await old.table('plans').add({
      id: 'p1',
      title: 'My pivot plan',
      startMonth: '2027-01',
      lengthMonths: 12,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    await old.table('milestones').bulkAdd([
      {
        id: 'm1',
        planId: 'p1',
        title: 'Start networking calls',
        description: '',
        notes: 'two a week',
        month: 3,
        baselineMonth: 2,
        rank: 'a0',
        status: 'done',
        category: 'networking',
        templateKey: 'start-networking',
        doneOn: '2027-03-02',
        createdAt: STAMP,
        updatedAt: STAMP,
      },
      {
        id: 'm2',
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
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ]);
    await old.table('settings').add({ key: 'currency', value: 'EUR' });
    old.close();

    const next = new PivotDatabase(NAME);
    await next.open();
    expect(next.verno).toBeGreaterThanOrEqual(4);
    expect(await next.plans.toArray()).toEqual([
      {
        id: 'p1',
        title: 'My pivot plan',
        startMonth: '2027-01',
        lengthMonths: 12,
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ]);
    const ms = await next.milestones.orderBy('id').toArray();
    expect(ms.map((m) => [m.id, m.month, m.baselineMonth, m.status, m.notes])).toEqual([
      ['m1', 3, 2, 'done', 'two a week'],
      ['m2', 10, 10, 'todo', ''],
    ]);
    expect(await next.milestones.where('[planId+month]').equals(['p1', 3]).count()).toBe(1);
    expect(await next.settings.get('currency')).toEqual({ key: 'currency', value: 'EUR' });

    await next.diagnoseItems.add({
      id: 'd1',
      title: 'Call',
      column: 'a',
      fit: 'fixes',
      note: '',
      rank: 'a0',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    await next.recordEntries.add({
      id: 'r1',
      date: '2027-02-28',
      kind: 'qi',
      title: 'Sepsis bundle',
      role: 'lead',
      impact: '',
      skills: ['data'],
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    expect(await next.diagnoseItems.where('column').equals('a').count()).toBe(1);
    expect(await next.recordEntries.where('kind').equals('qi').count()).toBe(1);
    next.close();
  });

  it('has a backup schema for every table, so backups carry the new ones', () => {
    expect(Object.keys(tableSchemas).sort()).toEqual([...TABLE_NAMES].sort());
    expect(TABLE_NAMES).toEqual(expect.arrayContaining(['diagnoseItems', 'recordEntries']));
  });
});

describe('backups with the version 4 tables', () => {
  beforeEach(resetDatabase);

  it('round-trip diagnose items, record entries, vision and red flags', async () => {
    await seededPlan(); // a backup always holds the plan
    await addDiagnoseItem({ title: 'Endless call', column: 'a', fit: 'fixes' });
    await addRecordEntry({
      date: '2027-02-28',
      kind: 'talk',
      title: 'Grand rounds',
      skills: ['speaking'],
    });
    await setSetting('vision', {
      weeklyHours: 35,
      clinicalShare: 10,
      income: 260000,
      workplace: 'remote',
      place: '',
      goodDay: 'Home by five',
    });
    await setSetting('redFlags', ['burnout']);
    const backup = await exportedJson();
    await resetDatabase();
    await importBackup(await readPlainBackup(JSON.stringify(backup)));
    expect((await db.diagnoseItems.toArray()).map((i) => i.title)).toEqual(['Endless call']);
    expect((await db.recordEntries.toArray()).map((e) => [e.title, e.skills])).toEqual([
      ['Grand rounds', ['speaking']],
    ]);
    expect((await db.settings.get('redFlags'))?.value).toEqual(['burnout']);
    expect((await db.settings.get('vision'))?.value).toMatchObject({
      weeklyHours: 35,
      workplace: 'remote',
    });
  });

  it('refuses a backup whose diagnose item is in a column that does not exist, and changes nothing', async () => {
    await addDiagnoseItem({ title: 'Keep me', column: 'b' });
    const backup = await exportedJson();
    const tampered = {
      ...backup,
      tables: {
        ...backup.tables,
        diagnoseItems: [{ ...(backup.tables.diagnoseItems?.[0] as object), column: 'd' }],
      },
    };
    const { checksumOf } = await import('../../src/domain/checksum');
    tampered.checksum = await checksumOf(tampered.tables);
    await expect(readPlainBackup(JSON.stringify(tampered))).rejects.toThrow(
      /record 1 of 1 in Diagnose items .*field “column”: Pick a column: A, B or C/,
    );
    expect((await db.diagnoseItems.toArray()).map((i) => i.title)).toEqual(['Keep me']);
  });
});
