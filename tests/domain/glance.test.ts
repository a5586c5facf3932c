import { describe, expect, it } from 'vitest';
import { exitGlance, pipelineGlance } from '../../src/domain/glance';
import type { Stage, StageChange } from '../../src/domain/opportunity';

const opp = (
  stage: Stage,
  base: number | null,
  history: StageChange[] = [{ stage, on: '2027-01-10', reason: null } as StageChange],
) => ({
  company: `Co ${stage}`,
  title: 'Medical Director',
  stage,
  history,
  baseSalary: base,
  bonusPercent: 10,
  signOnBonus: 20000,
  equityPerYear: null,
});

const expenses = { housing: 3000, food: 800, loanMinimums: 1200, insurance: 500, other: 500 };
const exit = {
  noticeDays: 90,
  plannedStartDate: '2027-06-01',
  noticeGivenOn: null,
  cash: 42000,
  expenses,
  nothingLinedUp: false,
};

describe('overview at a glance', () => {
  it('counts open stages in order and picks the best complete offer by a normal year', () => {
    const g = pipelineGlance([
      opp('applied', null),
      opp('interviewing', null),
      opp('verbal-offer', 250000),
      opp('written-offer', 240000),
      opp('closed', 400000),
      opp('accepted', null),
    ]);
    expect(g.stages.map((s) => [s.label, s.count])).toEqual([
      ['Target', 0],
      ['Applied', 1],
      ['Interviewing', 1],
      ['Final round', 0],
      ['Verbal offer', 1],
      ['Written offer', 1],
      ['Accepted', 1],
    ]);
    expect(g.bestOffer).toEqual({ name: 'Co verbal-offer – Medical Director', total: 275000 });
    expect(pipelineGlance([opp('target', null)]).bestOffer).toBeNull();
  });

  it('counts down to the give-notice date, then to the last clinical day, with the runway', () => {
    expect(exitGlance(exit, [], '2027-02-01')).toEqual({
      giveNoticeBy: '2027-03-02',
      daysLeft: 29,
      lastClinicalDay: null,
      runwayMonths: 7,
    });
    expect(exitGlance(exit, [], '2027-03-10').daysLeft).toBe(-8);
    expect(exitGlance({ ...exit, noticeGivenOn: '2027-03-01' }, [], '2027-03-10')).toEqual({
      giveNoticeBy: null,
      daysLeft: 81,
      lastClinicalDay: '2027-05-30',
      runwayMonths: 7,
    });
    expect(exitGlance({ ...exit, noticeDays: null, cash: null }, [], '2027-02-01')).toEqual({
      giveNoticeBy: null,
      daysLeft: null,
      lastClinicalDay: null,
      runwayMonths: null,
    });
  });
});
