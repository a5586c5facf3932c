import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import { buildCalendarFile } from '../../src/domain/calendarExport';
import {
  callDayProblem,
  callDayWindow,
  followUpDayProblem,
} from '../../src/domain/networking/callDates';
import {
  contactDeletedText,
  deleteContactQuestion,
  historyByContact,
  nextCheckIn,
  theirCalls,
  type CallFacts,
  type ContactFacts,
} from '../../src/domain/networking/contacts';
import { countsTowardTarget, targetCountsText } from '../../src/domain/networking/channels';
import { coverageOf } from '../../src/domain/networking/coverage';
import {
  calendarFileMessage,
  calendarReminders,
  dueWhen,
  reminderEvents,
  remindersOf,
} from '../../src/domain/networking/reminders';
import {
  contactsNamed,
  matchesQuery,
  searchText,
  suggestContacts,
} from '../../src/domain/networking/search';
import { networkingSummary } from '../../src/domain/networking/summary';
import {
  countByWeek,
  formatPerWeek,
  rollingAverage,
  streakLabel,
  streakOf,
  targetDays,
  weeklyProgress,
  weekSeries,
} from '../../src/domain/networking/weeklyCount';

// 2026-03-18 is a Wednesday; its week runs Mar 16-22.
const TODAY = '2026-03-18';

describe('the weekly count', () => {
  it('counts calls up to today in this week; later ones are planned', () => {
    const days = ['2026-03-16', '2026-03-18', '2026-03-20', '2026-03-25', '2026-03-15'];
    const p = weeklyProgress(days, 2, TODAY, '2026-03-01');
    expect(p.thisWeek).toBe(2);
    expect(p.plannedThisWeek).toBe(1);
    expect(p.plannedLater).toBe(1);
    expect(p.total).toBe(3);
  });

  it('counts a planned call once its day comes', () => {
    const days = ['2026-03-20'];
    expect(weeklyProgress(days, 2, '2026-03-19', null).thisWeek).toBe(0);
    expect(weeklyProgress(days, 2, '2026-03-20', null).thisWeek).toBe(1);
  });

  it('charts every week from the plan start, zeros included, through this week', () => {
    const p = weeklyProgress(['2026-03-03', '2026-03-17'], 2, TODAY, '2026-03-01');
    expect(p.series).toEqual([
      { week: '2026-02-23', count: 0 },
      { week: '2026-03-02', count: 1 },
      { week: '2026-03-09', count: 0 },
      { week: '2026-03-16', count: 1 },
    ]);
  });

  it('starts the chart at the first call when it came before the plan', () => {
    const p = weeklyProgress(['2026-02-10'], 2, TODAY, '2026-03-01');
    expect(p.series[0]?.week).toBe('2026-02-09');
  });

  it('has no average before the first call', () => {
    expect(weeklyProgress([], 2, TODAY, '2026-01-01').average).toBeNull();
    expect(weeklyProgress(['2026-03-25'], 2, TODAY, '2026-01-01').average).toBeNull(); // only a planned one
    expect(weeklyProgress(['2026-03-02'], 2, TODAY, '2026-03-01').average).toEqual({
      perWeek: 1 / 3,
      weeks: 3,
    });
  });

  it('has nothing to chart before the plan starts and without calls', () => {
    expect(weeklyProgress([], 2, TODAY, '2026-05-01').series).toEqual([]);
  });

  it('caps the chart at the most recent weeks', () => {
    const s = weekSeries(new Map(), '2020-01-01', TODAY, 10);
    expect(s).toHaveLength(10);
    expect(s.at(-1)?.week).toBe('2026-03-16');
  });
});

