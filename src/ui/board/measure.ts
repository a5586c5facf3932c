/**
 * Reads a board's columns from the page for a drag, and hands the numbers to `geometry.ts`.
 *
 * A column's cards come in blocks (BoardList) and a block out of view is not laid out: the
 * blocks' own boxes are read on every move (a handful; one that comes into view mid-drag takes
 * its real height and moves the ones below), and a block's cards only when the pointer is over
 * it (or the dragged card is in it), relative to the block and read again if its height changed.
 * Entering a column never lays out cards nobody sees.
 */
import { BLOCK_PADDING } from './boardStore';
import { clipFrame, landingPlace, type CardSpans, type DropFrame, type DropLine } from './geometry';

interface Block {
  el: Element;
  pad: number;
  count: number;
  holdsDragged: boolean;
  cards: (CardSpans & { height: number }) | null;
}

export interface Place {
  index: number;
  line: DropLine | null;
  frame: DropFrame | null;
}

export interface ColumnMeasurer {
  /** Where the card `id` lands in `columnId` with its centre at `centerY` (`fallback` if the column is not on the page). */
  place(columnId: string, id: string, centerY: number, fallback: number): Place;
  /** Forget what was read (a new drag, another column): the page may have changed. */
  forget(): void;
}

export function createColumnMeasurer(boardId: string): ColumnMeasurer {
  let measured: { columnId: string; blocks: Block[]; clippers: Element[] } | null = null;

  const columnElement = (columnId: string) =>
    document.querySelector<HTMLElement>(
      `[data-board-column="${CSS.escape(`${boardId}:${columnId}`)}"]`,
    );
  /** A card other than the dragged one. */
  const isOther = (el: Element, id: string) =>
    el instanceof HTMLElement && el.dataset.boardItem !== undefined && el.dataset.boardItem !== id;
  const listOf = (column: HTMLElement) => column.querySelector('[data-board-list]') ?? column;

  function measure(columnId: string, id: string, column: HTMLElement) {
    if (measured?.columnId === columnId) return measured;
    const list = listOf(column);
    const found = list.querySelectorAll('[data-board-block]');
    const blocks = (found.length ? [...found] : [list]).map((el): Block => {
      const items = el.querySelectorAll('[data-board-item]');
      const holdsDragged = [...items].some((item) => !isOther(item, id));
      return {
        el,
        pad: found.length ? BLOCK_PADDING : 0,
        count: items.length - (holdsDragged ? 1 : 0),
        holdsDragged,
        cards: null,
      };
    });
    // The frame around the column is drawn over the page: clip it to what scrolls the column.
    const clippers: Element[] = [];
    for (let el = column.parentElement; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clippers.push(el);
    }
    measured = { columnId, blocks, clippers };
    return measured;
  }

  function cardsOf(block: Block, box: DOMRect, id: string): CardSpans {
    if (block.cards && block.cards.height === box.height) return block.cards;
    const cards = {
      height: box.height,
      mids: [] as number[],
      tops: [] as number[],
      bottoms: [] as number[],
    };
    for (const el of block.el.querySelectorAll('[data-board-item]')) {
      if (!isOther(el, id)) continue;
      const r = el.getBoundingClientRect();
      cards.mids.push(r.top + r.height / 2 - box.top);
      cards.tops.push(r.top - box.top);
      cards.bottoms.push(r.bottom - box.top);
    }
    block.cards = cards;
    return cards;
  }

  return {
    forget: () => (measured = null),
    place(columnId, id, centerY, fallback) {
      const column = columnElement(columnId);
      if (!column) return { index: fallback, line: null, frame: null };
      const m = measure(columnId, id, column);
      const box = column.getBoundingClientRect();
      const boxes = m.blocks.map((b) => b.el.getBoundingClientRect());
      const spans = m.blocks.map((b, i) => ({
        top: boxes[i]?.top ?? 0,
        bottom: boxes[i]?.bottom ?? 0,
        pad: b.pad,
        count: b.count,
        holdsDragged: b.holdsDragged,
      }));
      const { index, line } = landingPlace(
        spans,
        centerY,
        (i) => {
          const block = m.blocks[i];
          const b = boxes[i];
          return block && b ? cardsOf(block, b, id) : { mids: [], tops: [], bottoms: [] };
        },
        { left: box.left, width: box.width, listTop: listOf(column).getBoundingClientRect().top },
      );
      const frame = clipFrame(
        box,
        m.clippers.map((el) => el.getBoundingClientRect()),
        { width: window.innerWidth, height: window.innerHeight },
      );
      return { index, line, frame };
    },
  };
}
