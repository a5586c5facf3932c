/**
 * A backup is held to the rules of each record (domain/schema), the ones the forms and the
 * writes use: the crafted values of issue 18 that used to import and then crash a screen, or
 * break a column, are refused with a message that names the record and the field.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackupFile, importBackup, readBackup } from '../../src/db/backup';
import { checksumOf } from '../../src/domain/checksum';
import { UserError } from '../../src/domain/errors';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

type Row = Record<string, unknown>;
type File = { tables: Record<string, Row[]> } & Row;

let valid: File;

/** The refusal's message for `valid` changed by `change` (its checksum made right), or null. */
async function importChanged(change: (file: File) => void): Promise<string | null> {
  const file = structuredClone(valid);
  change(file);
  file.checksum = await checksumOf(file.tables);
  try {
    const result = await readBackup(JSON.stringify(file));
    if (result.locked) throw new Error('unexpectedly locked');
    await importBackup(result.backup);
    return null;
  } catch (e) {
    if (e instanceof UserError) return e.message;
    throw e;
  }
}

const first = (file: File, table: string): Row => {
  const row = file.tables[table]?.[0];
  if (!row) throw new Error(`no ${table} in the sample`);
  return row;
};

beforeAll(async () => {
  await resetDatabase();
  await fillDatabase(sampleTables('b'));
  valid = JSON.parse((await createBackupFile()).text) as File;
});

beforeEach(async () => {
  await fillDatabase(sampleTables('a'));
});

describe('a backup is held to the same rules as the forms', () => {
  it('refuses dates no screen can count with, naming the record and the field', async () => {
    const before = await dumpDatabase();
    expect(await importChanged((f) => (first(f, 'plans').startMonth = '9999-06'))).toBe(
      'The backup could not be imported: record 1 of 1 in Plans (id plan-b), field “startMonth”: Plan start month: pick a month between Jan 1900 and Dec 2199.',
    );
    expect(await importChanged((f) => (first(f, 'exitPlans').noticeGivenOn = '9999-12-31'))).toBe(
      'The backup could not be imported: record 1 of 1 in Exit plans (planId plan-b), field “noticeGivenOn”: Notice given on: pick a date between Jan 1, 1900 and Dec 31, 2199.',
    );
    expect(
      await importChanged((f) => {
        first(f, 'exitPlans').plannedStartDate = '1000-01-01';
        first(f, 'exitPlans').noticeDays = 365;
      }),
    ).toMatch(
      /field “plannedStartDate”: Planned start date: pick a date between Jan 1, 1900 and Dec 31, 2199\.$/,
    );
    expect(
      await importChanged((f) => {
        first(f, 'contacts').checkedInOn = '9999-12-31';
        first(f, 'contacts').checkInWeeks = 52;
      }),
    ).toMatch(/in Contacts \(id [^)]+\), field “checkedInOn”: Checked in on: pick a date between/);
    expect(
      await importChanged((f) => {
        const o = first(f, 'opportunities');
        (o.history as Row[])[0] = { ...(o.history as Row[])[0], on: '0999-01-01' };
      }),
    ).toMatch(/field “history\.0\.on”: Stage changed on: enter a real date/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('refuses order keys no card can be placed next to, in every column that has them', async () => {
    for (const table of ['milestones', 'opportunities', 'diagnoseItems'])
      for (const rank of ['!!', '~~~', 'a', ''])
        expect(
          await importChanged((f) => (first(f, table).rank = rank)),
          `${table} ${rank}`,
        ).toMatch(/, field “rank”: Order in the column: the order key is damaged\.$/);
  });

  it('says which field a bad time is in, never "Invalid ISO datetime"', async () => {
    expect(await importChanged((f) => (first(f, 'milestones').updatedAt = 'yesterday'))).toMatch(
      /field “updatedAt”: Updated at: enter a date and time like 2027-03-01T09:30:00Z\.$/,
    );
    expect(await importChanged((f) => (first(f, 'plans').createdAt = 42))).toMatch(
      /field “createdAt”: Created at: enter a date and time\.$/,
    );
  });

  it('refuses an export time in the future, or a last backup dated after today', async () => {
    expect(await importChanged((f) => (f.exportedAt = '9999-12-31T00:00:00.000Z'))).toBe(
      'Exported at: this time is in the future on this device’s clock.',
    );
    expect(
      await importChanged((f) =>
        f.tables.settings?.push({ key: 'lastBackupAt', value: '9999-12-31T00:00:00.000Z' }),
      ),
    ).toMatch(/field “value”: Last backup: this time is in the future on this device’s clock\.$/);
    // A clock a few hours ahead on the device that exported is not a reason to refuse.
    const soon = new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString();
    expect(await importChanged((f) => (f.exportedAt = soon))).toBeNull();
  });

  it('keeps settings keyed like an object’s own methods as data from a newer version', async () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(
        await importChanged((f) => f.tables.settings?.push({ key, value: { any: 'thing' } })),
        key,
      ).toBeNull();
      const stored = (await dumpDatabase()).settings as Row[];
      expect(stored.find((s) => s.key === key)?.value).toEqual({ any: 'thing' });
    }
    expect(({} as Row).any).toBeUndefined();
  });
});
