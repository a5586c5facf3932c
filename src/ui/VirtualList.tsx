import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
import styles from './VirtualList.module.css';

export interface VirtualListProps<T> {
  items: readonly T[];
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  /** Keep it stable (a module-level function): a new one each render costs a pass over every row. */
  getKey: (item: T) => string;
  /** A first guess at a row's height in px; rows are measured once shown. */
  estimateSize: number;
}

/**
 * The box's size, as the virtualizer reads it. A box not laid out yet (inside a closed panel, or
 * in a test's DOM without layout) reports height 0, and the virtualizer would then show no rows:
 * assume a screenful instead, so the first rows are always there.
 */
function observeRectOrScreen(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || 600 }),
  );
}

/**
 * A long list that renders only the rows in view (and a few around them), so ten thousand rows
 * cost what twenty do. It scrolls inside its own box; each row tells assistive technology its
 * place in the whole list (aria-posinset / aria-setsize).
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  label,
  estimateSize,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable callbacks: the virtualizer rebuilds its size table for every row when they change.
  const getItemKey = useCallback(
    (i: number) => {
      const item = items[i];
      return item === undefined ? i : getKey(item);
    },
    [items, getKey],
  );
  const estimate = useCallback(() => estimateSize, [estimateSize]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize: estimate,
    overscan: 6,
    observeElementRect: observeRectOrScreen,
    getItemKey,
  });
  return (
    <div ref={scrollRef} className={styles.scroller}>
      <ul aria-label={label} className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={styles.row}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
