/**
 * Calendar files (.ics) for dates the user wants in their own calendar: follow-ups, check-ins,
 * the give-notice-by date. All-day events, written by the `ics` library (loaded only when a file
 * is made). UIDs are stable per source record, so importing the file again updates the events
 * instead of duplicating them.
 */
import { addDays, isDay, type Day } from './calendar';

export interface CalendarEvent {
  /** Stable and unique, e.g. "call-<id>-follow-up". */
  uid: string;
  day: Day;
  title: string;
  description?: string;
}

function dateArray(day: Day): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

export async function buildCalendarFile(
  events: readonly CalendarEvent[],
  calendarName = 'Pivotboard',
): Promise<string> {
  const { createEvents } = await import('ics');
  const valid = events.filter((e) => isDay(e.day));
  if (valid.length === 0) throw new Error('There are no dates to put in a calendar file yet.');
  const { error, value } = createEvents(
    valid.map((e) => ({
      uid: `${e.uid}@pivotboard.local`,
      start: dateArray(e.day),
      // An all-day event ends (exclusively) on the next day: DTEND;VALUE=DATE. A one-day
      // duration comes out as "P1DT", which RFC 5545 does not allow and strict calendar apps
      // (ICSx5 on Android, for one) refuse.
      end: dateArray(addDays(e.day, 1)),
      title: e.title,
      ...(e.description ? { description: e.description } : {}),
      productId: 'pivotboard',
      calName: calendarName,
    })),
  );
  if (error || !value)
    throw new Error(`The calendar file could not be made (${error?.message ?? 'unknown error'}).`);
  return value;
}
