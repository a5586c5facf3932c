import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToDay, isDay } from '../../src/domain/calendar';
import { readDiagnosis, RED_FLAG_HEADLINE } from '../../src/domain/diagnosis';
import {
  EVIDENCE_KINDS,
  evidenceKindOf,
  readMilestone,
  readMilestones,
  TEMPLATE_EVIDENCE,
  type EvidenceBoard,
} from '../../src/domain/evidence';
import {
  callPace,
  evidenceBoard,
  evidenceFacts,
  type CallFacts,
  type EvidenceRows,
} from '../../src/domain/evidenceRules';
import { firstRunState, EMPTY_FIRST_RUN } from '../../src/domain/firstRun';
import { boardStats, isOverdue, type MilestoneStatus } from '../../src/domain/milestone';
import { NOTICE_NOW } from '../../src/domain/notice';
import { STAGE_HINTS, type Stage } from '../../src/domain/opportunity';
import { nextStep, planProgress } from '../../src/domain/overview';
import { weekOf } from '../../src/domain/weeks';

// Five simulated months into a plan that started in January 2027: today is Fri Jun 11 2027.
const TODAY = '2027-06-11';
const NOW = new Date(2027, 5, 11);
const plan = { startMonth: '2027-01', lengthMonths: 12 };
const stamp = (day: string) => `${day}T12:00:00.000Z`;

const noCalls: CallFacts = {
  count: 0,
  first: null,
  last: null,
  thisWeek: 0,
  lastWeek: 0,
  target: 2,
};
const emptyRows: EvidenceRows = {
  diagnoseItems: [],
  recordEntries: [],
  opportunities: [],
  exitPlan: null,
  calls: noCalls,
};
const expenses = { housing: 3000, food: 800, loanMinimums: 1200, insurance: 500, other: 500 };
const exitPlan = {
  noticeDays: 90,
  plannedStartDate: null,
  noticeGivenOn: null,
  cash: 51000, // 51,000 ÷ 6,000 a month = 8.5 months
  expenses,
  nothingLinedUp: false,
  createdAt: stamp('2027-01-20'),
  runwaySavedOn: '2027-02-03',
  contractSavedOn: '2027-01-20',
};
const opp = (stage: Stage, ...path: [Stage, string][]) => ({
  stage,
  history: path.map(([s, on]) => ({ stage: s, on, reason: null })),
});

const board = (rows: Partial<EvidenceRows> = {}, today = TODAY): EvidenceBoard =>
  evidenceBoard(evidenceFacts({ ...emptyRows, ...rows }), today, weekOf(today));

let n = 0;
const card = (
  templateKey: string | null,
  month: number,
  patch: Partial<{ status: MilestoneStatus; keepOpen: boolean; evidence: 'none' | 'calls' }> = {},
) => ({
  id: `m${++n}`,
  templateKey,
  month,
  baselineMonth: month,
  rank: 'a0',
  status: 'todo' as MilestoneStatus,
  doneOn: null,
  ...patch,
});

/** The five months the issue simulated: what the user recorded on the other screens. */
const fiveMonths: Partial<EvidenceRows> = {
  diagnoseItems: [
    { column: 'a', fit: 'fixes', createdAt: stamp('2027-01-12') },
    { column: 'a', fit: 'fixes', createdAt: stamp('2027-01-10') },
    { column: 'b', fit: 'unsure', createdAt: stamp('2027-01-09') },
  ],
  recordEntries: [1, 2, 3, 4].map((i) => ({
    date: `2026-0${i}-15`,
    kind: 'talk' as const,
    createdAt: stamp(`2027-02-0${i}`),
  })),
  calls: {
    count: 6,
    first: '2027-03-01',
    last: '2027-06-08',
    thisWeek: 1,
    lastWeek: 2,
    target: 2,
  },
  opportunities: [
    opp(
      'accepted',
      ['target', '2027-04-02'],
      ['applied', '2027-04-20'],
      ['interviewing', '2027-05-03'],
      ['written-offer', '2027-05-28'],
      ['accepted', '2027-06-01'],
    ),
    opp('closed', ['applied', '2027-04-10'], ['closed', '2027-05-01']),
  ],
  exitPlan: { ...exitPlan, plannedStartDate: '2027-10-01', noticeGivenOn: '2027-06-04' },
};

