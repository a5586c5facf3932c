// The default 12-month pivot plan, as data: the first run writes these rows (src/db/seed.ts).
// `npm run seed:checksum` writes them out as a backup file, seeds/default-plan.json (the backup
// format, with its checksum), which tests/db/seed.test.ts reads through the import's checks: run
// it after every change here.
// Version 2 (TEMPLATE_VERSION in src/domain/playbook/planTemplate.ts): LinkedIn and the first
// calls in Month 1 ("today: a headline and two messages"), as the article's table has it.
// The previous version is kept in template-v1.json: plans made from it are offered the upgrade.
// templateKeys never change: other screens find milestones by them.
const PLAN_ID = '00000000-0000-4000-8000-000000000001';
const STAMP = '2026-01-01T00:00:00.000Z';

const milestones = [
  [
    1,
    'clarify-needs',
    'assess',
    'Name what you can’t live with, and what you need',
    'Sort the job into can’t-tolerate, fixable and actually good: it tells you whether industry is the answer at all.',
  ],
  [
    1,
    'check-runway',
    'finances',
    'Work out your runway',
    'Add up bare-bones monthly costs and the cash you have; three to six months banked lets you move without panic.',
  ],
  [
    1,
    'rewrite-profile',
    'profile',
    'Rewrite your LinkedIn and CV for industry',
    'Today: a headline that points at industry. Then the About section and the CV, in the words recruiters search for.',
  ],
  [
    2,
    'start-record',
    'profile',
    'Start a running record of your work',
    'A dated list of projects, talks, committees and trials becomes your industry CV later.',
  ],
  [
    1,
    'start-networking',
    'networking',
    'Start networking calls',
    'This week: two short messages asking for 15 minutes. Then one or two calls a week with physicians in industry, for three to six months.',
  ],
  [
    4,
    'industry-experience',
    'experience',
    'Take on industry-flavoured work',
    'A QI project, a trial sub-investigator role or CME teaching gives you stories hiring managers recognise.',
  ],
  [
    5,
    'pick-targets',
    'applications',
    'Choose your target roles',
    'Compare the landing zones against your pay and your Diagnose list, and choose one or two.',
  ],
  [
    6,
    'apply-selectively',
    'applications',
    'Apply selectively, with referrals',
    'Apply where someone you talked to can vouch for you; a referral beats a cold application.',
  ],
  [
    7,
    'first-interviews',
    'interviews',
    'First interviews',
    'Tell your clinical work as impact, and ask how the team really spends its week.',
  ],
  [
    8,
    'review-contract',
    'exit',
    'Re-read the exit terms of your contract',
    'Notice period, tail coverage, non-compete and clawbacks: know them before an offer arrives.',
  ],
  [
    9,
    'final-rounds',
    'interviews',
    'Final rounds and offers',
    'Aim for final rounds with one to three good roles, so you can compare offers side by side.',
  ],
  [
    10,
    'give-notice',
    'exit',
    'Give notice at your clinical job',
    'Start the notice clock no earlier than a verbal offer; agree the start date around it in the written offer.',
  ],
  [
    11,
    'hand-over',
    'exit',
    'Hand over your patients well',
    'Leave on good terms: a clean handover keeps references warm and the way back open.',
  ],
  [
    12,
    'start-role',
    'exit',
    'Start the industry role',
    'Keep your licence and CME current for a while, so clinical work stays an option.',
  ],
];

const ranks = new Map();
export const tables = {
  plans: [
    {
      id: PLAN_ID,
      title: 'My pivot plan',
      startMonth: '2026-01',
      lengthMonths: 12,
      createdAt: STAMP,
      updatedAt: STAMP,
    },
  ],
  milestones: milestones.map(([month, key, category, title, description], i) => {
    const n = (ranks.get(month) ?? 0) + 1;
    ranks.set(month, n);
    return {
      id: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
      planId: PLAN_ID,
      title,
      description,
      notes: '',
      month,
      baselineMonth: month,
      rank: `a${n - 1}`,
      status: 'todo',
      category,
      templateKey: key,
      doneOn: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  }),
  settings: [],
};
