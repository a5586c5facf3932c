import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addRecordEntry, deleteRecordEntry, updateRecordEntry } from '../../src/db/record';
import { updateSetting } from '../../src/db/settings';
import { UserError } from '../../src/domain/errors';
import { resetDatabase } from '../support/db';

describe('running record writes', () => {
  beforeEach(resetDatabase);

  it('adds, edits and deletes entries, each undoable, without repeated skills', async () => {
    const add = await addRecordEntry({
      date: '2028-02-29',
      kind: 'trial',
      title: 'HF-ACTION sub-investigator',
      skills: ['protocols', 'protocols'],
    });
    expect(add.label).toBe('Added “HF-ACTION sub-investigator” to your record');
    expect((await db.recordEntries.get(add.value))?.skills).toEqual(['protocols']);
    const edit = await updateRecordEntry(add.value, {
      date: '2028-03-01',
      kind: 'trial',
      title: 'HF trial',
      role: 'Sub-I',
      impact: 'Enrolled 14',
    });
    expect(await db.recordEntries.get(add.value)).toMatchObject({
      title: 'HF trial',
      role: 'Sub-I',
      impact: 'Enrolled 14',
      skills: [],
    });
    await edit.revert();
    expect((await db.recordEntries.get(add.value))?.title).toBe('HF-ACTION sub-investigator');
    const del = await deleteRecordEntry(add.value);
    expect(await db.recordEntries.count()).toBe(0);
    await del.revert();
    expect(await db.recordEntries.count()).toBe(1);
  });

  it('refuses a date that does not exist, naming the field', async () => {
    const err = await addRecordEntry({ date: '2027-02-29', kind: 'talk', title: 'Talk' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).field).toBe('date');
    expect(await db.recordEntries.count()).toBe(0);
  });
});

describe('settings changed from their current value', () => {
  beforeEach(resetDatabase);

  it('starts from the default and keeps the other parts of the value', async () => {
    await updateSetting('firstRun', (p) => ({ ...p, skipped: ['vision'] }));
    const step = await updateSetting('firstRun', (p) => ({ ...p, hidden: true }));
    expect((await db.settings.get('firstRun'))?.value).toEqual({
      completed: [],
      skipped: ['vision'],
      hidden: true,
    });
    await step.revert();
    expect((await db.settings.get('firstRun'))?.value).toEqual({
      completed: [],
      skipped: ['vision'],
      hidden: false,
    });
  });

  it('refuses a value its schema refuses, and writes nothing', async () => {
    await expect(
      updateSetting('redFlags', () => ['burnout', 'nonsense' as never]),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db.settings.get('redFlags')).toBeUndefined();
  });
});
