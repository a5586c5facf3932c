/**
 * Where the Timeline takes the eye and the focus after a quick filter or a move (loaded when one
 * is used, not with the first screen): the first card a filter shows, scrolled into view; a card
 * moved with "Pick a month", focused in its new month.
 */
import type { Milestone } from '../../domain/schema/milestone';

/** A card moved with "Pick a month", to be focused once it is drawn in its new month. */
export interface Landing {
  id: string;
  month: number;
}

/**
 * Scroll the first card on the board into view with its month's heading, by the least
 * scrolling: sideways only if it is off the strip's side, down only if it is off the screen;
 * smoothly unless the system asks for reduced motion.
 */
export function toFirstCard(board: HTMLElement) {
  const card = board.querySelector<HTMLElement>('[data-board-item]');
  if (!card) return;
  const box = card.getBoundingClientRect();
  const strip = board.getBoundingClientRect();
  const sideways = box.left < strip.left || box.right > strip.right;
  const down = box.top < 0 || box.bottom > window.innerHeight;
  if (!sideways && !down) return;
  const heading = card.closest('section')?.querySelector('[data-month-heading]') ?? card;
  heading.scrollIntoView({
    behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    block: down ? 'start' : 'nearest',
    inline: sideways ? 'start' : 'nearest',
  });
}

/**
 * Whether the moved card is done with: focused on its "Pick a month" button in its new month (on
 * the month's heading if a filter now hides it), or gone. False while the move is not read back
 * yet, and while the focus cannot go there (the dialog still closing), unless `last`.
 */
export function landed(
  board: HTMLElement | null,
  to: Landing,
  milestones: readonly Milestone[] | undefined,
  shown: readonly Milestone[],
  last: boolean,
): boolean {
  const m = milestones?.find((x) => x.id === to.id);
  if (!m) return true;
  if (m.month !== to.month) return false;
  const heading = board?.querySelector<HTMLElement>(`[data-month-heading="${to.month}"]`);
  const items = heading?.closest('section')?.querySelectorAll<HTMLElement>('[data-board-item]');
  const card = [...(items ?? [])].find((el) => el.dataset.boardItem === to.id);
  const target = shown.some((x) => x.id === to.id)
    ? card?.querySelector<HTMLElement>('button[aria-label^="Pick a month"]')
    : heading;
  if (!target) return last;
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  return last || document.activeElement === target;
}