describe('streaks', () => {
  const counts = (days: string[]) => countByWeek(days, TODAY);

  it('counts consecutive weeks that met the target, this week included once met', () => {
    const c = counts([
      '2026-03-02',
      '2026-03-04',
      '2026-03-09',
      '2026-03-10',
      '2026-03-16',
      '2026-03-17',
    ]);
    expect(streakOf(c, 2, TODAY)).toEqual({ weeks: 3, includesThisWeek: true });
  });

  it('does not break on a week still under way', () => {
    const c = counts(['2026-03-02', '2026-03-04', '2026-03-09', '2026-03-10', '2026-03-16']);
    expect(streakOf(c, 2, TODAY)).toEqual({ weeks: 2, includesThisWeek: false });
  });

  it('breaks on a week below the target', () => {
    const c = counts(['2026-02-23', '2026-02-24', '2026-03-02', '2026-03-09', '2026-03-10']);
    expect(streakOf(c, 2, TODAY)).toEqual({ weeks: 1, includesThisWeek: false });
  });

  it('runs across a year end and ISO week 53', () => {
    const days = [
      '2026-12-21',
      '2026-12-22',
      '2026-12-28',
      '2027-01-03',
      '2027-01-04',
      '2027-01-05',
    ];
    expect(streakOf(countByWeek(days, '2027-01-06'), 2, '2027-01-06')).toEqual({
      weeks: 3,
      includesThisWeek: true,
    });
  });

  it('ignores planned calls', () => {
    const c = countByWeek(['2026-03-16', '2026-03-20'], TODAY);
    expect(streakOf(c, 2, TODAY)).toEqual({ weeks: 0, includesThisWeek: false });
  });

  it('has no streak without a target', () => {
    expect(streakOf(counts(['2026-03-16']), 0, TODAY)).toBeNull();
  });
});

describe('the streak in words', () => {
  // 2026-11-27 is a Friday; its week runs Nov 23-29.
  const today = '2026-11-27';
  /** Two calls on each of the `n` Mondays before this week's, newest first. */
  const weeksBack = (n: number) =>
    Array.from({ length: n }, (_, i) => addDays('2026-11-23', -7 * (i + 1))).flatMap((d) => [d, d]);

  it('says how many weeks in a row, or that the target is off', () => {
    const p = weeklyProgress(weeksBack(3), 2, today, '2026-01-05');
    expect(streakLabel(p.streak, p.series, p.target)).toBe('3 weeks in a row');
    const off = weeklyProgress(weeksBack(3), 0, today, '2026-01-05');
    expect(streakLabel(off.streak, off.series, off.target)).toBe('Off (no target)');
  });

  it('says "Not yet" only while no week has met the target', () => {
    const p = weeklyProgress(['2026-11-10'], 2, today, '2026-11-01');
    expect(streakLabel(p.streak, p.series, p.target)).toBe('Not yet');
    const none = weeklyProgress([], 2, today, '2026-11-01');
    expect(streakLabel(none.streak, none.series, none.target)).toBe('Not yet');
  });

  it('after good weeks, says plainly that last week fell short', () => {
    // 100 weeks met, then last week (Nov 16-22) missed.
    const days = weeksBack(101).slice(2);
    const p = weeklyProgress(days, 2, today, '2024-12-01');
    expect(p.streak).toEqual({ weeks: 0, includesThisWeek: false });
    expect(streakLabel(p.streak, p.series, p.target)).toBe('0 weeks — last week fell short');
  });

  it('after weeks without a call, says when the target was last met', () => {
    // Weeks met until the week of Aug 10; nothing in the 14 weeks since.
    const days = weeksBack(30).slice(2 * 14);
    const p = weeklyProgress(days, 2, today, '2026-01-05');
    expect(p.streak).toEqual({ weeks: 0, includesThisWeek: false });
    expect(streakLabel(p.streak, p.series, p.target)).toBe(
      '0 weeks — last on target in the week of Aug 10, 2026',
    );
  });
});

