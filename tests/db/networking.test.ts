import { beforeEach, describe, expect, it } from 'vitest';
import { createBackupFile, importBackup, readBackup } from '../../src/db/backup';
import { seedIfEmpty } from '../../src/db/seed';
import { deleteCall, logCall, recentCalls, setFollowUpDone, updateCall } from '../../src/db/calls';
import { addContact, deleteContact, markCheckInDone, updateContact } from '../../src/db/contacts';
import { db } from '../../src/db/database';
import { getSetting, setSetting } from '../../src/db/settings';
import { UserError } from '../../src/domain/errors';
import { resetDatabase } from '../support/db';

const TODAY = '2026-03-18';

async function jane() {
  return (await addContact({ name: 'Jane Lee', company: 'Pfizer', roleType: 'medical-affairs' }))
    .value;
}

async function rejection(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('networking writes', () => {
  beforeEach(resetDatabase);

  it('reads the newest calls first, in the whole list’s order, ties on the last day included', async () => {
    expect(await recentCalls(3)).toEqual({ calls: [], contacts: [] });
    const contactId = await jane();
    const days = [
      '2026-03-01',
      '2026-03-09',
      '2026-03-09',
      '2026-03-09',
      '2026-03-20',
      '2026-03-02',
    ];
    for (const day of days) await logCall({ contactId, call: { day, channel: 'call' } }, TODAY);
    // Calls logged in the same millisecond tie: by id, in every read.
    const all = (await db.calls.toArray()).sort(
      (a, b) =>
        b.day.localeCompare(a.day) ||
        b.createdAt.localeCompare(a.createdAt) ||
        (a.id < b.id ? -1 : 1),
    );
    const recent = await recentCalls(3);
    expect(recent.calls.map((c) => c.day)).toEqual(['2026-03-20', '2026-03-09', '2026-03-09']);
    expect(recent.calls.map((c) => c.id)).toEqual(all.slice(0, 3).map((c) => c.id));
    expect(recent.contacts.map((c) => c.name)).toEqual(['Jane Lee']);
    // A cut between two days (the fifth newest is an older day), and fewer calls than asked for.
    expect((await recentCalls(4)).calls.map((c) => c.id)).toEqual(all.slice(0, 4).map((c) => c.id));
    expect((await recentCalls(20)).calls.map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('logs a call with a new contact in one step, and undoes both', async () => {
    const step = await logCall(
      {
        contactId: null,
        newContact: { name: '  Maria Gomez ', company: 'Roche', roleType: 'payer' },
        call: { day: TODAY, channel: 'coffee', mentionOk: true },
      },
      TODAY,
    );
    expect(step.label).toBe('Logged a call with “Maria Gomez” (new contact)');
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({
      name: 'Maria Gomez',
      company: 'Roche',
      roleType: 'payer',
      mentionOk: true,
      checkInWeeks: null,
    });
    const [call] = await db.calls.toArray();
    expect(call).toMatchObject({
      contactId: contact?.id,
      day: TODAY,
      channel: 'coffee',
      notes: '',
      followUpOn: null,
      followUpDoneOn: null,
    });
    await step.revert();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.calls.count()).toBe(0);
  });

  it('says when a call is planned', async () => {
    const id = await jane();
    const step = await logCall({ contactId: id, call: { day: '2026-03-25' } }, TODAY);
    expect(step.label).toBe('Planned a call with “Jane Lee” on Mar 25, 2026');
  });

  it('lets the latest call set the contact’s permission to be mentioned', async () => {
    const id = await jane();
    await logCall({ contactId: id, call: { day: '2026-03-10', mentionOk: true } }, TODAY);
    expect((await db.contacts.get(id))?.mentionOk).toBe(true);
    // An older call logged later does not overrule the newer answer.
    const older = await logCall(
      { contactId: id, call: { day: '2026-02-01', mentionOk: false } },
      TODAY,
    );
    expect((await db.contacts.get(id))?.mentionOk).toBe(true);
    const newer = await logCall({ contactId: id, call: { day: TODAY, mentionOk: false } }, TODAY);
    expect((await db.contacts.get(id))?.mentionOk).toBe(false);
    await newer.revert();
    expect((await db.contacts.get(id))?.mentionOk).toBe(true);
    await older.revert();
    expect(await db.calls.count()).toBe(1);
  });

  it('refuses bad input with a message about the field, and writes nothing', async () => {
    const id = await jane();
    const noName = await rejection(
      logCall({ contactId: null, newContact: { name: '   ' }, call: { day: TODAY } }, TODAY),
    );
    expect(noName.field).toBe('name');
    expect(noName.message).toBe('Name can’t be empty.');
    const badDay = await rejection(logCall({ contactId: id, call: { day: '2026-02-30' } }, TODAY));
    expect(badDay.field).toBe('day');
    const early = await rejection(
      logCall({ contactId: id, call: { day: TODAY, followUpOn: '2026-03-01' } }, TODAY),
    );
    expect(early).toMatchObject({
      field: 'followUpOn',
      message: 'Pick a follow-up date on or after the day of the call.',
    });
    // A slip in the year: refused, next to the field, before anything is written.
    const slip = await rejection(logCall({ contactId: id, call: { day: '1926-03-18' } }, TODAY));
    expect(slip).toMatchObject({ field: 'day', message: expect.stringMatching(/^Check the year/) });
    // Outside the days any record may hold, the record's own rule says so first.
    const farSlip = await rejection(logCall({ contactId: id, call: { day: '1026-03-18' } }, TODAY));
    expect(farSlip).toMatchObject({
      field: 'day',
      message: 'Date: pick a date between Jan 1, 1900 and Dec 31, 2199.',
    });
    const farFollowUp = await rejection(
      logCall({ contactId: id, call: { day: TODAY, followUpOn: '2099-03-18' } }, TODAY),
    );
    expect(farFollowUp).toMatchObject({
      field: 'followUpOn',
      message: expect.stringMatching(/^Check the year/),
    });
    const gone = await rejection(logCall({ contactId: 'nobody', call: { day: TODAY } }, TODAY));
    expect(gone.kind).toBe('not-found');
    expect(await db.calls.count()).toBe(0);
    expect(await db.contacts.count()).toBe(1);
  });

  it('marks the follow-up done when the call it led to is logged, and undo reopens it', async () => {
    const id = await jane();
    const first = await logCall(
      { contactId: id, call: { day: '2026-03-02', followUpOn: '2026-03-16' } },
      TODAY,
    );
    const origin = first.value.callId;
    const next = await logCall({ contactId: id, call: { day: TODAY }, followUpOf: origin }, TODAY);
    expect((await db.calls.get(origin))?.followUpDoneOn).toBe(TODAY);
    await next.revert();
    expect((await db.calls.get(origin))?.followUpDoneOn).toBeNull();
    expect(await db.calls.count()).toBe(1);
  });

  it('a later call with the same person settles their open follow-ups; a planned one does not', async () => {
    const id = await jane();
    // Logged out of order (the later one first), so neither settles the other.
    const comingUp = await logCall(
      { contactId: id, call: { day: '2026-03-04', followUpOn: '2026-03-20' } },
      TODAY,
    );
    const overdue = await logCall(
      { contactId: id, call: { day: '2026-03-02', followUpOn: '2026-03-09' } },
      TODAY,
    );
    expect(await db.calls.get(comingUp.value.callId)).toMatchObject({ followUpDoneOn: null });
    const other = await logCall(
      {
        contactId: null,
        newContact: { name: 'Sam Ortiz' },
        call: { day: '2026-03-03', followUpOn: '2026-03-10' },
      },
      TODAY,
    );
    const done = (r: { value: { callId: string } }) =>
      db.calls.get(r.value.callId).then((c) => c?.followUpDoneOn);
    // Planned for next week: not a conversation yet.
    await logCall({ contactId: id, call: { day: '2026-03-25' } }, TODAY);
    expect(await done(overdue)).toBeNull();
    // Spoken to on the 12th: both of Jane's follow-ups were followed up then, Sam's was not.
    const later = await logCall({ contactId: id, call: { day: '2026-03-12' } }, TODAY);
    expect(later.label).toBe('Logged a call with “Jane Lee”, which settles 2 follow-ups');
    expect(await done(overdue)).toBe('2026-03-12');
    expect(await done(comingUp)).toBe('2026-03-12');
    expect(await done(other)).toBeNull();
    await later.revert();
    expect(await done(overdue)).toBeNull();
    expect(await done(comingUp)).toBeNull();
  });

  it('a planned call settles the follow-ups once it is saved after its day has come', async () => {
    const id = await jane();
    const first = await logCall(
      { contactId: id, call: { day: '2026-03-02', followUpOn: '2026-03-09' } },
      TODAY,
    );
    const planned = await logCall({ contactId: id, call: { day: '2026-03-25' } }, TODAY);
    const input = { contactId: id, call: { day: '2026-03-25', notes: 'Talked about MSL roles' } };
    // Saved before its day: still planned, nothing settled.
    await updateCall(planned.value.callId, input, TODAY);
    expect((await db.calls.get(first.value.callId))?.followUpDoneOn).toBeNull();
    // Saved the day after it took place.
    const saved = await updateCall(planned.value.callId, input, '2026-03-26');
    expect(saved.label).toBe('Saved the call with “Jane Lee”, which settles 1 follow-up');
    expect((await db.calls.get(first.value.callId))?.followUpDoneOn).toBe('2026-03-25');
  });

  it('marks a follow-up done and back', async () => {
    const id = await jane();
    const { value } = await logCall(
      { contactId: id, call: { day: '2026-03-02', followUpOn: '2026-03-16' } },
      TODAY,
    );
    const step = await setFollowUpDone(value.callId, TODAY);
    expect(step.label).toBe('Marked the follow-up with “Jane Lee” done');
    expect((await db.calls.get(value.callId))?.followUpDoneOn).toBe(TODAY);
    await step.revert();
    expect((await db.calls.get(value.callId))?.followUpDoneOn).toBeNull();
  });

  it('edits a call, moving it to a new person, and undoes it', async () => {
    const id = await jane();
    const { value } = await logCall({ contactId: id, call: { day: TODAY, notes: 'first' } }, TODAY);
    const step = await updateCall(
      value.callId,
      {
        contactId: null,
        newContact: { name: 'Sam Ortiz' },
        call: { day: '2026-03-17', notes: 'fixed' },
      },
      TODAY,
    );
    const sam = (await db.contacts.toArray()).find((c) => c.name === 'Sam Ortiz');
    expect(await db.calls.get(value.callId)).toMatchObject({
      contactId: sam?.id,
      day: '2026-03-17',
      notes: 'fixed',
    });
    await step.revert();
    expect(await db.calls.get(value.callId)).toMatchObject({
      contactId: id,
      day: TODAY,
      notes: 'first',
    });
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps an old date already on a call when editing it, but refuses moving a call out of range', async () => {
    const id = await jane();
    // Logged long ago (or restored from an old backup): older than the window today.
    const { value } = await logCall({ contactId: id, call: { day: '2020-05-04' } }, '2020-05-04');
    await updateCall(
      value.callId,
      { contactId: id, call: { day: '2020-05-04', notes: 'still fine' } },
      TODAY,
    );
    expect(await db.calls.get(value.callId)).toMatchObject({
      day: '2020-05-04',
      notes: 'still fine',
    });
    const moved = await rejection(
      updateCall(value.callId, { contactId: id, call: { day: '2028-05-04' } }, TODAY),
    );
    expect(moved).toMatchObject({
      field: 'day',
      message: expect.stringMatching(/^Check the year/),
    });
    expect((await db.calls.get(value.callId))?.day).toBe('2020-05-04');
  });

  it('deletes a call with undo', async () => {
    const id = await jane();
    const { value } = await logCall({ contactId: id, call: { day: TODAY } }, TODAY);
    const step = await deleteCall(value.callId);
    expect(step.label).toBe('Deleted the call with “Jane Lee” on Mar 18, 2026');
    expect(await db.calls.count()).toBe(0);
    await step.revert();
    expect(await db.calls.count()).toBe(1);
  });

  it('deletes a contact and keeps their calls under a deleted contact; undo links them again', async () => {
    const id = await jane();
    await logCall({ contactId: id, call: { day: '2026-03-10', followUpOn: '2026-03-20' } }, TODAY);
    await logCall({ contactId: id, call: { day: TODAY } }, TODAY);
    await logCall(
      { contactId: null, newContact: { name: 'Sam Ortiz' }, call: { day: TODAY } },
      TODAY,
    );
    const before = await db.calls.toArray();
    const step = await deleteContact(id);
    expect(step.label).toBe('Deleted “Jane Lee”; their 2 calls stay in your history');
    expect(await db.contacts.get(id)).toBeUndefined();
    const after = await db.calls.toArray();
    // Every call kept, on the same days: past weeks' counts do not change.
    expect(after.map((c) => c.day).sort()).toEqual(before.map((c) => c.day).sort());
    expect(after.filter((c) => c.contactId === null)).toHaveLength(2);
    expect(after.filter((c) => c.contactId === null)[0]?.followUpOn).not.toBeUndefined();
    await step.revert();
    expect(await db.calls.where('contactId').equals(id).count()).toBe(2);
    expect(await db.contacts.get(id)).toBeDefined();
  });

  it('edits a call kept after its contact was deleted, with no one or with a new name', async () => {
    const id = await jane();
    const { value } = await logCall({ contactId: id, call: { day: '2026-03-10' } }, TODAY);
    await deleteContact(id);
    const kept = await updateCall(
      value.callId,
      { contactId: null, newContact: null, call: { day: '2026-03-11', notes: 'Oncology MSL' } },
      TODAY,
    );
    expect(kept.label).toBe('Saved the call on Mar 11, 2026');
    expect(await db.calls.get(value.callId)).toMatchObject({ contactId: null, day: '2026-03-11' });
    await updateCall(
      value.callId,
      { contactId: null, newContact: { name: 'Jane Lee' }, call: { day: '2026-03-11' } },
      TODAY,
    );
    const call = await db.calls.get(value.callId);
    expect((await db.contacts.get(call?.contactId ?? ''))?.name).toBe('Jane Lee');
    // A new call still needs someone.
    expect(
      (await rejection(logCall({ contactId: null, newContact: null, call: { day: TODAY } }, TODAY)))
        .field,
    ).toBe('name');
  });

  it('deletes a contact with their calls when asked, and undo brings all back', async () => {
    const id = await jane();
    await logCall({ contactId: id, call: { day: '2026-03-10' } }, TODAY);
    await logCall({ contactId: id, call: { day: TODAY } }, TODAY);
    const other = await logCall(
      { contactId: null, newContact: { name: 'Sam Ortiz' }, call: { day: TODAY } },
      TODAY,
    );
    const step = await deleteContact(id, { calls: 'delete' });
    expect(step.label).toBe('Deleted “Jane Lee” and their 2 calls');
    expect(await db.calls.toArray()).toHaveLength(1);
    expect((await db.calls.toArray())[0]?.contactId).toBe(other.value.contactId);
    await step.revert();
    expect(await db.calls.count()).toBe(3);
    expect(await db.contacts.get(id)).toBeDefined();
  });

  it('refuses a LinkedIn address that is not http(s), and changes nothing', async () => {
    const id = await jane();
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'mailto:jane@example.com',
      'file:///etc/passwd',
      'Jane on LinkedIn',
    ]) {
      const e = await rejection(updateContact(id, { name: 'Jane Lee', linkedInUrl: url }));
      expect(e).toMatchObject({
        field: 'linkedInUrl',
        message:
          'LinkedIn URL must be a web address, such as linkedin.com/in/your-name (other kinds of links are not kept).',
      });
    }
    expect((await db.contacts.get(id))?.linkedInUrl).toBe('');
    await updateContact(id, {
      name: 'Jane Lee',
      linkedInUrl: ' https://www.linkedin.com/in/janelee ',
    });
    expect((await db.contacts.get(id))?.linkedInUrl).toBe('https://www.linkedin.com/in/janelee');
  });

  it('stores a LinkedIn address typed without https:// as https', async () => {
    const id = await jane();
    await updateContact(id, { name: 'Jane Lee', linkedInUrl: 'linkedin.com/in/janelee' });
    expect((await db.contacts.get(id))?.linkedInUrl).toBe('https://linkedin.com/in/janelee');
    const added = await addContact({ name: 'Sam Ortiz', linkedInUrl: 'www.linkedin.com/in/sam' });
    expect((await db.contacts.get(added.value))?.linkedInUrl).toBe(
      'https://www.linkedin.com/in/sam',
    );
  });

  it('keeps a check-in interval between 1 and 52 weeks', async () => {
    const id = await jane();
    expect((await rejection(updateContact(id, { name: 'Jane Lee', checkInWeeks: 0 }))).field).toBe(
      'checkInWeeks',
    );
    await updateContact(id, { name: 'Jane Lee', checkInWeeks: 6 });
    expect((await db.contacts.get(id))?.checkInWeeks).toBe(6);
  });

  it('marks a check-in done with undo', async () => {
    const id = await jane();
    const step = await markCheckInDone(id, TODAY);
    expect((await db.contacts.get(id))?.checkedInOn).toBe(TODAY);
    await step.revert();
    expect((await db.contacts.get(id))?.checkedInOn).toBeNull();
  });

  it('stores the weekly target as a setting, 0 to 14, default 2', async () => {
    expect(await getSetting('weeklyCallTarget')).toBe(2);
    const step = await setSetting('weeklyCallTarget', 3);
    expect(await getSetting('weeklyCallTarget')).toBe(3);
    for (const bad of [15, -1, 2.5, '3']) {
      expect((await rejection(setSetting('weeklyCallTarget', bad))).message).toBe(
        'Pick a whole number of calls from 0 to 14.',
      );
    }
    await step.revert();
    expect(await getSetting('weeklyCallTarget')).toBe(2);
  });
});

describe('backups carry what the networking writes made', () => {
  beforeEach(resetDatabase);

  it('exports contacts and calls and imports them back exactly', async () => {
    await seedIfEmpty(); // a backup always holds a plan
    const id = await jane();
    await logCall(
      { contactId: id, call: { day: TODAY, followUpOn: '2026-03-25', notes: 'MSL travel' } },
      TODAY,
    );
    await logCall(
      { contactId: null, newContact: { name: 'Sam Ortiz' }, call: { day: '2026-03-25' } },
      TODAY,
    );
    const file = await createBackupFile();
    const contacts = await db.contacts.toArray();
    const calls = await db.calls.toArray();
    await resetDatabase();
    const read = await readBackup(file.text);
    if (read.locked) throw new Error('not encrypted');
    await importBackup(read.backup);
    expect(await db.contacts.toArray()).toEqual(contacts);
    expect(await db.calls.toArray()).toEqual(calls);
  });
});
