/**
 * The user's own profile for the playbook: asked once, kept as the `profile` settings row, and
 * used to fill the headline, the About outline and the outreach messages.
 */
import type { RecordKind } from '../record';

export const BOARD_STATUSES = ['certified', 'eligible', 'unsaid'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];
export const BOARD_STATUS_LABELS: Record<BoardStatus, string> = {
  certified: 'Board-certified',
  eligible: 'Board-eligible',
  unsaid: 'Leave it out',
};

export const EXPERIENCE_TAGS = [
  'trials',
  'qi',
  'education',
  'protocols',
  'committees',
  'data',
  'leadership',
  'digital',
] as const;
export type ExperienceTag = (typeof EXPERIENCE_TAGS)[number];

/** Checkbox labels. */
export const EXPERIENCE_LABELS: Record<ExperienceTag, string> = {
  trials: 'Clinical trials',
  qi: 'Quality improvement (QI)',
  education: 'Teaching and medical education',
  protocols: 'Protocols and guidelines',
  committees: 'Committee work',
  data: 'Data, registries or research',
  leadership: 'Leading a team or service',
  digital: 'Digital health projects',
};

/** How each reads inside a sentence ("experience in clinical trials and QI"). */
export const EXPERIENCE_PHRASES: Record<ExperienceTag, string> = {
  trials: 'clinical trials',
  qi: 'QI',
  education: 'medical education',
  protocols: 'protocols and guidelines',
  committees: 'hospital committees',
  data: 'clinical data',
  leadership: 'team leadership',
  digital: 'digital health',
};

export const PROFILE_TEXT_MAX = 80;

export interface Profile {
  /** How the user signs a message. */
  name: string;
  specialty: string;
  institution: string;
  /** The therapeutic or clinical area they would aim at ("oncology", "heart failure"). */
  targetArea: string;
  boardStatus: BoardStatus;
  experience: ExperienceTag[];
}

export { EMPTY_PROFILE } from '../settings';

/** Tags the user's running record points to, for the ones not ticked yet. */
const KIND_TAGS: Partial<Record<RecordKind, ExperienceTag>> = {
  trial: 'trials',
  qi: 'qi',
  teaching: 'education',
  talk: 'education',
  committee: 'committees',
  publication: 'data',
};

export function experienceFromRecord(
  entries: readonly { kind: RecordKind }[],
  ticked: readonly ExperienceTag[],
): ExperienceTag[] {
  const found = new Set<ExperienceTag>();
  for (const e of entries) {
    const tag = KIND_TAGS[e.kind];
    if (tag && !ticked.includes(tag)) found.add(tag);
  }
  return EXPERIENCE_TAGS.filter((t) => found.has(t));
}

/** The fields a message needs that are still empty, in words ("your specialty"). */
export function missingForMessages(p: Profile): string[] {
  const missing: string[] = [];
  if (!p.specialty.trim()) missing.push('your specialty');
  if (!p.institution.trim()) missing.push('where you work');
  if (!p.targetArea.trim()) missing.push('the area you are aiming at');
  return missing;
}