describe('the dates a call can have', () => {
  const today = '2026-11-27';

  it('runs from five years back to a year ahead, both days included', () => {
    expect(callDayWindow(today)).toEqual({ earliest: '2021-11-27', latest: '2027-11-27' });
    expect(callDayProblem('2021-11-27', today)).toBeNull();
    expect(callDayProblem('2027-11-27', today)).toBeNull();
    expect(callDayProblem(today, today)).toBeNull();
  });

  it('refuses a slip in the year, saying what to check', () => {
    expect(callDayProblem('1026-11-27', today)).toBe(
      'Check the year: a call can be dated up to 5 years back, from Nov 27, 2021.',
    );
    expect(callDayProblem('2021-11-26', today)).toMatch(/^Check the year/);
    expect(callDayProblem('2099-11-27', today)).toBe(
      'Check the year: a call can be planned up to a year ahead, until Nov 27, 2027.',
    );
    expect(callDayProblem('2027-11-28', today)).toMatch(/^Check the year/);
  });

  it('keeps a leap day inside the window', () => {
    expect(callDayWindow('2028-02-29')).toEqual({ earliest: '2023-02-28', latest: '2029-02-28' });
  });

  it('holds a follow-up to the same window, and on or after the call', () => {
    expect(followUpDayProblem('2026-12-04', today, today)).toBeNull();
    expect(followUpDayProblem('2099-12-04', today, today)).toBe(
      'Check the year: a follow-up can be set up to a year ahead, until Nov 27, 2027.',
    );
    expect(followUpDayProblem('1026-12-04', '1026-11-27', today)).toMatch(/^Check the year/);
    expect(followUpDayProblem('2026-11-20', today, today)).toBe(
      'Pick a follow-up date on or after the day of the call.',
    );
    expect(followUpDayProblem('2026-11-20', null, today)).toBeNull();
  });
});

describe('the rolling 4-week average', () => {
  it('averages the last four full weeks, leaving out this one', () => {
    const days = [
      '2026-02-16',
      '2026-02-23',
      '2026-02-24',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-16',
      '2026-03-17',
      '2026-02-09',
    ];
    // Feb 16: 1, Feb 23: 2, Mar 2: 3, Mar 9: 0 → 6 / 4; Feb 9 is older, this week is left out
    expect(rollingAverage(countByWeek(days, TODAY), TODAY, null)).toEqual({
      perWeek: 1.5,
      weeks: 4,
    });
  });

  it('counts only the weeks since tracking began', () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-09'];
    expect(rollingAverage(countByWeek(days, TODAY), TODAY, '2026-03-02')).toEqual({
      perWeek: 1.5,
      weeks: 2,
    });
  });

  it('has no average in the first week', () => {
    expect(rollingAverage(countByWeek(['2026-03-16'], TODAY), TODAY, '2026-03-16')).toBeNull();
  });

  it('rounds for display', () => {
    expect(formatPerWeek(1.5)).toBe('1.5');
    expect(formatPerWeek(2)).toBe('2');
    expect(formatPerWeek(1.25)).toBe('1.3');
    expect(formatPerWeek(2 / 3)).toBe('0.7');
  });
});

const contact = (over: Partial<ContactFacts> = {}): ContactFacts => ({
  id: 'p1',
  name: 'Jane Lee',
  title: 'Medical Director',
  company: 'Pfizer',
  roleType: 'medical-affairs',
  checkInWeeks: 6,
  checkedInOn: null,
  createdAt: '2026-01-05T12:00:00.000Z',
  ...over,
});

const call = (over: Partial<CallFacts> = {}): CallFacts => ({
  id: 'c1',
  contactId: 'p1',
  day: '2026-03-02',
  channel: 'video',
  followUpOn: null,
  followUpDoneOn: null,
  ...over,
});