describe('the contradictions of issue 15, read the one way', () => {
  const evidence = board(fiveMonths);
  const read = (key: string, month: number) => {
    const m = card(key, month);
    const r = readMilestone(m, evidence);
    return { r, overdue: isOverdue({ ...m, status: r.status }, plan, NOW) };
  };

  it('"Work out your runway" is done, on the day the runway was worked out, beside 8.5 months', () => {
    const { r, overdue } = read('check-runway', 1);
    expect(r).toMatchObject({ status: 'done', doneOn: '2027-02-03', doneBy: 'evidence' });
    expect(r.evidence?.line).toBe('8.5 months of runway');
    expect(overdue).toBe(false);
  });

  it('"Start networking calls" with 6 calls is started and on track, never overdue', () => {
    const { r, overdue } = read('start-networking', 3);
    expect(r).toMatchObject({ status: 'done', doneOn: '2027-03-01', ongoing: true });
    expect(r.evidence?.pace).toBe('on-track');
    expect(r.evidence?.line).toBe('6 calls · last Tue, Jun 8 · 1 of 2 this week');
    expect(overdue).toBe(false);
  });

  it('"Start a running record" with 4 entries is done, dated the first entry', () => {
    const { r } = read('start-record', 2);
    expect(r).toMatchObject({ status: 'done', doneOn: '2027-02-01' });
    expect(r.evidence?.line).toBe('4 entries · latest Wed, Apr 15, 2026');
  });

  it('"Choose your target roles" is done once a role is on the board (here, an accepted offer)', () => {
    expect(read('pick-targets', 5).r).toMatchObject({ status: 'done', doneOn: '2027-04-02' });
    expect(read('apply-selectively', 6).r).toMatchObject({ status: 'done', doneOn: '2027-04-10' });
    expect(read('first-interviews', 7).r).toMatchObject({ status: 'done', doneOn: '2027-05-03' });
    expect(read('final-rounds', 9).r).toMatchObject({ status: 'done', doneOn: '2027-05-28' });
  });

  it('saving "Notice given on" ticks "Give notice", dated that day', () => {
    const { r } = read('give-notice', 10);
    expect(r).toMatchObject({ status: 'done', doneOn: '2027-06-04' });
    expect(r.evidence?.line).toBe('Notice given Fri, Jun 4 · last clinical day Thu, Sep 2');
  });

  it('the getting-started guide and the diagnosis card read the same rule', () => {
    const guide = (rows: Partial<EvidenceRows>) => {
      const r = readMilestone(card('clarify-needs', 1), board(rows));
      const state = firstRunState(EMPTY_FIRST_RUN, {
        planAdjusted: false,
        visionWritten: false,
        diagnosisDone: r.status === 'done',
        callsLogged: 0,
      });
      return [r.status, state.steps.find((s) => s.key === 'diagnosis')?.status];
    };
    // Items on the board, but nothing in A tagged: neither says done.
    expect(
      guide({ diagnoseItems: [{ column: 'b', fit: 'fixes', createdAt: stamp(TODAY) }] }),
    ).toEqual(['todo', 'open']);
    expect(
      guide({ diagnoseItems: [{ column: 'a', fit: 'unsure', createdAt: stamp(TODAY) }] }),
    ).toEqual(['todo', 'open']);
    // Something in A tagged: both do.
    expect(guide(fiveMonths)).toEqual(['done', 'done']);
  });

  it('the verbal-offer column and the give-notice card say the same notice rule', () => {
    const verbal = board({
      opportunities: [opp('verbal-offer', ['verbal-offer', '2027-06-01'])],
      exitPlan: { ...exitPlan, plannedStartDate: '2027-12-01' },
    });
    const line = readMilestone(card('give-notice', 10), verbal).evidence?.line ?? '';
    expect(line).toContain(NOTICE_NOW.verbal);
    expect(STAGE_HINTS['verbal-offer']).toContain(NOTICE_NOW.verbal);
    const none = readMilestone(card('give-notice', 10), board({ exitPlan })).evidence?.line;
    expect(none).toBe(NOTICE_NOW.none);
  });

  it('a ticked red flag comes before a "good fit" verdict', () => {
    const items = [{ title: 'Endless 24-hour call', column: 'a' as const, fit: 'fixes' as const }];
    expect(readDiagnosis(items).headline).toBe('Industry looks like a good fit');
    const flagged = readDiagnosis(items, ['burnout']);
    expect(flagged.headline).toBe(RED_FLAG_HEADLINE);
    expect(flagged.points[0]).toMatch(/^You ticked burnout\./);
    expect(flagged.points[1]).toMatch(/industry looks like a good fit/);
    expect(flagged.verdict).toBe('industry-fits');
  });

  it('one reading everywhere: counts, progress and the next step agree with the cards', () => {
    const ms = [
      card('clarify-needs', 1),
      card('check-runway', 1),
      card('rewrite-profile', 2),
      card('start-record', 2),
      card('start-networking', 3),
    ];
    const { rows, readings } = readMilestones(ms, evidence);
    const stats = boardStats(rows, plan, NOW);
    expect(stats).toMatchObject({ done: 4, overdue: 1 });
    expect(planProgress(rows, plan, NOW)).toMatchObject({ doneSoFar: 4, overdue: 1 });
    expect(nextStep(rows)?.templateKey).toBe('rewrite-profile');
    expect([...readings.values()].filter((r) => r.status === 'done')).toHaveLength(4);
  });
});

