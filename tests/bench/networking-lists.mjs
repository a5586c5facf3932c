/* global document, indexedDB, requestAnimationFrame, HTMLInputElement, getComputedStyle, window */
// How the Networking screen copes with 10,000 calls and 2,000 contacts, measured in Chromium
// against the production build. Prints numbers; asserts nothing (timings belong here, not in tests).
//
//   npx vite build && node tests/bench/networking-lists.mjs        (BENCH_PORT=4201 by default)
//
// It fills IndexedDB directly (as an imported backup would), then reloads the screen and times:
// - raw:     IDBObjectStore.getAll() of all calls and all contacts (what Dexie's toArray() does);
// - first:   navigation start → the first call row on screen, with the whole screen computed;
// - search:  a keystroke in "Search calls" → the filtered list painted;
// - log:     Save in the call dialog → "This week" updated (all 10,000 rows re-read and recounted);
// - scroll:  frame times while the call list is scrolled from top to bottom;
// - rows:    how many call rows are in the DOM (the list is virtualised).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

// The flags of tests/e2e/chromium.ts (Node 20 cannot import that .ts file from a script).
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const PORT = Number(process.env.BENCH_PORT ?? 4201);
const CALLS = Number(process.env.BENCH_CALLS ?? 10_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 2_000);
const RUNS = 5;
const base = `http://127.0.0.1:${PORT}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${base} (run "npx vite build" first)`);
}

await waitForServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const firstRow = '[aria-label="Calls, newest first"] li';

