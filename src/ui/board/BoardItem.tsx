import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { countRender } from '../benchProbe';
import { useBoardContext } from './Board';
import styles from './Board.module.css';

export interface BoardItemProps {
  id: string;
  /** The card's name, for its handle: "Move <name>". */
  name: string;
  /** The card body. Make it a memoised component with primitive props: it must not re-render during a drag. */
  children: ReactNode;
}

type ItemState = 'idle' | 'dragging' | 'lifted';

/**
 * One card on a board: a list item with a drag handle and the card body beside it. The handle
 * is a plain button; pressing it wires this one card to dnd-kit (Board's `arm`). Three elements
 * and the body: the list item is the card's frame and the grip is the handle's CSS, since every
 * element is paid for 1,000 times when a big board loads (npm run bench, figure 2).
 */
export function BoardItem({ id, name, children }: BoardItemProps) {
  if (import.meta.env.MODE === 'bench') countRender('BoardItem');
  const { store, instructionsId, onHandleKeyDown, arm } = useBoardContext();
  const state = useStore(store, (s): ItemState => {
    const session = s.session;
    if (session?.id !== id) return 'idle';
    // A dropped card stays dimmed in its old place until it lands in its new one.
    if (session.mode === 'pointer') return session.landed ? 'idle' : 'dragging';
    return session.committing ? 'idle' : 'lifted';
  });
  const itemRef = useRef<HTMLLIElement>(null);
  const handleRef = useRef<HTMLButtonElement>(null);

  // A keyboard move re-mounts the card in its new column: keep focus on its handle.
  useLayoutEffect(() => {
    const handle = handleRef.current;
    if (state !== 'lifted' || !handle) return;
    if (document.activeElement !== handle) handle.focus({ preventScroll: true });
    handle.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });

  return (
    <li
      ref={itemRef}
      data-board-item={id}
      className={`${styles.item} ${styles.frame} ${state === 'dragging' ? styles.placeholder : ''} ${state === 'lifted' ? styles.lifted : ''}`}
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
      <div className={styles.body}>{children}</div>
    </li>
  );
}

/** The same frame without drag wiring, for the drag overlay. */
export function BoardCardFrame({ children }: { children: ReactNode }) {
  return (
    <div className={styles.frame}>
      <span className={styles.handle} aria-hidden="true" />
      <div className={styles.body}>{children}</div>
    </div>
  );
}

/** The list of a column's cards: spread `useBoardColumn`'s `listProps` on it and put `<BoardItem>`s in it. */
export function BoardList({
  children,
  ...listProps
}: {
  children: ReactNode;
  'data-board-list': '';
}) {
  return (
    <ol className={styles.list} {...listProps}>
      {children}
    </ol>
  );
}

/** The class for a card title that opens the card: a full-width, left-aligned text button. */
export const boardCardTitleClass = styles.cardTitle ?? '';

/** The strip a wide screen scrolls sideways, and the columns in it (stacked on phones). */
export const boardStripClass = styles.strip ?? '';
export const boardColumnsClass = styles.columns ?? '';
