/**
 * Milestones that know their evidence: what the other screens record (a runway worked out, calls
 * logged, an offer, notice given) ticks the matching milestone, on the day it appeared, and every
 * screen reads a milestone through `readMilestone` — the Timeline's cards and counts, the
 * Overview's next step, progress and guide — so no two places disagree.
 *
 * The rules (docs/screens.md, "One reading"):
 * - a milestone from the default plan follows the evidence of its `templateKey`
 *   (`TEMPLATE_EVIDENCE`); one the user added follows the kind chosen in its dialog, or none;
 * - a card ticked by hand is done, whatever the evidence says (cards ticked before evidence
 *   existed stay as they were left);
 * - met evidence makes the card done, dated the day the evidence appeared, unless the user marked
 *   it not done (`keepOpen`): then it stays open until they tick it;
 * - a card tied to evidence is never called overdue while its evidence is still loading, while it
 *   waits on another step (notice waits for an offer), or before a day the data fixes (the
 *   give-notice-by date, the start date); past that day it is overdue whatever its month.
 *
 * When each kind of evidence is met, and what its card says, is in domain/evidenceRules.ts.
 */
import type { Day } from './calendar';
import type { MilestoneFacts, MilestoneStatus } from './milestone';

export const EVIDENCE_KINDS = [
  'diagnosis',
  'runway',
  'record',
  'calls',
  'industry-work',
  'targets',
  'applied',
  'interview',
  'offer',
  'contract',
  'notice',
  'last-day',
  'started',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What a milestone's dialog offers: a kind of evidence, or none (ticked by hand only). */
export const EVIDENCE_CHOICES = ['none', ...EVIDENCE_KINDS] as const;
export type EvidenceChoice = (typeof EVIDENCE_CHOICES)[number];

/** The default plan's milestones and their evidence, by template key (seeds/template.mjs). */
export const TEMPLATE_EVIDENCE: ReadonlyMap<string, EvidenceKind> = new Map([
  ['clarify-needs', 'diagnosis'],
  ['check-runway', 'runway'],
  ['start-record', 'record'],
  ['start-networking', 'calls'],
  ['industry-experience', 'industry-work'],
  ['pick-targets', 'targets'],
  ['apply-selectively', 'applied'],
  ['first-interviews', 'interview'],
  ['review-contract', 'contract'],
  ['final-rounds', 'offer'],
  ['give-notice', 'notice'],
  ['hand-over', 'last-day'],
  ['start-role', 'started'],
]);

/** Evidence that goes on after it is met: the card says on track or behind, not a one-off tick. */
export const ONGOING_KINDS: readonly EvidenceKind[] = ['calls'];

export interface EvidenceTied {
  templateKey: string | null;
  /** Chosen in the dialog; null or absent: the template's own (none for a user's milestone). */
  evidence?: EvidenceChoice | null | undefined;
  /** Marked not done by hand although its evidence is met. */
  keepOpen?: boolean | undefined;
}

export function evidenceKindOf(m: EvidenceTied): EvidenceKind | null {
  if (m.evidence === 'none') return null;
  if (m.evidence) return m.evidence;
  return (m.templateKey && TEMPLATE_EVIDENCE.get(m.templateKey)) || null;
}

/** The choice the dialog shows for a milestone. */
export function evidenceChoiceOf(m: EvidenceTied): EvidenceChoice {
  return evidenceKindOf(m) ?? 'none';
}

// ---------------------------------------------------------------------------------------------
// Evidence and reading a milestone

export type Pace = 'on-track' | 'behind';

export interface Evidence {
  kind: EvidenceKind;
  met: boolean;
  /** The day it was met (the card's done date). */
  on: Day | null;
  /** What the data says, for the card: "6 calls · last Tue, Mar 3". */
  line: string;
  /**
   * When the data fixes the day it is due (a give-notice-by date, a start date): not overdue
   * before it, overdue after it whatever the card's month. 'later': it waits on another step
   * (notice waits for an offer), so it is not overdue. null: the card's month decides.
   */
  due: Day | 'later' | null;
  /** Ongoing evidence only: keeping up with the weekly target, or not. */
  pace: Pace | null;
}

export type EvidenceBoard = Readonly<Record<EvidenceKind, Evidence>>;

// ---------------------------------------------------------------------------------------------
// Reading a milestone

export interface MilestoneReading {
  /** The status every screen shows: done when ticked by hand or when its evidence is met. */
  status: MilestoneStatus;
  doneOn: Day | null;
  /** Who made it done. */
  doneBy: 'hand' | 'evidence' | null;
  /** Its evidence, when tied to one and known. */
  evidence: Evidence | null;
  /** Tied to evidence that has not loaded yet: nothing is said about being late. */
  waiting: boolean;
  /** Its evidence is met, but the user marked it not done. */
  keptOpen: boolean;
  /** Ongoing evidence (calls), met: the card says on track or behind instead of done. */
  ongoing: boolean;
}

interface Readable extends EvidenceTied {
  status: MilestoneStatus;
  doneOn: Day | null;
}

/** How every screen reads a milestone. `board` is undefined while the evidence is loading. */
export function readMilestone(m: Readable, board: EvidenceBoard | undefined): MilestoneReading {
  const kind = evidenceKindOf(m);
  const evidence = kind && board ? board[kind] : null;
  const base = {
    evidence,
    waiting: kind !== null && !board,
    keptOpen: false,
    ongoing: false,
  };
  if (m.status === 'done') return { ...base, status: 'done', doneOn: m.doneOn, doneBy: 'hand' };
  if (evidence?.met && !m.keepOpen)
    return {
      ...base,
      status: 'done',
      doneOn: evidence.on,
      doneBy: 'evidence',
      ongoing: ONGOING_KINDS.includes(evidence.kind),
    };
  return {
    ...base,
    status: m.status,
    doneOn: null,
    doneBy: null,
    keptOpen: Boolean(evidence?.met && m.keepOpen),
  };
}

/** A milestone with its reading applied, for the rules in domain/milestone.ts and overview.ts. */
export function asRead<T extends MilestoneFacts>(m: T, r: MilestoneReading): T {
  const due = r.evidence && !r.keptOpen ? r.evidence.due : null;
  if (m.status === r.status && !r.waiting && due === null) return m;
  return { ...m, status: r.status, waiting: r.waiting, due };
}

/**
 * Every milestone as read, and each one's reading by id. A milestone whose reading changes
 * nothing keeps its own object, so memoised cards do not render again.
 */
export function readMilestones<T extends MilestoneFacts & Readable & { id: string }>(
  milestones: readonly T[],
  board: EvidenceBoard | undefined,
): { rows: T[]; readings: ReadonlyMap<string, MilestoneReading> } {
  const readings = new Map<string, MilestoneReading>();
  const rows = milestones.map((m) => {
    const r = readMilestone(m, board);
    readings.set(m.id, r);
    return asRead(m, r);
  });
  return { rows, readings };
}
