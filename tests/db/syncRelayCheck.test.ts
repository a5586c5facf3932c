import { afterEach, describe, expect, it, vi } from 'vitest';
import { turnOnSync } from '../../src/db/sync/app';

afterEach(() => vi.unstubAllGlobals());

describe('turning sync on where there is no relay', () => {
  it('says what to do in the user’s words, and starts nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html>', { status: 200 })),
    );
    const refused = turnOnSync();
    await expect(refused).rejects.toThrow(
      'Sync can’t start here: Pivotboard was opened from an address with no sync relay. Open it from your relay’s address',
    );
    await expect(refused).rejects.not.toThrow(/npm|docs\//);
    expect(localStorage.length).toBe(0);
  });
});
