/**
 * Jumping at the first company that courts you: an opportunity-level landmine that reads the
 * whole pipeline. Kept out of ../opportunity.ts, which the Timeline's first load carries.
 */
import type { OpportunityFlag, Stage, StageChange } from '../opportunity';

type PipelineFacts = { id: string; stage: Stage; history: readonly StageChange[] };

const LATE_STAGES: readonly Stage[] = ['final-round', 'verbal-offer', 'written-offer'];
const PAST_FIRST_INTERVIEWS: readonly Stage[] = [...LATE_STAGES, 'accepted'];

/**
 * The first company that courts you: this one is at a final round or an offer, and no other
 * opportunity has got past the first interviews. Null when it does not apply.
 */
export function firstSuitorFlag(
  o: PipelineFacts,
  pipeline: readonly PipelineFacts[],
): OpportunityFlag | null {
  if (!LATE_STAGES.includes(o.stage)) return null;
  const others = pipeline.filter(
    (p) =>
      p.id !== o.id &&
      (PAST_FIRST_INTERVIEWS.includes(p.stage) ||
        p.history.some((h) => PAST_FIRST_INTERVIEWS.includes(h.stage))),
  );
  if (others.length > 0) return null;
  return {
    kind: 'first-suitor',
    short: 'First to get this far',
    text: 'The only company past the first interviews so far. Check they know what they want you to do: ask what success looks like after a year and who you would learn from, and keep another conversation or two going.',
  };
}
