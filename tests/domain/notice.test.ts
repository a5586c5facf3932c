import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay } from '../../src/domain/calendar';
import { weekdayIndex } from '../../src/domain/weeks';
import type { Stage } from '../../src/domain/opportunity';
import {
  clawbacksAfter,
  countdown,
  daysLeftText,
  earliestStartAfter,
  expectedLastClinicalDay,
  giveNoticeBy,
  lastClinicalDay,
  mayGiveNotice,
  NOTICE_NOW,
  weekdayOnOrAfter,
  type CountdownInput,
} from '../../src/domain/notice';
import { exitCountdown } from '../../src/domain/exitPlan';

// The app's tsconfig has no Node types; the time zone is set through Node's environment all the same.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;

const base: CountdownInput = {
  noticeDays: 90,
  plannedStartDate: null,
  noticeGivenOn: null,
  offer: 'none',
  today: '2027-06-01',
};
const at = (patch: Partial<CountdownInput>) => countdown({ ...base, ...patch });

// Property tests' days (real calendar days, 2024–2032) and notice periods.
const day = fc
  .record({
    y: fc.integer({ min: 2024, max: 2032 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .filter(isDay);
const notice = fc.integer({ min: 1, max: 365 });
// A planned start, a notice period and one more day: today, or the day notice was given.
const planned = fc.record({ start: day, n: notice, on: day });

const weekend = (d: string) => weekdayIndex(d) >= 5;

describe('the one convention: the start date falls after the last clinical day', () => {
  it.each([
    // start, notice days, give notice by, why
    ['2027-08-02', 90, '2027-05-03', 'the reported case: 90 days, a start on Mon Aug 2 2027'],
    ['2027-12-01', 90, '2027-09-01', 'a weekday deadline stays as it is'],
    ['2027-03-31', 30, '2027-02-28', 'a month end, on a Sunday: notice can go in writing any day'],
    ['2027-03-02', 1, '2027-02-28', 'back over the end of a short February'],
    ['2028-03-01', 1, '2028-02-28', 'a leap year: Feb 28 2028 is a Monday'],
    ['2028-03-31', 30, '2028-02-29', 'onto a leap day (a Tuesday)'],
    ['2029-03-01', 365, '2028-02-29', 'a year back onto a leap day'],
    ['2027-01-15', 90, '2026-10-16', 'back over the year boundary'],
    ['2028-03-01', 60, '2027-12-31', 'back into the old year, a Friday'],
    ['2027-07-01', 365, '2026-06-30', 'the longest notice'],
  ])('start %s, %i days of notice → give notice by %s (%s)', (start, days, expected) => {
    const by = giveNoticeBy(start, days);
    expect(by).toBe(expected);
    expect(lastClinicalDay(by, days) < start).toBe(true);
  });

  it('the reported case: the last clinical day is Sun Aug 1, the day before the start, not the start itself', () => {
    expect(lastClinicalDay('2027-05-03', 90)).toBe('2027-08-01');
    expect(
      at({ plannedStartDate: '2027-08-02', offer: 'written', today: '2027-04-01' }),
    ).toMatchObject({
      state: 'window-open',
      giveNoticeBy: '2027-05-03',
    });
  });

  it('last clinical day = notice date + notice period, across month ends and leap days', () => {
    expect(lastClinicalDay('2027-01-31', 30)).toBe('2027-03-02');
    expect(lastClinicalDay('2028-01-31', 29)).toBe('2028-02-29');
    expect(lastClinicalDay('2028-02-29', 365)).toBe('2029-02-28');
    expect(lastClinicalDay('2027-12-15', 60)).toBe('2028-02-13');
  });

  it('the earliest workable start is the first weekday after the last clinical day', () => {
    // Thu Jul 15 2027 last day → Fri Jul 16 (never the 15th itself).
    expect(earliestStartAfter('2027-07-15')).toBe('2027-07-16');
    // Fri → the next Monday; Sat and Sun too.
    expect(earliestStartAfter('2027-07-16')).toBe('2027-07-19');
    expect(earliestStartAfter('2027-07-17')).toBe('2027-07-19');
    expect(earliestStartAfter('2027-07-18')).toBe('2027-07-19');
    // Over a month end, a year end and a leap day.
    expect(earliestStartAfter('2027-04-30')).toBe('2027-05-03');
    expect(earliestStartAfter('2027-12-31')).toBe('2028-01-03');
    expect(earliestStartAfter('2028-02-28')).toBe('2028-02-29');
  });

  it('weekday helpers leave weekdays alone and never throw on a day that is not real', () => {
    expect(weekend('2027-07-17')).toBe(true);
    expect(weekdayOnOrAfter('2027-07-14')).toBe('2027-07-14');
    expect(weekdayOnOrAfter('2027-07-17')).toBe('2027-07-19');
    expect(weekdayOnOrAfter('2027-02-30')).toBe('2027-02-30');
  });

  it('property: notice given on the deadline ends the day before the start; a day later ends on it', () => {
    fc.assert(
      fc.property(day, notice, (start, n) => {
        const by = giveNoticeBy(start, n);
        return (
          lastClinicalDay(by, n) === addDays(start, -1) &&
          lastClinicalDay(addDays(by, 1), n) === start &&
          earliestStartAfter(lastClinicalDay(by, n)) >= start
        );
      }),
      { numRuns: 500 },
    );
  });

  it('property: the earliest start is a weekday after the last clinical day, within 3 days of it', () => {
    fc.assert(
      fc.property(day, (last) => {
        const start = earliestStartAfter(last);
        const gap = daysBetween(last, start);
        return !weekend(start) && gap >= 1 && gap <= 3;
      }),
      { numRuns: 500 },
    );
  });

  it('property: too late, the suggested start works: notice today ends before it', () => {
    fc.assert(
      fc.property(planned, ({ start, n, on: today }) => {
        const c = at({ plannedStartDate: start, noticeDays: n, offer: 'written', today });
        if (c.state !== 'too-late') return true;
        return (
          c.lastIfToday === lastClinicalDay(today, n) &&
          c.earliestStart > c.lastIfToday &&
          giveNoticeBy(c.earliestStart, n) >= today
        );
      }),
      { numRuns: 500 },
    );
  });

  it('property: notice already given: the planned start overlaps the notice exactly when it is on or before the last clinical day', () => {
    fc.assert(
      fc.property(planned, ({ start, n, on: given }) => {
        const c = at({
          plannedStartDate: start,
          noticeDays: n,
          noticeGivenOn: given,
          today: given,
        });
        if (c.state !== 'notice-given') return false;
        const overlaps = start <= c.lastClinicalDay;
        return (
          c.overlapDays > 0 === overlaps &&
          (!overlaps || c.overlapDays === daysBetween(start, c.lastClinicalDay) + 1) &&
          c.earliestStart === earliestStartAfter(c.lastClinicalDay)
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('the one rule for when notice may be given', () => {
  it('no earlier than a verbal offer; a written one is where the start date is agreed', () => {
    expect(mayGiveNotice('none')).toBe(false);
    expect(mayGiveNotice('verbal')).toBe(true);
    expect(mayGiveNotice('written')).toBe(true);
    expect(NOTICE_NOW.none).toMatch(/hold your notice/);
    expect(NOTICE_NOW.verbal).toMatch(/notice may start now/);
  });
});

describe('countdown states', () => {
  it('asks for the notice period before anything else', () => {
    expect(at({ noticeDays: null, plannedStartDate: '2027-12-01' }).state).toBe('no-notice-period');
    expect(at({ noticeDays: 0, plannedStartDate: '2027-12-01' }).state).toBe('no-notice-period');
  });

  it('without a start date, says when notice given today would end, and the earliest start after it', () => {
    // Jun 1 2027 + 90 = Mon Aug 30; the start can be Tue Aug 31.
    expect(at({})).toEqual({
      state: 'no-start-date',
      noticeDays: 90,
      ifNoticeToday: '2027-08-30',
      earliestStart: '2027-08-31',
    });
  });

  it('with a start date but no offer at all: waiting, with the deadline and the days left', () => {
    expect(at({ plannedStartDate: '2027-12-01' })).toEqual({
      state: 'waiting-for-offer',
      noticeDays: 90,
      startDate: '2027-12-01',
      giveNoticeBy: '2027-09-01',
      daysLeft: 92,
    });
  });

  it('with a written offer: the window is open, down to 0 days left on the deadline itself', () => {
    expect(at({ plannedStartDate: '2027-12-01', offer: 'written' })).toMatchObject({
      state: 'window-open',
      giveNoticeBy: '2027-09-01',
      daysLeft: 92,
      inWriting: true,
    });
    expect(
      at({ plannedStartDate: '2027-12-01', offer: 'written', today: '2027-09-01' }),
    ).toMatchObject({ state: 'window-open', daysLeft: 0, inWriting: true });
  });

  it('a verbal offer is enough to open the window (the notice rule); it is not yet in writing', () => {
    expect(at({ plannedStartDate: '2027-12-01', offer: 'verbal' })).toEqual({
      state: 'window-open',
      noticeDays: 90,
      startDate: '2027-12-01',
      giveNoticeBy: '2027-09-01',
      daysLeft: 92,
      inWriting: false,
    });
    // The deadline does not move with the kind of offer.
    expect(
      at({ plannedStartDate: '2027-12-01', offer: 'verbal', today: '2027-09-02' }),
    ).toMatchObject({ state: 'too-late', lateBy: 1 });
    expect(at({ plannedStartDate: '2027-12-01', offer: 'none' })).toMatchObject({
      state: 'waiting-for-offer',
    });
  });

  it('the day after the deadline is too late: by how much, and which start date would work', () => {
    expect(at({ plannedStartDate: '2027-12-01', offer: 'written', today: '2027-09-02' })).toEqual({
      state: 'too-late',
      noticeDays: 90,
      startDate: '2027-12-01',
      giveNoticeBy: '2027-09-01',
      lateBy: 1,
      // Sep 2 + 90 = Wed Dec 1, the planned start itself: so Thu Dec 2.
      lastIfToday: '2027-12-01',
      earliestStart: '2027-12-02',
    });
    // The reported case: 90 days, start Aug 2 2027. Notice on Apr 16 ends Thu Jul 15, so the
    // earliest start is Fri Jul 16 — never the 15th.
    expect(
      at({ plannedStartDate: '2027-07-01', today: '2027-04-16', offer: 'written' }),
    ).toMatchObject({ state: 'too-late', lastIfToday: '2027-07-15', earliestStart: '2027-07-16' });
    // A last day on a Friday: the start is the Monday after.
    expect(
      at({ plannedStartDate: '2028-03-01', noticeDays: 60, today: '2028-01-15' }),
    ).toMatchObject({
      state: 'too-late',
      giveNoticeBy: '2027-12-31',
      lateBy: 15,
      lastIfToday: '2028-03-15',
      earliestStart: '2028-03-16',
    });
  });

  it('counts down across a month end and over February 29', () => {
    // Start Mar 31 2028, 30 days: Mar 31 − 31 = Tue Feb 29.
    expect(
      at({ plannedStartDate: '2028-03-31', noticeDays: 30, today: '2028-02-28' }),
    ).toMatchObject({ giveNoticeBy: '2028-02-29', daysLeft: 1 });
    // Start Mar 31 2027: Mar 31 − 31 = Feb 28.
    expect(
      at({ plannedStartDate: '2027-03-31', noticeDays: 30, today: '2027-02-20' }),
    ).toMatchObject({ giveNoticeBy: '2027-02-28', daysLeft: 8 });
  });

  it('once notice is given: the last clinical day, the days left to it, and any overlap with the start', () => {
    expect(at({ plannedStartDate: '2027-12-01', noticeGivenOn: '2027-05-20' })).toEqual({
      state: 'notice-given',
      noticeDays: 90,
      noticeGivenOn: '2027-05-20',
      lastClinicalDay: '2027-08-18',
      daysLeft: 78,
      startDate: '2027-12-01',
      overlapDays: 0,
      earliestStart: '2027-08-19',
    });
    // A start on the last clinical day itself overlaps by one day.
    expect(at({ plannedStartDate: '2027-08-18', noticeGivenOn: '2027-05-20' })).toMatchObject({
      overlapDays: 1,
    });
    expect(at({ plannedStartDate: '2027-08-19', noticeGivenOn: '2027-05-20' })).toMatchObject({
      overlapDays: 0,
    });
    expect(at({ plannedStartDate: '2027-08-01', noticeGivenOn: '2027-05-20' })).toMatchObject({
      overlapDays: 18,
    });
    expect(at({ noticeGivenOn: '2027-05-20' })).toMatchObject({
      state: 'notice-given',
      startDate: null,
    });
  });

  it('after the last clinical day the notice has been served', () => {
    expect(at({ noticeGivenOn: '2027-01-01', noticeDays: 90 })).toMatchObject({
      state: 'notice-served',
      lastClinicalDay: '2027-04-01',
    });
    expect(at({ noticeGivenOn: '2027-03-03', noticeDays: 90 })).toMatchObject({
      state: 'notice-given',
      daysLeft: 0,
    });
  });

  it('says "N days left" with the singular for one', () => {
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(0)).toBe('0 days left');
    expect(daysLeftText(93)).toBe('93 days left');
  });
});

describe('across daylight-saving changes', () => {
  const original = env.TZ;
  afterAll(() => {
    env.TZ = original;
  });

  it.each(['America/New_York', 'Europe/London', 'Australia/Sydney', 'UTC'])(
    'keeps whole days in %s',
    (zone) => {
      env.TZ = zone;
      // The zone really is in force: its offset differs between January and July (UTC as a control).
      expect(
        new Date(2027, 0, 1).getTimezoneOffset() !== new Date(2027, 6, 1).getTimezoneOffset(),
      ).toBe(zone !== 'UTC');
      // US clocks go forward on 2027-03-14, back on 2027-11-07; UK on 2027-03-28 / 2027-10-31; Sydney on 2027-04-04 / 2027-10-03.
      expect(giveNoticeBy('2027-03-20', 14)).toBe('2027-03-05');
      expect(giveNoticeBy('2027-11-10', 7)).toBe('2027-11-02');
      expect(lastClinicalDay('2027-03-27', 2)).toBe('2027-03-29');
      expect(lastClinicalDay('2027-10-30', 2)).toBe('2027-11-01');
      expect(lastClinicalDay('2027-04-03', 1)).toBe('2027-04-04');
      expect(
        at({
          plannedStartDate: '2027-04-15',
          noticeDays: 30,
          offer: 'written',
          today: '2027-03-13',
        }),
      ).toMatchObject({
        giveNoticeBy: '2027-03-15',
        daysLeft: 2,
      });
      expect(
        at({ noticeGivenOn: '2027-10-01', noticeDays: 60, today: '2027-10-30' }),
      ).toMatchObject({ lastClinicalDay: '2027-11-30', daysLeft: 31 });
    },
  );

  it('property: notice given on the deadline ends before the start date, in any zone', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Chatham'];
    fc.assert(
      fc.property(day, notice, fc.constantFrom(...zones), (start, n, zone) => {
        env.TZ = zone;
        const by = giveNoticeBy(start, n);
        const last = lastClinicalDay(by, n);
        return last < start && daysBetween(by, last) === n && addDays(by, n) === last;
      }),
      { numRuns: 300 },
    );
  });
});

describe('clawbacks', () => {
  const list = [
    { id: 'a', amount: 20000, endsOn: '2027-12-31' },
    { id: 'b', amount: 5000, endsOn: '2027-08-18' },
    { id: 'c', amount: 15000, endsOn: '2027-09-01' },
  ];

  it('flags those that end after the last clinical day, with the total, soonest first', () => {
    const check = clawbacksAfter(list, '2027-08-18');
    expect(check.flagged.map((c) => c.id)).toEqual(['c', 'a']);
    expect(check.total).toBe(35000);
  });

  it('a clawback ending on the last clinical day itself has run its course', () => {
    expect(clawbacksAfter(list, '2027-12-31')).toEqual({ flagged: [], total: 0 });
  });

  it('checks against the real last day, the planned start, or notice given today', () => {
    const given = countdown({
      ...base,
      noticeGivenOn: '2027-05-20',
      plannedStartDate: '2027-12-01',
    });
    expect(expectedLastClinicalDay(given)).toEqual({ day: '2027-08-18', basis: 'given' });
    // Planned: notice on the deadline (Wed Sep 1) ends Tue Nov 30, the day before the start.
    const planned = countdown({ ...base, plannedStartDate: '2027-12-01' });
    expect(expectedLastClinicalDay(planned)).toEqual({ day: '2027-11-30', basis: 'planned' });
    const late = countdown({ ...base, plannedStartDate: '2027-07-01' });
    expect(expectedLastClinicalDay(late)).toEqual({ day: '2027-08-30', basis: 'if-today' });
    expect(expectedLastClinicalDay(countdown({ ...base }))).toEqual({
      day: '2027-08-30',
      basis: 'if-today',
    });
    expect(expectedLastClinicalDay(countdown({ ...base, noticeDays: null }))).toBeNull();
  });
});

describe('exitCountdown', () => {
  const exit = { noticeDays: 90, plannedStartDate: '2027-09-01', noticeGivenOn: null };
  const today = '2027-05-01';
  const at = (stage: Stage, history: { stage: Stage; on: string }[] = []) => ({
    stage,
    history: history.map((h) => ({ ...h, reason: null })),
  });

  it('reads the offers in hand from the pipeline', () => {
    expect(exitCountdown(exit, [at('interviewing')], today).state).toBe('waiting-for-offer');
    expect(exitCountdown(exit, [at('verbal-offer')], today)).toMatchObject({
      state: 'window-open',
      inWriting: false,
    });
    expect(
      exitCountdown(exit, [at('accepted', [{ stage: 'written-offer', on: '2027-04-01' }])], today),
    ).toMatchObject({ state: 'window-open', inWriting: true });
    expect(exitCountdown(exit, [], today).state).toBe('waiting-for-offer');
  });
});
