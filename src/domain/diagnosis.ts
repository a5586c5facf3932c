/**
 * The diagnose board: what you feel about your current job, sorted into three columns, and a
 * reading of it. The question it answers is whether industry removes what you can't stand, or
 * whether those things would come with you to any employer.
 */
import { listed, quote } from './quote';
import type { RedFlag } from './redFlags';
import { agree, plural } from './counts';

export const DIAGNOSE_COLUMNS = ['a', 'b', 'c'] as const;
export type DiagnoseColumn = (typeof DIAGNOSE_COLUMNS)[number];

export interface ColumnInfo {
  letter: 'A' | 'B' | 'C';
  /** The region's accessible name (docs/accessible-names.md): straight apostrophe. */
  name: string;
  hint: string;
  empty: string;
}

export const COLUMN_INFO: Record<DiagnoseColumn, ColumnInfo> = {
  a: {
    letter: 'A',
    name: "A · Can't tolerate long-term",
    hint: 'What would still make you want to leave in two years, even if the rest got better.',
    empty: 'Nothing here yet. What would you refuse to do for another five years?',
  },
  b: {
    letter: 'B',
    name: 'B · Bad but fixable',
    hint: 'Annoying, but a different schedule, more help or a conversation could change it.',
    empty: 'Nothing here yet. What wears you down but could be changed where you are?',
  },
  c: {
    letter: 'C',
    name: 'C · Actually good',
    hint: 'What you would miss. Worth keeping, whatever you decide.',
    empty: 'Nothing here yet. What do you still enjoy about the work?',
  },
};

export const INDUSTRY_FITS = ['fixes', 'may-not-fix', 'unsure'] as const;
export type IndustryFit = (typeof INDUSTRY_FITS)[number];

export const FIT_LABELS: Record<IndustryFit, string> = {
  fixes: 'Industry usually fixes this',
  'may-not-fix': 'Industry may not fix this',
  unsure: 'Not sure',
};

/** Short forms for cards. */
export const FIT_SHORT: Record<IndustryFit, string> = {
  fixes: 'Usually fixes',
  'may-not-fix': 'May not fix',
  unsure: 'Not sure',
};

export const DIAGNOSE_TITLE_MAX = 200;
export const DIAGNOSE_NOTE_MAX = 1000;

export interface Suggestion {
  title: string;
  column: DiagnoseColumn;
  fit: IndustryFit;
}

/** The common examples (docs/domain.md, "Diagnose first"), offered as one-click cards. */
export const SUGGESTIONS: readonly Suggestion[] = [
  { title: 'Endless 24-hour call', column: 'a', fit: 'fixes' },
  { title: 'Chasing RVU targets', column: 'a', fit: 'fixes' },
  { title: 'Burned out by patient volume', column: 'a', fit: 'fixes' },
  { title: 'Fear of being sued', column: 'a', fit: 'fixes' },
  { title: 'Games with my pay', column: 'a', fit: 'unsure' },
  { title: 'Toxic group culture', column: 'a', fit: 'may-not-fix' },
  { title: 'Feeling unappreciated', column: 'a', fit: 'may-not-fix' },
  { title: 'No say over how I work', column: 'a', fit: 'may-not-fix' },
  { title: 'Long commute', column: 'b', fit: 'unsure' },
  { title: 'The EHR and after-hours charting', column: 'b', fit: 'fixes' },
  { title: 'Too many clinic patients', column: 'b', fit: 'fixes' },
  { title: 'Teaching residents and students', column: 'c', fit: 'unsure' },
  { title: 'The medicine itself', column: 'c', fit: 'unsure' },
  { title: 'QI projects and systems work', column: 'c', fit: 'unsure' },
];

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Suggestions not yet on the board (by title, in any column). */
export function openSuggestions(items: readonly { title: string }[]): Suggestion[] {
  return SUGGESTIONS.filter((s) => !items.some((i) => sameTitle(i.title, s.title)));
}

// Words that point one way or the other. Only a first guess for a new item; the user decides.
const FIXES_WORDS = [
  'call',
  'night',
  'overnight',
  'weekend',
  'pager',
  'rvu',
  'productivity',
  'volume',
  'patients',
  'panel',
  'malpractice',
  'sued',
  'lawsuit',
  'liability',
  'schedule',
  'shift',
  'ehr',
  'charting',
  'inbox',
  'notes',
];
const MAY_NOT_WORDS = [
  'culture',
  'toxic',
  'politic',
  'autonomy',
  'control',
  'micromanag',
  'unappreciated',
  'appreciat',
  'valued',
  'respect',
  'boss',
  'leadership',
  'bureaucra',
  'meetings',
  'admin',
  'corporate',
  'say over',
];

