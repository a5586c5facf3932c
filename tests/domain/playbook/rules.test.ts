import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeRunway, bridgeRunwaySummary } from '../../../src/domain/playbook/bridge';
import { planLandmines, type LandmineFacts } from '../../../src/domain/playbook/landmines';
import { templateUpgrade, type PlanCard } from '../../../src/domain/playbook/planTemplate';
import { toggleTarget } from '../../../src/domain/playbook/targets';
import {
  comparePay,
  effectOn,
  fixesOfA,
  ZONES,
  zoneFit,
  type DiagnoseFacts,
} from '../../../src/domain/playbook/zones';
import type { IndustryFit } from '../../../src/domain/diagnosis';
import type { Stage } from '../../../src/domain/opportunity';
import { firstSuitorFlag } from '../../../src/domain/playbook/suitor';

const item = (
  title: string,
  column: 'a' | 'b' | 'c',
  fit: IndustryFit = 'unsure',
): DiagnoseFacts => ({
  id: title,
  title,
  column,
  fit,
});

describe('landing zones', () => {
  it('compares the ballpark with the user’s pay, only in US dollars', () => {
    expect(comparePay(ZONES.payer, 300_000, 'USD')).toEqual({
      percent: -17,
      words: 'About 17% below your pay now',
    });
    expect(comparePay(ZONES['medical-affairs'], 230_000, 'USD')?.words).toBe(
      'About 13% above your pay now',
    );
    expect(comparePay(ZONES['health-tech'], 245_000, 'USD')?.words).toBe(
      'About the same as your pay now',
    );
    expect(comparePay(ZONES.payer, null, 'USD')).toBeNull();
    expect(comparePay(ZONES.payer, 300_000, 'EUR')).toBeNull();
    expect(comparePay(ZONES.medtech, 300_000, 'USD')).toBeNull();
  });

  it('reads which Diagnose items each zone is likely to fix', () => {
    const items = [
      item('Endless 24-hour call', 'a'),
      item('Toxic group culture', 'a'),
      item('Feeling unappreciated', 'a'),
      item('Long commute', 'b'),
      item('Teaching residents and students', 'c'),
      item('Something only I would say', 'a', 'fixes'),
    ];
    const payer = zoneFit('payer', items);
    expect(payer.fixes.map((i) => i.title)).toEqual([
      'Endless 24-hour call',
      'Long commute',
      'Something only I would say',
    ]);
    expect(payer.worse.map((i) => i.title)).toEqual(['Feeling unappreciated']);
    expect(payer.maybe.map((i) => i.title)).toEqual(['Toxic group culture']);
    expect(payer.loses.map((i) => i.title)).toEqual(['Teaching residents and students']);
    expect(effectOn('medical-affairs', items[4] as DiagnoseFacts)).toBe('keeps');
    expect(effectOn('medical-affairs', items[3] as DiagnoseFacts)).toBe('maybe');
    expect(fixesOfA('payer', items)).toEqual({ fixed: 2, of: 4 });
  });

  it('keeps at most two targets', () => {
    expect(toggleTarget([], 'payer')).toEqual(['payer']);
    expect(toggleTarget(['payer'], 'medtech')).toEqual(['payer', 'medtech']);
    expect(toggleTarget(['payer', 'medtech'], 'health-tech')).toBeNull();
    expect(toggleTarget(['payer', 'medtech'], 'payer')).toEqual(['medtech']);
  });
});

