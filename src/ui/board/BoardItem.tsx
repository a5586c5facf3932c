import { useLayoutEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useBoardContext } from './Board';
import { BLOCK_PADDING } from './boardStore';
import { cardLook } from './dragSession';
import styles from './Board.module.css';

export interface BoardItemProps {
  id: string;
  /** The card's name, for its handle: "Move <name>". */
  name: string;
  /** The card body. Make it a memoised component with primitive props: it must not re-render during a drag. */
  children: ReactNode;
  /** A class for the element around the body, so a body can be its contents without an element of its own. */
  bodyClassName?: string | undefined;
}

/**
 * One card on a board: a list item with a drag handle and the card body beside it. The handle
 * is a plain button; pressing it wires this one card to dnd-kit (Board's `arm`). Three elements
 * and the body: the list item is the card's frame and the grip is the handle's CSS, since every
 * element is paid for 1,000 times when a big board loads (npm run bench, figure 2). A `div` with
 * the list item role rather than an `li`: BoardList puts cards in blocks (see there).
 */
export function BoardItem({ id, name, children, bodyClassName }: BoardItemProps) {
  const { store, instructionsId, onHandleKeyDown, arm } = useBoardContext();
  // A dropped card stays dimmed in its old place until it lands in its new one.
  const state = useStore(store, (s) => cardLook(s.session, id));
  const itemRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<HTMLButtonElement>(null);

  // A keyboard move re-mounts the card in its new column: keep focus on its handle. (Run when
  // the state changes, which a re-mount does, rather than after every render of 1,000 cards.)
  useLayoutEffect(() => {
    const handle = handleRef.current;
    if (state !== 'lifted' || !handle) return;
    if (document.activeElement !== handle) handle.focus({ preventScroll: true });
    handle.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [state]);

  return (
    <div
      role="listitem"
      ref={itemRef}
      data-board-item={id}
      className={`${styles.frame} ${state === 'dragging' ? styles.placeholder : ''} ${state === 'lifted' ? styles.lifted : ''}`}
    >
      <button
        type="button"
        ref={handleRef}
        className={styles.handle}
        aria-label={`Move ${name}`}
        aria-describedby={instructionsId}
        aria-pressed={state === 'lifted'}
        onMouseDown={(e) => arm(id, 'onMouseDown', e, itemRef.current, handleRef.current)}
        onTouchStart={(e) => arm(id, 'onTouchStart', e, itemRef.current, handleRef.current)}
        onKeyDown={(e) => onHandleKeyDown(id, e)}
      />
      <div className={bodyClassName ? `${styles.body} ${bodyClassName}` : styles.body}>
        {children}
      </div>
    </div>
  );
}

/** The same frame without drag wiring, for the drag overlay. */
export function BoardCardFrame({
  children,
  bodyClassName,
}: {
  children: ReactNode;
  bodyClassName?: string | undefined;
}) {
  return (
    <div className={styles.frame}>
      <span className={styles.handle} aria-hidden="true" />
      <div className={bodyClassName ? `${styles.body} ${bodyClassName}` : styles.body}>
        {children}
      </div>
    </div>
  );
}

/** Cards per block in a BoardList. */
export const BOARD_BLOCK_SIZE = 16;

/**
 * The list of a column's cards: spread `useBoardColumn`'s `listProps` on it and put `<BoardItem>`s
 * in it. The cards go in blocks of 16, and a block out of view is not styled, laid out or painted
 * (`content-visibility`): a month of 80 cards is 8,000 px tall, and on loading a 1,000-card board
 * most of every column is below the screen (npm run bench, figure 2). Per block rather than per
 * card, since each such element is checked for visibility on every frame of a drag. The blocks
 * are plain elements, so assistive technology sees one list of all the column's cards; the drag
 * measures a block's cards only when the pointer is over it (Board's `placeFromPointer`).
 */
export function BoardList({
  children,
  className,
  cardHeight = 190,
  ...listProps
}: {
  children: readonly ReactElement[];
  className?: string | undefined;
  /** About how tall a card is with the gap after it, for blocks not yet shown. */
  cardHeight?: number;
  'data-board-list': '';
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const focused = useRef<FocusNote | null>(null);

  // A card that moves to another block (a move, a cancelled keyboard move, an undo) is a new
  // element, and the old one took the focus with it: give it to the same control of the new one.
  useLayoutEffect(() => {
    const note = focused.current;
    const active = document.activeElement;
    if (!note || (active && active !== document.body)) return;
    const item = listRef.current?.querySelector(`[data-board-item="${CSS.escape(note.id)}"]`);
    const target = item ? focusablesIn(item)[note.index] : undefined;
    target?.focus({ preventScroll: true });
    // In view where it now is (an undone move puts it back in a month scrolled away), by the
    // least scrolling.
    target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });

  const onFocus = (e: React.FocusEvent) => {
    const item = e.target.closest<HTMLElement>('[data-board-item]');
    const id = item?.dataset.boardItem;
    focused.current =
      item && id !== undefined
        ? { id, index: focusablesIn(item).indexOf(e.target as HTMLElement) }
        : null;
  };
  const onBlur = (e: React.FocusEvent) => {
    const left = e.target;
    const note = focused.current;
    // Focus went elsewhere while the control is still there: forget it. (A control removed with
    // its card keeps the note, for the card's new element.)
    queueMicrotask(() => {
      if (left.isConnected && focused.current === note) focused.current = null;
    });
  };

  const blocks: ReactElement[] = [];
  for (let i = 0; i < children.length; i += BOARD_BLOCK_SIZE) {
    const cards = children.slice(i, i + BOARD_BLOCK_SIZE);
    blocks.push(
      <div
        key={i}
        className={styles.block}
        style={{
          padding: BLOCK_PADDING,
          margin: -BLOCK_PADDING,
          containIntrinsicBlockSize: `auto ${cards.length * cardHeight}px`,
        }}
        data-board-block=""
      >
        {cards}
      </div>,
    );
  }
  return (
    <div
      role="list"
      ref={listRef}
      className={`${styles.list} ${className ?? ''}`}
      onFocus={onFocus}
      onBlur={onBlur}
      {...listProps}
    >
      {blocks}
    </div>
  );
}

interface FocusNote {
  id: string;
  /** Which of the card's controls, in document order. */
  index: number;
}

const focusablesIn = (item: Element): HTMLElement[] => [
  ...item.querySelectorAll<HTMLElement>(
    'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
  ),
];

/** The class for a card title that opens the card: a full-width, left-aligned text button. */
export const boardCardTitleClass = styles.cardTitle ?? '';

/** The strip a wide screen scrolls sideways, and the columns in it (stacked on phones). */
export const boardStripClass = styles.strip ?? '';
export const boardColumnsClass = styles.columns ?? '';
