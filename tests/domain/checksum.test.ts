import { describe, expect, it } from 'vitest';
import {
  encodeTables,
  joinTables,
  sha256Of,
  sha256OfParts,
  sha256OfPartsInJs,
  tableParts,
} from '../../src/domain/checksum';
import { noPause, SliceClock } from '../../src/domain/slices';

const tables = new Map<string, unknown[]>([
  ['plans', [{ id: 'p1', name: 'Café plan – “quoted”' }]],
  [
    'milestones',
    [
      { id: 'm1', title: 'Ünïcode 🚀 and \\ back\nslash' },
      { id: 'm2', title: 'plain' },
    ],
  ],
  ['calls', []],
]);

describe('backup checksum', () => {
  it('joins the tables to exactly JSON.stringify of the tables object, compact or a row per line', async () => {
    const encoded = await encodeTables(tables, new SliceClock(noPause, 0));
    expect(joinTables(encoded)).toBe(JSON.stringify(Object.fromEntries(tables)));
    expect(JSON.parse(joinTables(encoded, true))).toEqual(Object.fromEntries(tables));
    expect(joinTables(encoded, true)).toContain('\n{"id":"m1"');
    expect([...tableParts(encoded)].join('')).toBe(joinTables(encoded));
  });

  it('hashes the text in parts, pausing between them, to the same digest as the whole text', async () => {
    const many = new Map([
      ...tables,
      ['calls', Array.from({ length: 500 }, (_, i) => ({ id: `c${i}` }))],
    ]);
    const encoded = await encodeTables(many, new SliceClock(noPause, 0));
    let pauses = 0;
    const clock = new SliceClock(async () => void pauses++, 0);
    const inParts = await sha256OfParts(tableParts(encoded), clock);
    expect(inParts).toBe(await sha256Of(JSON.stringify(Object.fromEntries(many))));
    expect(inParts).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pauses).toBeGreaterThan(3);
  });

  it('hashes the same in JavaScript where WebCrypto is missing, and grows its buffer past the first 64 KB', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      note: `row ${i} – ünïcode 🚀 “quoted”`,
    }));
    const encoded = await encodeTables(
      new Map([['rows', long], ...tables]),
      new SliceClock(noPause, 0),
    );
    const whole = await sha256Of(joinTables(encoded));
    expect(await sha256OfParts(tableParts(encoded), new SliceClock(noPause, 0))).toBe(whole);
    expect(await sha256OfPartsInJs(tableParts(encoded), new SliceClock(noPause, 0))).toBe(whole);
    expect(new TextEncoder().encode(joinTables(encoded)).length).toBeGreaterThan(1 << 17);
  });

  it('hashes nothing the same way as the empty text', async () => {
    expect(await sha256OfParts([], new SliceClock(noPause, 0))).toBe(await sha256Of(''));
    expect(await sha256Of('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
