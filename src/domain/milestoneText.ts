/**
 * What the card dialog and Settings say about milestones, in words: kept apart from
 * domain/milestone.ts so the Timeline's first load does not carry them.
 */
import { agree, plural } from './counts';
import { slipMonths, type MilestoneFacts } from './milestone';
import { capitalize } from './wording';

/**
 * Where a card was first planned and where it is now, said once: "First planned for Month 2",
 * or "Pulled in 1 month: first planned for Month 2, now in Month 1".
 */
export function planHistoryText(m: MilestoneFacts): string {
  const s = slipMonths(m);
  const first = `first planned for Month ${m.baselineMonth}`;
  if (s === 0) return capitalize(first);
  const moved = `${s > 0 ? 'Slipped' : 'Pulled in'} ${plural(Math.abs(s), 'month')}`;
  return `${moved}: ${first}, now in Month ${m.month}`;
}

/**
 * After the plan was shortened: how many milestones now sit past its last month, and where they
 * are. "1 milestone now sits … it is in", "3 milestones now sit … they are in".
 */
export function pastPlanEndText(count: number): string {
  return `${plural(count, 'milestone')} now ${agree(count, 'sits', 'sit')} past the plan’s last month. Nothing was deleted: on the Timeline ${agree(count, 'it is', 'they are')} in “After the plan”, ready to move back.`;
}
