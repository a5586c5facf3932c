/**
 * Networking rules: the weekly count against a target, streaks, the rolling average, check-in
 * and follow-up dates, coverage by role type, and finding a contact by name. All pure; every rule
 * that depends on the date takes `today`, so tests can fix the clock.
 *
 * A call dated after today is a planned call: it shows in lists but counts toward a week only
 * once its day comes.
 */
import { addDays, dayLabel, isDay, isStoredDay, today as todayOf, type Day } from './calendar';
import type { CalendarEvent } from './calendarExport';
import { plural } from './counts';
import { ROLE_TYPE_IDS, type RoleTypeId } from './roleTypes';
import { addWeeks, weekEndOf, weekOf, weeksBetween, weeksFromTo, type Week } from './weeks';

export const CALL_CHANNELS = ['call', 'video', 'coffee', 'message'] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];
export const CHANNEL_LABELS: Record<CallChannel, string> = {
  call: 'Call',
  video: 'Video',
  coffee: 'Coffee',
  message: 'Message',
};
/** As in "from your video call on Mar 2". */
const CHANNEL_NOUNS: Record<CallChannel, string> = {
  call: 'call',
  video: 'video call',
  coffee: 'coffee',
  message: 'message',
};

export const WEEKLY_TARGET_DEFAULT = 2;
export const WEEKLY_TARGET_MIN = 0;
export const WEEKLY_TARGET_MAX = 14;

export const CHECK_IN_CHOICES = [2, 4, 6, 8, 12, 26] as const;
export const CHECK_IN_MAX_WEEKS = 52;

export const CONTACT_NAME_MAX = 120;
export const CONTACT_TEXT_MAX = 200;
export const HOW_WE_MET_MAX = 500;
export const NETWORK_NOTES_MAX = 5000;
/** The chart shows at most this many weeks (two years), the most recent ones. */
export const CHART_MAX_WEEKS = 104;

export function isWeeklyTarget(n: number): boolean {
  return Number.isInteger(n) && n >= WEEKLY_TARGET_MIN && n <= WEEKLY_TARGET_MAX;
}

export { formatCount, plural } from './counts';

// ---------------------------------------------------------------------------------------------
// Call dates

/**
 * How far from today a call (or its follow-up) may be dated. A pivot plan runs 6 to 24 months;
 * calls logged after the fact, to keep the history of people you already know, go back a few
 * years at most, and five leaves room for fellowship and early-career contacts. A call planned
 * more than a year ahead is not a plan anyone keeps. Outside these bounds a date is almost
 * always a slip in the year (1026 for 2026, 2099), which would otherwise sit in the weekly
 * numbers for good.
 */
export const CALL_YEARS_BACK = 5;
export const CALL_YEARS_AHEAD = 1;

/** The same day `years` later (or earlier); Feb 29 becomes Feb 28 in a year without one. */
function shiftYears(day: Day, years: number): Day {
  const year = String(Number(day.slice(0, 4)) + years).padStart(4, '0');
  const shifted = `${year}${day.slice(4)}`;
  return isDay(shifted) ? shifted : `${year}-02-28`;
}

export interface DayWindow {
  earliest: Day;
  latest: Day;
}

/** The first and last day a call or follow-up may be dated, both included. */
export function callDayWindow(today: Day): DayWindow {
  return {
    earliest: shiftYears(today, -CALL_YEARS_BACK),
    latest: shiftYears(today, CALL_YEARS_AHEAD),
  };
}

/** Why a date is outside the window, for `what` ("a call"), or null. */
function windowProblem(day: Day, today: Day, what: string, ahead: string): string | null {
  const { earliest, latest } = callDayWindow(today);
  if (day < earliest)
    return `Check the year: ${what} can be dated up to ${CALL_YEARS_BACK} years back, from ${dayLabel(earliest)}.`;
  if (day > latest)
    return `Check the year: ${what} can be ${ahead} up to a year ahead, until ${dayLabel(latest)}.`;
  return null;
}

/** Why a call's date is refused (check the year), or null when it is inside the window. */
export function callDayProblem(day: Day, today: Day): string | null {
  return windowProblem(day, today, 'a call', 'planned');
}

/**
 * What is wrong with a call's dates, by field (none: an empty object). Only a date set now is
 * held to the window: one already on the call (`before`, when editing; a call logged long ago,
 * or imported) is kept as it is, though a follow-up must still not come before the call.
 * `day` is null when the call's date is not a date at all (the form says so itself).
 */
