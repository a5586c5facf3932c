/**
 * Controls for the benchmark, loaded from the same origin as the app so they read the app's
 * IndexedDB: the same rows, read with a plain Dexie query and shown as plain list items.
 *   ?mode=board&plan=<id>  the plan's milestones, all of them (the board's control)
 *   ?mode=calls            every call with toArray(), the first rows shown (the networking log's)
 * In board mode a pressed mouse drags a plain box, the control for pointer-move handling.
 */
import Dexie from 'dexie';
import { createRoot } from 'react-dom/client';
import { declareVersions, DATABASE_NAME } from '../../../src/db/database';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'board';
const FIRST_ROWS = 30;

interface Row {
  id: string;
  title?: string;
  day?: string;
  contactId?: string;
}

async function read(): Promise<Row[]> {
  const db = new Dexie(DATABASE_NAME);
  declareVersions(db);
  await db.open();
  if (mode === 'calls')
    return db.tables.some((t) => t.name === 'calls') ? db.table<Row>('calls').toArray() : [];
  return db
    .table<Row>('milestones')
    .where('planId')
    .equals(params.get('plan') ?? '')
    .toArray();
}

function Rows({ rows }: { rows: Row[] }) {
  const shown = mode === 'calls' ? rows.slice(0, FIRST_ROWS) : rows;
  return (
    <ul aria-label="Rows">
      {shown.map((r) => (
        <li key={r.id} data-row="">
          {r.title ?? `${r.day ?? ''} ${r.contactId ?? ''}`}
        </li>
      ))}
    </ul>
  );
}

const follower = document.getElementById('follower');
let down = false;
window.addEventListener('mousedown', () => {
  down = true;
});
window.addEventListener('mouseup', () => {
  down = false;
  if (follower) follower.style.display = 'none';
});
window.addEventListener('mousemove', (e) => {
  if (!down || !follower) return;
  follower.style.display = 'block';
  follower.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
});

void read().then((rows) => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Rows rows={rows} />);
});
