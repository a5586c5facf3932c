import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarFile } from '../../src/domain/calendarExport';

describe('calendar files', () => {
  it('writes all-day events that a calendar parser reads back', async () => {
    const text = await buildCalendarFile([
      {
        uid: 'call-1-follow-up',
        day: '2027-02-28',
        title: 'Follow up with Dr. Lee',
        description: 'Send the CV',
      },
      { uid: 'notice-by', day: '2028-02-29', title: 'Give notice by today' },
    ]);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Follow up with Dr. Lee',
      'Give notice by today',
    ]);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.startDate.toString()).toBe('2027-02-28');
    expect(events[1]?.startDate.toString()).toBe('2028-02-29');
    expect(events[0]?.uid).toBe('call-1-follow-up@pivotboard.local');
    expect(events[0]?.description).toBe('Send the CV');
  });

  it('ends each all-day event on the next day (DTEND as a date), never with a "P1DT" duration', async () => {
    const days = [
      '2027-02-28',
      '2028-02-28',
      '2028-02-29',
      '2027-04-30',
      '2027-12-31',
      '2027-06-15',
    ];
    const text = await buildCalendarFile(
      days.map((day, i) => ({ uid: `e${i}`, day, title: `Event ${i}` })),
    );
    // RFC 5545 refuses a "T" with no time after it; strict parsers (ical4android) reject the file.
    expect(text).not.toMatch(/DURATION/);
    const pairs = text
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((block) => [
        /DTSTART;VALUE=DATE:(\d{8})/.exec(block)?.[1],
        /DTEND;VALUE=DATE:(\d{8})/.exec(block)?.[1],
      ]);
    expect(pairs).toEqual([
      ['20270228', '20270301'],
      ['20280228', '20280229'],
      ['20280229', '20280301'],
      ['20270430', '20270501'],
      ['20271231', '20280101'],
      ['20270615', '20270616'],
    ]);
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.endDate.isDate)).toEqual(days.map(() => true));
    expect(events.map((e) => e.duration.toSeconds())).toEqual(days.map(() => 24 * 60 * 60));
  });

  it('refuses to make an empty file', async () => {
    await expect(buildCalendarFile([])).rejects.toThrow(/no dates/);
  });
});
