/**
 * Values an older version let into the database (issue 18's crafted imports) no longer pass the
 * schemas, but may already be stored: the screens' read functions must show them, not throw,
 * and say what to fix.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayLabel,
  daysBetween,
  monthLabel,
  STORED_DAYS,
} from '../../src/domain/calendar';
import { exitCalendarEvents } from '../../src/domain/exitPlan';
import { exitConflicts, exitTargets } from '../../src/domain/exitTimeline';
import { exitGlance } from '../../src/domain/glance';
import { historyByContact, nextCheckIn } from '../../src/domain/networking/contacts';
import { remindersOf } from '../../src/domain/networking/reminders';
import { countdown, expectedLastClinicalDay } from '../../src/domain/notice';
import { milestonesThisMonth, planPosition, planProgress } from '../../src/domain/overview';
import {
  currentPlanIndex,
  phaseGroups,
  planMonth,
  planMonthName,
  storedPlanStartProblem,
} from '../../src/domain/plan';

const TODAY = '2026-12-07';
const NOW = new Date(2026, 11, 7);

describe('dates past the years a day can be written in', () => {
  it('are held at the first or last day instead of becoming strings no function can read', () => {
    expect(addMonths('9999-06', 7)).toBe('9999-12');
    expect(addDays('9999-12-31', 365)).toBe('9999-12-31');
    expect(addDays('1000-01-01', -365)).toBe('1000-01-01');
    expect(daysBetween(TODAY, addDays('9999-12-31', 90))).toBeGreaterThan(2_900_000);
    // Inside the years, nothing changes.
    expect(addDays('2199-12-31', 1)).toBe('2200-01-01');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
  });
});

describe('a plan that starts in Jun 9999 (the Timeline crashed: "Not a calendar month: 10000-01")', () => {
  const plan = { startMonth: '9999-06', lengthMonths: 12, createdAt: '', updatedAt: '' };
  const milestones = [
    { id: 'm', rank: 'a0', month: 12, baselineMonth: 12, status: 'todo' as const, doneOn: null },
  ];

  it('shows every month and phase without throwing', () => {
    const months = Array.from({ length: 12 }, (_, i) => planMonth(plan, i + 1));
    expect(months.at(-1)).toBe('9999-12');
    for (let i = 1; i <= 12; i++) expect(planMonthName(plan, i)).toMatch(/9999/);
    expect(months.map(monthLabel)).toHaveLength(12);
    expect(phaseGroups(plan.lengthMonths).length).toBeGreaterThan(1);
    expect(currentPlanIndex(plan, NOW)).toBeLessThan(1);
    expect(planPosition(plan, NOW).kind).toBe('before');
    expect(() => planProgress(milestones, plan, NOW)).not.toThrow();
    expect(milestonesThisMonth(milestones, plan, NOW)).toEqual([]);
  });

  it('says the start month looks wrong, and how to fix it', () => {
    expect(storedPlanStartProblem('9999-06')).toBe(
      'The plan’s start month (Jun 9999) looks wrong: pick a month between Jan 1900 and Dec 2199.',
    );
    expect(storedPlanStartProblem('2027-01')).toBeNull();
  });
});

describe('exit dates an older version stored (the Overview and the Exit plan crashed)', () => {
  const exit = {
    noticeDays: 90,
    plannedStartDate: null as string | null,
    noticeGivenOn: null as string | null,
    cash: 10_000,
    expenses: { housing: 1000, food: null, loanMinimums: null, insurance: null, other: null },
    nothingLinedUp: false,
  };
  const plan = { startMonth: '2026-06', lengthMonths: 12 };

  it.each([
    [
      'notice given on 9999-12-31',
      { noticeGivenOn: '9999-12-31' },
      'noticeGivenOn',
      'Notice given on (Dec 31, 9999) looks wrong: pick a date between Jan 1, 1900 and Dec 31, 2199.',
    ],
    [
      'a planned start of 1000-01-01 with 365 days’ notice',
      { plannedStartDate: '1000-01-01', noticeDays: 365 },
      'plannedStartDate',
      'Planned start date (Jan 1, 1000) looks wrong: pick a date between Jan 1, 1900 and Dec 31, 2199.',
    ],
  ])(
    '%s: nothing is counted from it, and the screens say what to fix',
    (_, change, field, message) => {
      const facts = { ...exit, ...change };
      const c = countdown({ ...facts, offer: 'written', today: TODAY });
      expect(c).toMatchObject({ state: 'date-looks-wrong', field, message });
      expect(expectedLastClinicalDay(c)).toBeNull();
      expect(exitTargets(c)).toEqual([]);
      expect(exitConflicts(plan, [], exitTargets(c))).toEqual([]);
      expect(exitCalendarEvents(c, [])).toEqual([]);
      expect(exitGlance(facts, [], TODAY)).toMatchObject({
        dateProblem: message,
        runwayMonths: 10,
      });
    },
  );

  it('counts as before with dates inside the window, at its edges too', () => {
    const c = countdown({
      ...exit,
      noticeGivenOn: STORED_DAYS.latest,
      offer: 'none',
      today: TODAY,
    });
    expect(c).toMatchObject({ state: 'notice-given', lastClinicalDay: '2200-03-31' });
    expect(exitGlance({ ...exit, noticeGivenOn: '2026-12-01' }, [], TODAY)).not.toHaveProperty(
      'dateProblem',
    );
  });
});

describe('a contact checked in on 9999-12-31 with a 52-week interval (Networking crashed)', () => {
  const contact = {
    id: 'c',
    name: 'Dr. Ada',
    title: '',
    company: '',
    roleType: null,
    checkInWeeks: 52,
    checkedInOn: '9999-12-31',
    createdAt: '2026-01-05T09:00:00.000Z',
  };
  const call = {
    id: 'k',
    contactId: 'c',
    day: '2026-02-02',
    channel: 'call' as const,
    followUpOn: null,
    followUpDoneOn: null,
    mentionOk: false,
  };

  it('counts the next check-in from the last call, so the reminder comes due and can be marked done', () => {
    const histories = historyByContact([call], TODAY);
    expect(nextCheckIn(contact, histories.get('c'))).toEqual({
      day: addDays('2026-02-02', 52 * 7),
      basis: 'call',
      from: '2026-02-02',
    });
    const [reminder] = remindersOf([call], [contact], histories);
    expect(reminder).toMatchObject({ kind: 'check-in', day: '2027-02-01' });
    expect(dayLabel(reminder?.day ?? '')).toBe('Feb 1, 2027');
  });
});
