/**
 * The exit plan's fixed lists and limits, and the dates it puts in the user's calendar.
 * The countdown rules live in notice.ts, the money rules in runway.ts.
 */
import { dayLabel, type Day } from './calendar';
import type { CalendarEvent } from './calendarExport';
import { agree, plural } from './counts';
import { countdown, type Countdown } from './notice';
import { offerInHand, type Stage, type StageChange } from './opportunity';

export const CLAWBACK_KINDS = [
  'sign-on',
  'retention',
  'loan-repayment',
  'relocation',
  'other',
] as const;
export type ClawbackKind = (typeof CLAWBACK_KINDS)[number];
export const CLAWBACK_KIND_LABELS: Record<ClawbackKind, string> = {
  'sign-on': 'Sign-on bonus',
  retention: 'Retention bonus',
  'loan-repayment': 'Loan repayment',
  relocation: 'Relocation',
  other: 'Other',
};

export const NON_COMPETE_MAX = 2000;
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 200;

/** The Exit plan's countdown: its dates and notice period, and the offers in hand. */
export function exitCountdown(
  exit: { noticeDays: number | null; plannedStartDate: Day | null; noticeGivenOn: Day | null },
  opportunities: readonly { stage: Stage; history: readonly StageChange[] }[],
  today: Day,
): Countdown {
  return countdown({
    noticeDays: exit.noticeDays,
    plannedStartDate: exit.plannedStartDate,
    noticeGivenOn: exit.noticeGivenOn,
    offer: offerInHand(opportunities),
    today,
  });
}

/** The exit dates and rate resets as all-day calendar events, with stable ids. */
export function exitCalendarEvents(
  c: Countdown,
  rateResets: readonly { id: string; name: string; day: Day }[],
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  if (c.state === 'waiting-for-offer' || c.state === 'window-open' || c.state === 'too-late') {
    events.push({
      uid: 'exit-give-notice-by',
      day: c.giveNoticeBy,
      title: 'Give notice by today',
      description: `Last day to give ${noticeText(c.noticeDays)} for a start on ${dayLabel(c.startDate)}.`,
    });
  }
  if (c.state === 'notice-given' || c.state === 'notice-served') {
    events.push({
      uid: 'exit-last-clinical-day',
      day: c.lastClinicalDay,
      title: 'Last clinical day',
      description: `Notice given on ${dayLabel(c.noticeGivenOn)}, ${noticeText(c.noticeDays)}.`,
    });
  }
  const start = 'startDate' in c ? c.startDate : null;
  if (start) events.push({ uid: 'exit-start-date', day: start, title: 'Start the industry role' });
  for (const r of rateResets) {
    events.push({
      uid: `debt-${r.id}-rate-reset`,
      day: r.day,
      title: `Rate resets: ${r.name}`,
      description: 'A variable rate changes today. Check the new monthly payment.',
    });
  }
  return events;
}

/** What saving one exit plan field says: "Notice period: 120 days", or "Notice period cleared". */
export function exitFieldSaved(label: string, shown: string | null): string {
  return shown === null || shown === '' ? `${label} cleared` : `${label}: ${shown}`;
}

/** "1 day’s notice", "90 days’ notice". */
export function noticeText(days: number): string {
  return `${plural(days, 'day')}${agree(days, '’s', '’')} notice`;
}