describe('check-ins', () => {
  it('counts from the last call', () => {
    const h = historyByContact(
      [call({ day: '2026-02-02' }), call({ id: 'c2', day: '2026-03-02' })],
      TODAY,
    ).get('p1');
    expect(nextCheckIn(contact(), h)).toEqual({
      day: '2026-04-13',
      basis: 'call',
      from: '2026-03-02',
    });
  });

  it('moves when a call is logged', () => {
    const before = historyByContact([call({ day: '2026-01-20' })], TODAY).get('p1');
    const after = historyByContact(
      [call({ day: '2026-01-20' }), call({ id: 'c2', day: TODAY })],
      TODAY,
    ).get('p1');
    expect(nextCheckIn(contact(), before)?.day).toBe('2026-03-03');
    expect(nextCheckIn(contact(), after)?.day).toBe('2026-04-29');
  });

  it('counts from a call logged after the fact, even one older than the contact record', () => {
    const h = historyByContact([call({ day: '2026-03-16' })], TODAY).get('p1');
    expect(nextCheckIn(contact({ createdAt: '2026-03-18T09:00:00.000Z' }), h)).toEqual({
      day: '2026-04-27',
      basis: 'call',
      from: '2026-03-16',
    });
  });

  it('counts from the day the contact was added when there is no call', () => {
    expect(nextCheckIn(contact(), undefined)).toEqual({
      day: '2026-02-16',
      basis: 'added',
      from: '2026-01-05',
    });
  });

  it('counts from a check-in marked done after the last call', () => {
    const h = historyByContact([call({ day: '2026-01-20' })], TODAY).get('p1');
    expect(nextCheckIn(contact({ checkedInOn: '2026-03-10' }), h)).toEqual({
      day: '2026-04-21',
      basis: 'check-in',
      from: '2026-03-10',
    });
    expect(nextCheckIn(contact({ checkedInOn: '2026-01-10' }), h)?.basis).toBe('call');
  });

  it('waits while a call is planned, and has none without an interval', () => {
    const h = historyByContact([call({ day: '2026-03-25' })], TODAY).get('p1');
    expect(h).toEqual({ count: 1, last: null, nextPlanned: '2026-03-25' });
    expect(nextCheckIn(contact(), h)).toBeNull();
    expect(nextCheckIn(contact({ checkInWeeks: null }), undefined)).toBeNull();
  });

  it('lands on a leap day and across a year end', () => {
    const leap = historyByContact([call({ day: '2028-02-01' })], '2028-02-01').get('p1');
    expect(nextCheckIn(contact({ checkInWeeks: 4 }), leap)?.day).toBe('2028-02-29');
    const yearEnd = historyByContact([call({ day: '2026-12-15' })], '2026-12-15').get('p1');
    expect(nextCheckIn(contact({ checkInWeeks: 4 }), yearEnd)?.day).toBe('2027-01-12');
  });
});

describe('what is due', () => {
  it('sorts dates into overdue, today, this week and later (weeks end on Sunday)', () => {
    expect(dueWhen('2026-03-17', TODAY)).toBe('overdue');
    expect(dueWhen(TODAY, TODAY)).toBe('today');
    expect(dueWhen('2026-03-22', TODAY)).toBe('this-week');
    expect(dueWhen('2026-03-23', TODAY)).toBe('later');
    expect(dueWhen('2026-03-23', '2026-03-22')).toBe('later'); // on a Sunday, Monday is next week
  });

  it('lists open follow-ups and check-ins, earliest first; done follow-ups drop out', () => {
    const calls = [
      call({ id: 'a', followUpOn: '2026-03-20' }),
      call({ id: 'b', followUpOn: '2026-03-10', followUpDoneOn: '2026-03-11' }),
      call({ id: 'c', contactId: 'p2', day: '2026-03-01', followUpOn: '2026-03-05' }),
    ];
    const contacts = [contact(), contact({ id: 'p2', name: 'Sam Ortiz', checkInWeeks: null })];
    const list = remindersOf(calls, contacts, historyByContact(calls, TODAY));
    expect(list.map((r) => [r.kind, r.day])).toEqual([
      ['follow-up', '2026-03-05'],
      ['follow-up', '2026-03-20'],
      ['check-in', '2026-04-13'],
    ]);
  });

  it('writes calendar events with stable ids that a calendar reads back', async () => {
    const calls = [call({ id: 'a', followUpOn: '2026-03-20' })];
    const events = reminderEvents(
      remindersOf(calls, [contact()], historyByContact(calls, TODAY)),
      () => 'Jane Lee',
    );
    const cal = new ICAL.Component(ICAL.parse(await buildCalendarFile(events)));
    const parsed = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => [e.summary, e.startDate.toString(), e.uid])).toEqual([
      ['Follow up with Jane Lee', '2026-03-20', 'call-a-follow-up@pivotboard.local'],
      ['Check in with Jane Lee', '2026-04-13', 'contact-p1-check-in@pivotboard.local'],
    ]);
  });
});