describe('overrides by hand, both ways', () => {
  const evidence = board(fiveMonths);

  it('a card ticked by hand stays done, whatever the evidence says (old data keeps working)', () => {
    const m = card('check-runway', 1, { status: 'done' });
    const r = readMilestone({ ...m, doneOn: '2026-12-01' }, board());
    expect(r).toMatchObject({ status: 'done', doneOn: '2026-12-01', doneBy: 'hand' });
  });

  it('a card marked not done over its evidence stays open, and says so', () => {
    const r = readMilestone(card('check-runway', 1, { keepOpen: true }), evidence);
    expect(r).toMatchObject({ status: 'todo', keptOpen: true, doneBy: null });
    expect(r.evidence?.met).toBe(true);
  });

  it('a user milestone follows the kind chosen for it, or none', () => {
    expect(evidenceKindOf({ templateKey: null })).toBeNull();
    expect(evidenceKindOf({ templateKey: null, evidence: 'calls' })).toBe('calls');
    expect(evidenceKindOf({ templateKey: 'check-runway', evidence: 'none' })).toBeNull();
    expect(evidenceKindOf({ templateKey: 'check-runway', evidence: null })).toBe('runway');
    expect(evidenceKindOf({ templateKey: 'constructor' })).toBeNull();
    expect(readMilestone(card(null, 3, { evidence: 'calls' }), evidence).status).toBe('done');
    expect(readMilestone(card('start-networking', 3, { evidence: 'none' }), evidence).status).toBe(
      'todo',
    );
  });

  it('every template key but the LinkedIn rewrite has its evidence, and every kind is used', () => {
    expect(TEMPLATE_EVIDENCE.size).toBe(13);
    expect(new Set(TEMPLATE_EVIDENCE.values())).toEqual(new Set(EVIDENCE_KINDS));
  });
});

describe('never a false "Overdue"', () => {
  const overdue = (key: string, month: number, b: EvidenceBoard | undefined, now = NOW) => {
    const m = card(key, month);
    const { rows } = readMilestones([m], b);
    return isOverdue(rows[0] ?? m, plan, now);
  };

  it('while the evidence is still loading, a tied card is not called overdue; a manual one is', () => {
    expect(overdue('check-runway', 1, undefined)).toBe(false);
    expect(overdue('rewrite-profile', 1, undefined)).toBe(true);
  });

  it('no runway yet: plainly not done, and overdue once its month has passed', () => {
    const b = board();
    expect(readMilestone(card('check-runway', 1), b).evidence?.line).toBe(
      'No runway worked out yet',
    );
    expect(overdue('check-runway', 1, b)).toBe(true);
    expect(overdue('check-runway', 6, b)).toBe(false);
  });

  it('give notice waits for an offer: not overdue without one, even in a past month', () => {
    expect(overdue('give-notice', 2, board({ exitPlan }))).toBe(false);
  });

  it('an offer without a start date: a clear state, not overdue', () => {
    const b = board({
      opportunities: [opp('accepted', ['written-offer', '2027-05-01'], ['accepted', '2027-05-02'])],
      exitPlan,
    });
    expect(overdue('give-notice', 2, b)).toBe(false);
    expect(overdue('start-role', 2, b)).toBe(false);
    expect(readMilestone(card('start-role', 2), b).evidence?.line).toBe(
      'Add your start date to the exit plan',
    );
  });

  it('a date the data fixes decides: not overdue before it, overdue after it, whatever the month', () => {
    const b = board({
      opportunities: [opp('written-offer', ['written-offer', '2027-05-01'])],
      exitPlan: { ...exitPlan, plannedStartDate: '2027-12-01' },
    });
    // Give notice by Sep 1: the card in a past month (May) is not late yet.
    expect(overdue('give-notice', 5, b)).toBe(false);
    // Past the give-notice-by day, with an offer in hand: late even in a later month.
    const late = board(
      {
        opportunities: [opp('written-offer', ['written-offer', '2027-05-01'])],
        exitPlan: { ...exitPlan, plannedStartDate: '2027-08-02' },
      },
      TODAY,
    );
    expect(overdue('give-notice', 10, late)).toBe(true);
    expect(readMilestone(card('give-notice', 10), late).evidence?.line).toBe(
      'The give-notice-by day (Mon, May 3) has passed; the earliest start now is Fri, Sep 10',
    );
  });

  it('a plan moved in time (the start month changed) reads the same evidence', () => {
    const later = { startMonth: '2027-05', lengthMonths: 12 };
    const m = card('check-runway', 1);
    const { rows } = readMilestones([m], board({ exitPlan }));
    expect(isOverdue(rows[0] ?? m, later, NOW)).toBe(false);
  });

  it('bad stored dates never throw: they count as missing', () => {
    expect(() =>
      board({
        exitPlan: { ...exitPlan, plannedStartDate: '2027-02-30', noticeGivenOn: 'soon' },
        opportunities: [opp('applied', ['applied', 'yesterday'])],
        recordEntries: [{ date: '0000-00-00', kind: 'qi', createdAt: 'never' }],
        diagnoseItems: [{ column: 'a', fit: 'fixes', createdAt: 'never' }],
      }),
    ).not.toThrow();
    const b = board({ diagnoseItems: [{ column: 'a', fit: 'fixes', createdAt: 'never' }] });
    expect(b.diagnosis).toMatchObject({ met: true, on: null });
  });
});

