/**
 * "How to" for each milestone of the default plan, by its templateKey: the steps, the pitfalls,
 * and where in the app the work is done. Shown, collapsed, in the milestone dialog.
 */

export interface HowToLink {
  /** A hash route of the app ("#/networking"). */
  href: string;
  label: string;
}

export interface HowTo {
  steps: readonly string[];
  pitfalls: readonly string[];
  links: readonly HowToLink[];
}

const DIAGNOSE = { href: '#/diagnose', label: 'Sort it out on Diagnose' };
const VISION = { href: '#/', label: 'Write your vision on the Overview' };
const ZONES = { href: '#/playbook', label: 'Compare landing zones' };
const PROFILE = { href: '#/playbook/profile', label: 'Build your headline' };
const RECORD = { href: '#/record', label: 'Open your running record' };
const CALLS = { href: '#/playbook/calls', label: 'Call checklist and messages' };
const NETWORKING = { href: '#/networking', label: 'Log a call on Networking' };
const OPPORTUNITIES = { href: '#/opportunities', label: 'Track it in Opportunities' };
const COMPARE = { href: '#/opportunities', label: 'Compare offers' };
const EXIT = { href: '#/exit', label: 'Open the Exit plan' };
const BRIDGE = { href: '#/', label: 'Try the bridge calculator (Overview)' };