/** A first guess at the tag for a title the user typed: "not sure" unless the words point one way. */
export function guessFit(title: string): IndustryFit {
  const t = title.toLowerCase();
  const fixes = FIXES_WORDS.some((w) => t.includes(w));
  const mayNot = MAY_NOT_WORDS.some((w) => t.includes(w));
  if (fixes === mayNot) return 'unsure';
  return fixes ? 'fixes' : 'may-not-fix';
}

export interface DiagnoseFacts {
  title: string;
  column: DiagnoseColumn;
  fit: IndustryFit;
}

export type Verdict = 'empty' | 'no-a' | 'untagged' | 'industry-fits' | 'clinical-change' | 'mixed';

export const VERDICT_HEADLINES: Record<Verdict, string> = {
  empty: 'Start by sorting what you feel about your job',
  'no-a': 'Nothing in A yet',
  untagged: 'Tag what is in A',
  'industry-fits': 'Industry looks like a good fit',
  'clinical-change': 'Another clinical job may be the answer',
  mixed: 'It could go either way',
};

/** The headline shown instead of the verdict's while a red flag is ticked. */
export const RED_FLAG_HEADLINE = 'Look after yourself first';

/**
 * The board is sorted once it gives an answer: something in A is tagged as fixed, or not, by
 * industry. This is the evidence for the "Name what you can't live with" milestone and the
 * getting-started guide's diagnosis step alike (domain/evidence.ts).
 */
export function isSortedVerdict(v: Verdict): boolean {
  return v === 'industry-fits' || v === 'clinical-change' || v === 'mixed';
}

export interface DiagnosisReading {
  verdict: Verdict;
  headline: string;
  /** Short paragraphs, in order. */
  points: string[];
  counts: { a: number; b: number; c: number; fixes: number; mayNot: number; unsure: number };
  /** Red flags ticked: the reading deals with them first (docs/domain.md, "Diagnose first"). */
  redFlags: readonly RedFlag[];
}

/** "Mostly" means at least two thirds of the tagged items in column A. */
const MOSTLY = 2 / 3;

/** The verdict alone (what the reading below decides on), without the wording. */
export function diagnosisVerdict(items: readonly Pick<DiagnoseFacts, 'column' | 'fit'>[]): Verdict {
  if (items.length === 0) return 'empty';
  let a = 0;
  let fixes = 0;
  let mayNot = 0;
  for (const i of items) {
    if (i.column !== 'a') continue;
    a++;
    if (i.fit === 'fixes') fixes++;
    else if (i.fit === 'may-not-fix') mayNot++;
  }
  if (a === 0) return 'no-a';
  const tagged = fixes + mayNot;
  if (tagged === 0) return 'untagged';
  if (fixes / tagged >= MOSTLY) return 'industry-fits';
  if (mayNot / tagged >= MOSTLY) return 'clinical-change';
  return 'mixed';
}

const FLAG_WORDS: Record<RedFlag, string> = {
  burnout: 'burnout',
  depression: 'severe depression',
  suicidal: 'suicidal thoughts',
  family: 'major family issues',
  health: 'personal health problems',
  'moral-distress': 'moral distress',
};

/**
 * What the board says, with any ticked red flag first: the reading leads with dealing with it,
 * calmly, and keeps the board's own answer below for when the user is ready. Nothing is blocked.
 */
export function readDiagnosis(
  items: readonly DiagnoseFacts[],
  redFlags: readonly RedFlag[] = [],
): DiagnosisReading {
  const board = readBoard(items);
  if (redFlags.length === 0) return board;
  const named = listed(redFlags.map((f) => FLAG_WORDS[f]));
  return {
    ...board,
    headline: RED_FLAG_HEADLINE,
    points: [
      `You ticked ${named}. Deal with ${redFlags.length === 1 ? 'that' : 'those'} before any big move: a new job rarely fixes ${redFlags.length === 1 ? 'it' : 'them'}, and a career change adds strain of its own. Help is there, now: the lines are listed with the red flags.`,
      `When you are ready, your board says: ${board.headline.charAt(0).toLowerCase()}${board.headline.slice(1)}. Your plan keeps; nothing is locked.`,
      ...board.points,
    ],
    redFlags,
  };
}

const listOf = (titles: string[]) => listed(titles.map(quote));

