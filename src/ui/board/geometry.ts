/**
 * Where a dragged card lands, worked out from numbers only (no DOM): the column's blocks of
 * cards as measured, the cards' spans in the block the pointer is over, and the pointer's height.
 * `measure.ts` reads those numbers from the page; this file decides.
 *
 * All coordinates are the viewport's (getBoundingClientRect), except a block's cards, which are
 * relative to the block's top so they stay valid while the page scrolls.
 */

/** The line showing where a dragged card will land. */
export interface DropLine {
  top: number;
  left: number;
  width: number;
}

/** The frame drawn around the column a dragged card would land in (also: where a card was let go). */
export interface DropFrame {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Edges {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** A block of a column's cards (BoardList), the dragged card left out of `count`. */
export interface BlockSpan {
  top: number;
  bottom: number;
  /** Its padding: its cards start this far inside it. */
  pad: number;
  count: number;
  /** The dragged card is in it: its cards must be read one by one. */
  holdsDragged: boolean;
}

/** A block's cards (the dragged one left out), relative to the block's top, in order. */
export interface CardSpans {
  mids: readonly number[];
  tops: readonly number[];
  bottoms: readonly number[];
}

/** How far from a lone neighbour the line is drawn, and how far in from the column's sides. */
const LINE_GAP = 4;
const LINE_INSET = 8;

/**
 * The landing index counts the cards whose midpoint is above `centerY`; the line goes between the
 * last of them and the next card. A block wholly above or below the pointer is counted whole, so
 * only the block under the pointer (or the one holding the dragged card) has its cards read,
 * through `cardsIn(blockIndex)`.
 */
export function landingPlace(
  blocks: readonly BlockSpan[],
  centerY: number,
  cardsIn: (block: number) => CardSpans,
  column: { left: number; width: number; listTop: number },
): { index: number; line: DropLine } {
  let index = 0;
  let above: number | undefined;
  let below: number | undefined;
  for (const [b, block] of blocks.entries()) {
    if (block.count === 0) continue;
    const { pad } = block;
    if (!block.holdsDragged && block.bottom - pad <= centerY) {
      index += block.count;
      above = block.bottom - pad;
      continue;
    }
    if (!block.holdsDragged && block.top + pad >= centerY) {
      below = block.top + pad;
      break;
    }
    const cards = cardsIn(b);
    const y = centerY - block.top;
    let i = 0;
    while (i < cards.mids.length && (cards.mids[i] ?? Infinity) < y) i++;
    index += i;
    const lastAbove = cards.bottoms[i - 1];
    if (lastAbove !== undefined) above = block.top + lastAbove;
    const nextBelow = cards.tops[i];
    if (nextBelow !== undefined) {
      below = block.top + nextBelow;
      break;
    }
  }
  const top =
    above !== undefined && below !== undefined
      ? (above + below) / 2
      : above !== undefined
        ? above + LINE_GAP
        : below !== undefined
          ? below - LINE_GAP
          : column.listTop;
  return {
    index,
    line: { top, left: column.left + LINE_INSET, width: column.width - 2 * LINE_INSET },
  };
}

/**
 * The frame around a column, clipped to the viewport and to every box that scrolls it (the frame
 * is drawn over the page). Null when nothing of the column shows.
 */
export function clipFrame(
  box: Edges,
  clippers: readonly Edges[],
  viewport: { width: number; height: number },
): DropFrame | null {
  let top = Math.max(box.top, 0);
  let left = Math.max(box.left, 0);
  let right = Math.min(box.right, viewport.width);
  let bottom = Math.min(box.bottom, viewport.height);
  for (const r of clippers) {
    top = Math.max(top, r.top);
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
  }
  return right > left && bottom > top
    ? { top, left, width: right - left, height: bottom - top }
    : null;
}

export const sameLine = (a: DropLine | null, b: DropLine | null): boolean =>
  a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width);

export const sameFrame = (a: DropFrame | null, b: DropFrame | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.top === b.top &&
    a.left === b.left &&
    a.width === b.width &&
    a.height === b.height);
