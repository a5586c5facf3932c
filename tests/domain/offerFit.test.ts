import { describe, expect, it } from 'vitest';
import {
  firstYearAfterLeaving,
  leavingCosts,
  offerAgainstVision,
  type ExitCostFacts,
} from '../../src/domain/offerFit';
import { offerTotals } from '../../src/domain/opportunity';
import type { Vision } from '../../src/domain/vision';
import { opportunitySchema } from '../../src/domain/schema/opportunity';
import { SAMPLE_ROWS } from '../support/sampleRows';

const TODAY = '2027-06-01';
const exit: ExitCostFacts = {
  noticeDays: 90,
  noticeGivenOn: null,
  plannedStartDate: null,
  tailRequired: false,
  tailCost: null,
};
const signOn = { id: 's', amount: 20000, endsOn: '2027-12-31', kind: 'sign-on' as const };
const loan = { id: 'l', amount: 30000, endsOn: '2027-08-31', kind: 'loan-repayment' as const };
const totals = offerTotals({
  baseSalary: 250000,
  bonusPercent: 10,
  signOnBonus: 15000,
  equityPerYear: null,
});

describe('what leaving costs', () => {
  it('counts the clawbacks still running on the last clinical day the offer’s start implies', () => {
    // Start Oct 1 → notice by Jul 2, last clinical day Sep 30: the loan (Aug 31) is over, the
    // sign-on (Dec 31) is still running.
    const c = leavingCosts(exit, [signOn, loan], '2027-10-01', TODAY);
    expect(c.lastDay).toEqual({ day: '2027-09-30', basis: 'planned' });
    expect(c.clawbacks.map((x) => x.id)).toEqual(['s']);
    expect(c.total).toBe(20000);
    expect(c.missing).toEqual([]);
    // An earlier start (Aug 2, notice by May 3, already passed): notice today ends Aug 30, so both.
    const early = leavingCosts(exit, [signOn, loan], '2027-08-02', TODAY);
    expect(early.lastDay).toEqual({ day: '2027-08-30', basis: 'if-today' });
    expect(early.clawbackTotal).toBe(50000);
  });

  it('uses the planned start when the offer has none, and the real last day once notice is given', () => {
    const planned = leavingCosts(
      { ...exit, plannedStartDate: '2028-02-01' },
      [signOn],
      null,
      TODAY,
    );
    expect(planned.clawbacks).toEqual([]); // last clinical day Jan 31, 2028
    const given = leavingCosts(
      { ...exit, noticeGivenOn: '2027-06-01' },
      [signOn, loan],
      '2028-02-01',
      TODAY,
    );
    expect(given.lastDay).toEqual({ day: '2027-08-30', basis: 'given' });
    expect(given.clawbackTotal).toBe(50000);
  });

  it('adds tail coverage when the contract asks for it, and says when its cost is missing', () => {
    const tail = leavingCosts({ ...exit, tailRequired: true, tailCost: 40000 }, [], null, TODAY);
    expect([tail.tail, tail.total, tail.missing]).toEqual([40000, 40000, []]);
    const unknown = leavingCosts({ ...exit, tailRequired: true }, [], null, TODAY);
    expect([unknown.tail, unknown.total, unknown.missing]).toEqual([
      null,
      0,
      ['the tail coverage cost'],
    ]);
  });

  it('without a notice period, counts every clawback still running today and says so', () => {
    const c = leavingCosts({ ...exit, noticeDays: null }, [signOn, loan], null, TODAY);
    expect(c.lastDay).toBeNull();
    expect(c.clawbackTotal).toBe(50000);
    expect(c.missing).toEqual(['the notice period']);
    expect(leavingCosts({ ...exit, noticeDays: null }, [], null, TODAY).missing).toEqual([]);
    // A date an older version stored outside the window counts nothing from it either.
    const wrong = leavingCosts({ ...exit, noticeGivenOn: '9999-12-31' }, [signOn], null, TODAY);
    expect([wrong.lastDay, wrong.clawbackTotal, wrong.missing]).toEqual([
      null,
      20000,
      ['a real date'],
    ]);
  });

  it('the first-year figure and its difference from current pay count them', () => {
    const costs = leavingCosts(
      { ...exit, tailRequired: true, tailCost: 10000 },
      [signOn],
      '2027-10-01',
      TODAY,
    );
    // 250,000 + 25,000 bonus + 15,000 sign-on = 290,000; less 20,000 + 10,000.
    expect(firstYearAfterLeaving(totals, costs, 300000)).toEqual({
      net: 260000,
      againstCurrent: -40000,
    });
    expect(firstYearAfterLeaving(totals, costs, null).againstCurrent).toBeNull();
  });
});

