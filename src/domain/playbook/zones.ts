/**
 * The landing zones compared: what the work is, ballpark early pay (docs/domain.md, in thousands
 * of US dollars a year), travel, honest downsides, and which of the user's Diagnose items each
 * zone is likely to fix. The zones' ids and names are ../roleTypes.ts.
 */
import type { DiagnoseColumn, IndustryFit } from '../diagnosis';
import type { RoleTypeId } from '../roleTypes';

export type ZoneId = Exclude<RoleTypeId, 'other'>;
export const ZONE_IDS: readonly ZoneId[] = [
  'medical-affairs',
  'clinical-development',
  'medtech',
  'health-tech',
  'payer',
];

export type TravelLevel = 'low' | 'some' | 'heavy';
export const TRAVEL_LABELS: Record<TravelLevel, string> = {
  low: 'Little',
  some: 'Some',
  heavy: 'Heavy for field roles',
};

export interface Zone {
  id: ZoneId;
  work: string;
  titles: readonly string[];
  /** Early pay, thousand USD a year, and what the figure is for; null where the reference has none. */
  pay: { thousands: number; basis: string } | null;
  travel: { level: TravelLevel; text: string };
  upsides: readonly string[];
  downsides: readonly string[];
  note?: string;
}

export const ZONES: Record<ZoneId, Zone> = {
  'medical-affairs': {
    id: 'medical-affairs',
    work: 'You are the company’s medical voice for its medicines: answering doctors’ questions, training colleagues, shaping how the evidence is shared and meeting specialists as a peer. MSLs do this in the field; medical directors mostly from the office.',
    titles: ['Medical Director', 'Associate Medical Director', 'Medical Science Liaison (MSL)'],
    pay: { thousands: 260, basis: 'an associate director in medical affairs' },
    travel: {
      level: 'heavy',
      text: 'Office roles travel now and then. MSL roles are field-based: many nights away, or remote with regional trips.',
    },
    upsides: [
      'No call and no patient panel',
      'Teaching and evidence stay at the centre of the work',
      'The most common first move, so the paths upward are well trodden',
    ],
    downsides: [
      'MSL work sits close to sales, whatever the label says',
      'Slides, meetings and review cycles',
      'Relationships are the product, which some physicians dislike',
    ],
    note: 'Most often a fit after drug-heavy specialties: oncology, haematology, rheumatology, infectious disease, neurology, cardiology.',
  },
  'clinical-development': {
    id: 'clinical-development',
    work: 'You help design and run clinical trials: writing protocols, watching the safety data, answering investigators and making sense of the results with statisticians and operations teams.',
    titles: ['Clinical Scientist', 'Clinical Development Physician', 'Medical Lead'],
    pay: null,
    travel: {
      level: 'some',
      text: 'Mostly desk work, with trips to investigator meetings and trial sites.',
    },
    upsides: [
      'Work that decides which treatments reach patients',
      'Trial work you did as a clinician counts directly',
      'Predictable hours, no call',
    ],
    downsides: [
      'Long cycles: a trial can take years to read out',
      'Heavy documentation and review',
      'Less teaching than medical affairs',
    ],
  },
  medtech: {
    id: 'medtech',
    work: 'For device makers you bring the clinical view: supporting studies, training clinicians on a device, handling safety questions and feeding what doctors need into the product.',
    titles: ['Medical Affairs', 'Clinical Affairs', 'Medical Director'],
    pay: null,
    travel: {
      level: 'some',
      text: 'Often some travel to hospitals, procedures and conferences.',
    },
    upsides: [
      'Close to real procedures and the clinicians doing them',
      'Practical products you can see in use',
      'No call, no panel',
    ],
    downsides: [
      'Site visits can be frequent',
      'Fewer physician roles than in pharma',
      'Your specialty often has to match the device',
    ],
  },
  'health-tech': {
    id: 'health-tech',
    work: 'In digital health companies you keep the product clinically sound and safe: shaping features, writing clinical content and protocols, and speaking for patients and clinicians inside the team.',
    titles: ['Medical Director', 'Clinical Lead', 'Head of Clinical Strategy'],
    pay: { thousands: 240, basis: 'a medical director in health tech' },
    travel: { level: 'low', text: 'Often fully remote.' },
    upsides: [
      'Often fully remote',
      'A fast pace and interesting problems',
      'Your own frustrations as a clinician become product ideas',
    ],
    downsides: [
      'Layoffs and sudden changes of direction are common',
      'You can end up as the doctor on the slide, with no real say',
      'Early equity is a lottery ticket, not a plan',
    ],
    note: 'A “Chief Medical Officer” title at a tiny startup is a risky first job: a big title, a small salary and no one to learn from.',
  },
  payer: {
    id: 'payer',
    work: 'For an insurer you review cases against guidelines, decide what is covered, talk with treating physicians about decisions and help set policies that manage cost.',
    titles: ['Medical Director', 'Utilization Management Physician'],
    pay: { thousands: 250, basis: 'a payer medical director' },
    travel: { level: 'low', text: 'Usually remote or hybrid, office hours.' },
    upsides: [
      'Regular office hours, usually remote or hybrid',
      'Stable employers with good benefits',
      'Pay close to many clinical jobs',
    ],
    downsides: [
      'Much of the day can be saying no, sometimes to frustrated colleagues',
      'Case review can be repetitive',
      'Some clinicians will not hide their disapproval',
    ],
  },
};

