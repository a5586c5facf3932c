import { useLiveQuery } from 'dexie-react-hooks';
import { dayLabel, type Day } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { plural } from '../domain/counts';
import { quote } from '../domain/quote';
import { callDateProblems } from '../domain/networking/callDates';
import { networkingSummary, type NetworkingSummary } from '../domain/networking/summary';
import { SETTING_DEFAULTS } from '../domain/settings';
import type { Call, CallInput, Contact, ContactInput } from '../domain/schema/networking';
import { contactRow, requireContact, type ContactInputParsed } from './contacts';
import { newestFirst } from './callsLive';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, found, runWrite, validate, type WriteResult } from './write';

export { newestFirst, recentCalls, useRecentCalls, type RecentCalls } from './callsLive';

/**
 * Every call, newest first (planned ones on top). `undefined` while loading, and until `start`
 * (a read waiting behind another: IndexedDB answers one 10,000-row read before a quick one).
 */
export function useCalls(start = true): Call[] | undefined {
  // toArray + sort in memory: one getAll is much faster than walking a reversed index cursor.
  return useLiveQuery(
    async () => (start ? (await db.calls.toArray()).sort(newestFirst) : undefined),
    [start],
  );
}

export function useCall(id: string | null | undefined): Call | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.calls.get(id)) ?? null) : null), [id]);
}

/** One person's calls, newest first. */
export function useContactCalls(contactId: string | null | undefined): Call[] | undefined {
  return useLiveQuery(
    async () =>
      contactId
        ? (await db.calls.where('contactId').equals(contactId).toArray()).sort(newestFirst)
        : [],
    [contactId],
  );
}

/** What the Overview shows about networking. `undefined` while loading. */
export function useNetworkingSummary(today: Day, planStart: Day): NetworkingSummary | undefined {
  return useLiveQuery(async () => {
    const [calls, contacts, target, messages] = await Promise.all([
      db.calls.toArray(),
      db.contacts.toArray(),
      db.settings.get('weeklyCallTarget'),
      db.settings.get('countMessages'),
    ]);
    const weekly =
      typeof target?.value === 'number' ? target.value : SETTING_DEFAULTS.weeklyCallTarget;
    return networkingSummary(calls, contacts, weekly, today, planStart, messages?.value === true);
  }, [today, planStart]);
}

const requireCall = async (id: string): Promise<Call> => found(await db.calls.get(id), 'call');

export interface CallWrite {
  /**
   * The person talked to; null to create `newContact`. Editing a call kept after its contact
   * was deleted, null with no `newContact` leaves it with no one.
   */
  contactId: string | null;
  newContact?: ContactInput | null;
  call: CallInput;
}

export interface LogCallInput extends CallWrite {
  /** The call whose follow-up this one is: its follow-up is marked done. */
  followUpOf?: string | null;
}

async function parse(input: CallWrite) {
  const { callInputSchema, contactInputSchema } = await loadSchemas();
  const call = await validate(callInputSchema, input.call);
  const newContact: ContactInputParsed | null =
    input.contactId || input.newContact === null
      ? null
      : await validate(contactInputSchema, input.newContact ?? { name: '' });
  return { call, newContact };
}

/**
 * The dates' window (domain/networking/callDates.ts: a few years back, a year ahead), for dates set now:
 * a date already on the call (`before`, when editing) is kept as it is.
 */
function checkDates(
  call: { day: Day; followUpOn: Day | null },
  today: Day,
  before?: Pick<Call, 'day' | 'followUpOn'>,
): void {
  const problems = callDateProblems(call, today, before);
  if (problems.day) throw new UserError('validation', problems.day, 'day');
  if (problems.followUpOn) throw new UserError('validation', problems.followUpOn, 'followUpOn');
}

/**
 * Inside a write: the contact the call is with (created when new), and the permission rule:
 * a contact's "OK to mention" follows their latest call.
 */
async function resolveContact(
  contactId: string | null,
  newContact: ContactInputParsed | null,
  call: { day: Day; mentionOk: boolean },
  now: string,
): Promise<{ contact: Contact; created: boolean }> {
  if (!contactId) {
    if (!newContact) throw new UserError('validation', 'Enter a name.', 'name');
    const created = contactRow(newId(), { ...newContact, mentionOk: call.mentionOk }, now);
    await db.contacts.add(created);
    return { contact: created, created: true };
  }
  return { contact: await requireContact(contactId), created: false };
}

async function applyPermission(
  contact: Contact,
  exceptCallId: string,
  call: { day: Day; mentionOk: boolean },
  now: string,
): Promise<void> {
  if (contact.mentionOk === call.mentionOk) return;
  const others = await db.calls.where('contactId').equals(contact.id).toArray();
  const isLatest = others.every((c) => c.id === exceptCallId || c.day <= call.day);
  if (isLatest) await db.contacts.put({ ...contact, mentionOk: call.mentionOk, updatedAt: now });
}

