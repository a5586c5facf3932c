import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarFile } from '../../src/domain/calendarExport';

describe('calendar files', () => {
  it('writes all-day events that a calendar parser reads back', async () => {
    const text = await buildCalendarFile([
      { uid: 'call-1-follow-up', day: '2027-02-28', title: 'Follow up with Dr. Lee', description: 'Send the CV' },
      { uid: 'notice-by', day: '2028-02-29', title: 'Give notice by today' },
    ]);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Follow up with Dr. Lee', 'Give notice by today']);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.startDate.toString()).toBe('2027-02-28');
    expect(events[1]?.startDate.toString()).toBe('2028-02-29');
    expect(events[0]?.uid).toBe('call-1-follow-up@pivotboard.local');
    expect(events[0]?.description).toBe('Send the CV');
  });

  it('refuses to make an empty file', async () => {
    await expect(buildCalendarFile([])).rejects.toThrow(/no dates/);
  });
});
