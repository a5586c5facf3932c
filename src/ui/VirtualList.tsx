import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
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
 * Where the list starts on the page (px from the top of the document), measured again whenever
 * the page's size changes (a banner, a filter row, the list above it growing), so the rows the
 * page scroll shows are the rows in view.
 */
function usePageTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const now = el.getBoundingClientRect().top + window.scrollY;
      setTop((was) => (Math.abs(was - now) < 1 ? was : now));
    };
    measure();
    // No ResizeObserver (an old browser, a test's DOM): the window's size still counts.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return top;
}

/**
 * A long list that renders only the rows in view (and a few around them), so ten thousand rows
 * cost what twenty do. It scrolls with the page, not inside a box of its own: the list is as tall
 * as its rows, and the page's scroll decides which rows are drawn. Each row tells assistive
 * technology its place in the whole list (aria-posinset / aria-setsize).
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  label,
  estimateSize,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const pageTop = usePageTop(listRef);
  // Stable callbacks: the virtualizer rebuilds its size table for every row when they change.
  const getItemKey = useCallback(
    (i: number) => {
      const item = items[i];
      return item === undefined ? i : getKey(item);
    },
    [items, getKey],
  );
  const estimate = useCallback(() => estimateSize, [estimateSize]);
  // Read during render by design (the rows in view); this component is not memoised.
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: estimate,
    overscan: 6,
    scrollMargin: pageTop,
    getItemKey,
  });
  return (
    <ul
      ref={listRef}
      aria-label={label}
      className={styles.list}
      style={{ height: virtualizer.getTotalSize() }}
    >
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
            style={{ transform: `translateY(${row.start - pageTop}px)` }}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}
