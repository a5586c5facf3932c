import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareRanked,
  placeAt,
  rankAtEnd,
  ranksFor,
  sortByRank,
  type Ranked,
} from '../../src/domain/rank';

const column = (n: number): Ranked[] => ranksFor(n).map((rank, i) => ({ id: `id-${i}`, rank }));

describe('card order by fractional keys', () => {
  it('places a card between its new neighbours by writing one key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.nat(), (size, at) => {
        const siblings = column(size);
        const index = size === 0 ? 0 : at % (size + 1);
        const placement = placeAt(siblings, index, 'moving');
        expect(placement.kind).toBe('one');
        if (placement.kind !== 'one') return;
        const order = sortByRank([...siblings, { id: 'moving', rank: placement.rank }]).map(
          (s) => s.id,
        );
        expect(order.indexOf('moving')).toBe(index);
      }),
    );
  });

  it('keeps order stable under many random moves', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }), (moves) => {
        let items = column(8);
        let expected = items.map((i) => i.id);
        for (const [from, to] of moves) {
          const moving = expected[from % expected.length] as string;
          const rest = expected.filter((id) => id !== moving);
          const index = to % (rest.length + 1);
          const placement = placeAt(items, index, moving);
          if (placement.kind !== 'one') throw new Error('unexpected renumber');
          items = items.map((i) => (i.id === moving ? { ...i, rank: placement.rank } : i));
          rest.splice(index, 0, moving);
          expected = rest;
        }
        expect(sortByRank(items).map((i) => i.id)).toEqual(expected);
      }),
    );
  });

  it('compares with code units, not the locale', () => {
    // 'Z' < 'a' in code units; localeCompare would put 'a' first.
    expect(compareRanked({ id: 'x', rank: 'Zz' }, { id: 'y', rank: 'a0' })).toBeLessThan(0);
  });

  it('orders equal keys by id, and renumbers the column when a card lands between them', () => {
    const twins: Ranked[] = [
      { id: 'b', rank: 'a1' },
      { id: 'a', rank: 'a1' },
      { id: 'c', rank: 'a0' },
    ];
    expect(sortByRank(twins).map((t) => t.id)).toEqual(['c', 'a', 'b']);
    const placement = placeAt(twins, 2, 'new');
    expect(placement.kind).toBe('renumber');
    if (placement.kind !== 'renumber') return;
    expect(placement.order).toEqual(['c', 'a', 'new', 'b']);
    expect([...placement.ranks].sort()).toEqual(placement.ranks);
    expect(new Set(placement.ranks).size).toBe(4);
  });

  it('adds at the end after every key', () => {
    const siblings = column(5);
    const rank = rankAtEnd(siblings);
    expect(siblings.every((s) => s.rank < rank)).toBe(true);
    expect(rankAtEnd([])).toBe('a0');
  });
});

describe('rank keys from outside', () => {
  it('tells valid keys from damaged ones', async () => {
    const { isValidRank } = await import('../../src/domain/rank');
    expect(isValidRank('a0')).toBe(true);
    expect(isValidRank('a0V')).toBe(true);
    expect(isValidRank('a00')).toBe(false);
    expect(isValidRank('')).toBe(false);
    expect(isValidRank('!!')).toBe(false);
  });
});
