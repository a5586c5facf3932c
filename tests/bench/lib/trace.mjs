// Reads a Chromium trace of a drag: the renderer's main-thread tasks, split per mouse move.
// A move "costs" every main-thread task from the one that dispatched it up to the one that
// dispatches the next move: the event handlers, React's renders and effects, style, layout,
// paint and layerizing. Moves are paced a couple of frames apart, so nothing else is queued.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
];

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function mainThread(events) {
  const counts = new Map();
  for (const e of events) {
    if (e.name !== 'EventDispatch' || e.args?.data?.type !== 'mousemove') continue;
    const key = `${e.pid}:${e.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('The trace has no mouse moves on any renderer thread');
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid, tid };
}

/** Top-level tasks (not nested in another task) on one thread, by start. */
function topTasks(events) {
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK.has(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + t.dur;
  }
  return out;
}

/** Self time by event name for complete events inside [from, to) on the thread. */
function selfTimes(events, from, to) {
  const inside = events
    .filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) stack.pop();
  };
  for (const e of inside) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push({ name: e.name, end: e.ts + e.dur });
  }
  return self;
}

/**
 * Per move: main-thread busy time (ms). Also the long tasks (> 50 ms) between the drag's first
 * move and the mouse-up, and where the time of the slowest moves went (self time by trace event).
 */
export function analyseDrag(buffer) {
  const all = JSON.parse(buffer.toString('utf8'));
  const events = Array.isArray(all) ? all : all.traceEvents;
  const { pid, tid } = mainThread(events);
  const mine = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = topTasks(mine);
  const taskAt = (ts) => tasks.find((t) => t.ts <= ts && ts < t.ts + t.dur)?.ts ?? ts;
  const dispatches = mine
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const moves = dispatches
    .filter((e) => e.args?.data?.type === 'mousemove')
    .map((e) => taskAt(e.ts));
  const up = dispatches.find((e) => e.args?.data?.type === 'mouseup');
  const down = dispatches.find((e) => e.args?.data?.type === 'mousedown');
  const upAt = up ? taskAt(up.ts) : Infinity;
  const starts = [...new Set(moves.filter((m) => m < upAt))];
  const perMove = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = starts[i + 1] ?? upAt;
    const busy = tasks.filter((t) => t.ts >= from && t.ts < to).reduce((n, t) => n + t.dur, 0);
    perMove.push({ from, to, ms: busy / 1000 });
  }
  const dragFrom = down ? taskAt(down.ts) : (starts[0] ?? 0);
  const longTasks = tasks
    .filter((t) => t.ts >= dragFrom && t.ts < upAt && t.dur > 50_000)
    .map((t) => t.dur / 1000);
  const longest = Math.max(
    0,
    ...tasks.filter((t) => t.ts >= dragFrom && t.ts < upAt).map((t) => t.dur / 1000),
  );
  // Where the slowest tenth of the moves spent their time.
  const slow = [...perMove]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Math.max(1, Math.ceil(perMove.length / 10)));
  const profile = new Map();
  for (const m of slow)
    for (const [name, us] of selfTimes(mine, m.from, m.to))
      profile.set(name, (profile.get(name) ?? 0) + us / 1000 / slow.length);
  const top = [...profile]
    .filter(([, ms]) => ms >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, ms]) => [name, Math.round(ms * 100) / 100]);
  return { perMove: perMove.map((m) => m.ms), longTasks, longest, slowMovesProfile: top };
}
