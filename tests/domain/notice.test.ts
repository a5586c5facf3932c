import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay } from '../../src/domain/calendar';
import {
  clawbacksAfter,
  countdown,
  daysLeftText,
  expectedLastClinicalDay,
  giveNoticeBy,
  lastClinicalDay,
  type CountdownInput,
} from '../../src/domain/notice';

// The app's tsconfig has no Node types; the time zone is set through Node's environment all the same.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;

const base: CountdownInput = {
  noticeDays: 90,
  plannedStartDate: null,
  noticeGivenOn: null,
  hasWrittenOffer: false,
  today: '2027-06-01',
};
const at = (patch: Partial<CountdownInput>) => countdown({ ...base, ...patch });

describe('give notice by = planned start − notice period', () => {
  it.each([
    ['2027-03-31', 30, '2027-03-01', 'a 31-day month'],
    ['2027-03-01', 1, '2027-02-28', 'back over the end of a short February'],
    ['2028-03-01', 1, '2028-02-29', 'onto a leap day'],
    ['2028-03-30', 30, '2028-02-29', 'a month back in a leap year'],
    ['2027-03-30', 30, '2027-02-28', 'a month back in a common year'],
    ['2027-01-15', 90, '2026-10-17', 'back over the year boundary'],
    ['2027-07-01', 365, '2026-07-01', 'the longest notice'],
    ['2029-02-28', 365, '2028-02-29', 'a year back from a leap year'],
  ])('start %s, %i days of notice → %s (%s)', (start, days, expected) => {
    expect(giveNoticeBy(start, days)).toBe(expected);
  });

  it('last clinical day = notice date + notice period, across month ends and leap days', () => {
    expect(lastClinicalDay('2027-01-31', 30)).toBe('2027-03-02');
    expect(lastClinicalDay('2028-01-31', 29)).toBe('2028-02-29');
    expect(lastClinicalDay('2028-02-29', 365)).toBe('2029-02-28');
    expect(lastClinicalDay('2027-12-15', 60)).toBe('2028-02-13');
  });
});