describe('bridge work against the runway', () => {
  it('says how many months one shift a week adds', () => {
    // 800 a shift, 48 weeks: 3,200 a month per weekly shift; 60,000 cash, 5,000 a month.
    const r = bridgeRunway({ payPerShift: 800, shiftsPerWeek: 1, weeksPerYear: 48 }, 60_000, 5_000);
    expect(r).toEqual({
      baseMonths: 12,
      perShiftMonthly: 3_200,
      gainedPerShift: 21.3,
      withPattern: 33.3,
      shiftsToCover: 2,
    });
  });

  it('says it in words', () => {
    const one = bridgeRunway(
      { payPerShift: 800, shiftsPerWeek: 1, weeksPerYear: 48 },
      60_000,
      5_000,
    );
    if (!one) throw new Error('no result');
    expect(bridgeRunwaySummary(one, 1, '$3,200')).toBe(
      'Your cash covers 12 months of bare-bones costs. One shift a week (about $3,200 a month) adds about 21.3 months.',
    );
    const two = bridgeRunway(
      { payPerShift: 800, shiftsPerWeek: 2, weeksPerYear: 48 },
      60_000,
      5_000,
    );
    if (!two) throw new Error('no result');
    expect(bridgeRunwaySummary(two, 2, '$3,200')).toMatch(
      /At 2 shifts a week the costs are covered, so the cash is not touched\.$/,
    );
    const big = bridgeRunway(
      { payPerShift: 2_000, shiftsPerWeek: 1, weeksPerYear: 48 },
      10_000,
      5_000,
    );
    if (!big) throw new Error('no result');
    expect(bridgeRunwaySummary(big, 1, '$8,000')).toBe(
      'Your cash covers 2 months of bare-bones costs. One shift a week (about $8,000 a month) covers those costs on its own, so the cash is not touched.',
    );
  });

  it('says when the shifts cover the costs', () => {
    const r = bridgeRunway({ payPerShift: 800, shiftsPerWeek: 2, weeksPerYear: 48 }, 10_000, 5_000);
    expect(r?.withPattern).toBeNull();
    expect(
      bridgeRunway({ payPerShift: 800, shiftsPerWeek: 1, weeksPerYear: 48 }, null, 5_000),
    ).toBeNull();
    expect(
      bridgeRunway({ payPerShift: 800, shiftsPerWeek: 1, weeksPerYear: 48 }, 1_000, 0),
    ).toBeNull();
  });

  it('never shortens the runway', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1, max: 52 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        (payPerShift, shiftsPerWeek, weeksPerYear, cash, monthly) => {
          const r = bridgeRunway({ payPerShift, shiftsPerWeek, weeksPerYear }, cash, monthly);
          if (!r) return;
          if (r.withPattern !== null) expect(r.withPattern).toBeGreaterThanOrEqual(r.baseMonths);
          if (r.gainedPerShift !== null) expect(r.gainedPerShift).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

const hist = (...stages: Stage[]) =>
  stages.map((stage) => ({ stage, on: '2027-03-01', reason: null }));
const opp = (id: string, stage: Stage, past: Stage[] = []) => ({
  id,
  company: `Co ${id}`,
  stage,
  history: hist(...past, stage),
});

describe('landmines', () => {
  const base: LandmineFacts = {
    today: '2027-06-15',
    planStartDay: '2027-01-01',
    opportunities: [],
    exit: { noticeGivenOn: null, plannedStartDate: null, nothingLinedUp: false },
    runwayMonths: 6,
    debts: [],
    startedRoleOn: null,
    hidden: [],
  };
  const ids = (f: Partial<LandmineFacts>) => planLandmines({ ...base, ...f }).map((l) => l.id);

  it('flags nothing on a quiet plan', () => {
    expect(ids({})).toEqual([]);
  });

  it('flags notice given before any offer, and the runway it then needs', () => {
    const exit = { noticeGivenOn: '2027-06-01', plannedStartDate: null, nothingLinedUp: false };
    expect(ids({ exit })).toEqual(['told-too-early', 'quit-without-runway']);
    // With a verbal offer the notice is on time; the only offer is still worth a second look.
    expect(ids({ exit, opportunities: [opp('1', 'verbal-offer', ['applied'])] })).toEqual([
      'first-suitor',
    ]);
    expect(ids({ exit: { ...exit, noticeGivenOn: '2027-07-01' } })).toEqual([]);
  });

  it('flags leaving with nothing lined up and under 12 months banked', () => {
    const exit = { noticeGivenOn: null, plannedStartDate: null, nothingLinedUp: true };
    const [mine] = planLandmines({ ...base, exit });
    expect(mine?.id).toBe('quit-without-runway');
    expect(mine?.text).toContain(
      'You have about 6 months. No process has reached a final round yet.',
    );
    expect(ids({ exit, runwayMonths: 12 })).toEqual([]);
  });

  it('flags a new debt since the plan began', () => {
    const debts = [
      { name: 'Old student loan', createdAt: '2026-11-02T10:00:00.000Z' },
      { name: 'Car loan', createdAt: '2027-03-02T10:00:00.000Z' },
    ];
    const [flag] = planLandmines({ ...base, debts });
    expect(flag?.id).toBe('lifestyle-upgrade');
    expect(flag?.text).toContain('You added “Car loan” since your plan began.');
  });

  it('takes the debts listed in a first sitting as what the user owed, whenever in the plan', () => {
    // A new user lists their loans in Month 3: none of them is a new commitment.
    const firstSitting = [
      { name: 'Student loan', createdAt: '2027-03-10T21:00:00.000Z' },
      { name: 'Mortgage', createdAt: '2027-03-10T21:05:00.000Z' },
      { name: 'Credit card', createdAt: '2027-03-24T20:00:00.000Z' }, // 14 days on: still the first listing
    ];
    expect(ids({ debts: firstSitting })).toEqual([]);
    // One listed later than that is new.
    const later = [...firstSitting, { name: 'Car loan', createdAt: '2027-03-25T08:00:00.000Z' }];
    const [flag] = planLandmines({ ...base, debts: later });
    expect(flag?.id).toBe('lifestyle-upgrade');
    expect(flag?.text).toContain('You added “Car loan” since your plan began.');
    // Nor is one listed later but before the plan began.
    const beforePlan = [
      { name: 'Student loan', createdAt: '2026-09-01T10:00:00.000Z' },
      { name: 'Car loan', createdAt: '2026-12-01T10:00:00.000Z' },
    ];
    expect(ids({ debts: beforePlan })).toEqual([]);
  });

  it('flags the first company that courts you, until a second gets as far', () => {
    const one = opp('1', 'final-round', ['applied', 'interviewing']);
    expect(firstSuitorFlag(one, [one, opp('2', 'applied')])?.kind).toBe('first-suitor');
    expect(ids({ opportunities: [one, opp('2', 'applied')] })).toEqual(['first-suitor']);
    const two = opp('2', 'closed', ['interviewing', 'final-round']);
    expect(firstSuitorFlag(one, [one, two])).toBeNull();
    expect(firstSuitorFlag(opp('3', 'interviewing'), [opp('3', 'interviewing')])).toBeNull();
  });

  it('checks in during the first months of the new role, unless hidden', () => {
    const started = { startedRoleOn: '2027-05-01' };
    expect(ids(started)).toEqual(['identity-whiplash']);
    expect(ids({ ...started, today: '2027-09-01' })).toEqual([]);
    expect(ids({ ...started, hidden: ['identity-whiplash'] })).toEqual([]);
    // An accepted offer whose start date has passed counts as started.
    expect(
      ids({
        exit: {
          noticeGivenOn: '2027-01-10',
          plannedStartDate: '2027-06-01',
          nothingLinedUp: false,
        },
        opportunities: [opp('1', 'accepted', ['written-offer'])],
      }),
    ).toEqual(['identity-whiplash']);
  });
});

describe('upgrading a plan from the old template', () => {
  const previous = [
    { templateKey: 'a', month: 2, title: 'A', description: 'a', category: 'profile' },
    { templateKey: 'b', month: 3, title: 'B', description: 'b', category: 'networking' },
    { templateKey: 'c', month: 5, title: 'C', description: 'c', category: 'other' },
  ];
  const next = [
    { templateKey: 'a', month: 1, title: 'A', description: 'a', category: 'profile' },
    { templateKey: 'b', month: 1, title: 'B today', description: 'b', category: 'networking' },
    { templateKey: 'c', month: 5, title: 'C', description: 'c', category: 'other' },
  ];
  const card = (key: string, over: Partial<PlanCard> = {}): PlanCard => {
    const t = previous.find((p) => p.templateKey === key);
    if (!t) throw new Error(key);
    return { id: `id-${key}`, ...t, baselineMonth: t.month, status: 'todo', notes: '', ...over };
  };

  it('offers to move and reword untouched cards', () => {
    const u = templateUpgrade([card('a'), card('b'), card('c')], previous, next, 12);
    expect(u.changes.map((c) => [c.templateKey, c.to.month, c.to.title])).toEqual([
      ['a', 1, 'A'],
      ['b', 1, 'B today'],
    ]);
    expect(u.kept).toEqual([]);
  });

  it('never touches a card the user changed in any way', () => {
    for (const over of [
      { month: 4 },
      { title: 'Mine' },
      { notes: 'called Ann' },
      { status: 'done' },
      { description: 'edited' },
      { baselineMonth: 1 },
      { evidence: 'none' },
      { keepOpen: true },
    ]) {
      const u = templateUpgrade([card('a', over), card('b')], previous, next, 12);
      expect(u.changes.map((c) => c.templateKey)).toEqual(['b']);
      expect(u.kept.map((k) => k.id)).toEqual(['id-a']);
    }
  });

  it('offers nothing for cards already as the new template has them, or deleted', () => {
    expect(templateUpgrade([card('c')], previous, next, 12)).toEqual({ changes: [], kept: [] });
    expect(templateUpgrade([], previous, next, 12).changes).toEqual([]);
  });

  it('does not move a card past the end of a shortened plan', () => {
    const later = [{ ...next[0], templateKey: 'a', month: 10 }] as typeof next;
    const u = templateUpgrade([card('a')], previous, later, 6);
    expect(u.changes).toEqual([]);
  });
});
