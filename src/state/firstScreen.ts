import { whenIdle } from '../db/idle';

/**
 * Work the first screen does not need (the shell's banners, the forms' focus helper, the service
 * worker's registration) waits until that screen has shown, then runs in an idle moment: on the
 * Timeline its code and its requests would otherwise come before the board's (npm run bench,
 * budgets 1 and 6). The Timeline says when its cards are on screen; for any other screen the
 * shell says so a few seconds after the plan is read.
 */
let shown = false;
const waiting: (() => void)[] = [];

/** Run `task` once the first screen has shown; returns a function that cancels it. */
export function afterFirstScreen(task: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) task();
  };
  if (shown) whenIdle(run, { timeout: 2000 });
  else waiting.push(run);
  return () => {
    cancelled = true;
  };
}

export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const task of waiting.splice(0)) whenIdle(task, { timeout: 2000 });
}
