/**
 * Calendar files (.ics) for dates the user wants in their own calendar: follow-ups, check-ins,
 * the give-notice-by date. All-day events, written by the `ics` library (loaded only when a file
 * is made). UIDs are stable per source record, so importing the file again updates the events
 * instead of duplicating them.
 */
import { isDay, type Day } from './calendar';

export interface CalendarEvent {
  /** Stable and unique, e.g. "call-<id>-follow-up". */
  uid: string;
  day: Day;
  title: string;
  description?: string;
}

export async function buildCalendarFile(events: readonly CalendarEvent[], calendarName = 'Pivotboard'): Promise<string> {
  const { createEvents } = await import('ics');
  const valid = events.filter((e) => isDay(e.day));
  if (valid.length === 0) throw new Error('There are no dates to put in a calendar file yet.');
  const { error, value } = createEvents(
    valid.map((e) => {
      const [y, m, d] = e.day.split('-').map(Number) as [number, number, number];
      return {
        uid: `${e.uid}@pivotboard.local`,
        start: [y, m, d] as [number, number, number],
        duration: { days: 1 },
        title: e.title,
        ...(e.description ? { description: e.description } : {}),
        productId: 'pivotboard',
        calName: calendarName,
      };
    }),
  );
  if (error || !value) throw new Error(`The calendar file could not be made (${error?.message ?? 'unknown error'}).`);
  return value;
}