export function callDateProblems(
  call: { day: Day | null; followUpOn: Day | null },
  today: Day,
  before?: { day: Day; followUpOn: Day | null },
): { day?: string; followUpOn?: string } {
  const problems: { day?: string; followUpOn?: string } = {};
  const day = call.day && call.day !== before?.day ? callDayProblem(call.day, today) : null;
  if (day) problems.day = day;
  const followUp = !call.followUpOn
    ? null
    : call.followUpOn !== before?.followUpOn
      ? followUpDayProblem(call.followUpOn, call.day, today)
      : call.day && call.followUpOn < call.day
        ? FOLLOW_UP_BEFORE_CALL
        : null;
  if (followUp) problems.followUpOn = followUp;
  return problems;
}

const FOLLOW_UP_BEFORE_CALL = 'Pick a follow-up date on or after the day of the call.';

/** Why a follow-up date is refused, or null: it is inside the same window, on or after the call. */
export function followUpDayProblem(
  followUpOn: Day,
  callDay: Day | null,
  today: Day,
): string | null {
  const problem = windowProblem(followUpOn, today, 'a follow-up', 'set');
  if (problem) return problem;
  if (callDay && followUpOn < callDay) return FOLLOW_UP_BEFORE_CALL;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Weeks

export interface WeekCount {
  week: Week;
  count: number;
}

/** Calls that have happened (dated on or before today), counted per week. */
export function countByWeek(days: Iterable<Day>, today: Day): Map<Week, number> {
  const counts = new Map<Week, number>();
  const weekCache = new Map<Day, Week>();
  for (const day of days) {
    if (day > today) continue;
    let week = weekCache.get(day);
    if (!week) {
      week = weekOf(day);
      weekCache.set(day, week);
    }
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return counts;
}

export interface Streak {
  /** Consecutive weeks that met the target, ending this week or last week. */
  weeks: number;
  /** This week already met the target. Until it does, it does not break the streak either. */
  includesThisWeek: boolean;
}

/** Null when there is no target (0): every week would meet it. */
export function streakOf(
  counts: ReadonlyMap<Week, number>,
  target: number,
  today: Day,
): Streak | null {
  if (target <= 0) return null;
  const met = (w: Week) => (counts.get(w) ?? 0) >= target;
  const thisWeek = weekOf(today);
  const includesThisWeek = met(thisWeek);
  let weeks = includesThisWeek ? 1 : 0;
  let w = addWeeks(thisWeek, -1);
  while (met(w)) {
    weeks++;
    w = addWeeks(w, -1);
  }
  return { weeks, includesThisWeek };
}

/**
 * The streak in words. At 0 weeks, "Not yet" only while no week has met the target: after a run
 * of good weeks it would read as if nothing had ever been done. A streak at 0 with the week
 * still under way means last week fell short. `series` is the weekly chart's weeks.
 */
export function streakLabel(
  streak: Streak | null,
  series: readonly WeekCount[],
  target: number,
): string {
  if (streak === null) return 'Off (no target)';
  if (streak.weeks > 0) return `${plural(streak.weeks, 'week')} in a row`;
  return series.some((w) => w.count >= target) ? '0 weeks — last week fell short' : 'Not yet';
}

export interface Average {
  /** Calls per week. */
  perWeek: number;
  /** How many full weeks it is taken over (fewer than the span early on). */
  weeks: number;
}

/**
 * Calls per week over the last `span` full weeks (this week, still under way, is left out),
 * counting no week before `since` (when tracking began). Null before the first full week.
 */
export function rollingAverage(
  counts: ReadonlyMap<Week, number>,
  today: Day,
  since: Day | null,
  span = 4,
): Average | null {
  const thisWeek = weekOf(today);
  let first = addWeeks(thisWeek, -span);
  if (since && weekOf(since) > first) first = weekOf(since);
  const weeks = weeksBetween(first, thisWeek);
  if (weeks <= 0) return null;
  let sum = 0;
  for (let i = 0; i < weeks; i++) sum += counts.get(addWeeks(first, i)) ?? 0;
  return { perWeek: sum / weeks, weeks };
}

/** "1.5" — one decimal, none when whole. */
export function formatPerWeek(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** Every week from the week of `from` through this week, with its count (the last `max` weeks at most). */
export function weekSeries(
  counts: ReadonlyMap<Week, number>,
  from: Day,
  today: Day,
  max = CHART_MAX_WEEKS,
): WeekCount[] {
  const earliest = addWeeks(weekOf(today), -(max - 1));
  const start = from < earliest ? earliest : from;
  return weeksFromTo(start, today).map((week) => ({ week, count: counts.get(week) ?? 0 }));
}

export interface WeeklyProgress {
  target: number;
  /** Calls so far this week (planned ones later this week not included). */
  thisWeek: number;
  /** Calls planned for later this week. */
  plannedThisWeek: number;
  /** Calls planned after this week. */
  plannedLater: number;
  /** Calls that have happened, all time. */
  total: number;
  streak: Streak | null;
  average: Average | null;
  /** Weeks from the plan's start (or the first call, if earlier) through this week. */
  series: WeekCount[];
}

export function weeklyProgress(
  days: readonly Day[],
  target: number,
  today: Day,
  planStart: Day | null,
): WeeklyProgress {
  const counts = countByWeek(days, today);
  const thisWeek = weekOf(today);
  const weekEnd = weekEndOf(today);
  let plannedThisWeek = 0;
  let plannedLater = 0;
  let total = 0;
  let first: Day | null = null;
  for (const day of days) {
    if (day > weekEnd) plannedLater++;
    else if (day > today) plannedThisWeek++;
    else {
      total++;
      if (first === null || day < first) first = day;
    }
  }
  const since = first && planStart ? (first < planStart ? first : planStart) : (first ?? planStart);
  return {
    target,
    thisWeek: counts.get(thisWeek) ?? 0,
    plannedThisWeek,
    plannedLater,
    total,
    streak: streakOf(counts, target, today),
    // Before the first call an average of zero says nothing useful.
    average: total > 0 ? rollingAverage(counts, today, since) : null,
    series: since && since <= today ? weekSeries(counts, since, today) : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Contacts, check-ins and follow-ups

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

export interface CallFacts {
  id: string;
  contactId: string;
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

/** Open follow-ups and coming check-ins, earliest first. */
export function remindersOf(
  calls: readonly CallFacts[],
  contacts: readonly ContactFacts[],
  histories: ReadonlyMap<string, ContactHistory>,
): Reminder[] {
  const out: Reminder[] = [];
  for (const c of calls) {
    if (c.followUpOn && !c.followUpDoneOn) {
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

// ---------------------------------------------------------------------------------------------
// Coverage

export interface CoverageRow {
  roleType: RoleTypeId | null;
  count: number;
}

/** Contacts per role type: every type, zeros included (the gaps are the point); "not set" only when some are. */
export function coverageOf(contacts: readonly Pick<ContactFacts, 'roleType'>[]): CoverageRow[] {
  const counts = new Map<RoleTypeId | null, number>();
  for (const c of contacts) counts.set(c.roleType, (counts.get(c.roleType) ?? 0) + 1);
  const rows: CoverageRow[] = ROLE_TYPE_IDS.map((id) => ({
    roleType: id,
    count: counts.get(id) ?? 0,
  }));
  const unset = counts.get(null) ?? 0;
  if (unset > 0) rows.push({ roleType: null, count: unset });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Finding people and calls

/** Names compare without case, accents' case or extra spaces. */
export function normalizeText(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function contactsNamed<T extends { name: string }>(
  contacts: readonly T[],
  name: string,
): T[] {
  const n = normalizeText(name);
  if (!n) return [];
  return contacts.filter((c) => normalizeText(c.name) === n);
}

/**
 * Contacts for the name box as the user types: names that start with the text first, then names
 * with a word that starts with it, then any other match in name, company or title.
 */
export function suggestContacts<T extends { name: string; company: string; title: string }>(
  contacts: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const q = normalizeText(query);
  if (!q) return [];
  const scored: { c: T; score: number; name: string }[] = [];
  for (const c of contacts) {
    const name = normalizeText(c.name);
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.split(' ').some((w) => w.startsWith(q))) score = 1;
    else if (name.includes(q)) score = 2;
    else if (normalizeText(`${c.company} ${c.title}`).includes(q)) score = 3;
    if (score >= 0) scored.push({ c, score, name });
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.c);
}

/** A lower-cased text to search in, built once per record. */
export function searchText(...parts: readonly (string | null | undefined)[]): string {
  return parts.filter(Boolean).join('\n').toLocaleLowerCase();
}

/** Every word of the query appears somewhere in the text. */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = normalizeText(query).split(' ').filter(Boolean);
  return terms.every((t) => haystack.includes(t));
}

export interface NetworkingSummary {
  /** Calls that have happened, all time. */
  callsLogged: number;
  callsThisWeek: number;
  weeklyTarget: number;
  /** Weeks in a row that met the target (0 without a target). */
  streakWeeks: number;
  /** Follow-ups and check-ins due by the end of this week, overdue ones included. */
  followUpsDue: number;
}

/** The numbers the Overview shows about networking. */
export function networkingSummary(
  calls: readonly CallFacts[],
  contacts: readonly ContactFacts[],
  target: number,
  today: Day,
  planStart: Day | null,
): NetworkingSummary {
  const progress = weeklyProgress(
    calls.map((c) => c.day),
    target,
    today,
    planStart,
  );
  const reminders = remindersOf(calls, contacts, historyByContact(calls, today));
  return {
    callsLogged: progress.total,
    callsThisWeek: progress.thisWeek,
    weeklyTarget: target,
    streakWeeks: progress.streak?.weeks ?? 0,
    followUpsDue: reminders.filter((r) => dueWhen(r.day, today) !== 'later').length,
  };
}
