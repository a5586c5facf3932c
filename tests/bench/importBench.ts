/**
 * Rough in-browser measurement of a 10,000-record backup import against a raw Dexie bulkPut of
 * the same records (run by tests/bench/import-bench.mjs). Reports times and the longest task.
 */
import Dexie from 'dexie';
import { generateNKeysBetween } from 'fractional-indexing';
import { createBackupFile, importBackup, readBackup } from '../../src/db/backup';
import { declareVersions, SCHEMA_VERSION } from '../../src/db/database';
import { checksumOf } from '../../src/domain/checksum';

const N = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const stamp = '2027-03-01T09:30:00.000Z';

function rows() {
  const plan = { id: 'plan-1', title: 'My pivot plan', startMonth: '2027-01', lengthMonths: 12, createdAt: stamp, updatedAt: stamp };
  const ranks = generateNKeysBetween(null, null, N - 1);
  const milestones = Array.from({ length: N - 1 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    planId: 'plan-1',
    title: `Milestone ${i}: talk to someone in medical affairs`,
    description: 'A realistic description of a step in the plan, long enough to look like what people write.',
    notes: i % 3 ? '' : 'Some notes about the call, a name, and what to do next week.',
    month: (i % 12) + 1,
    baselineMonth: (i % 12) + 1,
    rank: ranks[i] ?? 'a0',
    status: 'todo',
    category: 'other',
    templateKey: null,
    doneOn: null,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  return { plans: [plan], milestones, settings: [] as unknown[] };
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

/** The longest task that overlaps [from, to] (a task may start just before `from`). */
const maxTaskIn = (from: number, to: number) =>
  Math.max(0, ...longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => Math.round(t.duration)));

const settle = () => new Promise((r) => setTimeout(r, 300));

async function run() {
  const tables = rows();
  const results: Record<string, number | string> = { records: N };

  // Baseline: one bulkPut of all rows into an empty database with the same schema.
  const raw = new Dexie('bench-raw');
  declareVersions(raw, SCHEMA_VERSION);
  await raw.open();
  const copy = structuredClone(tables.milestones);
  await settle();
  let t0 = performance.now();
  await raw.table('milestones').bulkPut(copy);
  let t1 = performance.now();
  results.rawBulkPutMs = Math.round(t1 - t0);
  results.rawBulkPutMaxTaskMs = maxTaskIn(t0, t1);
  raw.close();
  await Dexie.delete('bench-raw');

  // The app's import: file text → read and check (sliced) → replace everything (one transaction).
  const text = JSON.stringify({ format: 'pivotboard-backup', formatVersion: 1, schemaVersion: SCHEMA_VERSION, exportedAt: stamp, kind: 'backup', tables, checksum: await checksumOf(tables) });
  results.fileMB = (text.length / 1024 / 1024).toFixed(1);
  await settle();
  t0 = performance.now();
  const result = await readBackup(text);
  t1 = performance.now();
  if (result.locked) throw new Error('locked');
  results.readAndCheckMs = Math.round(t1 - t0);
  results.readAndCheckMaxTaskMs = maxTaskIn(t0, t1);
  await settle();
  const t2 = performance.now();
  const marks: string[] = [];
  await importBackup(result.backup, { onProgress: (_s, f) => marks.push(`${Math.round(performance.now() - t2)}:${f.toFixed(2)}`) });
  const t3 = performance.now();
  if (new URLSearchParams(location.search).has('debug')) {
    results.marks = marks.join(' ');
    results.tasks = longTasks.filter((t) => t.start + t.duration >= t2).map((t) => `${Math.round(t.start - t2)}+${Math.round(t.duration)}`).join(' ');
  }
  results.writeMs = Math.round(t3 - t2);
  results.writeMaxTaskMs = maxTaskIn(t2, t3);
  await settle();
  const t4 = performance.now();
  const exported = await createBackupFile();
  const t5 = performance.now();
  results.exportMs = Math.round(t5 - t4);
  results.exportMaxTaskMs = maxTaskIn(t4, t5);
  results.exportMB = (exported.text.length / 1024 / 1024).toFixed(1);
  results.writeVsRaw = (Number(results.writeMs) / Number(results.rawBulkPutMs)).toFixed(2);
  results.totalVsRaw = ((t1 - t0 + t3 - t2) / Number(results.rawBulkPutMs)).toFixed(2);
  return results;
}

run().then(
  (r) => {
    (window as { benchResult?: unknown }).benchResult = r;
    (document.getElementById('out') as HTMLElement).textContent = JSON.stringify(r, null, 2);
  },
  (e: unknown) => {
    (window as { benchResult?: unknown }).benchResult = { error: String(e) };
  },
);
