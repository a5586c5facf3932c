import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import {
  daysInStage,
  durationLabel,
  hasOfferInHand,
  hasWrittenOfferInHand,
  offerTotals,
  opportunityFlags,
  opportunityName,
  payDifference,
  offerInHand,
  pipelineSummary,
  STAGE_HINTS,
  stageLog,
  STAGES,
  timeInStageText,
  withStageChange,
  type FlagFacts,
  type Stage,
  type StageChange,
} from '../../src/domain/opportunity';
import { NOTICE_NOW } from '../../src/domain/notice';

describe('offer totals', () => {
  it('first year adds the sign-on to base, target bonus and a year of equity; steady state leaves it out', () => {
    const t = offerTotals({
      baseSalary: 260000,
      bonusPercent: 15,
      signOnBonus: 25000,
      equityPerYear: 20000,
    });
    expect(t).toEqual({
      base: 260000,
      bonus: 39000,
      signOn: 25000,
      equity: 20000,
      firstYear: 344000,
      steadyState: 319000,
      complete: true,
    });
  });

  it('rounds the bonus to whole units and treats missing parts as nothing', () => {
    expect(
      offerTotals({
        baseSalary: 255555,
        bonusPercent: 12.5,
        signOnBonus: null,
        equityPerYear: null,
      }),
    ).toMatchObject({
      bonus: 31944,
      firstYear: 287499,
      steadyState: 287499,
    });
    expect(
      offerTotals({ baseSalary: null, bonusPercent: 20, signOnBonus: 10000, equityPerYear: null }),
    ).toMatchObject({
      firstYear: 10000,
      steadyState: 0,
      complete: false,
    });
  });

  it('shows the difference against current pay, negative for a pay cut', () => {
    const t = offerTotals({
      baseSalary: 240000,
      bonusPercent: 10,
      signOnBonus: 30000,
      equityPerYear: 0,
    });
    expect(payDifference(t, 300000)).toEqual({ firstYear: -6000, steadyState: -36000 });
    expect(payDifference(t, null)).toBeNull();
  });
});

const facts = (patch: Partial<FlagFacts>): FlagFacts => ({
  title: 'Medical Director',
  companySize: 5000,
  remotePolicy: 'remote',
  officeDaysPerMonth: 0,
  travelPercent: 10,
  stage: 'interviewing',
  history: [{ stage: 'target', on: '2027-01-01', reason: null }],
  ...patch,
});
const kinds = (f: FlagFacts) => opportunityFlags(f).map((x) => x.kind);

describe('gentle flags', () => {
  it('none for an ordinary role', () => {
    expect(opportunityFlags(facts({}))).toEqual([]);
  });

  it('a Chief Medical Officer title at a tiny company', () => {
    expect(kinds(facts({ title: 'Chief Medical Officer', companySize: 12 }))).toEqual([
      'cmo-small-company',
    ]);
    expect(kinds(facts({ title: 'CMO (founding team)', companySize: 50 }))).toEqual([
      'cmo-small-company',
    ]);
    expect(kinds(facts({ title: 'chief medical officer', companySize: null }))).toEqual([
      'cmo-small-company',
    ]);
    expect(
      opportunityFlags(facts({ title: 'Chief Medical Officer', companySize: 12 }))[0]?.text,
    ).toMatch(/company of 12 people/);
    expect(kinds(facts({ title: 'Chief Medical Officer', companySize: 51 }))).toEqual([]);
    expect(kinds(facts({ title: 'Medical Director to the CMOS team', companySize: 10 }))).toEqual(
      [],
    );
  });

  it('a "remote" role that asks for office days; hybrid says so already', () => {
    expect(kinds(facts({ officeDaysPerMonth: 4 }))).toEqual(['remote-with-office-days']);
    expect(opportunityFlags(facts({ officeDaysPerMonth: 1 }))[0]?.text).toMatch(
      /1 office day a month/,
    );
    expect(kinds(facts({ remotePolicy: 'hybrid', officeDaysPerMonth: 8 }))).toEqual([]);
  });

  it('accepted before a written offer exists', () => {
    const verbalOnly: StageChange[] = [
      { stage: 'final-round', on: '2027-01-01', reason: null },
      { stage: 'verbal-offer', on: '2027-01-10', reason: null },
      { stage: 'accepted', on: '2027-01-12', reason: null },
    ];
    expect(kinds(facts({ stage: 'accepted', history: verbalOnly }))).toEqual([
      'accepted-without-written-offer',
    ]);
    const written: StageChange[] = [
      ...verbalOnly.slice(0, 2),
      { stage: 'written-offer', on: '2027-01-11', reason: null },
      { stage: 'accepted', on: '2027-01-12', reason: null },
    ];
    expect(kinds(facts({ stage: 'accepted', history: written }))).toEqual([]);
    expect(hasWrittenOfferInHand({ stage: 'accepted', history: written })).toBe(true);
    expect(hasWrittenOfferInHand({ stage: 'accepted', history: verbalOnly })).toBe(false);
    expect(hasWrittenOfferInHand({ stage: 'written-offer', history: verbalOnly })).toBe(true);
    // The flag no longer says to hold the notice: a verbal offer is enough to give it.
    expect(opportunityFlags(facts({ stage: 'accepted', history: verbalOnly }))[0]?.text).toMatch(
      /Ask for the offer in writing/,
    );
    expect(
      opportunityFlags(facts({ stage: 'accepted', history: verbalOnly }))[0]?.text,
    ).not.toMatch(/before you give notice/);
  });

  it('an offer in hand, verbal or written, is enough to start the notice clock', () => {
    expect(STAGES.filter((stage) => hasOfferInHand({ stage }))).toEqual([
      'verbal-offer',
      'written-offer',
      'accepted',
    ]);
    // The stage hints say the notice rule in its own words (domain/notice.ts), so the pipeline
    // and the Give-notice card never disagree.
    expect(STAGE_HINTS['verbal-offer']).toContain(NOTICE_NOW.verbal);
    expect(STAGE_HINTS['written-offer']).toContain(NOTICE_NOW.written);
    expect(STAGE_HINTS['verbal-offer']).not.toMatch(/hold your notice/i);
  });

  it('heavy travel', () => {
    expect(kinds(facts({ travelPercent: 60 }))).toEqual(['heavy-travel']);
    expect(kinds(facts({ travelPercent: 49 }))).toEqual([]);
  });
});

