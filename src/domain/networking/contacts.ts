/** A contact's history of calls and when to get back in touch with them. */
import { addDays, isStoredDay, today as todayOf, type Day } from '../calendar';
import type { RoleTypeId } from '../roleTypes';
import { plural } from '../counts';
import { capitalize } from '../wording';
import type { CallChannel } from './channels';

export interface ContactFacts {
  id: string;
  name: string;
  title: string;
  company: string;
  roleType: RoleTypeId | null;
  checkInWeeks: number | null;
  checkedInOn: Day | null;
  createdAt: string;
}

/** How a call whose contact was deleted (and the call kept) names who it was with. */
export const DELETED_CONTACT = 'a deleted contact';

export interface CallFacts {
  id: string;
  /** Null once the contact was deleted and the call kept in the history. */
  contactId: string | null;
  day: Day;
  channel: CallChannel;
  followUpOn: Day | null;
  followUpDoneOn: Day | null;
}

export interface ContactHistory {
  count: number;
  /** The latest call on or before today. */
  last: Day | null;
  /** The earliest call after today. */
  nextPlanned: Day | null;
}

/** Per contact: how many calls, the last one that happened and the next one planned. */
export function historyByContact(
  calls: readonly Pick<CallFacts, 'contactId' | 'day'>[],
  today: Day,
): Map<string, ContactHistory> {
  const out = new Map<string, ContactHistory>();
  for (const c of calls) {
    if (c.contactId === null) continue;
    let h = out.get(c.contactId);
    if (!h) {
      h = { count: 0, last: null, nextPlanned: null };
      out.set(c.contactId, h);
    }
    h.count++;
    if (c.day <= today) {
      if (h.last === null || c.day > h.last) h.last = c.day;
    } else if (h.nextPlanned === null || c.day < h.nextPlanned) {
      h.nextPlanned = c.day;
    }
  }
  return out;
}

/** The local calendar day of an ISO timestamp. */
export const dayOfTimestamp = (iso: string): Day => todayOf(new Date(iso));

export interface CheckIn {
  day: Day;
  /** What the interval is counted from. */
  basis: 'call' | 'check-in' | 'added';
  from: Day;
}

/**
 * When to get back in touch: the interval counted from the last call that happened (or from a
 * check-in marked done since; without any call, from the day the contact was added). Logging a
 * call moves it. Null without an interval, or while a call is already planned.
 */
export function nextCheckIn(
  contact: Pick<ContactFacts, 'checkInWeeks' | 'checkedInOn' | 'createdAt'>,
  history: Pick<ContactHistory, 'last' | 'nextPlanned'> | undefined,
): CheckIn | null {
  if (!contact.checkInWeeks || contact.checkInWeeks < 1) return null;
  if (history?.nextPlanned) return null;
  // A call logged after the fact may be older than the contact record: the call still counts.
  let basis: CheckIn['basis'] = history?.last ? 'call' : 'added';
  let from = history?.last ?? dayOfTimestamp(contact.createdAt);
  // A check-in day outside the days any record may hold (9999-12-31, saved by an older version)
  // is not counted: the reminder comes due, and marking it done puts today's date in its place.
  if (contact.checkedInOn && isStoredDay(contact.checkedInOn) && contact.checkedInOn > from) {
    basis = 'check-in';
    from = contact.checkedInOn;
  }
  return { day: addDays(from, contact.checkInWeeks * 7), basis, from };
}

/** "their call", "their 3 calls". */
export function theirCalls(calls: number): string {
  return calls === 1 ? 'their call' : `their ${plural(calls, 'call')}`;
}

/** What deleting a contact did, for the toast and the undo history. */
export function contactDeletedText(name: string, calls: number, mode: 'keep' | 'delete'): string {
  const deleted = `Deleted “${name}”`;
  if (calls === 0) return deleted;
  return mode === 'delete'
    ? `${deleted} and ${theirCalls(calls)}`
    : `${deleted}; ${theirCalls(calls)} ${calls === 1 ? 'stays' : 'stay'} in your history`;
}

/** The question before deleting a contact with calls, and what it means for the calls. */
export function deleteContactQuestion(
  name: string,
  calls: number,
): { question: string; explain: string; deleteCallsToo: string } {
  const theirs = theirCalls(calls);
  return {
    question: `Delete ${name}?`,
    explain: `${capitalize(theirs)} ${calls === 1 ? 'stays' : 'stay'} in your history under “${DELETED_CONTACT}”, so past weeks keep their counts.`,
    deleteCallsToo: `Delete ${theirs} too`,
  };
}
