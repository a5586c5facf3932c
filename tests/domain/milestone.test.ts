import fc from 'fast-check';
import { pastPlanEndText, planHistoryText } from '../../src/domain/milestoneText';
import { describe, expect, it } from 'vitest';
import { thisMonth } from '../../src/domain/calendar';
import {
  boardStats,
  CARD_EXCERPT_MAX,
  cardExcerpt,
  doneOnFor,
  dueThisMonthTest,
  isOverdue,
  overdueTest,
  slipLabel,
  type MilestoneFacts,
} from '../../src/domain/milestone';
import { planMonth } from '../../src/domain/plan';

const plan = { startMonth: '2026-11', lengthMonths: 12 };
const m = (
  month: number,
  status: MilestoneFacts['status'] = 'todo',
  baselineMonth = month,
): MilestoneFacts => ({ month, baselineMonth, status });
// "Now" is in Month 3 (Jan 2027).
const now = new Date(2027, 0, 15);

describe('against the target month', () => {
  it('is overdue only when its month has passed and it is not done', () => {
    expect(isOverdue(m(2), plan, now)).toBe(true);
    expect(isOverdue(m(2, 'in_progress'), plan, now)).toBe(true);
    expect(isOverdue(m(2, 'done'), plan, now)).toBe(false);
    expect(isOverdue(m(3), plan, now)).toBe(false);
    expect(isOverdue(m(4), plan, now)).toBe(false);
  });

  it('compares plan positions the same as comparing calendar months, across year ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -40, max: 60 }),
        fc.integer({ min: -30, max: 60 }),
        fc.constantFrom<MilestoneFacts['status']>('todo', 'in_progress', 'done'),
        (year, startMonth, month, monthsLater, status) => {
          const p = {
            startMonth: `${year}-${String(startMonth).padStart(2, '0')}`,
            lengthMonths: 12,
          };
          const at = new Date(year, startMonth - 1 + monthsLater, 28, 23, 30);
          const expected = status !== 'done' && planMonth(p, month) < thisMonth(at);
          expect(overdueTest(p, at)(m(month, status))).toBe(expected);
          expect(isOverdue(m(month, status), p, at)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('becomes overdue on the first day of the next month, at local midnight', () => {
    expect(isOverdue(m(3), plan, new Date(2027, 0, 31, 23, 59))).toBe(false);
    expect(isOverdue(m(3), plan, new Date(2027, 1, 1, 0, 0))).toBe(true);
  });

  it('is due this month while it is not done and its month is this one, to the month’s last minute', () => {
    const due = dueThisMonthTest(plan, now);
    expect([m(3), m(3, 'in_progress'), m(3, 'done'), m(2), m(4)].map(due)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(dueThisMonthTest(plan, new Date(2027, 0, 31, 23, 59))(m(3))).toBe(true);
    expect(dueThisMonthTest(plan, new Date(2027, 1, 1, 0, 0))(m(3))).toBe(false);
    // Before the plan starts, nothing is due; due and overdue never meet.
    expect(dueThisMonthTest(plan, new Date(2026, 9, 15))(m(1))).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom(...(['todo', 'in_progress', 'done'] as const)),
        (month, status) => {
          const card = m(month, status);
          return !(dueThisMonthTest(plan, now)(card) && overdueTest(plan, now)(card));
        },
      ),
    );
  });

  it('measures slips and pull-ins against the first planned month', () => {
    expect(slipLabel(m(5, 'todo', 3))).toBe('+2 mo');
    expect(slipLabel(m(2, 'todo', 3))).toBe('−1 mo');
    expect(slipLabel(m(3, 'todo', 3))).toBe('');
    expect(planHistoryText(m(5, 'todo', 3))).toBe(
      'Slipped 2 months: first planned for Month 3, now in Month 5',
    );
    expect(planHistoryText(m(2, 'todo', 3))).toBe(
      'Pulled in 1 month: first planned for Month 3, now in Month 2',
    );
    expect(planHistoryText(m(3, 'todo', 3))).toBe('First planned for Month 3');
  });

  it('says how many milestones a shorter plan left past its end, agreeing in number', () => {
    expect(pastPlanEndText(1)).toBe(
      '1 milestone now sits past the plan’s last month. Nothing was deleted: on the Timeline it is in “After the plan”, ready to move back.',
    );
    expect(pastPlanEndText(3)).toMatch(
      /^3 milestones now sit past .* they are in “After the plan”/,
    );
  });

  it('sums up the board', () => {
    const stats = boardStats(
      [m(1, 'done'), m(2), m(3), m(3, 'done'), m(5, 'todo', 4), m(2, 'todo', 3), m(14)],
      plan,
      now,
    );
    expect(stats).toEqual({
      total: 7,
      done: 2,
      dueThisMonth: 1,
      overdue: 2,
      slipped: 1,
      pulledIn: 1,
      outsidePlan: 1,
    });
  });

  it('records the day a milestone was done, and forgets it when reopened', () => {
    expect(doneOnFor('done', null, '2027-01-15')).toBe('2027-01-15');
    expect(doneOnFor('done', '2027-01-02', '2027-01-15')).toBe('2027-01-02');
    expect(doneOnFor('todo', '2027-01-02', '2027-01-15')).toBeNull();
  });
});

describe('cardExcerpt', () => {
  /** The plain version: tidy the whole text, then cut. */
  function reference(text: string, max = CARD_EXCERPT_MAX): string {
    const t = text.trim().replace(/\s+/g, ' ');
    if (t.length <= max) return t;
    const cut = t.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.–—-]+$/u, '')}…`;
  }

  it('cuts at a word, without trailing punctuation, and keeps short text whole', () => {
    expect(cardExcerpt('  Short   text \n')).toBe('Short text');
    const long =
      'Ask three people in medical affairs what a normal week looks like, and what they wish they had known before moving.';
    expect(cardExcerpt(long)).toBe('Ask three people in medical affairs what a normal week looks…');
    expect(cardExcerpt(`${'x'.repeat(100)} end`)).toBe(`${'x'.repeat(CARD_EXCERPT_MAX)}…`);
  });

  it('gives what tidying the whole text would, for long texts with runs of spaces anywhere', () => {
    const char = fc.constantFrom(
      'a',
      'b',
      ' ',
      '  ',
      '\n',
      '\t',
      ',',
      '.',
      '—',
      'word ',
      '          ',
    );
    const text = fc.array(char, { maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 4, max: 80 }),
        (t, max) => cardExcerpt(t, max) === reference(t, max),
      ),
      { numRuns: 2000 },
    );
  });
});
