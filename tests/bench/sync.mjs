// Sync figures (docs/sync.md), against the relay's own round trip measured in the same run:
//
//   1. turning sync on with a 1,000-card plan (seal every value, send it to the relay);
//   2. the first sync of that plan to a new device (Join pressed → `Sync: on`, every row written);
//   3. a card moved on one device → shown in its new month on the other (both on the Timeline);
//   control: a value set in one Yjs client → seen by another, through the same relay.
//
// Runs the built app (`vite build`, skipped with SYNC_BENCH_SKIP_BUILD=1) from `src/server/relay.js`
// in Debian's Chromium. `node tests/bench/sync.mjs`, or from run.mjs (BENCH_ONLY=…,sync).
//   BENCH_RUNS=7   CHROMIUM_PATH=/usr/bin/chromium   SYNC_BENCH_PORT=4211 (the relay's; default: a free one)
/* global document, indexedDB */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateNKeysBetween } from 'fractional-indexing';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelayProcess } from '../server/relayProcess.mjs';
import { median, round } from './lib/stats.mjs';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const CARDS = 1000;

/** The Yjs round trip through the relay, with nothing of the app: the floor for figure 3. */
async function relayRoundTrip(url, runs) {
  const room = 'b'.repeat(43);
  const open = () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/sync`, room, doc, {
      WebSocketPolyfill: WebSocket,
      disableBc: true,
    });
    return { doc, provider, synced: new Promise((r) => provider.once('sync', r)) };
  };
  const a = open();
  const b = open();
  await Promise.all([a.synced, b.synced]);
  const times = [];
  for (let i = 0; i < runs * 3; i++) {
    const seen = new Promise((r) => b.doc.getMap('m').observe(() => r(performance.now())));
    const t0 = performance.now();
    a.doc.getMap('m').set('k', `value ${i}`);
    times.push((await seen) - t0);
  }
  // The provider leaves its Awareness' timer running; destroying the doc stops it (else the
  // process never exits).
  for (const c of [a, b]) {
    c.provider.destroy();
    c.doc.destroy();
  }
  return times;
}

/** 1,000 cards over the plan's 12 months, written straight into the app's database. */
async function fillPlan(page) {
  const ranks = generateNKeysBetween(null, null, CARDS);
  await page.evaluate(
    ({ ranks, count }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pivotboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['plans', 'milestones'], 'readwrite');
          tx.objectStore('plans').getAll().onsuccess = (e) => {
            const plan = e.target.result[0];
            const now = new Date().toISOString();
            for (let i = 0; i < count; i++)
              tx.objectStore('milestones').put({
                id: `00000000-0000-4000-8001-${String(i).padStart(12, '0')}`,
                planId: plan.id,
                title: `Bench card ${i}`,
                description: i % 3 ? '' : 'A few words about what to do and why.',
                notes: '',
                month: (i % 12) + 1,
                baselineMonth: (i % 12) + 1,
                rank: ranks[i],
                status: 'todo',
                category: 'other',
                templateKey: null,
                doneOn: null,
                createdAt: now,
                updatedAt: now,
              });
          };
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      }),
    { ranks, count: CARDS },
  );
}

const syncRegion = (page) => page.getByRole('region', { name: 'Sync' });

async function main() {
  if (!process.env.SYNC_BENCH_SKIP_BUILD)
    execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const relay = await startRelayProcess({
    dist: `${ROOT}/dist`,
    port: Number(process.env.SYNC_BENCH_PORT ?? 0),
  });
  const flags = (await readFile(`${ROOT}/tests/e2e/chromium.ts`, 'utf8')).match(/'(--[^']+)'/g);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: (flags ?? []).map((f) => f.slice(1, -1)),
  });
  const figures = { turnOn: [], firstSync: [], move: [] };
  try {
    const control = await relayRoundTrip(relay.url, RUNS);
    for (let run = 0; run < RUNS; run++) {
      const a = await (
        await browser.newContext({ viewport: { width: 2560, height: 1440 } })
      ).newPage();
      await a.goto(`${relay.url}/#/timeline`);
      await a.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
      await fillPlan(a);
      await a.goto(`${relay.url}/#/settings`);
      await a.reload();
      await syncRegion(a).getByRole('button', { name: 'Turn on sync' }).click();
      let t0 = Date.now();
      await syncRegion(a).getByText('Sync: on').waitFor({ timeout: 120_000 });
      figures.turnOn.push(Date.now() - t0);
      const code = await syncRegion(a).getByLabel('Pairing code').inputValue();

      const b = await (
        await browser.newContext({ viewport: { width: 2560, height: 1440 } })
      ).newPage();
      await b.goto(`${relay.url}/#/settings`);
      await syncRegion(b).getByLabel('Pairing code').fill(code);
      await syncRegion(b).getByRole('button', { name: 'Join' }).click();
      t0 = Date.now();
      await syncRegion(b).getByText('Sync: on').waitFor({ timeout: 120_000 });
      figures.firstSync.push(Date.now() - t0);

      // A keyboard move of one card on A, watched for on B's Timeline, both in the Board view
      // (where one exists: the Timeline may open on its Year view, whose arrow keys move
      // differently).
      const title = 'Bench card 0';
      for (const page of [a, b]) {
        await page.goto(`${relay.url}/#/timeline`);
        await page.getByRole('button', { name: `Move ${title}` }).waitFor();
        const board = page.getByRole('radio', { name: 'Board', exact: true });
        if (await board.count()) await board.check();
      }
      for (const [from, to] of [
        [1, 2],
        [2, 1],
      ]) {
        await b
          .getByRole('region', { name: new RegExp(`^Month ${from} · `) })
          .getByRole('button', { name: title, exact: true })
          .waitFor();
        const handle = a.getByRole('button', { name: `Move ${title}` });
        await handle.focus();
        await a.keyboard.press('Space');
        await a.waitForFunction(
          (h) => h?.getAttribute('aria-pressed') === 'true',
          await handle.elementHandle(),
        );
        await a.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
        // A month is a <section aria-label>: its region role is implicit, so no [role] to match.
        const shown = b.waitForFunction(
          ({ to, title }) => {
            const month = document.querySelector(`section[aria-label^="Month ${to} · "]`);
            const there = [...(month?.querySelectorAll('button') ?? [])].some(
              (x) => x.textContent === title,
            );
            return there ? Date.now() : false;
          },
          { to, title },
          { polling: 'raf', timeout: 30_000 },
        );
        t0 = Date.now();
        await a.keyboard.press('Space');
        figures.move.push((await (await shown).jsonValue()) - t0);
      }
      await a.context().close();
      await b.context().close();
    }
    const row = (name, xs, base) =>
      `${name.padEnd(58)} ${String(round(median(xs))).padStart(8)} ms  (${round(Math.min(...xs))}–${round(Math.max(...xs))})${base ? `   ×${round(median(xs) / base, 1)} the relay's round trip` : ''}`;
    const floor = median(control);
    console.log(`\nSync (${CARDS} cards, ${RUNS} runs, medians and (min–max))`);
    console.log(row('control: the relay’s own round trip (Yjs client → client)', control));
    console.log(row('turn sync on: seal and send the plan', figures.turnOn));
    console.log(row('first sync to a new device: Join → Sync: on', figures.firstSync));
    console.log(row('a move on one device → shown on the other', figures.move, floor));
    return { control, ...figures };
  } finally {
    await browser.close();
    await relay.stop();
  }
}

export const runSyncBench = main;
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await main();
