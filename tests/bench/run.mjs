// `npm run bench`: Pivotboard's performance figures, measured in Debian's Chromium against
// production builds, each against a control measured in the same run (README, "Performance").
//
// It builds the app (as shipped, and in bench mode with render counters and in-page controls),
// the library-floor page and the control pages; serves them on 127.0.0.1; writes the data as
// backup files and imports them through the app's Settings screen; then runs every figure
// RUNS times, app and control alternating, and prints a table with each figure's budget.
// The JSON of the run goes to tests/bench/results/ (git-ignored).
//
//   BENCH_RUNS=7 (at least 5 for the table)   BENCH_PORT=0 (0: any free port)
//   CHROMIUM_PATH=/usr/bin/chromium           BENCH_ONLY=load,board,networking,import,sync (a subset)
/* global window, document, requestAnimationFrame, indexedDB */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildAll } from './lib/build.mjs';
import { instrument } from './lib/inpage.mjs';
import { serve } from './lib/serve.mjs';
import { median, percentile, round } from './lib/stats.mjs';
import { analyseDrag, TRACE_CATEGORIES } from './lib/trace.mjs';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const OUT = `${ROOT}/dist-bench`;
const RESULTS = `${ROOT}/tests/bench/results`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const PORT = Number(process.env.BENCH_PORT ?? 0);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'load,board,networking,import,sync').split(','));

const CARDS = 1000;
const CALLS = 10_000;
const IMPORT_RECORDS = 10_000;
/** Mouse moves in the scripted drag, and how many months it crosses. */
const MOVES = 60;
const MONTHS_ACROSS = 6;
/** A 1440p desktop screen: Month 1 to Month 7 fit on it, so the board does not scroll under the drag. */
const VIEWPORT = { width: 2560, height: 1440 };
/** The calls list, found by its accessible name (features/networking/CallList.tsx). */
const CALL_LIST_NAME = 'Calls, newest first';
const PLAN_ID = '00000000-0000-4000-8000-00000000b001'; // tests/bench/pages/data.ts
const DATABASE_NAME = 'pivotboard'; // src/db/database.ts
const milestoneId = (i) => `00000000-0000-4000-8001-${String(i).padStart(12, '0')}`;

const started = Date.now();
const loadAverages = [os.loadavg()];
const log = (...args) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);
const debug = process.env.BENCH_VERBOSE ? log : () => undefined;

/** Chromium and its flags: the e2e tests' (tests/e2e/chromium.ts; Node 20 cannot import .ts). */
async function chromiumOptions() {
  const source = await readFile(`${ROOT}/tests/e2e/chromium.ts`, 'utf8');
  const list = source.match(/CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/)?.[1];
  if (!list) throw new Error('Could not read the Chromium flags from tests/e2e/chromium.ts');
  const args = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  return { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args, headless: true };
}

// ---------------------------------------------------------------------------------------------
// 1. First-load JavaScript (static: the builds' manifests)

async function firstLoad() {
  const gz = async (dir, file) => gzipSync(await readFile(`${dir}/${file}`)).length;
  const closure = (manifest, keys) => {
    const files = new Set();
    const walk = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const k of chunk.imports ?? []) walk(k);
    };
    keys.forEach(walk);
    return [...files].filter((f) => f.endsWith('.js'));
  };
  const sum = async (dir, files) => {
    const sizes = await Promise.all(files.map(async (f) => [f, await gz(dir, f)]));
    return { bytes: sizes.reduce((n, [, b]) => n + b, 0), files: Object.fromEntries(sizes) };
  };
  const app = JSON.parse(await readFile(`${OUT}/prod/.vite/manifest.json`, 'utf8'));
  // The shell and the Timeline screen with what they import. Not the service worker's
  // registration: it loads after the page's load event, in an idle moment (src/app/serviceWorker.ts).
  const keys = Object.keys(app).filter(
    (k) => k === 'index.html' || k.endsWith('src/features/timeline/TimelineScreen.tsx'),
  );
  const floor = JSON.parse(await readFile(`${OUT}/floor/.vite/manifest.json`, 'utf8'));
  return {
    app: await sum(`${OUT}/prod`, closure(app, keys)),
    floor: await sum(`${OUT}/floor`, closure(floor, ['floor.html'])),
  };
}