/** What the board says, in plain words. Reads column A's tags; B and C add context. */
function readBoard(items: readonly DiagnoseFacts[]): DiagnosisReading {
  const inA = items.filter((i) => i.column === 'a');
  const fixes = inA.filter((i) => i.fit === 'fixes');
  const mayNot = inA.filter((i) => i.fit === 'may-not-fix');
  const unsure = inA.filter((i) => i.fit === 'unsure');
  const counts = {
    a: inA.length,
    b: items.filter((i) => i.column === 'b').length,
    c: items.filter((i) => i.column === 'c').length,
    fixes: fixes.length,
    mayNot: mayNot.length,
    unsure: unsure.length,
  };
  const tagged = fixes.length + mayNot.length;
  const keepC =
    counts.c > 0
      ? `You listed ${plural(counts.c, 'thing')} that ${agree(counts.c, 'is', 'are')} good now. Check which ones a new role would keep; part-time clinical work for a year or two can keep the medicine in your week.`
      : null;
  const unsureNote =
    unsure.length > 0 && tagged > 0
      ? `${plural(unsure.length, 'item')} in A ${agree(unsure.length, 'is', 'are')} still marked “not sure”. The reading gets firmer as you tag ${agree(unsure.length, 'it', 'them')}.`
      : null;
  const withExtras = (points: (string | null)[]) => points.filter((p): p is string => Boolean(p));
  const verdict = diagnosisVerdict(items);

  if (verdict === 'empty') {
    return {
      verdict: 'empty',
      headline: VERDICT_HEADLINES['empty'],
      points: [
        'Put each thing in one column: A for what you could not stand for years, B for what is bad but could change, C for what is actually good.',
        'Then mark each item in A: would an industry job usually take it away? The common examples below are a quick way to begin.',
      ],
      counts,
      redFlags: [],
    };
  }
  if (verdict === 'no-a') {
    return {
      verdict: 'no-a',
      headline: VERDICT_HEADLINES['no-a'],
      points: withExtras([
        'Column A decides this. If nothing is truly intolerable, fixing the things in B where you are — a different schedule, fewer clinic slots, help with notes — may be worth trying before a bigger move.',
        'If something does belong in A, add it or move it there.',
        keepC,
      ]),
      counts,
      redFlags: [],
    };
  }
  if (verdict === 'untagged') {
    return {
      verdict: 'untagged',
      headline: VERDICT_HEADLINES['untagged'],
      points: withExtras([
        `For each of the ${plural(inA.length, 'item', 'items')} in A, mark whether an industry job would usually take it away. That is what tells you whether industry is the answer.`,
        'Not sure? Ask the people you talk to in industry how their weeks really look.',
        keepC,
      ]),
      counts,
      redFlags: [],
    };
  }
  if (verdict === 'industry-fits') {
    return {
      verdict: 'industry-fits',
      headline: VERDICT_HEADLINES['industry-fits'],
      points: withExtras([
        `Most of what you can’t tolerate (${fixes.length} of ${tagged} tagged in A) is the kind of thing industry jobs remove: ${listOf(fixes.map((i) => i.title))}.`,
        'Industry roles run on a weekday schedule, with no call, no patient panel and no malpractice risk of your own, so these go away rather than follow you.',
        mayNot.length > 0
          ? `Keep an eye on ${listOf(mayNot.map((i) => i.title))}: ask about it on every networking call, because a company can have the same problem.`
          : null,
        unsureNote,
        keepC,
      ]),
      counts,
      redFlags: [],
    };
  }
  if (verdict === 'clinical-change') {
    return {
      verdict: 'clinical-change',
      headline: VERDICT_HEADLINES['clinical-change'],
      points: withExtras([
        `Most of what you can’t tolerate (${mayNot.length} of ${tagged} tagged in A) is about the place rather than the work: ${listOf(mayNot.map((i) => i.title))}.`,
        'Culture, autonomy and feeling valued come with the people and the organisation. A company can be just as political or top-down as a hospital, so changing careers may carry the problem with you.',
        'A different group, hospital or way of practising — academic or community, fewer shifts, locums, a smaller practice — can fix these at far less cost. Talk to physicians who work there before you decide.',
        unsureNote,
        keepC,
      ]),
      counts,
      redFlags: [],
    };
  }
  return {
    verdict: 'mixed',
    headline: VERDICT_HEADLINES['mixed'],
    points: withExtras([
      `Industry would likely take away ${listOf(fixes.map((i) => i.title))}.`,
      `It may not fix ${listOf(mayNot.map((i) => i.title))}: that depends on the company and the people.`,
      'Ask physicians in industry roles how they deal with these. Their answers will settle it faster than thinking it over alone.',
      unsureNote,
      keepC,
    ]),
    counts,
    redFlags: [],
  };
}
