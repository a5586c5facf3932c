/**
 * "Translate" clinical work into the words industry screens for: each running-record entry shown
 * beside phrasing patterns for four themes, filled with the entry's own title, role and impact.
 */
import type { IndustrySkill, RecordKind } from '../record';
import { capitalise, joinParts, sentence, tidy } from './text';

export const THEMES = ['cross-functional', 'data', 'communication', 'programmes'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  'cross-functional': 'Working across teams',
  data: 'Working with data',
  communication: 'Communication',
  programmes: 'Running programmes',
};

/** The pattern behind each theme, in one line. */
export const THEME_PATTERNS: Record<Theme, string> = {
  'cross-functional': 'Name the other professions, and what you achieved together.',
  data: 'Say what was measured, what you did with it, and what changed.',
  communication: 'Say who the audience was, and what they could do afterwards.',
  programmes: 'Show the arc: the plan, the rollout, the follow-up.',
};

/** Before and after, for users whose record is still empty. */
export const TRANSLATION_EXAMPLES: readonly { clinical: string; industry: string }[] = [
  {
    clinical: 'Saw 16 inpatients a day on the medicine service',
    industry:
      'Led a team of nurses, pharmacists and case managers caring for 16 acutely ill patients a day, putting evidence-based pathways into practice.',
  },
  {
    clinical: 'Member of the sepsis committee',
    industry:
      'Reviewed sepsis outcome data with the hospital committee, helped rewrite the local protocol and trained colleagues on the change.',
  },
  {
    clinical: 'Taught residents and students',
    industry:
      'Designed and delivered case-based teaching for residents and medical students, including the slides and materials.',
  },
];

const KIND_THEMES: Record<RecordKind, readonly Theme[]> = {
  project: ['programmes', 'cross-functional'],
  qi: ['data', 'programmes', 'cross-functional'],
  trial: ['data', 'programmes'],
  talk: ['communication'],
  committee: ['cross-functional', 'data'],
  teaching: ['communication'],
  publication: ['data', 'communication'],
  other: ['cross-functional'],
};

const SKILL_THEMES: Record<IndustrySkill, Theme> = {
  leadership: 'cross-functional',
  data: 'data',
  protocols: 'programmes',
  education: 'communication',
  speaking: 'communication',
  process: 'programmes',
};

export interface TranslatableEntry {
  title: string;
  kind: RecordKind;
  role: string;
  impact: string;
  skills: readonly IndustrySkill[];
}

/** The themes an entry speaks to: its kind's, then its tagged skills', in theme order. */
export function themesFor(e: Pick<TranslatableEntry, 'kind' | 'skills'>): Theme[] {
  const found = new Set<Theme>(KIND_THEMES[e.kind]);
  for (const s of e.skills) found.add(SKILL_THEMES[s]);
  return THEMES.filter((t) => found.has(t));
}

const LEADING_ROLE =
  /\b(lead|led|chair|director|head|principal|pi|founder|organi[sz]er|coordinator|co-lead|owner)\b/i;

/** A draft line for one theme, from the entry's own words. */
export function translateLine(theme: Theme, e: TranslatableEntry): string {
  const title = tidy(e.title) || 'this work';
  const role = tidy(e.role);
  const led = LEADING_ROLE.test(role);
  const as = role ? `As ${role}, ` : '';
  let line: string;
  switch (theme) {
    case 'cross-functional':
      line = led
        ? `Led ${title}, bringing together physicians, nursing, pharmacy and management`
        : `${as}worked with nursing, pharmacy and management colleagues on ${title}`;
      break;
    case 'data':
      line = `${as}reviewed the data behind ${title} and used it to change how care was delivered`;
      break;
    case 'communication':
      line =
        e.kind === 'teaching'
          ? `Designed and taught ${title} for residents and students, with the materials to go with it`
          : `${as}presented ${title} to clinical colleagues, turning the evidence into clear, practical steps`;
      break;
    case 'programmes':
      line = led
        ? `Took ${title} from plan to rollout: scope, timeline, the people involved and the follow-up`
        : `${as}helped take ${title} from plan to rollout and followed up on the results`;
      break;
  }
  return joinParts([sentence(capitalise(line)), sentence(e.impact)]);
}

export interface Translation {
  theme: Theme;
  label: string;
  pattern: string;
  line: string;
}

export function translateEntry(e: TranslatableEntry): Translation[] {
  return themesFor(e).map((theme) => ({
    theme,
    label: THEME_LABELS[theme],
    pattern: THEME_PATTERNS[theme],
    line: translateLine(theme, e),
  }));
}
