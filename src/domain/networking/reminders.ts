/** Open follow-ups and coming check-ins: when they are due, what they come from, the calendar file. */
import { dayLabel, type Day } from '../calendar';
import type { CalendarEvent } from '../calendarExport';
import { plural } from '../counts';
import { weekEndOf } from '../weeks';
import { CHANNEL_NOUNS, type CallChannel } from './channels';
import {
  nextCheckIn,
  type CallFacts,
  type CheckIn,
  type ContactFacts,
  type ContactHistory,
} from './contacts';

export type DueWhen = 'overdue' | 'today' | 'this-week' | 'later';

export function dueWhen(day: Day, today: Day): DueWhen {
  if (day < today) return 'overdue';
  if (day === today) return 'today';
  return day <= weekEndOf(today) ? 'this-week' : 'later';
}

export type Reminder =
  | {
      kind: 'follow-up';
      key: string;
      contactId: string;
      day: Day;
      callId: string;
      callDay: Day;
      channel: CallChannel;
    }
  | {
      kind: 'check-in';
      key: string;
      contactId: string;
      day: Day;
      checkIn: CheckIn;
      everyWeeks: number;
    };

/**
 * Open follow-ups and coming check-ins, earliest first. A call kept after its contact was
 * deleted has no one to follow up with: its follow-up is left out.
 */
export function remindersOf(
  calls: readonly CallFacts[],
  contacts: readonly ContactFacts[],
  histories: ReadonlyMap<string, ContactHistory>,
): Reminder[] {
  const out: Reminder[] = [];
  for (const c of calls) {
    if (c.followUpOn && !c.followUpDoneOn && c.contactId !== null) {
      out.push({
        kind: 'follow-up',
        key: `follow-up-${c.id}`,
        contactId: c.contactId,
        day: c.followUpOn,
        callId: c.id,
        callDay: c.day,
        channel: c.channel,
      });
    }
  }
  for (const p of contacts) {
    const checkIn = nextCheckIn(p, histories.get(p.id));
    if (checkIn && p.checkInWeeks) {
      out.push({
        kind: 'check-in',
        key: `check-in-${p.id}`,
        contactId: p.id,
        day: checkIn.day,
        checkIn,
        everyWeeks: p.checkInWeeks,
      });
    }
  }
  return out.sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

/** "from your video call on Mar 2, 2027" */
export function followUpOrigin(r: Extract<Reminder, { kind: 'follow-up' }>): string {
  return `from your ${CHANNEL_NOUNS[r.channel]} on ${dayLabel(r.callDay)}`;
}

export function checkInOrigin(r: Extract<Reminder, { kind: 'check-in' }>): string {
  const every = `every ${plural(r.everyWeeks, 'week')}`;
  const since =
    r.checkIn.basis === 'call'
      ? 'last call'
      : r.checkIn.basis === 'check-in'
        ? 'last check-in'
        : 'added';
  return `${every}; ${since} ${dayLabel(r.checkIn.from)}`;
}

/** Calendar events for reminders. Only names and dates go in: calendars are often shared or synced. */
export function reminderEvents(
  reminders: readonly Reminder[],
  contactName: (id: string) => string,
): CalendarEvent[] {
  return reminders.map((r) => {
    const name = contactName(r.contactId);
    return r.kind === 'follow-up'
      ? {
          uid: `call-${r.callId}-follow-up`,
          day: r.day,
          title: `Follow up with ${name}`,
          description: `Follow-up ${followUpOrigin(r)}.`,
        }
      : {
          uid: `contact-${r.contactId}-check-in`,
          day: r.day,
          title: `Check in with ${name}`,
          description: `Check-in: ${checkInOrigin(r)}.`,
        };
  });
}

export function calendarFileName(today: Day): string {
  return `pivotboard-follow-ups-${today}.ics`;
}

/**
 * What goes in the follow-ups calendar file: what is still ahead (today onwards). An overdue
 * follow-up in a calendar would sit in a past week where nobody looks; it stays on this screen
 * under Overdue instead, and the message says how many were left out.
 */
export function calendarReminders(
  reminders: readonly Reminder[],
  today: Day,
): { ahead: Reminder[]; leftOut: number } {
  const ahead = reminders.filter((r) => r.day >= today);
  return { ahead, leftOut: reminders.length - ahead.length };
}

/** What the download says: how many dates went in, and how many overdue ones were left out. */
export function calendarFileMessage(ahead: number, leftOut: number): string {
  if (ahead === 0 && leftOut === 0)
    return 'Nothing to put in a calendar yet. Add a follow-up date when you log a call, or a check-in interval on a contact.';
  const overdue =
    leftOut === 0
      ? ''
      : ` Left out: ${plural(leftOut, 'overdue date')}, listed here under Overdue.`;
  if (ahead === 0) return `Nothing from today onwards to put in a calendar.${overdue}`;
  return `Downloaded a calendar file with ${plural(ahead, 'date')} from today onwards; open it in your calendar app.${overdue}`;
}
