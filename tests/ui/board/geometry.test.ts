import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clipFrame,
  landingPlace,
  sameFrame,
  sameLine,
  type BlockSpan,
  type CardSpans,
} from '../../../src/ui/board/geometry';

const COLUMN = { left: 100, width: 200, listTop: 50 };

/** A column of cards 100 px apart (90 tall, 10 gap) starting at `top`, in blocks of `perBlock`. */
function column(cards: number, perBlock: number, top = 60, pad = 8) {
  const blocks: BlockSpan[] = [];
  const spans: CardSpans[] = [];
  for (let first = 0; first < cards; first += perBlock) {
    const n = Math.min(perBlock, cards - first);
    const blockTop = top + first * 100 - pad;
    blocks.push({
      top: blockTop,
      bottom: blockTop + n * 100 + 2 * pad,
      pad,
      count: n,
      holdsDragged: false,
    });
    const tops = Array.from({ length: n }, (_, i) => pad + i * 100);
    spans.push({ tops, bottoms: tops.map((t) => t + 90), mids: tops.map((t) => t + 45) });
  }
  const read: number[] = [];
  const cardsIn = (b: number) => {
    read.push(b);
    return spans[b] ?? { tops: [], bottoms: [], mids: [] };
  };
  return { blocks, cardsIn, read };
}

describe('landingPlace', () => {
  it('lands above the first card whose middle is below the pointer, the line between the two', () => {
    const { blocks, cardsIn } = column(5, 16);
    // Cards at 60-150, 160-250, 260-350 …; middles 105, 205, 305.
    expect(landingPlace(blocks, 180, cardsIn, COLUMN)).toEqual({
      index: 1,
      line: { top: 155, left: 108, width: 184 },
    });
    expect(landingPlace(blocks, 210, cardsIn, COLUMN).index).toBe(2);
  });

  it('first and last: the line just outside the end card', () => {
    const { blocks, cardsIn } = column(3, 16);
    expect(landingPlace(blocks, 0, cardsIn, COLUMN)).toMatchObject({ index: 0, line: { top: 56 } });
    expect(landingPlace(blocks, 9999, cardsIn, COLUMN)).toMatchObject({
      index: 3,
      line: { top: 364 },
    });
  });

  it('an empty column: index 0, the line at the top of its list', () => {
    expect(landingPlace([], 500, () => ({ tops: [], bottoms: [], mids: [] }), COLUMN)).toEqual({
      index: 0,
      line: { top: 50, left: 108, width: 184 },
    });
  });

  it('reads the cards of the block under the pointer only', () => {
    const { blocks, cardsIn, read } = column(64, 16);
    // Block 2 holds cards 32-47 (tops 3260 … 4760).
    const place = landingPlace(blocks, 3400, cardsIn, COLUMN);
    expect(place.index).toBe(33);
    expect(read).toEqual([2]);
  });

  it('counts a block wholly above the pointer whole, and stops at one wholly below', () => {
    const { blocks, cardsIn, read } = column(48, 16);
    // Where block 0's cards end and block 1's begin (their padding overlaps).
    const between = blocks[0] ? blocks[0].bottom - blocks[0].pad : 0;
    const place = landingPlace(blocks, between, cardsIn, COLUMN);
    expect(place.index).toBe(16);
    expect(read).toEqual([]);
  });

  it('reads the block holding the dragged card even when the pointer is past it', () => {
    const { blocks, cardsIn, read } = column(32, 16);
    const withDragged = blocks.map((b, i) => (i === 0 ? { ...b, holdsDragged: true } : b));
    landingPlace(withDragged, 9999, cardsIn, COLUMN);
    expect(read).toContain(0);
  });

  it('property: the index never decreases as the pointer goes down, and stays within the column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -500, max: 7000 }),
        fc.integer({ min: 0, max: 500 }),
        (cards, perBlock, y, dy) => {
          const { blocks, cardsIn } = column(cards, perBlock);
          const a = landingPlace(blocks, y, cardsIn, COLUMN);
          const b = landingPlace(blocks, y + dy, cardsIn, COLUMN);
          expect(a.index).toBeGreaterThanOrEqual(0);
          expect(b.index).toBeLessThanOrEqual(cards);
          expect(b.index).toBeGreaterThanOrEqual(a.index);
          // The same answer whatever the blocks' size: blocks only save reading cards.
          expect(
            landingPlace(column(cards, 1000).blocks, y, column(cards, 1000).cardsIn, COLUMN).index,
          ).toBe(a.index);
        },
      ),
    );
  });
});

describe('clipFrame', () => {
  const viewport = { width: 1280, height: 800 };

  it('clips a column to the viewport and to what scrolls it', () => {
    const box = { top: -100, left: 900, right: 1400, bottom: 2000 };
    const strip = { top: 120, left: 0, right: 1200, bottom: 900 };
    expect(clipFrame(box, [strip], viewport)).toEqual({
      top: 120,
      left: 900,
      width: 300,
      height: 680,
    });
  });

  it('is null when nothing of the column shows', () => {
    expect(clipFrame({ top: 0, left: 1300, right: 1500, bottom: 500 }, [], viewport)).toBeNull();
    const hiddenBy = { top: 0, left: 0, right: 600, bottom: 800 };
    expect(
      clipFrame({ top: 0, left: 700, right: 900, bottom: 500 }, [hiddenBy], viewport),
    ).toBeNull();
  });
});

describe('sameLine and sameFrame', () => {
  it('compare by value, null only equal to null', () => {
    expect(sameLine({ top: 1, left: 2, width: 3 }, { top: 1, left: 2, width: 3 })).toBe(true);
    expect(sameLine({ top: 1, left: 2, width: 3 }, { top: 1, left: 2, width: 4 })).toBe(false);
    expect(sameLine(null, null)).toBe(true);
    expect(sameLine(null, { top: 1, left: 2, width: 3 })).toBe(false);
    const f = { top: 1, left: 2, width: 3, height: 4 };
    expect(sameFrame(f, { ...f })).toBe(true);
    expect(sameFrame(f, { ...f, height: 5 })).toBe(false);
    expect(sameFrame(f, null)).toBe(false);
  });
});