try {
  await page.goto(`${base}/#/networking`);
  await page.getByText(/^This week:/).waitFor();

  // An empty database first, for comparison.
  const emptyFirst = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.getByText(/^This week:/).waitFor();
    emptyFirst.push(await page.evaluate(() => performance.now()));
  }

  await page.evaluate(
    async ({ calls, contacts }) => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('pivotboard');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const roles = [
        'medical-affairs',
        'clinical-development',
        'medtech',
        'health-tech',
        'payer',
        'other',
        null,
      ];
      const channels = ['call', 'video', 'coffee', 'message'];
      const stamp = new Date().toISOString();
      const day = (n) => {
        const d = new Date();
        d.setDate(d.getDate() - n);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const tx = db.transaction(['contacts', 'calls'], 'readwrite');
      for (let i = 0; i < contacts; i++) {
        tx.objectStore('contacts').put({
          id: `bench-contact-${i}`,
          name: `Contact ${String(i).padStart(4, '0')} Example`,
          title: i % 3 ? 'Medical Director' : 'MSL',
          company: `Company ${i % 97}`,
          roleType: roles[i % roles.length],
          linkedInUrl: i % 5 ? '' : `https://www.linkedin.com/in/contact-${i}`,
          howWeMet: i % 4 ? '' : 'Introduced by a colleague',
          notes: '',
          mentionOk: i % 2 === 0,
          checkInWeeks: i % 6 ? null : 6,
          checkedInOn: null,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      for (let i = 0; i < calls; i++) {
        const d = day(Math.floor((i * 730) / calls) - 7); // two years back, a week of planned calls ahead
        tx.objectStore('calls').put({
          id: `bench-call-${i}`,
          contactId: `bench-contact-${i % contacts}`,
          day: d,
          channel: channels[i % 4],
          notes:
            i % 3
              ? ''
              : 'Talked about the move from clinical work, what the role is really like, and who else to ask.',
          followUpOn: i % 50 === 0 ? day(Math.floor((i * 730) / calls) - 14) : null,
          followUpDoneOn: null,
          mentionOk: i % 2 === 0,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { calls: CALLS, contacts: CONTACTS },
  );

  const raw = [];
  for (let i = 0; i < RUNS; i++) {
    raw.push(
      await page.evaluate(async () => {
        const db = await new Promise((res) => {
          const r = indexedDB.open('pivotboard');
          r.onsuccess = () => res(r.result);
        });
        const getAll = (name) =>
          new Promise((res) => {
            const q = db.transaction(name).objectStore(name).getAll();
            q.onsuccess = () => res(q.result.length);
          });
        const t0 = performance.now();
        await getAll('calls');
        await getAll('contacts');
        const ms = performance.now() - t0;
        db.close();
        return ms;
      }),
    );
  }

  const first = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.locator(firstRow).first().waitFor();
    first.push(await page.evaluate(() => performance.now()));
  }
  // The first call rows come from a quick read; the contacts follow with everything else.
  await page.locator('[aria-label="Contacts"] li').first().waitFor();
  const rows = await page.locator(firstRow).count();
  const contactRows = await page.locator('[aria-label="Contacts"] li').count();

  // A keystroke in the search box until the filtered count is painted.
  const search = [];
  for (const [i, q] of ['example 0042', 'company 5', 'oncology', 'colleague', 'x'].entries()) {
    search.push(
      await page.evaluate(
        async ({ q, i }) => {
          const input = document.querySelector('input[type="search"]');
          const status = [...document.querySelectorAll('[role="status"]')].find((s) =>
            /^(Showing|[\d,]+ calls)/.test(s.textContent ?? ''),
          );
          const before = status?.textContent;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          const t0 = performance.now();
          setter.call(input, i % 2 ? `${q} ` : q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while (status?.textContent === before && performance.now() - t0 < 10_000)
            await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - t0;
        },
        { q, i },
      ),
    );
  }

  // Scrolling the call list from top to bottom: time per frame while rows are swapped in and out.
  await page.getByRole('button', { name: 'Show all' }).first().click();
  // The list scrolls with the page (or, in builds before it did, inside a box of its own).
  const scroll = await page.evaluate(async () => {
    const list = document.querySelector('[aria-label="Calls, newest first"]');
    const box = list.parentElement;
    const inBox = getComputedStyle(box).overflowY === 'auto';
    const scroller = inBox ? box : document.scrollingElement;
    const from = inBox ? 0 : list.getBoundingClientRect().top + window.scrollY;
    const span = inBox ? box.scrollHeight : list.offsetHeight;
    const frames = [];
    let last = performance.now();
    for (let i = 1; i <= 120; i++) {
      scroller.scrollTop = from + (span * i) / 120;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return { median: frames[60], p95: frames[114], rows: list.querySelectorAll('li').length };
  });

  // Saving a call: the live queries re-read every call and the week is counted again.
  const log = [];
  for (let i = 0; i < RUNS; i++) {
    const status = page.getByText(/^This week:/);
    const before = await status.textContent();
    await page.getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    await dialog.getByLabel('Name').fill(`Bench person ${i}`);
    const t0 = Date.now();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(
      (b) =>
        [...document.querySelectorAll('[role="status"]')].some(
          (s) => /^This week:/.test(s.textContent ?? '') && s.textContent !== b,
        ),
      before,
    );
    log.push(Date.now() - t0);
    await dialog.waitFor({ state: 'hidden' });
  }

  const result = {
    machine: `${(await import('node:os')).cpus().length} cores, Chromium ${browser.version()}`,
    calls: CALLS,
    contacts: CONTACTS,
    'raw getAll calls+contacts (ms, median)': round(median(raw)),
    'first call row visible, empty db (ms since navigation, median)': round(median(emptyFirst)),
    'first call row visible, full db (ms since navigation, median)': round(median(first)),
    'search keystroke to painted list (ms, median)': round(median(search)),
    'log a call to updated week (ms, median, wall clock incl. CDP)': round(median(log)),
    'scrolling 10,000 calls: frame time (ms, median / 95th pct)': `${round(scroll.median)} / ${round(scroll.p95)}`,
    'call rows in the DOM': rows,
    'call rows in the DOM while scrolling': scroll.rows,
    'contact rows in the DOM': contactRows,
  };
  console.table(result);
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(
    new URL('./results/networking-lists.json', import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
} finally {
  await browser.close();
  stop();
}