describe('calls kept after their contact was deleted', () => {
  const calls = [
    call({ id: 'a', contactId: 'p1', day: '2026-03-02' }),
    call({ id: 'b', contactId: null, day: '2026-03-09', followUpOn: '2026-03-20' }),
    call({ id: 'c', contactId: null, day: '2026-03-16' }),
  ];

  it('still count toward their weeks, belong to no contact, and ask for no follow-up', () => {
    expect(countByWeek(targetDays(calls, false), TODAY)).toEqual(
      new Map([
        ['2026-03-02', 1],
        ['2026-03-09', 1],
        ['2026-03-16', 1],
      ]),
    );
    expect([...historyByContact(calls, TODAY).keys()]).toEqual(['p1']);
    expect(remindersOf(calls, [], historyByContact(calls, TODAY))).toEqual([]);
  });

  it('are named and counted in words that agree with the number', () => {
    expect(theirCalls(1)).toBe('their call');
    expect(theirCalls(2)).toBe('their 2 calls');
    expect(contactDeletedText('Jane Lee', 0, 'keep')).toBe('Deleted “Jane Lee”');
    expect(contactDeletedText('Jane Lee', 1, 'keep')).toBe(
      'Deleted “Jane Lee”; their call stays in your history',
    );
    expect(contactDeletedText('Jane Lee', 3, 'delete')).toBe(
      'Deleted “Jane Lee” and their 3 calls',
    );
    expect(deleteContactQuestion('Jane Lee', 2)).toEqual({
      question: 'Delete Jane Lee?',
      explain:
        'Their 2 calls stay in your history under “a deleted contact”, so past weeks keep their counts.',
      deleteCallsToo: 'Delete their 2 calls too',
    });
  });
});

describe('the follow-ups calendar file', () => {
  const reminders = () => {
    const calls = [
      call({ id: 'old', day: '2026-02-02', followUpOn: '2026-02-09' }),
      call({ id: 'today', day: '2026-03-02', followUpOn: TODAY }),
      call({ id: 'next', day: '2026-03-03', followUpOn: '2026-03-20' }),
    ];
    return remindersOf(calls, [], historyByContact(calls, TODAY));
  };

  it('holds what is still ahead, today included, and counts the overdue ones left out', () => {
    const { ahead, leftOut } = calendarReminders(reminders(), TODAY);
    expect(ahead.map((r) => r.day)).toEqual([TODAY, '2026-03-20']);
    expect(leftOut).toBe(1);
  });

  it('says how many dates went in and how many were left out, in agreement with the number', () => {
    expect(calendarFileMessage(2, 0)).toBe(
      'Downloaded a calendar file with 2 dates from today onwards; open it in your calendar app.',
    );
    expect(calendarFileMessage(1, 1)).toBe(
      'Downloaded a calendar file with 1 date from today onwards; open it in your calendar app. Left out: 1 overdue date, listed here under Overdue.',
    );
    expect(calendarFileMessage(0, 3)).toBe(
      'Nothing from today onwards to put in a calendar. Left out: 3 overdue dates, listed here under Overdue.',
    );
    expect(calendarFileMessage(0, 0)).toMatch(/^Nothing to put in a calendar yet\./);
  });
});