describe('countdown states', () => {
  it('asks for the notice period before anything else', () => {
    expect(at({ noticeDays: null, plannedStartDate: '2027-12-01' }).state).toBe('no-notice-period');
    expect(at({ noticeDays: 0, plannedStartDate: '2027-12-01' }).state).toBe('no-notice-period');
  });

  it('without a start date, says when notice given today would end', () => {
    expect(at({})).toEqual({ state: 'no-start-date', noticeDays: 90, ifNoticeToday: '2027-08-30' });
  });

  it('with a start date but no offer at all: waiting, with the deadline and the days left', () => {
    expect(at({ plannedStartDate: '2027-12-01' })).toEqual({
      state: 'waiting-for-offer',
      noticeDays: 90,
      startDate: '2027-12-01',
      giveNoticeBy: '2027-09-02',
      daysLeft: 93,
    });
  });

  it('with a written offer: the window is open, down to 0 days left on the deadline itself', () => {
    expect(at({ plannedStartDate: '2027-12-01', hasWrittenOffer: true })).toMatchObject({
      state: 'window-open',
      giveNoticeBy: '2027-09-02',
      daysLeft: 93,
      inWriting: true,
    });
    expect(
      at({
        plannedStartDate: '2027-12-01',
        hasWrittenOffer: true,
        hasOffer: true,
        today: '2027-09-02',
      }),
    ).toMatchObject({
      state: 'window-open',
      daysLeft: 0,
      inWriting: true,
    });
  });

  it('a verbal offer is enough to open the window (docs/domain.md: no earlier than a verbal offer); it is not yet in writing', () => {
    expect(at({ plannedStartDate: '2027-12-01', hasOffer: true })).toEqual({
      state: 'window-open',
      noticeDays: 90,
      startDate: '2027-12-01',
      giveNoticeBy: '2027-09-02',
      daysLeft: 93,
      inWriting: false,
    });
    expect(
      at({ plannedStartDate: '2027-12-01', hasOffer: true, today: '2027-09-02' }),
    ).toMatchObject({ state: 'window-open', daysLeft: 0 });
    // The deadline does not move with the kind of offer.
    expect(
      at({ plannedStartDate: '2027-12-01', hasOffer: true, today: '2027-09-03' }),
    ).toMatchObject({ state: 'too-late', lateBy: 1 });
    expect(at({ plannedStartDate: '2027-12-01', hasOffer: false })).toMatchObject({
      state: 'waiting-for-offer',
    });
  });

  it('the day after the deadline is too late: by how much, and which start date would work', () => {
    expect(
      at({ plannedStartDate: '2027-12-01', hasWrittenOffer: true, today: '2027-09-03' }),
    ).toEqual({
      state: 'too-late',
      noticeDays: 90,
      startDate: '2027-12-01',
      giveNoticeBy: '2027-09-02',
      lateBy: 1,
      earliestStart: '2027-12-02',
    });
    expect(
      at({ plannedStartDate: '2028-03-01', noticeDays: 60, today: '2028-01-15' }),
    ).toMatchObject({
      state: 'too-late',
      giveNoticeBy: '2028-01-01',
      lateBy: 14,
      earliestStart: '2028-03-15',
    });
  });

  it('counts down across a month end and over February 29', () => {
    expect(
      at({ plannedStartDate: '2028-03-31', noticeDays: 30, today: '2028-02-28' }),
    ).toMatchObject({ giveNoticeBy: '2028-03-01', daysLeft: 2 });
    expect(
      at({ plannedStartDate: '2027-03-31', noticeDays: 30, today: '2027-02-28' }),
    ).toMatchObject({ giveNoticeBy: '2027-03-01', daysLeft: 1 });
  });

  it('once notice is given: the last clinical day and the days left to it, and any overlap with the start', () => {
    expect(at({ plannedStartDate: '2027-12-01', noticeGivenOn: '2027-05-20' })).toEqual({
      state: 'notice-given',
      noticeDays: 90,
      noticeGivenOn: '2027-05-20',
      lastClinicalDay: '2027-08-18',
      daysLeft: 78,
      startDate: '2027-12-01',
      overlapDays: 0,
    });
    expect(at({ plannedStartDate: '2027-08-01', noticeGivenOn: '2027-05-20' })).toMatchObject({
      overlapDays: 17,
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
      expect(giveNoticeBy('2027-03-20', 14)).toBe('2027-03-06');
      expect(giveNoticeBy('2027-11-10', 7)).toBe('2027-11-03');
      expect(lastClinicalDay('2027-03-27', 2)).toBe('2027-03-29');
      expect(lastClinicalDay('2027-10-30', 2)).toBe('2027-11-01');
      expect(lastClinicalDay('2027-04-03', 1)).toBe('2027-04-04');
      expect(
        at({
          plannedStartDate: '2027-04-15',
          noticeDays: 30,
          hasWrittenOffer: true,
          today: '2027-03-13',
        }),
      ).toMatchObject({
        giveNoticeBy: '2027-03-16',
        daysLeft: 3,
      });
      expect(
        at({ noticeGivenOn: '2027-10-01', noticeDays: 60, today: '2027-10-30' }),
      ).toMatchObject({ lastClinicalDay: '2027-11-30', daysLeft: 31 });
    },
  );

  it('property: giving notice on the deadline ends the notice period on the start date, in any zone', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Chatham'];
    const day = fc
      .record({
        y: fc.integer({ min: 2024, max: 2032 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isDay);
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 365 }),
        fc.constantFrom(...zones),
        (start, n, zone) => {
          env.TZ = zone;
          const by = giveNoticeBy(start, n);
          return (
            lastClinicalDay(by, n) === start &&
            daysBetween(by, start) === n &&
            addDays(by, n) === start
          );
        },
      ),
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
    const planned = countdown({ ...base, plannedStartDate: '2027-12-01' });
    expect(expectedLastClinicalDay(planned)).toEqual({ day: '2027-12-01', basis: 'planned' });
    const late = countdown({ ...base, plannedStartDate: '2027-07-01' });
    expect(expectedLastClinicalDay(late)).toEqual({ day: '2027-08-30', basis: 'if-today' });
    expect(expectedLastClinicalDay(countdown({ ...base }))).toEqual({
      day: '2027-08-30',
      basis: 'if-today',
    });
    expect(expectedLastClinicalDay(countdown({ ...base, noticeDays: null }))).toBeNull();
  });
});