export const HOW_TO: Readonly<Record<string, HowTo>> = {
  'clarify-needs': {
    steps: [
      'Put everything you feel about the job into three columns: can’t tolerate long-term, bad but fixable, actually good.',
      'For each item in the first column, ask whether industry would really take it away.',
      'Write down the working life you want: hours a week, how much clinical work, income.',
    ],
    pitfalls: [
      'Industry takes away call, RVU targets, patient volume and most malpractice worry. It does not cure a toxic culture, feeling unvalued or a lack of say: those can follow you.',
      'If burnout or low mood is part of the picture, look after that first. Diagnose lists where to find help.',
    ],
    links: [DIAGNOSE, VISION],
  },
  'check-runway': {
    steps: [
      'Add up bare-bones monthly costs: housing, basic food, loan minimums, insurance. Not what you spend today.',
      'Enter the cash you have set aside; the Exit plan divides one by the other.',
      'Aim for three to six months. Leaving with nothing lined up needs about twelve.',
      'List your loans with their minimums and any date a variable rate resets.',
    ],
    pitfalls: [
      'A bigger house, a new car or school fees now can keep you in the job for years.',
      'Industry pay can start flat or a little lower, and bonuses vary: plan for a dip.',
    ],
    links: [EXIT, BRIDGE],
  },
  'rewrite-profile': {
    steps: [
      'Today: change your LinkedIn headline so it points at industry: specialty, your trial, QI or teaching work, and the roles you are exploring.',
      'Rewrite the About section around evidence, teaching and working across teams.',
      'Under each job, list protocols, trials, committees and teaching in industry words.',
      'Bring the CV in line with the same words.',
    ],
    pitfalls: [
      'A headline that only says where you work is invisible to recruiters’ keyword searches.',
      'Write about what you do and what interests you; no need to announce that you are leaving.',
    ],
    links: [PROFILE, RECORD],
  },
  'start-record': {
    steps: [
      'Add what you have already done: QI projects, talks, committees, trials, teaching. Rough dates are fine.',
      'For each one, note your role and what changed because of it.',
      'Add new entries in the week they happen.',
    ],
    pitfalls: ['Numbers fade fast: an outcome you don’t write down now is hard to find later.'],
    links: [RECORD, { href: '#/playbook/profile', label: 'Translate your record' }],
  },
  'start-networking': {
    steps: [
      'Search LinkedIn for “Medical Director” or “MSL” with your specialty or therapeutic area; filter by past employer or school to find a link.',
      'Today: send two short messages asking for 15 minutes. Draft them from a contact on Networking.',
      'Aim for one or two calls a week, and keep it up for three to six months.',
      'After each call, log it, note whether they are happy to be mentioned, and set a follow-up.',
    ],
    pitfalls: [
      'Never ask for a job. Ask what they would change on your CV, and whether you may mention them when you apply.',
      'Stopping after a few calls: the leads come from months of steady conversations.',
    ],
    links: [NETWORKING, CALLS],
  },
  'industry-experience': {
    steps: [
      'Join a trial at your site as a sub-investigator, or help with enrolment.',
      'Take on a QI project, or revive one, and measure before and after.',
      'Give a CME talk, or write patient education material.',
      'Add each one to your running record as you go.',
    ],
    pitfalls: [
      'Finish one or two: a finished project with a number beats three half-done ones.',
      'Don’t pile this on top of burnout; pick what fits your week.',
    ],
    links: [RECORD],
  },
  'pick-targets': {
    steps: [
      'Compare the landing zones against your pay and your Diagnose items.',
      'Choose one or two; Networking shows who you know in each.',
      'Talk to at least one person in each before you apply.',
    ],
    pitfalls: [
      '“Industry” is too broad to search for or to be found for: name the roles.',
      'A big title at a tiny startup is a risky first job.',
    ],
    links: [ZONES, { href: '#/networking', label: 'See who you know, by role type' }],
  },
  'apply-selectively': {
    steps: [
      'Apply where someone you talked to agreed you may mention them.',
      'Make the first lines of your CV match the words of the posting.',
      'Add each application to Opportunities, with who referred you.',
    ],
    pitfalls: [
      'Cold applications in bulk are rarely read.',
      'Saying yes to the first company that courts you: keep other conversations going.',
    ],
    links: [OPPORTUNITIES, { href: '#/networking', label: 'Find who is OK to mention' }],
  },
  'first-interviews': {
    steps: [
      'Tell your clinical work as impact: what you led, measured and changed.',
      'Ask how the team really spends its week, and what success looks like after a year.',
      'For a “remote” role, ask how many office days and how much travel it really means.',
    ],
    pitfalls: [
      'A company keen on any doctor but vague about the job is a warning sign.',
      'A “remote” label can hide monthly or weekly office days.',
    ],
    links: [OPPORTUNITIES],
  },
  'review-contract': {
    steps: [
      'Find your notice period, tail coverage, non-compete and any clawbacks.',
      'Enter them in the Exit plan: it works out the latest day to give notice.',
      'Do this once an offer looks likely: they are talking about pay or asking for references.',
    ],
    pitfalls: [
      'Telling your group too early: some start treating you as already gone.',
      'Tail coverage can be expensive: know who pays before you sign anything.',
    ],
    links: [EXIT],
  },
  'final-rounds': {
    steps: [
      'Aim for final rounds with one to three good roles.',
      'Compare offers side by side: base, bonus, equity, office days, travel, start date.',
      'Hold each one against the vision you wrote down.',
    ],
    pitfalls: [
      'One offer is not a comparison; if you can, keep a second process alive.',
      'Get the offer in writing before you act on it.',
    ],
    links: [COMPARE, VISION],
  },
  'give-notice': {
    steps: [
      'Start the notice clock no earlier than a verbal offer; better with the written offer in hand.',
      'Agree the industry start date around your notice period.',
      'Tell your group the way your contract asks, then your colleagues.',
    ],
    pitfalls: [
      'Leaving with nothing lined up needs about twelve months of costs banked.',
      'Telling the group before an offer is firm.',
    ],
    links: [EXIT],
  },
  'hand-over': {
    steps: [
      'Work through the checklist below in your last weeks: patients first, then the paperwork, then the way back.',
      'Thank the people who made the job workable; they are your references and your network.',
    ],
    pitfalls: [
      'Leaving loose ends: the people you leave them to remember.',
      'Letting your licence lapse: getting it back is far harder than keeping it.',
    ],
    links: [EXIT, NETWORKING],
  },
  'start-role': {
    steps: [
      'Expect fewer quick wins: a patient getting better is replaced by slower, wider impact.',
      'Keep your licence and CME current; a little clinical work for a year or two keeps the way back open.',
      'Check in with yourself in the first months: the Overview will ask.',
    ],
    pitfalls: [
      '“Am I still a doctor?” is a normal question after the move, not a sign you chose wrong.',
    ],
    links: [BRIDGE],
  },
};

export function howToFor(templateKey: string | null): HowTo | null {
  return templateKey ? (HOW_TO[templateKey] ?? null) : null;
}