describe('an offer against the vision', () => {
  const vision: Pick<Vision, 'workplace' | 'income' | 'clinicalShare'> = {
    workplace: 'remote',
    income: 300000,
    clinicalShare: 20,
  };
  const fit = (o: Parameters<typeof offerAgainstVision>[0], v = vision, t = totals) =>
    offerAgainstVision(o, t, v, 'USD').map((c) => [c.part, c.state, c.text]);

  it('says where it falls short: office time, income, clinical share', () => {
    expect(fit({ remotePolicy: 'hybrid', officeDaysPerMonth: 8, clinicalShare: 0 })).toEqual([
      ['workplace', 'short', 'hybrid with 8 office days a month (you want remote)'],
      ['income', 'short', '$25,000 a year below your $300,000 income target'],
      ['clinical', 'short', 'no clinical time (you want 20%)'],
    ]);
    // "Remote" with office days is not the remote the user asked for.
    expect(fit({ remotePolicy: 'remote', officeDaysPerMonth: 2, clinicalShare: 10 })[0]).toEqual([
      'workplace',
      'short',
      '“remote” with 2 office days a month (you want remote)',
    ]);
  });

  it('and where it fits', () => {
    expect(
      fit(
        { remotePolicy: 'remote', officeDaysPerMonth: null, clinicalShare: 20 },
        { workplace: 'hybrid', income: 275000, clinicalShare: 20 },
      ),
    ).toEqual([
      ['workplace', 'met', 'remote (you want hybrid)'],
      ['income', 'met', '$275,000 a year (your target: $275,000)'],
      ['clinical', 'met', '20% clinical time (you want 20%)'],
    ]);
    // On site is wanted: more flexibility is not a shortfall.
    expect(
      fit(
        { remotePolicy: 'remote', officeDaysPerMonth: null },
        { ...vision, workplace: 'onsite' },
      )[0]?.[1],
    ).toBe('met');
  });

  it('says what is not known yet, and nothing about parts the vision leaves open', () => {
    expect(
      fit(
        { remotePolicy: null, officeDaysPerMonth: null },
        vision,
        offerTotals({
          baseSalary: null,
          bonusPercent: null,
          signOnBonus: null,
          equityPerYear: null,
        }),
      ).map(([part, state]) => [part, state]),
    ).toEqual([
      ['workplace', 'unknown'],
      ['income', 'unknown'],
      ['clinical', 'unknown'],
    ]);
    expect(
      fit(
        { remotePolicy: 'on-site', officeDaysPerMonth: null, clinicalShare: 0 },
        {
          workplace: 'any',
          income: null,
          clinicalShare: 0,
        },
      ),
    ).toEqual([]);
  });
});

describe('stored offers', () => {
  it('rows and backups from before the clinical time was asked still parse, as not known', () => {
    const row: Record<string, unknown> = { ...SAMPLE_ROWS.opportunities('a')[0] };
    expect(opportunitySchema.parse(row).clinicalShare).toBe(20);
    delete row.clinicalShare;
    const old = opportunitySchema.parse(row);
    expect(old.clinicalShare).toBeUndefined();
    expect(
      offerAgainstVision(
        old,
        totals,
        { workplace: 'any', income: null, clinicalShare: 20 },
        'USD',
      )[0]?.state,
    ).toBe('unknown');
  });
});
