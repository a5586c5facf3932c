/**
 * The peer for `npm run bench`: the same board built the usual way, as dnd-kit's documentation
 * and its "multiple containers" story show it. One SortableContext per month, useSortable on
 * every card, a DragOverlay for the card in hand, the rows read with Dexie's useLiveQuery (the
 * plan, then its cards: two transactions), cards moved between months in onDragOver and written
 * in onDragEnd. It reads the app's own database (same origin), so it shows the app's data.
 *
 * Collision detection: the story's strategy with `pointerWithin` only (no rectangle fallback),
 * as dnd-kit's maintainer advises for "Maximum update depth exceeded" (dnd-kit #1678, #552,
 * #784): with the rectangle fallback, a card held between two months flips back and forth and
 * the page crashed mid-drag at 1,000 cards.
 */
import {
  closestCenter,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { generateKeyBetween } from 'fractional-indexing';
import { useCallback, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { declareVersions, DATABASE_NAME } from '../../../src/db/database';

interface Card {
  id: string;
  planId: string;
  title: string;
  category: string;
  status: string;
  month: number;
  rank: string;
}
interface PlanRow {
  id: string;
  title: string;
  lengthMonths: number;
}
/** Card ids by column id ("m1" … "m12"), each column in rank order. */
type Items = Record<string, string[]>;

const db = new Dexie(DATABASE_NAME);
declareVersions(db);
const plans = db.table<PlanRow, string>('plans');
const milestones = db.table<Card, string>('milestones');

const columnId = (month: number) => `m${month}`;
const monthOf = (column: string) => Number(column.slice(1));

function group(cards: Card[], months: number): Items {
  const items: Items = {};
  for (let m = 1; m <= months; m++) items[columnId(m)] = [];
  const sorted = [...cards].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  for (const c of sorted) items[columnId(c.month)]?.push(c.id);
  return items;
}

function CardView({ card }: { card: Card }) {
  return (
    <>
      <strong>{card.title}</strong>
      <span>
        {card.category} · {card.status}
      </span>
    </>
  );
}

function SortableCard({ card }: { card: Card }) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: card.id,
  });
  return (
    <li
      ref={setNodeRef}
      className="card"
      data-card={card.id}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.5 : undefined,
      }}
      {...attributes}
      {...listeners}
    >
      <CardView card={card} />
    </li>
  );
}

function Column({ id, ids, byId }: { id: string; ids: string[]; byId: Map<string, Card> }) {
  const { setNodeRef } = useDroppable({ id });
  return (
    <section className="column" data-column={monthOf(id)} aria-label={`Month ${monthOf(id)}`}>
      <h2>Month {monthOf(id)}</h2>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef}>
          {ids.map((cardId) => {
            const card = byId.get(cardId);
            return card ? <SortableCard key={cardId} card={card} /> : null;
          })}
        </ol>
      </SortableContext>
    </section>
  );
}

function Board({ plan }: { plan: PlanRow }) {
  const cards = useLiveQuery(() => milestones.where('planId').equals(plan.id).toArray(), [plan.id]);
  const byId = useMemo(() => new Map((cards ?? []).map((c) => [c.id, c])), [cards]);
  const stored = useMemo(() => group(cards ?? [], plan.lengthMonths), [cards, plan.lengthMonths]);
  // While a card is in hand its moves between months live here; the database has the rest.
  const [dragged, setDragged] = useState<Items | null>(null);
  const items = dragged ?? stored;
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewColumn = useRef(false);

  const findColumn = useCallback(
    (id: UniqueIdentifier) =>
      String(id) in items
        ? String(id)
        : Object.keys(items).find((k) => items[k]?.includes(String(id))),
    [items],
  );

  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const hits = pointerWithin(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId != null) {
        const inColumn = items[String(overId)];
        if (inColumn?.length) {
          overId =
            closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter(
                (c) => c.id !== overId && inColumn.includes(String(c.id)),
              ),
            })[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (movedToNewColumn.current) lastOverId.current = activeId;
      return lastOverId.current ? [{ id: lastOverId.current }] : [];
    },
    [activeId, items],
  );

  const sensors = useSensors(
    useSensor(MouseSensor),
    useSensor(TouchSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const active = activeId ? byId.get(String(activeId)) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={({ active: a }) => {
        setActiveId(a.id);
        setDragged(stored);
      }}
      onDragOver={({ active: a, over }) => {
        const overId = over?.id;
        if (overId == null) return;
        const from = findColumn(a.id);
        const to = findColumn(overId);
        if (!from || !to || from === to) return;
        setDragged((prev) => {
          const current = prev ?? stored;
          const target = current[to] ?? [];
          const at = String(overId) in current ? target.length : target.indexOf(String(overId));
          movedToNewColumn.current = true;
          requestAnimationFrame(() => (movedToNewColumn.current = false));
          return {
            ...current,
            [from]: (current[from] ?? []).filter((x) => x !== a.id),
            [to]: [...target.slice(0, at), String(a.id), ...target.slice(at)],
          };
        });
      }}
      onDragEnd={({ active: a, over }) => {
        const column = findColumn(a.id);
        const card = byId.get(String(a.id));
        setActiveId(null);
        if (!column || !card || over == null) return setDragged(null);
        const inColumn = items[column] ?? [];
        const from = inColumn.indexOf(card.id);
        const to = inColumn.indexOf(String(over.id));
        const list = to >= 0 && to !== from ? arrayMove(inColumn, from, to) : inColumn;
        const i = list.indexOf(card.id);
        const rankOf = (id: string | undefined) => (id ? byId.get(id)?.rank : undefined) ?? null;
        let rank = card.rank;
        try {
          rank = generateKeyBetween(rankOf(list[i - 1]), rankOf(list[i + 1]));
        } catch {
          // neighbours out of order: keep the card's own rank
        }
        void milestones
          .update(card.id, { month: monthOf(column), rank })
          .finally(() => setDragged(null));
      }}
      onDragCancel={() => {
        setActiveId(null);
        setDragged(null);
      }}
    >
      <div className="board">
        {Object.keys(items).map((id) => (
          <Column key={id} id={id} ids={items[id] ?? []} byId={byId} />
        ))}
      </div>
      <DragOverlay>
        {active ? (
          <div className="card">
            <CardView card={active} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

function App() {
  const plan = useLiveQuery(() => plans.toCollection().first(), []);
  return plan ? <Board plan={plan} /> : <p>Loading…</p>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