export async function logCall(
  input: LogCallInput,
  today: Day,
): Promise<WriteResult<{ callId: string; contactId: string; created: boolean }>> {
  const { call, newContact } = await parse(input);
  checkDates(call, today);
  return runWrite(['contacts', 'calls'], async () => {
    const now = nowIso();
    const { contact, created } = await resolveContact(input.contactId, newContact, call, now);
    const id = newId();
    await db.calls.add({
      id,
      contactId: contact.id,
      ...call,
      followUpDoneOn: null,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) await applyPermission(contact, id, call, now);
    const origin = input.followUpOf ? await db.calls.get(input.followUpOf) : undefined;
    if (origin && !origin.followUpDoneOn)
      await db.calls.put({
        ...origin,
        followUpDoneOn: call.day <= today ? call.day : today,
        updatedAt: now,
      });
    const settled =
      call.day <= today ? await settleFollowUps(contact.id, call.day, now, origin) : 0;
    const what =
      call.day > today
        ? `Planned a call with ${quote(contact.name)} on ${dayLabel(call.day)}`
        : `Logged a call with ${quote(contact.name)}`;
    return {
      value: { callId: id, contactId: contact.id, created },
      label: `${what}${created ? ' (new contact)' : ''}${settledText(settled)}`,
    };
  });
}

/**
 * A call that took place with someone settles their follow-ups from earlier calls: talking to
 * them again is following up, whether or not it was logged from the reminder. (A call planned
 * for later settles nothing until it is saved once its day has come.) Returns how many it
 * settled, besides `origin`, the one it was logged from.
 */
async function settleFollowUps(
  contactId: string,
  day: Day,
  now: string,
  origin?: Call,
): Promise<number> {
  const open = (await db.calls.where('contactId').equals(contactId).toArray()).filter(
    (c) => c.followUpOn && !c.followUpDoneOn && c.day < day && c.id !== origin?.id,
  );
  await db.calls.bulkPut(open.map((c) => ({ ...c, followUpDoneOn: day, updatedAt: now })));
  return open.length;
}

const settledText = (settled: number) =>
  settled ? `, which settles ${plural(settled, 'follow-up')}` : '';

/** Save the dialog: with `since` (the call as it opened), only the fields the user changed. */
export async function updateCall(
  id: string,
  input: CallWrite,
  today: Day,
  since?: Call,
): Promise<WriteResult<{ contactId: string | null; created: boolean }>> {
  const { call, newContact } = await parse(input);
  return runWrite<{ contactId: string | null; created: boolean }>(
    ['contacts', 'calls'],
    async () => {
      const beforeCall = await requireCall(id);
      checkDates(call, today, beforeCall);
      const now = nowIso();
      // A call kept after its contact was deleted may stay with no one.
      if (!input.contactId && !newContact && beforeCall.contactId === null) {
        const { row, changed } = applyEdit(beforeCall, { ...call, contactId: null }, since, 'call');
        if (changed.length > 0) await db.calls.put({ ...row, updatedAt: now });
        return {
          value: { contactId: null, created: false },
          label: `Saved the call on ${dayLabel(call.day)}`,
        };
      }
      const { contact, created } = await resolveContact(input.contactId, newContact, call, now);
      const mine = { ...call, contactId: contact.id };
      const { row, changed } = applyEdit(beforeCall, mine, since, 'call');
      if (changed.length > 0) await db.calls.put({ ...row, updatedAt: now });
      if (!created) await applyPermission(contact, id, row, now);
      // A planned call saved once it has taken place (its notes added) settles as a logged one.
      const settled = row.day <= today ? await settleFollowUps(contact.id, row.day, now) : 0;
      return {
        value: { contactId: contact.id, created },
        label: `Saved the call with ${quote(contact.name)}${settledText(settled)}`,
      };
    },
  );
}

/** The contact a call is with, if they are still in the contacts. */
const contactOf = async (call: Call): Promise<Contact | undefined> =>
  call.contactId === null ? undefined : db.contacts.get(call.contactId);

export async function deleteCall(id: string): Promise<WriteResult> {
  return runWrite(['contacts', 'calls'], async () => {
    const before = await requireCall(id);
    const contact = await contactOf(before);
    await db.calls.delete(id);
    return {
      value: undefined,
      label: `Deleted the call${contact ? ` with ${quote(contact.name)}` : ''} on ${dayLabel(before.day)}`,
    };
  });
}

/** Mark a call's follow-up done on `day`, or open again with null. */
export async function setFollowUpDone(callId: string, day: Day | null): Promise<WriteResult> {
  return runWrite(['contacts', 'calls'], async () => {
    const before = await requireCall(callId);
    if (!before.followUpOn) throw new UserError('validation', 'That call has no follow-up date.');
    const contact = await contactOf(before);
    await db.calls.put({ ...before, followUpDoneOn: day, updatedAt: nowIso() });
    const who = contact ? ` with ${quote(contact.name)}` : '';
    return {
      value: undefined,
      label: day ? `Marked the follow-up${who} done` : `Reopened the follow-up${who}`,
    };
  });
}
