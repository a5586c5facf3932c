/**
 * The running record: a dated list of what you did beyond seeing patients — projects, talks,
 * committees, trials, QI work. It becomes the industry CV, so it can be copied as plain text.
 */
import { monthLabel, monthOfDay, type Day } from './calendar';

export const RECORD_KINDS = [
  'project',
  'qi',
  'trial',
  'talk',
  'committee',
  'teaching',
  'publication',
  'other',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  project: 'Project',
  qi: 'QI work',
  trial: 'Clinical trial',
  talk: 'Talk',
  committee: 'Committee',
  teaching: 'Teaching',
  publication: 'Publication',
  other: 'Other',
};

/** Headings in the copied text. */
export const RECORD_KIND_HEADINGS: Record<RecordKind, string> = {
  project: 'Projects',
  qi: 'Quality improvement',
  trial: 'Clinical trials',
  talk: 'Talks',
  committee: 'Committees',
  teaching: 'Teaching',
  publication: 'Publications',
  other: 'Other',
};

/** Skills in the words industry recruiters search for. */
export const INDUSTRY_SKILLS = [
  'leadership',
  'data',
  'protocols',
  'education',
  'speaking',
  'process',
] as const;
export type IndustrySkill = (typeof INDUSTRY_SKILLS)[number];
export const SKILL_LABELS: Record<IndustrySkill, string> = {
  leadership: 'Cross-functional leadership',
  data: 'Data and analysis',
  protocols: 'Protocols and study design',
  education: 'Medical education',
  speaking: 'Presenting to experts',
  process: 'Process improvement',
};

export const RECORD_TITLE_MAX = 200;
export const RECORD_ROLE_MAX = 120;
export const RECORD_IMPACT_MAX = 1000;

export interface RecordFacts {
  id: string;
  date: Day;
  kind: RecordKind;
  title: string;
  role: string;
  impact: string;
  skills: readonly IndustrySkill[];
}

/** Newest first; same day by title, then id, so the order is stable. */
export function sortRecord<T extends RecordFacts>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    if (a.title !== b.title) return a.title < b.title ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function filterRecord<T extends RecordFacts>(
  entries: readonly T[],
  kind: RecordKind | 'all',
): T[] {
  return kind === 'all' ? [...entries] : entries.filter((e) => e.kind === kind);
}

/** Ends a sentence with a full stop unless it already has an ending. */
function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** One entry as a line: "Mar 2027 — Sepsis pathway (project lead). Cut time to antibiotics by 40 minutes." */
export function recordLine(e: RecordFacts): string {
  const head = `${monthLabel(monthOfDay(e.date))} — ${e.title.trim()}${e.role.trim() ? ` (${e.role.trim()})` : ''}`;
  const parts = [sentence(head)];
  if (e.impact.trim()) parts.push(sentence(e.impact));
  if (e.skills.length)
    parts.push(
      sentence(
        `Skills: ${INDUSTRY_SKILLS.filter((s) => e.skills.includes(s))
          .map((s) => SKILL_LABELS[s])
          .join(', ')}`,
      ),
    );
  return parts.join(' ');
}

/** The record as plain text for a CV or LinkedIn: grouped by kind, newest first in each. */
export function recordAsText(entries: readonly RecordFacts[]): string {
  const sorted = sortRecord(entries);
  const blocks: string[] = [];
  for (const kind of RECORD_KINDS) {
    const of = sorted.filter((e) => e.kind === kind);
    if (!of.length) continue;
    blocks.push([RECORD_KIND_HEADINGS[kind], ...of.map((e) => `- ${recordLine(e)}`)].join('\n'));
  }
  return blocks.join('\n\n');
}
