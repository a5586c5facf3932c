// Where a page's start-up goes, from a Chromium trace: the app's Timeline or the peer board with
// N cards, from navigation to the cards painted. Prints the main thread's tasks over 1 ms (what
// each spent its time on), the scripts fetched, every IndexedDB transaction and the paints.
// Needs `npm run bench` to have built dist-bench/ and written its data files first.
//
//   node tests/bench/profile-start.mjs [app|peer|list] [30|200|1000] [--cpu] [--board]
// --cpu: a CPU profile instead of the trace, self time by function until the cards are painted.
// --board: the app's Timeline in its Board view (picked with its Year / Board switch first);
// without it, the Year view, which a user gets by default.
/* global window, document */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import sourceMap from 'source-map-js';
import { chromium } from 'playwright-core';
import { instrument } from './lib/inpage.mjs';
import { serve } from './lib/serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const OUT = `${ROOT}/dist-bench`;
const [which = 'app', size = '30'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const cpu = process.argv.includes('--cpu');
const cards = Number(size);
const PAGES = {
  app: { url: '/#/timeline', selector: '[data-board-item] button[aria-label^="Move "]' },
  peer: { url: '/bench/peer.html', selector: 'li[data-card]' },
  list: {
    url: '/bench/control.html?mode=board&plan=00000000-0000-4000-8000-00000000b001',
    selector: 'li[data-row]',
  },
};
const target = PAGES[which];

const server = await serve(OUT, 0);
const source = await readFile(`${ROOT}/tests/e2e/chromium.ts`, 'utf8');
const args = [...source.match(/CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/)[1].matchAll(/'([^']+)'/g)].map(
  (m) => m[1],
);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
try {
  const context = await browser.newContext({
    viewport: { width: 2560, height: 1440 },
    serviceWorkers: 'block',
  });
  const seeding = await context.newPage();
  await seeding.goto(`${server.base}/#/settings`);
  await seeding.getByLabel('Import backup').setInputFiles(`${OUT}/data/board${cards}.json`);
  await seeding.getByRole('button', { name: 'Replace everything' }).click();
  await seeding
    .getByText(/^Imported /)
    .first()
    .waitFor();
  if (process.argv.includes('--board')) {
    await seeding.goto(`${server.base}/#/timeline`);
    await seeding.getByRole('radio', { name: 'Board' }).check();
    // The pick is written after its chunk loads: give it time before the page closes.
    await seeding.waitForTimeout(1000);
  }
  await seeding.close();

  const load = async (traced) => {
    const page = await context.newPage();
    await page.addInitScript(instrument, {
      watches: [{ name: 'ready', selector: target.selector, count: cards }],
    });
    const session = traced && cpu ? await context.newCDPSession(page) : null;
    if (session) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
    } else if (traced)
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'toplevel',
          'v8.execute',
          'blink.user_timing',
          'loading',
        ],
      });
    await page.goto(`${server.base}${target.url}`);
    await page.waitForFunction(() => window.__bench.painted.ready !== undefined, null, {
      timeout: 60_000,
    });
    const info = await page.evaluate(() => ({
      ready: window.__bench.painted.ready,
      tx: window.__bench.tx,
      paints: performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
      // None in the app as built; a local build may add performance.mark() calls to see its steps.
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => /\.(js|css)$/.test(e.name))
        .map((e) => [new URL(e.name).pathname, e.startTime, e.responseEnd]),
      elements: document.querySelectorAll('*').length,
    }));
    if (session) {
      const { profile } = await session.send('Profiler.stop');
      await page.close();
      return { info, profile };
    }
    const trace = traced ? JSON.parse((await browser.stopTracing()).toString('utf8')) : null;
    await page.close();
    return { info, trace };
  };
  for (let i = 0; i < 3; i++) await load(false);
  const { info, trace, profile } = await load(true);
  if (profile) {
    // Self time by function, from the first sample to the last before the cards were painted.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    // Built with BENCH_SOURCEMAP=1: name each place by its source file and line.
    const maps = new Map();
    const place = (f) => {
      const path = f.url ? new URL(f.url).pathname : '';
      const dir = path.startsWith('/bench/') ? `${OUT}/pages${path.slice(6)}` : `${OUT}/app${path}`;
      if (!maps.has(dir))
        maps.set(
          dir,
          existsSync(`${dir}.map`)
            ? new sourceMap.SourceMapConsumer(JSON.parse(readFileSync(`${dir}.map`, 'utf8')))
            : null,
        );
      const o = maps
        .get(dir)
        ?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      const src = o?.source?.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
      return src ? `${src}:${o.line}` : `${path.split('/').pop()}:${f.lineNumber + 1}`;
    };
    const self = new Map();
    let t = profile.startTime;
    const end = profile.startTime + (info.ready + 50) * 1000;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (t > end) return;
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${place(f)}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
    const total = [...self.values()].reduce((n, x) => n + x, 0);
    console.log(
      `${which} with ${cards} cards: ready at ${info.ready.toFixed(1)} ms; profiled ${total.toFixed(0)} ms`,
    );
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${ms.toFixed(1).padStart(7)} ms  ${key}`);
  }
  if (trace) {
    const events = trace.traceEvents;
    const nav = events.find(
      (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame,
    );
    const origin = nav?.ts ?? 0;
    const at = (ts) => ((ts - origin) / 1000).toFixed(1).padStart(7);
    // The page's main thread: the renderer thread that ran the navigation's document parse.
    const parse = events.find((e) => e.name === 'ParseHTML' && e.ts >= origin);
    const mine = events
      .filter((e) => e.tid === parse?.tid && e.pid === parse?.pid && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts);
    const end = origin + info.ready * 1000;
    const tasks = [];
    let until = -Infinity;
    for (const e of mine) {
      if ((e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') || e.ts < until)
        continue;
      until = e.ts + e.dur;
      if (e.ts < origin || e.ts > end) continue;
      tasks.push(e);
    }
    const label = (e) =>
      e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule'
        ? `${e.name} ${(e.args?.data?.url ?? e.args?.fileName ?? '').split('/').pop()}`
        : e.name === 'FunctionCall'
          ? `FunctionCall ${e.args?.data?.functionName || '(anonymous)'} ${(e.args?.data?.url ?? '').split('/').pop()}`
          : e.name === 'EventDispatch'
            ? `EventDispatch ${e.args?.data?.type}`
            : e.name === 'TimerFire' || e.name === 'FireAnimationFrame'
              ? e.name
              : e.name;
    console.log(
      `${which} with ${cards} cards: ready at ${info.ready.toFixed(1)} ms; ${info.elements} elements`,
    );
    console.log('\nMain-thread tasks over 1 ms (start, ms, what is inside):');
    let busy = 0;
    for (const t of tasks) {
      busy += t.dur / 1000;
      if (t.dur < 1000) continue;
      const inside = mine
        .filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur >= 500)
        .slice(0, 6)
        .map((e) => `${label(e)} ${(e.dur / 1000).toFixed(1)}`);
      console.log(`${at(t.ts)} ${(t.dur / 1000).toFixed(1).padStart(6)}  ${inside.join(' | ')}`);
    }
    console.log(`busy ${busy.toFixed(1)} ms of ${info.ready.toFixed(1)} ms`);
    // The main thread's time until the cards are painted, by kind: each trace event's self time
    // (its duration less the events inside it), navigation to ready; the rest is waiting.
    const kinds = [
      [
        'evaluate scripts',
        /^(v8\.(evaluateModule|compileModule|compile|produceModuleCache)|EvaluateScript|v8\.run)/,
      ],
      [
        'style',
        /^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|InvalidateLayout|ScheduleStyleRecalculation)/,
      ],
      ['layout', /^(Layout|UpdateLayout)$/],
      [
        'paint, composite',
        /^(Paint|PrePaint|Commit|Layerize|UpdateLayer|CompositeLayers|PaintImage)/,
      ],
      ['garbage collection', /GC|Scavenge|MinorGC|MajorGC/],
      ['parse HTML, navigation', /^(ParseHTML|DocumentLoader|CommitLoad|HTMLDocumentParser)/],
      ['JavaScript (callbacks, microtasks)', /./],
    ];
    const byKind = new Map(kinds.map(([k]) => [k, 0]));
    const inWindow = mine.filter((e) => e.ts >= origin && e.ts + e.dur <= end && e.dur > 0);
    const stack = [];
    const selfOf = new Map();
    for (const e of inWindow) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.dur) - e.dur);
      selfOf.set(e, selfOf.get(e) ?? e.dur);
      stack.push(e);
    }
    const taskish =
      /^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask|SimpleWatcher::OnHandleReady|Receive mojo message|Receive mojo reply|BlinkScheduler_PerformMicrotaskCheckpoint)$/;
    for (const [e, self] of selfOf) {
      if (taskish.test(e.name)) continue; // a task's own bookkeeping, or a wrapper
      const kind = kinds.find(([, re]) => re.test(e.name))?.[0] ?? 'other';
      byKind.set(kind, (byKind.get(kind) ?? 0) + Math.max(0, self) / 1000);
    }
    const counted = [...byKind.values()].reduce((n, x) => n + x, 0);
    console.log('\nMain thread until ready, by kind (self time, ms):');
    for (const [k, v] of byKind) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
    console.log(
      `${(info.ready - counted).toFixed(1).padStart(7)}  not busy (waiting: network, IndexedDB, timers) or task overhead`,
    );
    console.log('\nScripts and style sheets (start → end):');
    for (const [path, s, e] of info.scripts)
      console.log(`${s.toFixed(1).padStart(7)} → ${e.toFixed(1).padStart(7)}  ${path}`);
    console.log('\nIndexedDB transactions (created → completed, stores, mode):');
    for (const t of info.tx)
      console.log(
        `${t.created.toFixed(1).padStart(7)} → ${(t.completed ?? NaN).toFixed(1).padStart(7)}  ${t.stores.join(',')} ${t.mode}`,
      );
    console.log('\nPaints:', info.paints.map(([n, t]) => `${n} ${t.toFixed(1)}`).join(', '));
    if (info.marks.length)
      console.log('Marks:', info.marks.map(([n, t]) => `${n} ${t.toFixed(1)}`).join(', '));
  }
} finally {
  await browser.close();
  await server.close();
}
