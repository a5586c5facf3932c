import { beforeEach, describe, expect, it, vi } from 'vitest';
import { seedIfEmpty } from '../../src/db/seed';
import { readMarker } from '../../src/db/deviceMarker';
import { setSetting } from '../../src/db/settings';
import { resetDatabase } from '../support/db';

describe('keeping the data on this device', () => {
  beforeEach(async () => {
    await resetDatabase();
    localStorage.clear();
  });

  it('asks for persistent storage at the first real save, once, and not for the first-run seed', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const persisted = vi.fn(() => Promise.resolve(false));
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persist, persisted, estimate: () => Promise.resolve({ usage: 1, quota: 2 }) },
    });
    try {
      await seedIfEmpty();
      expect(persist).not.toHaveBeenCalled();
      expect(readMarker()?.lastChangeAt ?? null).toBeNull();

      await setSetting('currency', 'EUR');
      await setSetting('currency', 'GBP');
      await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
      expect(readMarker()?.lastChangeAt).toEqual(expect.any(String));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps working when localStorage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await expect(setSetting('currency', 'EUR')).resolves.toMatchObject({ value: 'EUR' });
    expect(readMarker()).toBeNull();
  });
});