describe('coverage by role type', () => {
  it('shows every landing zone, the empty ones as zero', () => {
    const rows = coverageOf([
      { roleType: 'medical-affairs' },
      { roleType: 'medical-affairs' },
      { roleType: 'payer' },
    ]);
    expect(rows).toEqual([
      { roleType: 'medical-affairs', count: 2 },
      { roleType: 'clinical-development', count: 0 },
      { roleType: 'medtech', count: 0 },
      { roleType: 'health-tech', count: 0 },
      { roleType: 'payer', count: 1 },
      { roleType: 'other', count: 0 },
    ]);
  });

  it('adds a "not set" row only when someone has no role type', () => {
    expect(coverageOf([{ roleType: null }]).at(-1)).toEqual({ roleType: null, count: 1 });
  });
});

describe('finding people', () => {
  const people = [
    { id: '1', name: 'Dr. Jane Lee', company: 'Pfizer', title: 'Medical Director' },
    { id: '2', name: 'Janet Ortiz', company: 'Roche', title: 'MSL' },
    { id: '3', name: 'Sam Janssen', company: 'Hinge', title: '' },
    { id: '4', name: 'Priya N', company: 'Janssen Pharma', title: '' },
  ];

  it('suggests names that start with the text first, then words, then company', () => {
    expect(suggestContacts(people, 'jan').map((p) => p.id)).toEqual(['2', '1', '3', '4']);
    expect(suggestContacts(people, '  ').map((p) => p.id)).toEqual([]);
    expect(suggestContacts(people, 'roche').map((p) => p.id)).toEqual(['2']);
  });

  it('matches a typed name to a contact without case or extra spaces', () => {
    expect(contactsNamed(people, '  dr.  JANE lee ').map((p) => p.id)).toEqual(['1']);
    expect(contactsNamed(people, '')).toEqual([]);
  });

  it('searches every word of the query', () => {
    const hay = searchText('Jane Lee', 'Pfizer', 'talked about MSL travel');
    expect(matchesQuery(hay, 'pfizer msl')).toBe(true);
    expect(matchesQuery(hay, 'pfizer oncology')).toBe(false);
  });
});

describe('the Overview summary', () => {
  it('counts calls, this week against the target, the streak and what is due by Sunday', () => {
    const calls = [
      call({ id: 'a', day: '2026-03-09' }),
      call({ id: 'b', day: '2026-03-10', followUpOn: '2026-03-17' }),
      call({ id: 'c', day: '2026-03-16', followUpOn: '2026-03-30' }),
      call({ id: 'd', day: '2026-03-20' }),
    ];
    expect(
      networkingSummary(calls, [contact({ checkInWeeks: null })], 2, TODAY, '2026-03-01'),
    ).toEqual({
      callsLogged: 3,
      callsThisWeek: 1,
      weeklyTarget: 2,
      streakWeeks: 1,
      followUpsDue: 1,
    });
  });

  it('counts calls, video calls and meetings toward the target; messages only when chosen', () => {
    const calls = [
      call({ id: 'a', day: '2026-03-16', channel: 'call' }),
      call({ id: 'b', day: '2026-03-16', channel: 'video' }),
      call({ id: 'c', day: '2026-03-17', channel: 'coffee' }),
      call({ id: 'd', day: '2026-03-17', channel: 'message' }),
    ];
    const summary = (countMessages: boolean) =>
      networkingSummary(calls, [], 4, TODAY, '2026-03-01', countMessages);
    expect(summary(false)).toMatchObject({ callsLogged: 4, callsThisWeek: 3, streakWeeks: 0 });
    expect(summary(true)).toMatchObject({ callsLogged: 4, callsThisWeek: 4, streakWeeks: 1 });
    expect(targetDays(calls, false)).toEqual(['2026-03-16', '2026-03-16', '2026-03-17']);
    expect(countsTowardTarget('message', false)).toBe(false);
    expect(countsTowardTarget('message', true)).toBe(true);
    expect(targetCountsText(false)).toBe(
      'Calls, video calls and meetings count toward it; messages too if you choose so in Settings.',
    );
  });
});
