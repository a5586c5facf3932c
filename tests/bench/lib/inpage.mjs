/* global window, document, IDBDatabase, IDBObjectStore, requestAnimationFrame */
// Runs in every benchmark page before its own scripts (Playwright's addInitScript). It records,
// with the page's own clock (performance.now(), the clock of event.timeStamp):
// - long tasks (the Long Tasks API);
// - every IndexedDB transaction: its stores, mode, creation, completion and rows written;
// - mouse moves, mouse up, file choice and clicks, with the render counters of bench builds;
// - `watch(name, test)`: the time the first frame in which `test()` holds has been painted.
// `options.watches` start at once, for "navigation to painted" figures.

export function instrument(options) {
  const bench = {
    longTasks: [],
    tx: [],
    moves: [],
    up: null,
    change: null,
    click: null,
    recording: false,
    painted: {},
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the trace still has them
  }

  const txInfo = new WeakMap();
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, opts) {
    const tx = transaction.call(this, stores, mode, opts);
    const info = {
      db: this.name,
      stores: typeof stores === 'string' ? [stores] : [...stores],
      mode: mode ?? 'readonly',
      created: performance.now(),
      completed: null,
      aborted: false,
      writes: 0,
    };
    bench.tx.push(info);
    txInfo.set(tx, info);
    tx.addEventListener('complete', () => (info.completed = performance.now()));
    tx.addEventListener('abort', () => (info.aborted = true));
    return tx;
  };
  for (const method of ['put', 'add', 'delete']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const info = txInfo.get(this.transaction);
      if (info) info.writes++;
      return original.apply(this, args);
    };
  }

  const renders = () => ({ ...(window.__pivotRenders ?? {}) });
  window.addEventListener(
    'mousemove',
    (e) => bench.recording && bench.moves.push({ ts: e.timeStamp, renders: renders() }),
    true,
  );
  window.addEventListener(
    'mouseup',
    (e) => bench.recording && (bench.up = { ts: e.timeStamp, renders: renders() }),
    true,
  );
  window.addEventListener('change', (e) => (bench.change = e.timeStamp), true);
  window.addEventListener('click', (e) => (bench.click = e.timeStamp), true);

  /** Resolves with the time the first frame where `test()` holds was painted (checked every frame). */
  bench.watch = (name, test) =>
    new Promise((resolve) => {
      const check = () => {
        if (!test()) return void requestAnimationFrame(check);
        // Checked at the start of a frame: a message posted now runs once that frame is painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.painted[name] = performance.now();
          resolve(bench.painted[name]);
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    });

  /** Elements by role and accessible name (name from aria-label or aria-labelledby; matched from the start). */
  bench.byName = (selector, name) =>
    [...document.querySelectorAll(selector)].filter((el) => {
      const ids = el.getAttribute('aria-labelledby');
      const label = ids
        ? ids
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (el.getAttribute('aria-label') ?? '');
      return label.trim().toLowerCase().startsWith(name.toLowerCase());
    });

  // Watches started with the page: { name, selector, count, label, text, child } (see run.mjs).
  for (const spec of options?.watches ?? []) {
    const found = () => {
      let els = spec.label
        ? bench.byName(spec.selector, spec.label)
        : [...document.querySelectorAll(spec.selector)];
      if (spec.text) els = els.filter((el) => (el.textContent ?? '').trim().startsWith(spec.text));
      if (spec.child) els = els.filter((el) => el.querySelector(spec.child) !== null);
      return els.length >= (spec.count ?? 1);
    };
    void bench.watch(spec.name, found);
  }
}