/** Clinical yardsticks from the same reference, thousand USD a year. */
export const CLINICAL_PAY: readonly { label: string; thousands: number }[] = [
  { label: 'Academic hospitalist', thousands: 230 },
  { label: 'Community hospitalist', thousands: 300 },
];

export const PAY_NOTE =
  'Ballpark early salaries in US dollars; geography matters. Expect flat or slightly lower pay at first; bonus and equity vary.';

export interface PayComparison {
  /** Whole percent of the zone's figure above (+) or below (−) the user's pay. */
  percent: number;
  words: string;
}

/** A zone's ballpark against the user's current pay; null when either is missing or not in US dollars. */
export function comparePay(
  zone: Zone,
  currentPay: number | null,
  currency: string,
): PayComparison | null {
  if (!zone.pay || currentPay === null || currentPay <= 0 || currency !== 'USD') return null;
  const percent = Math.round(((zone.pay.thousands * 1000 - currentPay) / currentPay) * 100);
  const words =
    Math.abs(percent) <= 5
      ? 'About the same as your pay now'
      : percent < 0
        ? `About ${-percent}% below your pay now`
        : `About ${percent}% above your pay now`;
  return { percent, words };
}

// ---------------------------------------------------------------------------------------------
// What each zone does to the user's Diagnose items

