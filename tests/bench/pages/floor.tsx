/**
 * The "library floor" for first-load JavaScript: a page with only the libraries the Timeline
 * screen is built on (react, react-dom, dnd-kit, dexie, dexie-react-hooks, zustand), each used
 * the way the app uses it, so tree-shaking keeps what the app keeps. None of our code.
 */
import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { create, useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface Row {
  id: string;
  title: string;
}

class FloorDb extends Dexie {
  rows!: EntityTable<Row, 'id'>;
  constructor() {
    super('bench-floor');
    this.version(1).stores({ rows: 'id' });
  }
}
const db = new FloorDb();

const useUi = create<{ open: boolean; toggled: () => void }>()((set) => ({
  open: false,
  toggled: () => set((s) => ({ open: !s.open })),
}));
const session = createStore<{ active: string | null }>()(() => ({ active: null }));

const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

function Card({ row }: { row: Row }) {
  const { setNodeRef, listeners, attributes, transform } = useDraggable({ id: row.id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      {...attributes}
      {...listeners}
    >
      {row.title}
    </li>
  );
}

function Column() {
  const rows = useLiveQuery(() => db.rows.toArray(), []);
  const { setNodeRef } = useDroppable({ id: 'column' });
  return (
    <ol ref={setNodeRef}>
      {rows?.map((r) => (
        <Card key={r.id} row={r} />
      ))}
    </ol>
  );
}

function Floor() {
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor),
  );
  const open = useUi((s) => s.open);
  const toggled = useUi((s) => s.toggled);
  const active = useStore(session, (s) => s.active);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={(e) => session.setState({ active: String(e.active.id) })}
      onDragEnd={() => session.setState({ active: null })}
    >
      <button type="button" onClick={toggled}>
        {open ? 'Close' : 'Open'}
      </button>
      <Column />
      <DragOverlay>{active}</DragOverlay>
      {open ? createPortal(<p>Open</p>, document.body) : null}
    </DndContext>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