// ---------------------------------------------------------------------------------------------
// Pages

async function openPage(context, watches = []) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(instrument, { watches });
  return page;
}

const painted = (page, name, timeout = 120_000) =>
  page
    .waitForFunction((n) => window.__bench.painted[n] !== undefined, name, { timeout, polling: 50 })
    .then(() => page.evaluate((n) => window.__bench.painted[n], name));

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Two frames: the move's render, then the effects it scheduled after painting. */
const nextFrames = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

// ---------------------------------------------------------------------------------------------
// Data: backup files written by the app's own code, imported through Settings

async function makeData(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/bench/seed.html`);
  await page.waitForFunction(() => '__backupText' in window);
  const tables = await page.evaluate(() => window.__tableNames);
  const now = new Date();
  const startMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const hasCalls = tables.includes('calls') && tables.includes('contacts');
  const specs = {
    board: { startMonth, milestones: CARDS, contacts: 0, calls: 0 },
    ...(hasCalls ? { networking: { startMonth, milestones: 0, contacts: 500, calls: CALLS } } : {}),
    import: hasCalls
      ? { startMonth, milestones: 999, contacts: 500, calls: IMPORT_RECORDS - 1 - 999 - 500 }
      : { startMonth, milestones: IMPORT_RECORDS - 1, contacts: 0, calls: 0 },
  };
  await mkdir(`${OUT}/data`, { recursive: true });
  const files = {};
  for (const [name, spec] of Object.entries(specs)) {
    const { text, records } = await page.evaluate((s) => window.__backupText(s), spec);
    const path = `${OUT}/data/${name}.json`;
    await writeFile(path, text);
    files[name] = { path, url: `/data/${name}.json`, records, bytes: text.length };
  }
  await page.close();
  return files;
}

/** Import a backup file through Settings (choose the file, then Replace everything); returns the page's timings. */
async function importThroughApp(page, base, file) {
  debug(`import ${file.url}: opening Settings`);
  await page.goto(`${base}/#/settings`);
  const input = page.getByLabel('Import backup');
  await input.waitFor({ state: 'attached' });
  debug('choosing the file');
  const confirm = page.evaluate(() =>
    window.__bench.watch('confirm', () =>
      [...document.querySelectorAll('button')].some(
        (b) => b.textContent?.trim() === 'Replace everything',
      ),
    ),
  );
  await input.setInputFiles(file.path);
  await confirm;
  debug('replacing everything');
  const done = page.evaluate(() =>
    window.__bench.watch('imported', () =>
      [...document.querySelectorAll('[role="status"], [role="alert"]')].some((s) =>
        /^(Imported |This file was not imported)/.test((s.textContent ?? '').trim()),
      ),
    ),
  );
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await done;
  debug('imported');
  const refused = page.getByRole('alert').filter({ hasText: 'This file was not imported' });
  const problem = (await refused.count()) ? await refused.first().textContent() : null;
  if (problem)
    throw new Error(`The app refused the benchmark's backup file ${file.url}: ${problem}`);
  return page.evaluate(() => {
    const b = window.__bench;
    return {
      change: b.change,
      confirm: b.painted.confirm,
      click: b.click,
      imported: b.painted.imported,
      longTasks: b.longTasks,
    };
  });
}

const longestIn = (tasks, windows) =>
  Math.max(
    0,
    ...tasks
      .filter((t) => windows.some(([from, to]) => t.start + t.duration >= from && t.start <= to))
      .map((t) => t.duration),
  );

// ---------------------------------------------------------------------------------------------
// 2, 3, 4, 7. The 1,000-card board: ready, heap, a drag across six months, the drop

