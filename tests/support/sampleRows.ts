/**
 * Sample records for every table of the database, for backup round trips. Typed against
 * `tableSchemas`: a table added there without samples here fails the type check, so every new
 * table is covered by the round-trip test.
 */
import type { tableSchemas } from '../../src/domain/schema/index';

type Samples = { [K in keyof typeof tableSchemas]: (variant: string) => Record<string, unknown>[] };

const stamp = '2027-03-01T09:30:00.000Z';
const PLAN = (variant: string) => `plan-${variant}`;

export const SAMPLE_ROWS: Samples = {
  plans: (v) => [
    {
      id: PLAN(v),
      title: `Plan ${v} — “into industry” ✓`,
      startMonth: '2027-01',
      lengthMonths: 12,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  milestones: (v) =>
    Array.from({ length: 6 }, (_, i) => ({
      id: `m-${v}-${i}`,
      planId: PLAN(v),
      title:
        [
          `Rewrite CV (${v})`,
          'Call Dr. O’Neil',
          'Line one\nline two',
          '</script><b>not html</b>',
          'Emoji 🩺 and ß',
          'Tab\tquote"',
        ][i] ?? 'x',
      description: i % 2 ? 'A longer description, with “quotes” and \\ backslashes.' : '',
      notes: '',
      month: (i % 12) + 1,
      baselineMonth: 1,
      rank: `a${i}`,
      status: (['todo', 'in_progress', 'done'] as const)[i % 3],
      category: 'other',
      templateKey: i === 0 ? 'give-notice' : null,
      doneOn: i % 3 === 2 ? '2027-02-28' : null,
      // Evidence (schema of issue 15): a chosen kind, 'none', a card kept open over its
      // evidence; the others have neither field, as rows saved before evidence.
      ...(i === 1 ? { evidence: 'calls', keepOpen: false } : {}),
      ...(i === 3 ? { evidence: 'none' } : {}),
      ...(i === 4 ? { evidence: null, keepOpen: true } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    })),
  settings: (v) => [
    { key: 'currency', value: v === 'a' ? 'EUR' : 'GBP' },
    { key: 'neutralTitle', value: v === 'a' },
    { key: 'countMessages', value: v === 'a' },
    { key: 'redFlags', value: v === 'a' ? ['burnout'] : [] },
    {
      key: 'profile',
      value: {
        name: v === 'a' ? 'Sam O’Neil' : '',
        specialty: 'Internal medicine',
        institution: `St Mary’s (${v})`,
        targetArea: 'oncology',
        boardStatus: 'certified',
        experience: ['trials', 'qi'],
      },
    },
    { key: 'targetRoleTypes', value: v === 'a' ? ['medical-affairs', 'payer'] : [] },
    { key: 'exitChecklist', value: ['licence'] },
    { key: 'planTemplateDeclined', value: v === 'a' ? 2 : 0 },
    { key: 'hiddenLandmines', value: ['identity-whiplash'] },
  ],
  diagnoseItems: (v) =>
    (['a', 'b', 'c'] as const).map((column, i) => ({
      id: `d-${v}-${i}`,
      title: `Column ${column} item (${v}) — q4 call`,
      column,
      fit: (['fixes', 'may-not-fix', 'unsure'] as const)[i],
      note: i === 1 ? 'Multi\nline “note”' : '',
      rank: `a${i}`,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  recordEntries: (v) => [
    {
      id: `r-${v}-1`,
      date: '2027-02-28',
      kind: 'qi',
      title: `Sepsis bundle (${v})`,
      role: 'lead',
      impact: 'Door-to-antibiotic time down 20%',
      skills: ['data', 'leadership'],
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: `r-${v}-2`,
      date: '2028-02-29',
      kind: 'talk',
      title: 'Grand rounds',
      role: '',
      impact: '',
      skills: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  opportunities: (v) => [
    {
      id: `o-${v}-1`,
      planId: PLAN(v),
      company: `Acme Bio (${v})`,
      title: 'Medical Science Liaison',
      roleType: 'medical-affairs',
      referralContactId: null,
      referredBy: 'Dr. Patel',
      link: 'https://example.org/jobs/1',
      baseSalary: 240000,
      bonusPercent: 15,
      signOnBonus: null,
      equityPerYear: null,
      remotePolicy: 'hybrid',
      officeDaysPerMonth: 4,
      travelPercent: 50,
      clinicalShare: 20,
      companySize: 12000,
      proposedStartDate: '2027-09-01',
      notes: '',
      stage: 'closed',
      closedReason: 'withdrawn',
      history: [
        { stage: 'applied', on: '2027-03-01', reason: null },
        { stage: 'closed', on: '2027-04-02', reason: 'withdrawn' },
      ],
      rank: 'a0',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  exitPlans: (v) => [
    {
      planId: PLAN(v),
      noticeDays: 90,
      tailRequired: true,
      tailCost: 30000,
      nonCompeteNotes: '10 miles, 2 years (clinical only)',
      currentAnnualPay: 300000,
      plannedStartDate: '2027-10-04',
      noticeGivenOn: null,
      cash: 60000,
      expenses: { housing: 3000, food: 800, loanMinimums: 1200, insurance: 600, other: null },
      nothingLinedUp: false,
      ...(v === 'a' ? { runwaySavedOn: '2027-02-01', contractSavedOn: null } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  clawbacks: (v) => [
    {
      id: `c-${v}-1`,
      planId: PLAN(v),
      kind: 'sign-on',
      description: 'Sign-on bonus',
      amount: 20000,
      endsOn: '2027-12-31',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  debts: (v) => [
    {
      id: `debt-${v}-1`,
      planId: PLAN(v),
      name: 'Student loan',
      monthlyMinimum: 1100,
      rateResetsOn: null,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  contacts: (v) => [
    {
      id: `p-${v}-1`,
      name: `Dr. Jane O’Lee (${v})`,
      title: 'Medical Director',
      company: 'Pfizer',
      roleType: 'medical-affairs',
      linkedInUrl: 'https://www.linkedin.com/in/janelee',
      howWeMet: 'Introduced by Dr. Patel',
      notes: 'Line one\nline “two”',
      mentionOk: true,
      checkInWeeks: 6,
      checkedInOn: '2028-02-29',
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: `p-${v}-2`,
      name: 'Sam',
      title: '',
      company: '',
      roleType: null,
      linkedInUrl: '',
      howWeMet: '',
      notes: '',
      mentionOk: false,
      checkInWeeks: null,
      checkedInOn: null,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  calls: (v) => [
    {
      id: `k-${v}-1`,
      contactId: `p-${v}-1`,
      day: '2027-02-26',
      channel: 'video',
      notes: 'MSL travel 🧳',
      followUpOn: '2027-03-05',
      followUpDoneOn: null,
      mentionOk: true,
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: `k-${v}-2`,
      contactId: `p-${v}-2`,
      day: '2027-12-31',
      channel: 'coffee',
      notes: '',
      followUpOn: null,
      followUpDoneOn: null,
      mentionOk: false,
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      // Kept after its contact was deleted.
      id: `k-${v}-3`,
      contactId: null,
      day: '2027-01-15',
      channel: 'message',
      notes: 'Before they moved to Roche',
      followUpOn: '2027-01-22',
      followUpDoneOn: null,
      mentionOk: false,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};

export function sampleTables(variant: string): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(
    Object.entries(SAMPLE_ROWS).map(([name, make]) => [name, make(variant)]),
  );
}
