import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import {
  COLUMN_INFO,
  DIAGNOSE_COLUMNS,
  openSuggestions,
  readDiagnosis,
  type DiagnoseColumn,
  type IndustryFit,
  type Suggestion,
} from '../../domain/diagnosis';
import { messageOf } from '../../domain/errors';
import type { DiagnoseItem } from '../../domain/schema/diagnose';
import {
  addDiagnoseItem,
  moveDiagnoseItem,
  setDiagnoseFit,
  useDiagnoseItems,
} from '../../db/diagnose';
import { useSetting } from '../../db/settings';
import { useFeedback, type UndoStep } from '../../state/feedback';
import { Board, BoardCardFrame, type MoveTarget } from '../../ui/board';
import { PageHeader } from '../../ui/PageHeader';
import { DiagnoseCard } from './DiagnoseCard';
import { DiagnoseColumnView } from './DiagnoseColumn';
import { Reading } from './Reading';
import { RedFlags } from './RedFlags';
import { Suggestions } from './Suggestions';
import styles from './Diagnose.module.css';

const DiagnoseItemDialog = lazy(() =>
  import('./DiagnoseItemDialog').then((m) => ({ default: m.DiagnoseItemDialog })),
);

type DialogState = { mode: 'add'; column: DiagnoseColumn } | { mode: 'edit'; id: string } | null;

const COLUMNS = DIAGNOSE_COLUMNS.map((c) => ({ id: c, name: COLUMN_INFO[c].name }));
const EMPTY: readonly DiagnoseItem[] = [];

async function report<T extends UndoStep>(
  write: Promise<T>,
  options?: { announce?: boolean },
): Promise<T> {
  try {
    const step = await write;
    useFeedback.getState().written(step, options);
    return step;
  } catch (e) {
    useFeedback.getState().failed(messageOf(e), options);
    throw e;
  }
}

export function DiagnoseScreen() {
  const items = useDiagnoseItems();
  const redFlags = useSetting('redFlags');
  const [dialog, setDialog] = useState<DialogState>(null);
  // Suggestions on their way to the board: each can be clicked once, others stay clickable.
  const [adding, setAdding] = useState<ReadonlySet<string>>(() => new Set());

  const byColumn = useMemo(() => {
    const map = new Map<string, DiagnoseItem[]>(DIAGNOSE_COLUMNS.map((c) => [c, []]));
    for (const i of items ?? []) map.get(i.column)?.push(i);
    return map;
  }, [items]);

  const onOpen = useCallback((id: string) => setDialog({ mode: 'edit', id }), []);
  const onAdd = useCallback((column: DiagnoseColumn) => setDialog({ mode: 'add', column }), []);
  const onFit = useCallback(async (id: string, fit: IndustryFit) => {
    await report(setDiagnoseFit(id, fit));
  }, []);
  const onMove = useCallback(async (id: string, target: MoveTarget) => {
    // The board has said it: the toast is not read out again.
    await report(
      moveDiagnoseItem(id, {
        column: target.columnId as DiagnoseColumn,
        afterId: target.afterId,
        beforeId: target.beforeId,
      }),
      { announce: false },
    );
  }, []);
  const onPick = useCallback(async (s: Suggestion) => {
    setAdding((prev) => new Set(prev).add(s.title));
    try {
      await report(addDiagnoseItem({ title: s.title, column: s.column, fit: s.fit }));
    } catch {
      // already told
    } finally {
      setAdding((prev) => {
        const next = new Set(prev);
        next.delete(s.title);
        return next;
      });
    }
  }, []);
  const itemName = useCallback((i: DiagnoseItem) => i.title, []);
  const renderOverlay = useCallback(
    (i: DiagnoseItem) => (
      <BoardCardFrame>
        <DiagnoseCard id={i.id} title={i.title} note={i.note} column={i.column} fit={i.fit} />
      </BoardCardFrame>
    ),
    [],
  );

  if (!items) return <p role="status">Loading your board…</p>;
  // A ticked red flag comes first in the reading (the checklist below says where help is).
  const reading = readDiagnosis(items, redFlags ?? []);
  const editing = dialog?.mode === 'edit' ? items.find((i) => i.id === dialog.id) : undefined;

  return (
    <div className={styles.page}>
      <PageHeader title="Diagnose">
        Before you move, sort what you feel about your job now. The point is to learn whether
        industry takes away what you can’t stand, or whether it would follow you to any employer.
      </PageHeader>

      <Reading reading={reading} />

      <Board
        columns={COLUMNS}
        items={byColumn}
        itemName={itemName}
        onMove={onMove}
        renderOverlay={renderOverlay}
        columnNoun="column"
      >
        <div className={styles.board}>
          {DIAGNOSE_COLUMNS.map((c) => (
            <DiagnoseColumnView
              key={c}
              column={c}
              items={byColumn.get(c) ?? EMPTY}
              onOpen={onOpen}
              onFit={onFit}
              onAdd={onAdd}
            />
          ))}
        </div>
      </Board>
      <p className={styles.moveTip}>
        To move a card, drag it by its handle, or focus the handle and press Space, then the arrow
        keys. On a phone, hold the handle for a moment before dragging, or open the card and change
        its column.
      </p>

      <Suggestions open={openSuggestions(items)} onPick={(s) => void onPick(s)} adding={adding} />

      <RedFlags />

      {dialog && (dialog.mode === 'add' || editing) ? (
        <Suspense fallback={null}>
          <DiagnoseItemDialog
            item={editing}
            column={dialog.mode === 'add' ? dialog.column : undefined}
            onClose={() => setDialog(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