describe('stage history', () => {
  const start: StageChange[] = [{ stage: 'target', on: '2027-01-30', reason: null }];

  it('adds an entry for a new stage, and none for a move within the stage', () => {
    const moved = withStageChange(start, 'applied', null, '2027-02-02');
    expect(moved).toEqual([...start, { stage: 'applied', on: '2027-02-02', reason: null }]);
    expect(withStageChange(moved, 'applied', null, '2027-02-05')).toEqual(moved);
  });

  it('keeps a reason only for Closed, and a changed reason replaces the last one', () => {
    const closed = withStageChange(start, 'closed', 'declined', '2027-02-01');
    expect(closed.at(-1)).toEqual({ stage: 'closed', on: '2027-02-01', reason: 'declined' });
    expect(withStageChange(closed, 'closed', 'withdrawn', '2027-02-03').at(-1)).toEqual({
      stage: 'closed',
      on: '2027-02-01',
      reason: 'withdrawn',
    });
    expect(withStageChange(start, 'applied', 'declined', '2027-02-01').at(-1)?.reason).toBeNull();
  });

  it('time in stage counts calendar days, across month ends and leap days', () => {
    expect(daysInStage(start, '2027-01-30')).toBe(0);
    expect(daysInStage(start, '2027-03-01')).toBe(30);
    expect(daysInStage([{ stage: 'applied', on: '2028-02-28', reason: null }], '2028-03-01')).toBe(
      2,
    );
    expect(timeInStageText(start, '2027-01-30')).toBe('Added today');
    const moved: StageChange[] = [
      { stage: 'target', on: '2027-01-02', reason: null },
      { stage: 'applied', on: '2027-01-30', reason: null },
    ];
    expect(timeInStageText(moved, '2027-01-30')).toBe('Moved here today');
    expect(timeInStageText(start, '2027-01-31')).toBe('1 day in this stage');
    expect(timeInStageText(start, '2027-02-20')).toBe('3 weeks in this stage');
    expect(timeInStageText(start, '2027-05-01')).toBe('3 months in this stage');
  });

  it('reads as a log', () => {
    const history: StageChange[] = [
      { stage: 'target', on: '2027-01-01', reason: null },
      { stage: 'applied', on: '2027-01-01', reason: null },
      { stage: 'interviewing', on: '2027-01-10', reason: null },
      { stage: 'closed', on: '2027-02-14', reason: 'rejected' },
    ];
    expect(stageLog(history).map((e) => e.text)).toEqual([
      'Added as Target',
      'Moved to Applied after less than a day in Target',
      'Moved to Interviewing after 9 days in Applied',
      'Closed (rejected) after 5 weeks in Interviewing',
    ]);
  });

  it('durations', () => {
    const from = '2027-01-31';
    const after = (n: number) => durationLabel(from, addDays(from, n));
    expect([0, 1, 13, 14, 60, 69].map(after)).toEqual([
      'today',
      '1 day',
      '13 days',
      '2 weeks',
      '8 weeks',
      '9 weeks',
    ]);
    // Months are calendar months: Jan 31 → Apr 30 is not yet three.
    expect(durationLabel(from, '2027-04-30')).toBe('2 months');
    expect(durationLabel('2028-02-29', '2029-02-28')).toBe('12 months');
    expect(durationLabel('2027-01-30', '2027-05-01')).toBe('3 months');
  });
});

describe('pipeline', () => {
  it('counts open (not closed, not accepted), late-stage, offers on the table and accepted', () => {
    const stages = [
      'target',
      'applied',
      'final-round',
      'verbal-offer',
      'written-offer',
      'accepted',
      'closed',
    ] as const;
    // An accepted offer is settled, not "open" (issue 15).
    expect(pipelineSummary(stages.map((stage) => ({ stage })))).toEqual({
      open: 5,
      late: 3,
      offers: 2,
      accepted: 1,
    });
  });

  it('reads the best offer in hand for the notice rule', () => {
    const h = (...stages: Stage[]) =>
      stages.map((stage) => ({ stage, on: '2027-01-01', reason: null }));
    expect(offerInHand([])).toBe('none');
    expect(offerInHand([{ stage: 'final-round', history: h('final-round') }])).toBe('none');
    expect(offerInHand([{ stage: 'verbal-offer', history: h('verbal-offer') }])).toBe('verbal');
    expect(offerInHand([{ stage: 'accepted', history: h('verbal-offer', 'accepted') }])).toBe(
      'verbal',
    );
    expect(
      offerInHand([
        { stage: 'verbal-offer', history: h('verbal-offer') },
        { stage: 'accepted', history: h('written-offer', 'accepted') },
      ]),
    ).toBe('written');
    expect(offerInHand([{ stage: 'closed', history: h('written-offer', 'closed') }])).toBe('none');
  });

  it('names a card "Company – Title" with an en dash', () => {
    expect(opportunityName({ company: 'Acme Bio', title: 'Medical Director' })).toBe(
      'Acme Bio – Medical Director',
    );
  });
});
