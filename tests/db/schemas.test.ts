import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadSchemas, PRELOAD_AFTER_MS, PRELOAD_RETRY_MS } from '../../src/db/schemas';

describe('warming the schemas chunk after start-up', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads it once the screen has had time to show', () => {
    const load = vi.fn(() => Promise.resolve());
    preloadSchemas(load);
    vi.advanceTimersByTime(PRELOAD_AFTER_MS - 1);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits while a pointer is down (a drag may be under way), then loads it', () => {
    const load = vi.fn(() => Promise.resolve());
    preloadSchemas(load);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(PRELOAD_AFTER_MS + PRELOAD_RETRY_MS * 6);
    expect(load).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerup'));
    vi.advanceTimersByTime(PRELOAD_RETRY_MS);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('on a screen that mostly writes, it loads at the first idle moment', () => {
    const load = vi.fn(() => Promise.resolve());
    preloadSchemas(load, 0);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a cancelled touch counts as released', () => {
    const load = vi.fn(() => Promise.resolve());
    preloadSchemas(load);
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('pointercancel'));
    vi.advanceTimersByTime(PRELOAD_AFTER_MS);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
