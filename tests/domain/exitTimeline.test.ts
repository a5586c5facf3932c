import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarFile } from '../../src/domain/calendarExport';
import { exitCalendarEvents, noticeText } from '../../src/domain/exitPlan';
import { exitConflicts, exitTargets } from '../../src/domain/exitTimeline';
import { countdown, type CountdownInput } from '../../src/domain/notice';

const plan = { startMonth: '2027-01', lengthMonths: 12 };
const milestones = [
  { id: 'n', title: 'Give notice at your clinical job', month: 10, templateKey: 'give-notice' },
  { id: 's', title: 'Start the industry role', month: 12, templateKey: 'start-role' },
  { id: 'x', title: 'Something else', month: 3, templateKey: null },
];
const input: CountdownInput = {
  noticeDays: 90,
  plannedStartDate: null,
  noticeGivenOn: null,
  offer: 'written',
  today: '2027-03-10',
};

describe('the timeline follows the exit dates', () => {
  it('no dates, no conflicts', () => {
    expect(exitConflicts(plan, milestones, exitTargets(countdown(input)))).toEqual([]);
  });

  it('a card in another month than its date is a conflict, named with the month it belongs in', () => {
    // Start Dec 29 → give notice by Sep 29 (Month 9: its notice ends Dec 28), but the card sits in Month 10; the start card is right.
    const c = countdown({ ...input, plannedStartDate: '2027-12-29' });
    expect(exitTargets(c).map((t) => [t.templateKey, t.day])).toEqual([
      ['give-notice', '2027-09-29'],
      ['start-role', '2027-12-29'],
    ]);
    const conflicts = exitConflicts(plan, milestones, exitTargets(c));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      id: 'n',
      month: 10,
      expectedMonth: 9,
      expectedCalendarMonth: '2027-09',
      movable: true,
    });
    expect(conflicts[0]?.note).toBe('Exit dates say Month 9: give notice by Sep 29, 2027.');
    expect(conflicts[0]?.where).toBe('Month 9 (Sep 2027)');
    // Notice by Oct 3 2027 fits Month 10; a start in Jan 2028 lies past the plan's last month.
    const fits = countdown({ ...input, plannedStartDate: '2028-01-01' });
    expect(
      exitConflicts(plan, milestones, exitTargets(fits)).map((x) => [
        x.id,
        x.movable,
        x.expectedMonth,
      ]),
    ).toEqual([['s', false, 13]]);
  });

  it('a start date past the plan says so and cannot simply be moved', () => {
    const c = countdown({ ...input, plannedStartDate: '2028-02-29' });
    const [start] = exitConflicts(plan, milestones, exitTargets(c)).filter((x) => x.id === 's');
    expect(start?.movable).toBe(false);
    expect(start?.note).toBe('Exit dates say Feb 2028, after the plan: start on Feb 29, 2028.');
    expect(start?.where).toBe('Feb 2028, outside the plan’s months');
  });

  it('when it is too late for the start date, only the start card is placed (the exit plan says what to do)', () => {
    const c = countdown({ ...input, plannedStartDate: '2027-04-01' });
    expect(exitTargets(c).map((t) => t.templateKey)).toEqual(['start-role']);
  });

  it('once notice is given, the give-notice card belongs in that month', () => {
    const c = countdown({ ...input, noticeGivenOn: '2027-03-01', plannedStartDate: '2027-06-15' });
    expect(
      exitConflicts(plan, milestones, exitTargets(c)).map((x) => [x.id, x.expectedMonth]),
    ).toEqual([
      ['n', 3],
      ['s', 6],
    ]);
  });
});

describe('calendar file of the exit dates', () => {
  it('puts the give-notice-by date, the start date and rate resets in a file calendars read', async () => {
    const c = countdown({ ...input, plannedStartDate: '2028-03-01', noticeDays: 1 });
    const events = exitCalendarEvents(c, [{ id: 'd1', name: 'Student loan', day: '2027-12-31' }]);
    const cal = new ICAL.Component(ICAL.parse(await buildCalendarFile(events)));
    const parsed = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => [e.summary, e.startDate.toString(), e.uid])).toEqual([
      ['Give notice by today', '2028-02-28', 'exit-give-notice-by@pivotboard.local'],
      ['Start the industry role', '2028-03-01', 'exit-start-date@pivotboard.local'],
      ['Rate resets: Student loan', '2027-12-31', 'debt-d1-rate-reset@pivotboard.local'],
    ]);
  });

  it('after notice is given: the last clinical day instead of the deadline', () => {
    const c = countdown({ ...input, noticeGivenOn: '2027-03-01', plannedStartDate: '2027-06-15' });
    expect(exitCalendarEvents(c, []).map((e) => [e.uid, e.day])).toEqual([
      ['exit-last-clinical-day', '2027-05-30'],
      ['exit-start-date', '2027-06-15'],
    ]);
    expect(exitCalendarEvents(c, [])[0]?.description).toBe(
      'Notice given on Mar 1, 2027, 90 days’ notice.',
    );
  });

  it('says the notice in agreement with its number', () => {
    expect(noticeText(1)).toBe('1 day’s notice');
    expect(noticeText(90)).toBe('90 days’ notice');
  });
});
