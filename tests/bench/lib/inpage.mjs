/* global window, document, indexedDB, IDBDatabase, IDBObjectStore, requestAnimationFrame */
// Runs in every benchmark page before its own scripts (Playwright's addInitScript). It records,
// with the page's own clock (performance.now(), the clock of event.timeStamp):
// - long tasks (the Long Tasks API);
// - every IndexedDB transaction: its stores, mode, creation, completion and rows written;
// - mouse up, file choice and clicks;
// - `watch(name, test)`: the time the first frame in which `test()` holds has been painted.
// `options.watches` start at once, for "navigation to painted" figures.
// It also holds the controls measured in the app's own page, written against IndexedDB itself
// (nothing in the app's code knows it is measured): `rawPutOnMouseUp` and `rawBulkPut`.

export function instrument(options) {
  const bench = {
    longTasks: [],
    tx: [],
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

  window.addEventListener(
    'mouseup',
    (e) => bench.recording && (bench.up = { ts: e.timeStamp }),
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

  const done = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const committed = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve(performance.now());
      tx.onabort = () => reject(tx.error);
    });

  /**
   * The drop's control: a button at the top left whose mouse-up handler puts one row back as it
   * is, with IndexedDB itself, in its own transaction. Resolves with the time from the mouse-up
   * event to the transaction's completion, once the bench has clicked the button.
   */
  bench.rawPutOnMouseUp = async (dbName, store, key) => {
    const db = await done(indexedDB.open(dbName));
    const row = await done(db.transaction(store).objectStore(store).get(key));
    if (!row) throw new Error(`No row ${key} in ${store}`);
    const button = document.createElement('button');
    button.textContent = 'Raw put';
    button.style.cssText = 'position:fixed;left:0;top:0;width:120px;height:48px;z-index:2147483647';
    document.body.append(button);
    return new Promise((resolve, reject) => {
      button.addEventListener(
        'mouseup',
        (e) => {
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(row);
          committed(tx).then((end) => {
            db.close();
            button.remove();
            resolve({ ms: end - e.timeStamp });
          }, reject);
        },
        { once: true },
      );
    });
  };

  /**
   * The import's control: every record of a backup file put into an empty database with the same
   * stores and indexes as `dbName`, in one transaction, as Dexie's bulkPut does. Times only the
   * writing (the file is fetched and parsed first).
   */
  bench.rawBulkPut = async (dbName, url) => {
    const file = await (await fetch(url)).json();
    const app = await done(indexedDB.open(dbName));
    const stores = [...app.objectStoreNames].map((name) => {
      const s = app.transaction(name).objectStore(name);
      return {
        name,
        keyPath: s.keyPath,
        autoIncrement: s.autoIncrement,
        indexes: [...s.indexNames].map((i) => {
          const x = s.index(i);
          return { name: i, keyPath: x.keyPath, unique: x.unique, multiEntry: x.multiEntry };
        }),
      };
    });
    app.close();
    const scratch = `${dbName}-bench-raw`;
    await done(indexedDB.deleteDatabase(scratch));
    const open = indexedDB.open(scratch, 1);
    open.onupgradeneeded = () => {
      for (const s of stores) {
        const os = open.result.createObjectStore(s.name, {
          keyPath: s.keyPath,
          autoIncrement: s.autoIncrement,
        });
        for (const i of s.indexes)
          os.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    const db = await done(open);
    const tables = Object.entries(file.tables).filter(
      ([name, rows]) => rows.length && db.objectStoreNames.contains(name),
    );
    const start = performance.now();
    const tx = db.transaction(
      tables.map(([name]) => name),
      'readwrite',
    );
    for (const [name, rows] of tables) {
      const os = tx.objectStore(name);
      for (const row of rows) os.put(row);
    }
    const end = await committed(tx);
    db.close();
    await done(indexedDB.deleteDatabase(scratch));
    return { start, end, records: tables.reduce((n, [, rows]) => n + rows.length, 0) };
  };

  /** The JavaScript files this page fetched (from the network or a cache) that started before `until`. */
  bench.scriptsBefore = (until) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= until && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
}
