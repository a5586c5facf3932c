import { memo, useMemo } from 'react';
import {
  COLUMN_INFO,
  type DiagnoseColumn as Column,
  type IndustryFit,
} from '../../domain/diagnosis';
import type { DiagnoseItem } from '../../domain/schema/diagnose';
import { BoardItem, BoardList, useBoardColumn } from '../../ui/board';
import { Button } from '../../ui/Button';
import { DiagnoseCard } from './DiagnoseCard';
import styles from './Diagnose.module.css';

export interface DiagnoseColumnProps {
  column: Column;
  items: readonly DiagnoseItem[];
  onOpen: (id: string) => void;
  onFit: (id: string, fit: IndustryFit) => Promise<void>;
  onAdd: (column: Column) => void;
}

export const DiagnoseColumnView = memo(function DiagnoseColumnView({
  column,
  items: base,
  onOpen,
  onFit,
  onAdd,
}: DiagnoseColumnProps) {
  const info = COLUMN_INFO[column];
  const { setDropRef, dropProps, listProps, items, isTarget } = useBoardColumn(column, base);
  const headingId = `diagnose-${column}`;
  // The same elements while nothing changed: a drag re-renders the column, and React then skips the cards.
  const cards = useMemo(
    () =>
      items.map((i) => (
        <BoardItem key={i.id} id={i.id} name={i.title}>
          <DiagnoseCard
            id={i.id}
            title={i.title}
            note={i.note}
            column={column}
            fit={i.fit}
            onOpen={onOpen}
            onFit={onFit}
          />
        </BoardItem>
      )),
    [items, column, onOpen, onFit],
  );
  return (
    <section
      ref={setDropRef}
      {...dropProps}
      aria-labelledby={headingId}
      className={`${styles.column} ${styles[`column-${column}`] ?? ''} ${isTarget ? styles.target : ''}`}
    >
      <div className={styles.columnHead}>
        <h2 id={headingId} className={styles.columnTitle}>
          {info.name}
        </h2>
        <span className={styles.columnCount} aria-hidden="true">
          {items.length}
        </span>
      </div>
      <p className={styles.columnHint}>{info.hint}</p>
      <BoardList {...listProps}>{cards}</BoardList>
      {items.length === 0 ? <p className={styles.empty}>{info.empty}</p> : null}
      <Button variant="ghost" size="small" className={styles.add} onClick={() => onAdd(column)}>
        <span aria-hidden="true">+</span> Add to {info.letter}
      </Button>
    </section>
  );
});