async function dragAcross(browser, page, from, to) {
  await page.evaluate(() => {
    window.__bench.moves = [];
    window.__bench.up = null;
    window.__bench.recording = true;
  });
  await page.mouse.move(from.x, from.y);
  await nextFrames(page);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) {
    const f = i / MOVES;
    // Across, with a gentle wave so the drop line also moves within the columns.
    await page.mouse.move(from.x + (to.x - from.x) * f, from.y + Math.sin(f * Math.PI * 2) * 40);
    await nextFrames(page);
  }
  await page.mouse.move(to.x, to.y);
  await nextFrames(page);
  await page.mouse.up();
  return async () => {
    const trace = analyseDrag(await browser.stopTracing());
    const b = await page.evaluate(() => ({ moves: window.__bench.moves, up: window.__bench.up }));
    const counts = (name) => {
      const marks = [...b.moves.map((m) => m.renders[name] ?? 0), b.up?.renders[name] ?? 0];
      return marks.slice(1).map((n, i) => n - (marks[i] ?? 0));
    };
    return {
      trace,
      cards: counts('MilestoneCard'),
      items: counts('BoardItem'),
      columns: counts('MonthColumn'),
      up: b.up,
    };
  };
}

/**
 * One load of the board and of the plain list, not counted: the first load of each fetched and
 * compiled its code cold, and the app, with more code, paid more for it (its first run's ratio
 * was up to 1.5 times the others').
 */
async function warmBoard(context, base) {
  for (const [url, selector] of [
    [`${base}/#/timeline`, '[data-board-item] button[aria-label^="Move "]'],
    [`${base}/bench/control.html?mode=board&plan=${PLAN_ID}`, 'li[data-row]'],
  ]) {
    const page = await openPage(context, [{ name: 'ready', selector, count: CARDS }]);
    await page.goto(url);
    await painted(page, 'ready');
    await page.close();
  }
}