export const TOPICS = [
  'call',
  'volume',
  'malpractice',
  'charting',
  'schedule',
  'commute',
  'pay',
  'culture',
  'autonomy',
  'appreciation',
  'bureaucracy',
  'teaching',
  'medicine',
  'patients',
  'systems',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Words that point to a topic. A first reading only: the user's own tag is the fallback. */
const TOPIC_WORDS: Record<Topic, readonly string[]> = {
  call: ['call', 'night', 'overnight', 'weekend', 'pager', '24-hour', '24 hour'],
  volume: [
    'rvu',
    'productivity',
    'volume',
    'panel',
    'too many',
    'clinic patients',
    'patient load',
    'throughput',
  ],
  malpractice: ['malpractice', 'sued', 'lawsuit', 'liability', 'litigation'],
  charting: ['ehr', 'charting', 'inbox', 'documentation', 'notes', 'epic'],
  schedule: ['schedule', 'shift', 'hours', 'holiday', 'predictab', 'time off', 'vacation'],
  commute: ['commute', 'driving', 'traffic', 'parking'],
  pay: ['pay', 'compensation', 'salary', 'money', 'bonus', 'income'],
  culture: ['culture', 'toxic', 'politic', 'gossip', 'partners', 'colleagues', 'bully'],
  autonomy: ['autonomy', 'control', 'micromanag', 'say over', 'no say'],
  appreciation: ['unappreciated', 'appreciat', 'valued', 'respect', 'recogni'],
  bureaucracy: ['bureaucra', 'meeting', 'admin', 'corporate', 'paperwork'],
  teaching: ['teach', 'resident', 'student', 'mentor', 'education'],
  medicine: ['medicine itself', 'the medicine', 'diagnos', 'puzzle', 'science'],
  patients: ['patient contact', 'my patients', 'bedside', 'patient relationship'],
  systems: ['qi', 'quality', 'systems', 'protocol', 'guideline', 'research', 'trial'],
};

/** What a zone does to something: for column A/B items (fixes / maybe / worse) and C items (keeps / loses). */
export type Effect = 'fixes' | 'maybe' | 'worse' | 'keeps' | 'loses';

const ALWAYS: Partial<Record<Topic, Effect>> = {
  call: 'fixes',
  volume: 'fixes',
  malpractice: 'fixes',
  charting: 'fixes',
  patients: 'loses',
  systems: 'keeps',
};

const EFFECTS: Record<ZoneId, Partial<Record<Topic, Effect>>> = {
  'medical-affairs': {
    ...ALWAYS,
    schedule: 'fixes',
    commute: 'maybe',
    bureaucracy: 'worse',
    teaching: 'keeps',
    medicine: 'keeps',
  },
  'clinical-development': {
    ...ALWAYS,
    schedule: 'fixes',
    commute: 'maybe',
    bureaucracy: 'worse',
    teaching: 'loses',
    medicine: 'keeps',
  },
  medtech: {
    ...ALWAYS,
    schedule: 'maybe',
    commute: 'maybe',
    teaching: 'keeps',
    medicine: 'keeps',
  },
  'health-tech': {
    ...ALWAYS,
    schedule: 'fixes',
    commute: 'fixes',
    autonomy: 'worse',
    teaching: 'loses',
    medicine: 'loses',
  },
  payer: {
    ...ALWAYS,
    schedule: 'fixes',
    commute: 'fixes',
    appreciation: 'worse',
    bureaucracy: 'worse',
    teaching: 'loses',
  },
};

export const EFFECT_LABELS: Record<Effect, string> = {
  fixes: 'Likely to fix',
  maybe: 'May not fix',
  worse: 'Could get worse',
  keeps: 'You would keep',
  loses: 'You might miss',
};

export function topicsOf(title: string): Topic[] {
  const t = title.toLowerCase();
  return TOPICS.filter((topic) => TOPIC_WORDS[topic].some((w) => t.includes(w)));
}

export interface DiagnoseFacts {
  id: string;
  title: string;
  column: DiagnoseColumn;
  fit: IndustryFit;
}

/** What a zone likely does to one Diagnose item. */
export function effectOn(zone: ZoneId, item: DiagnoseFacts): Effect {
  const effects = topicsOf(item.title)
    .map((t) => EFFECTS[zone][t])
    .filter((e): e is Effect => e !== undefined);
  if (item.column === 'c') {
    if (effects.includes('loses')) return 'loses';
    return 'keeps';
  }
  if (effects.includes('worse')) return 'worse';
  if (effects.includes('fixes')) return 'fixes';
  if (effects.length > 0) return 'maybe';
  // Nothing in our word lists: the user's own tag says it.
  return item.fit === 'fixes' ? 'fixes' : 'maybe';
}

export type ZoneFit = Record<Effect, DiagnoseFacts[]>;

/** The user's Diagnose items grouped by what this zone likely does to them. */
export function zoneFit(zone: ZoneId, items: readonly DiagnoseFacts[]): ZoneFit {
  const fit: ZoneFit = { fixes: [], maybe: [], worse: [], keeps: [], loses: [] };
  for (const item of items) fit[effectOn(zone, item)].push(item);
  return fit;
}

/** How many of column A a zone is likely to fix: for the at-a-glance table. */
export function fixesOfA(
  zone: ZoneId,
  items: readonly DiagnoseFacts[],
): { fixed: number; of: number } {
  const a = items.filter((i) => i.column === 'a');
  return { fixed: a.filter((i) => effectOn(zone, i) === 'fixes').length, of: a.length };
}
