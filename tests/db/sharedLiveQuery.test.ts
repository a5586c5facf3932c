import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { sharedLiveQuery } from '../../src/db/sharedLiveQuery';
import { resetDatabase } from '../support/db';

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('a live query shared by components and started before them', () => {
  let reads = 0;
  const count = () => {
    reads++;
    return db.settings.count();
  };
  const stops: (() => void)[] = [];
  beforeEach(async () => {
    await resetDatabase();
    reads = 0;
  });
  afterEach(() => stops.splice(0).forEach((s) => s()));

  it('reads once for every subscriber, and follows writes', async () => {
    const q = sharedLiveQuery(count);
    q.start();
    await until(() => q.get() === 0);
    const seen: (number | undefined)[] = [];
    stops.push(q.subscribe(() => seen.push(q.get())));
    stops.push(q.subscribe(() => undefined));
    expect(reads).toBe(1); // the second subscriber did not read again
    await db.settings.put({ key: 'a', value: 1 });
    await until(() => q.get() === 1);
    expect(seen).toContain(1);
  });

  it('a screen taking over from another keeps the result: no read, no "Loading…" in between', async () => {
    const q = sharedLiveQuery(count);
    const leave = q.subscribe(() => undefined);
    await until(() => q.get() === 0);
    const before = reads;
    leave(); // the old screen's cleanup, then the new screen's subscription, in one commit
    stops.push(q.subscribe(() => undefined));
    expect(q.get()).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(q.get()).toBe(0);
    expect(reads).toBe(before);
  });

  it('stops soon after its last subscriber and drops the result; the next one reads afresh', async () => {
    const q = sharedLiveQuery(count);
    const stop = q.subscribe(() => undefined);
    await until(() => q.get() === 0);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(q.get()).toBeUndefined();
    await db.settings.put({ key: 'b', value: 2 });
    const before = reads;
    stops.push(q.subscribe(() => undefined));
    await until(() => q.get() === 1);
    expect(reads).toBe(before + 1);
  });

  it('a read started with start() that nobody claims stops after its keep-alive', async () => {
    const q = sharedLiveQuery(count, 30);
    q.start();
    await until(() => q.get() === 0);
    await new Promise((r) => setTimeout(r, 60));
    expect(q.get()).toBeUndefined();
    const before = reads;
    await db.settings.put({ key: 'c', value: 3 });
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBe(before); // no longer live
  });

  it('forgets a failed read nobody showed, so the first subscriber reads again', async () => {
    let fail = true;
    const q = sharedLiveQuery(() => (fail ? Promise.reject(new Error('boom')) : count()));
    q.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(q.get()).toBeUndefined();
    fail = false;
    stops.push(q.subscribe(() => undefined));
    await until(() => q.get() === 0);
  });

  it('passes a failed read to the component that renders it', async () => {
    const q = sharedLiveQuery(() => Promise.reject(new Error('boom')));
    stops.push(q.subscribe(() => undefined));
    await until(() => {
      try {
        q.get();
        return false;
      } catch {
        return true;
      }
    });
    expect(() => q.get()).toThrow('boom');
  });
});