describe('the networking pace (the streak rule)', () => {
  const week = '2027-06-07';
  const calls = (p: Partial<CallFacts>): CallFacts => ({
    ...noCalls,
    count: 3,
    first: '2027-05-03',
    ...p,
  });

  it('on track while this week or last week met the target', () => {
    expect(callPace(calls({ thisWeek: 2 }), week)).toBe('on-track');
    expect(callPace(calls({ lastWeek: 2 }), week)).toBe('on-track');
    expect(callPace(calls({ thisWeek: 1, lastWeek: 1 }), week)).toBe('behind');
  });

  it('the first week of calls is on track; no target or no call gives no pace', () => {
    expect(callPace(calls({ first: '2027-06-08', thisWeek: 1 }), week)).toBe('on-track');
    expect(callPace(calls({ target: 0 }), week)).toBeNull();
    expect(callPace(noCalls, week)).toBeNull();
  });

  it('says behind in numbers', () => {
    const b = board({ calls: calls({ last: '2027-05-20', thisWeek: 0, lastWeek: 1 }) });
    expect(b.calls.pace).toBe('behind');
    expect(b.calls.line).toBe('3 calls · last Thu, May 20 · 0 this week, 1 last week (target 2)');
  });
});

const earliest = (a: string, b: string) => (a < b ? a : b);

describe('properties', () => {
  const day = fc
    .date({ min: new Date(2024, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
    .map((d) => dateToDay(d))
    .filter(isDay);

  it('evidence is never met on a day after today, and a met card is never overdue', () => {
    fc.assert(
      fc.property(day, day, day, fc.integer({ min: 1, max: 365 }), (given, start, today, days) => {
        const b = board(
          {
            // The pipeline's days are never after today (stage changes are dated when made).
            opportunities: [
              opp(
                'accepted',
                ['written-offer', earliest(given, today)],
                ['accepted', earliest(given, today)],
              ),
            ],
            exitPlan: {
              ...exitPlan,
              // Saved on the first day the dates can take.
              createdAt: stamp('2024-01-01'),
              runwaySavedOn: '2024-01-01',
              contractSavedOn: '2024-01-01',
              noticeDays: days,
              plannedStartDate: start,
              noticeGivenOn: given <= today ? given : null,
            },
          },
          today,
        );
        const now = new Date(`${today}T12:00:00`);
        return Object.values(b).every((e) => {
          if (!e.met) return true;
          const m = { ...card(null, 1), evidence: e.kind };
          const { rows } = readMilestones([m], b);
          return (e.on === null || e.on <= today) && !isOverdue(rows[0] ?? m, plan, now);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the start role is only met once the start date has come, after an accepted offer or notice', () => {
    fc.assert(
      fc.property(day, day, (start, today) => {
        const b = board(
          {
            opportunities: [
              opp('accepted', ['written-offer', '2024-01-01'], ['accepted', '2024-01-01']),
            ],
            exitPlan: { ...exitPlan, plannedStartDate: start },
          },
          today,
        );
        return b.started.met === start <= today;
      }),
      { numRuns: 200 },
    );
  });
});