async function boardRound(browser, context, base, round) {
  // App: navigation → 1,000 cards painted (the drag handles are the cards' own buttons).
  const page = await openPage(context, [
    { name: 'ready', selector: '[data-board-item] button[aria-label^="Move "]', count: CARDS },
  ]);
  await page.goto(`${base}/#/timeline`);
  const ready = await painted(page, 'ready');
  const rendersAtLoad = await page.evaluate(() => window.__pivotRenders?.MilestoneCard ?? 0);
  if (rendersAtLoad < CARDS)
    throw new Error('The bench build has no render counter (is MODE "bench"?)');
  const heap = await heapMB(page);

  const id = milestoneId(2 + round); // the third card of Month 1 (the cards before it moved away)
  const handle = page.locator(`[data-board-item="${id}"] button[aria-label^="Move "]`);
  const target = page.getByRole('region', { name: new RegExp(`^Month ${1 + MONTHS_ACROSS} · `) });
  const hb = await handle.boundingBox();
  const tb = await target.boundingBox();
  if (!hb || !tb) throw new Error('The card or Month 7 is not on screen');
  const from = { x: hb.x + hb.width / 2, y: hb.y + hb.height / 2 };
  const to = { x: tb.x + tb.width / 2, y: from.y };
  if (to.x > VIEWPORT.width - 40) throw new Error(`Month 7 is off screen (x ${to.x})`);

  const finish = await dragAcross(browser, page, from, to);
  // The drop: its write, and anything else written in the second after it.
  await page.waitForFunction(
    () =>
      window.__bench.up &&
      window.__bench.tx.some(
        (t) => t.mode === 'readwrite' && t.created >= window.__bench.up.ts && t.completed !== null,
      ),
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1000);
  const tx = await page.evaluate(() => window.__bench.tx.filter((t) => t.mode === 'readwrite'));
  const upTs = await page.evaluate(() => window.__bench.up.ts);
  const dropTx = tx.find((t) => t.created >= upTs && t.stores.includes('milestones'));
  const committed = dropTx.completed - upTs;
  const rows = tx
    .filter((t) => t.created >= upTs && t.created <= dropTx.completed + 1000)
    .reduce((n, t) => n + t.writes, 0);

  // Control in the same page, while the drag's trace still records (tracing slows IndexedDB's
  // events as it slows the drop's): one raw Dexie put of one row.
  const raw = await page.evaluate((rowId) => window.__pivotBench.rawPut(rowId), id);
  await page.waitForFunction(
    (start) => window.__bench.tx.some((t) => t.created >= start && t.completed !== null),
    raw.start,
  );
  const rawTx = await page.evaluate(
    (start) => window.__bench.tx.find((t) => t.created >= start && t.mode === 'readwrite'),
    raw.start,
  );
  const rawPut = rawTx.completed - raw.start;
  const drag = await finish();
  const landed = await page
    .getByRole('region', { name: new RegExp(`^Month ${1 + MONTHS_ACROSS} · `) })
    .locator(`[data-board-item="${id}"]`)
    .count();
  if (landed !== 1) throw new Error('The dragged card did not land in Month 7');
  await page.close();

  // Control page: the same rows read with Dexie and shown as plain list items; then the same drag on it.
  const control = await openPage(context, [
    { name: 'ready', selector: 'li[data-row]', count: CARDS },
  ]);
  await control.goto(`${base}/bench/control.html?mode=board&plan=${PLAN_ID}`);
  const controlReady = await painted(control, 'ready');
  const controlHeap = await heapMB(control);
  const controlFinish = await dragAcross(browser, control, from, to);
  await control.waitForTimeout(300);
  const controlDrag = await controlFinish();
  await control.close();

  return {
    ready,
    controlReady,
    heap,
    controlHeap,
    moves: drag.trace.perMove,
    controlMoves: controlDrag.trace.perMove,
    p95: percentile(drag.trace.perMove, 95),
    controlP95: percentile(controlDrag.trace.perMove, 95),
    longTasks: drag.trace.longTasks,
    longestTask: drag.trace.longest,
    cardRenders: drag.cards,
    itemRenders: drag.items,
    columnRenders: drag.columns,
    committed,
    /** Of `committed`: from the mouse-up until the move's transaction starts (the drop's own handling). */
    untilWrite: dropTx.created - upTs,
    rawPut,
    rows,
    slowMovesProfile: drag.trace.slowMovesProfile,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. The networking log with 10,000 calls

async function networkingRound(context, base) {
  const page = await openPage(context, [
    { name: 'screen', selector: 'h1', text: 'Networking' },
    { name: 'rows', selector: 'ul, ol, [role="list"]', label: CALL_LIST_NAME, child: 'li' },
  ]);
  await page.goto(`${base}/#/networking`);
  const rows = await painted(page, 'rows', 60_000);
  const screen = await page.evaluate(() => window.__bench.painted.screen);
  const list = page.getByRole('list', { name: CALL_LIST_NAME });
  const firstRow = await list.getByRole('listitem').first().boundingBox();
  const inView = Boolean(firstRow && firstRow.y >= 0 && firstRow.y < VIEWPORT.height);
  await page.close();

  const control = await openPage(context, [{ name: 'rows', selector: 'li[data-row]' }]);
  await control.goto(`${base}/bench/control.html?mode=calls`);
  const controlRows = await painted(control, 'rows');
  await control.close();
  return { rows, screen, controlRows, inView, firstRowY: firstRow?.y ?? null };
}

// ---------------------------------------------------------------------------------------------
// 5. Importing a 10,000-record backup

/**
 * A new browser's state for the app: its database deleted and its local storage cleared, from a
 * page of the same origin that does not open that database (the floor page). The app then starts
 * as on a first visit, with the default plan, and an import replaces only that.
 */
async function forgetApp(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/floor/floor.html`);
  const outcome = await page.evaluate(
    (name) =>
      new Promise((resolve) => {
        localStorage.clear();
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`error: ${request.error?.message}`);
        setTimeout(() => resolve('still open elsewhere after 10 s'), 10_000);
      }),
    DATABASE_NAME,
  );
  await page.close();
  if (outcome !== 'deleted') throw new Error(`Could not delete the app's database: ${outcome}`);
}

async function importRound(context, base, file) {
  const page = await openPage(context);
  const t = await importThroughApp(page, base, file);
  const readCheck = t.confirm - t.change;
  const write = t.imported - t.click;
  const longest = longestIn(t.longTasks, [
    [t.change, t.confirm],
    [t.click, t.imported],
  ]);
  const raw = await page.evaluate((url) => window.__pivotBench.rawBulkPut(url), file.url);
  debug('raw bulkPut done');
  const rawLongTasks = await page.evaluate(() => window.__bench.longTasks);
  await page.close();
  return {
    total: readCheck + write,
    readCheck,
    write,
    longest,
    /** Each task over 50 ms: in which step, and how far into it. */
    longTasksAt: t.longTasks
      .filter((x) => x.start + x.duration >= t.change && x.start <= t.imported)
      .map((x) =>
        x.start < t.click
          ? { step: 'read and check', at: x.start - t.change, ms: x.duration }
          : { step: 'write', at: x.start - t.click, ms: x.duration },
      ),
    raw: raw.end - raw.start,
    rawLongest: longestIn(rawLongTasks, [[raw.start, raw.end]]),
    records: raw.records,
  };
}

// ---------------------------------------------------------------------------------------------
// The report

const ms = (x) => `${round(x, x < 10 ? 1 : 0)} ms`;
const kb = (x) => `${round(x / 1024, 1)} KB`;
const mb = (x) => `${round(x, 1)} MB`;
const ratio = (x) => `${round(x, 2)}×`;

function table(rows) {
  const head = ['Figure', 'App', 'Control', 'Result', 'Budget', ''];
  const cells = rows.map((r) => [
    r.figure,
    r.app ?? '',
    r.control ?? '',
    r.result,
    r.budget ?? '—',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((x, i) => String(x).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

const pairRatio = (runs, app, control) => median(runs.map((r) => r[app] / r[control]));

function report(results) {
  const rows = [];
  const { load, board, networking, imports } = results;
  if (load) {
    const r = load.app.bytes / load.floor.bytes;
    rows.push({
      figure: '1. First-load JS, gzip (Timeline)',
      app: kb(load.app.bytes),
      control: `${kb(load.floor.bytes)} floor`,
      result: ratio(r),
      budget: '≤ 1.15× floor',
      pass: r <= 1.15,
    });
  }
  if (board) {
    const r = pairRatio(board, 'ready', 'controlReady');
    rows.push({
      figure: `2. Board ready, ${CARDS} cards`,
      app: ms(median(board.map((b) => b.ready))),
      control: ms(median(board.map((b) => b.controlReady))),
      result: ratio(r),
      budget: '≤ 2× plain list',
      pass: r <= 2,
    });
    const longest = median(board.map((b) => b.longestTask));
    const worst = Math.max(...board.map((b) => b.longestTask));
    const count = board.reduce((n, b) => n + b.longTasks.length, 0);
    rows.push({
      figure: '3. Drag: longest task',
      app: ms(longest),
      result: `${count} over 50 ms in ${board.length} drags (worst ${ms(worst)})`,
      budget: 'none > 50 ms in any drag',
      pass: count === 0 && worst <= 50,
    });
    const p95 = median(board.map((b) => b.p95));
    rows.push({
      figure: `3. Drag: pointer-move p95 (${MOVES} moves)`,
      app: ms(p95),
      control: ms(median(board.map((b) => b.controlP95))),
      result: ms(p95),
      budget: '≤ 16 ms',
      pass: p95 <= 16,
    });
    const cards = median(board.map((b) => Math.max(...b.cardRenders)));
    const items = median(board.map((b) => Math.max(...b.itemRenders)));
    rows.push({
      figure: '3. Drag: card re-renders per move (max)',
      app: `${cards} cards, ${items} items`,
      result: String(cards),
      budget: '≤ 3',
      pass: cards <= 3,
    });
    const rowsWritten = median(board.map((b) => b.rows));
    rows.push({
      figure: '4. Drop: rows written',
      app: String(rowsWritten),
      result: String(rowsWritten),
      budget: '1',
      pass: rowsWritten === 1,
    });
    const c = pairRatio(board, 'committed', 'rawPut');
    rows.push({
      figure: '4. Drop to committed',
      app: ms(median(board.map((b) => b.committed))),
      control: `${ms(median(board.map((b) => b.rawPut)))} raw put`,
      result: ratio(c),
      budget: '≤ 1.5× raw put',
      pass: c <= 1.5,
    });
  }
  if (imports) {
    const r = pairRatio(imports, 'total', 'raw');
    rows.push({
      figure: `5. Import ${imports[0].records.toLocaleString('en-US')} records, replacing as many`,
      app: ms(median(imports.map((i) => i.total))),
      control: `${ms(median(imports.map((i) => i.raw)))} bulkPut`,
      result: ratio(r),
      budget: '≤ 1.5× raw bulkPut',
      pass: r <= 1.5,
    });
    const fresh = results.freshImports;
    if (fresh?.length) {
      const f = pairRatio(fresh, 'total', 'raw');
      rows.push({
        figure: '5. … into a new browser (no budget)',
        app: ms(median(fresh.map((i) => i.total))),
        control: `${ms(median(fresh.map((i) => i.raw)))} bulkPut`,
        result: ratio(f),
      });
    }
    const all = [...imports, ...(fresh ?? [])];
    const longest = median(all.map((i) => i.longest));
    const over = all.filter((i) => i.longest > 50).length;
    rows.push({
      figure: '5. Import: longest task (median)',
      app: longest ? ms(longest) : '< 50 ms',
      control: `${ms(median(all.map((i) => i.rawLongest)))} bulkPut`,
      result: `${over} of ${all.length} imports had one over 50 ms`,
      budget: 'none > 50 ms in any import',
      pass: over === 0,
    });
  }
  if (networking?.skipped)
    rows.push({
      figure: '6. Networking log, 10,000 calls',
      result: `not measured: ${networking.skipped}`,
    });
  else if (networking) {
    const r = pairRatio(networking.runs, 'rows', 'controlRows');
    rows.push({
      figure: `6. Networking log, ${CALLS.toLocaleString('en-US')} calls`,
      app: ms(median(networking.runs.map((n) => n.rows))),
      control: `${ms(median(networking.runs.map((n) => n.controlRows)))} toArray`,
      result: ratio(r),
      budget: '≤ 1.2× raw toArray',
      pass: r <= 1.2,
    });
    const gap = median(networking.runs.map((n) => n.rows - n.screen));
    const inView = networking.runs.every((n) => n.inView);
    rows.push({
      figure: '6. First rows with the screen',
      app: `+${ms(gap)} after heading`,
      result: `${gap <= 1 ? 'same frame' : `+${ms(gap)}`}, ${inView ? 'in view' : 'below the fold'}`,
      budget: 'at once',
      pass: gap <= 1 && inView,
    });
  }
  if (board) {
    rows.push({
      figure: `7. JS heap after the board`,
      app: mb(median(board.map((b) => b.heap))),
      control: mb(median(board.map((b) => b.controlHeap))),
      result: ratio(pairRatio(board, 'heap', 'controlHeap')),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  log(`Building (app as shipped, app in bench mode, floor and control pages) into dist-bench/ …`);
  await buildAll(ROOT, OUT);
  const results = { board: null, networking: null, imports: null, freshImports: null, load: null };
  if (ONLY.has('load')) results.load = await firstLoad();
  const server = await serve(OUT, PORT);
  const options = await chromiumOptions();
  const browser = await chromium.launch(options);
  log(`Serving on ${server.base}; Chromium ${browser.version()}`);
  let files;
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    files = await makeData(context, server.base);
    log(
      `Backup files: ${Object.entries(files)
        .map(([k, f]) => `${k} ${f.records} records (${round(f.bytes / 1048576, 1)} MB)`)
        .join(', ')}`,
    );

    if (ONLY.has('board')) {
      const seeding = await openPage(context);
      await importThroughApp(seeding, server.base, files.board);
      await seeding.close();
      await warmBoard(context, server.base);
      results.board = [];
      for (let i = 0; i < RUNS; i++) {
        results.board.push(await boardRound(browser, context, server.base, i));
        const b = results.board.at(-1);
        log(
          `board ${i + 1}/${RUNS}: ready ${ms(b.ready)} (control ${ms(b.controlReady)}), move p95 ${ms(b.p95)}, drop ${ms(b.committed)} (${ms(b.untilWrite)} before its transaction; raw put ${ms(b.rawPut)})`,
        );
      }
    }
    if (ONLY.has('networking')) {
      if (!files.networking)
        results.networking = {
          skipped: 'this version has no calls table (the Networking screen is not merged)',
        };
      else {
        const seeding = await openPage(context);
        await importThroughApp(seeding, server.base, files.networking);
        await seeding.close();
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          runs.push(await networkingRound(context, server.base));
          log(
            `networking ${i + 1}/${RUNS}: first rows ${ms(runs.at(-1).rows)} (control ${ms(runs.at(-1).controlRows)})`,
          );
        }
        results.networking = { runs };
      }
    }
    if (ONLY.has('import')) {
      // A first import, not counted: later runs all replace the same 10,000 records.
      const warm = await openPage(context);
      await importThroughApp(warm, server.base, files.import);
      await warm.close();
      results.imports = [];
      for (let i = 0; i < RUNS; i++) {
        results.imports.push(await importRound(context, server.base, files.import));
        const r = results.imports.at(-1);
        log(
          `import ${i + 1}/${RUNS}: ${ms(r.total)} (read and check ${ms(r.readCheck)}, write ${ms(r.write)}; raw bulkPut ${ms(r.raw)}), longest task ${ms(r.longest)}`,
        );
      }
      // The same file into a new browser (only the default plan there): what the replacing runs
      // above add is reading the 10,000 records they replace, for Undo, and clearing them.
      results.freshImports = [];
      for (let i = 0; i < RUNS; i++) {
        await forgetApp(context, server.base);
        results.freshImports.push(await importRound(context, server.base, files.import));
        const r = results.freshImports.at(-1);
        log(
          `import into a new browser ${i + 1}/${RUNS}: ${ms(r.total)} (read and check ${ms(r.readCheck)}, write ${ms(r.write)}; raw bulkPut ${ms(r.raw)}), longest task ${ms(r.longest)}`,
        );
      }
    }
    results.chromium = browser.version();
  } finally {
    await browser.close();
    await server.close();
  }

  loadAverages.push(os.loadavg());
  const rows = report(results);
  const when = new Date();
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: results.chromium,
    loadAverage: {
      start: loadAverages[0].map((x) => round(x, 2)),
      end: loadAverages[1].map((x) => round(x, 2)),
    },
  };
  const summary = {
    date: when.toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
    runs: RUNS,
    seconds: Math.round((Date.now() - started) / 1000),
    machine,
    table: rows,
    files,
    results,
  };
  await mkdir(RESULTS, { recursive: true });
  const name = `bench-${when.toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(`${RESULTS}/${name}`, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(`${RESULTS}/latest.json`, `${JSON.stringify(summary, null, 2)}\n`);

  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(
    `${when.toISOString().slice(0, 16).replace('T', ' ')} · ${machine.cores} × ${machine.cpu} · ${machine.memoryGB} GB · Chromium ${machine.chromium} · ` +
      `load average ${machine.loadAverage.start.join(' ')} → ${machine.loadAverage.end.join(' ')} · median of ${RUNS} runs · ${summary.seconds} s`,
  );
  console.log(`Results: tests/bench/results/${name}`);
  if (RUNS < 5) console.log('(fewer than 5 runs: not a figure to quote)');
}

await main();
// Sync's figures (tests/bench/sync.mjs) need their own relay and two browsers: after the rest.
if (ONLY.has('sync')) await (await import('./sync.mjs')).runSyncBench();
