import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agree, formatCount, plural } from '../../src/domain/counts';

describe('counts', () => {
  it('groups whole numbers exactly as Intl.NumberFormat en-US does', () => {
    const intl = new Intl.NumberFormat('en-US');
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (n) => formatCount(n) === intl.format(n),
      ),
    );
    for (const n of [0, 7, 999, 1000, 10_000, 123_456, 1_000_000, -1000, -999])
      expect(formatCount(n)).toBe(intl.format(n));
  });

  it('still formats other numbers', () => {
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatCount(2 ** 60)).toBe(new Intl.NumberFormat('en-US').format(2 ** 60));
  });

  it('says counts in words', () => {
    expect(plural(1, 'call')).toBe('1 call');
    expect(plural(10_000, 'entry', 'entries')).toBe('10,000 entries');
  });

  it('makes the word after a count agree with it', () => {
    const sentence = (n: number) => `${plural(n, 'item')} ${agree(n, 'is', 'are')} not sure`;
    expect(sentence(1)).toBe('1 item is not sure');
    expect(sentence(0)).toBe('0 items are not sure');
    expect(sentence(2)).toBe('2 items are not sure');
  });
});
