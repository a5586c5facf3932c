import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupSyntaxError, splitBackupJson } from '../../src/domain/backupJson';
import { noPause, SliceClock } from '../../src/domain/slices';

const clock = () => new SliceClock(noPause, 0);

/** What the split gives, put back together: must equal JSON.parse of the same text. */
async function viaSplit(text: string): Promise<unknown> {
  const { head, tables } = await splitBackupJson(text, clock());
  if (tables.size > 0) {
    const t = (head as { tables: Record<string, unknown> }).tables;
    for (const [name, rows] of tables)
      Object.defineProperty(t, name, {
        value: rows,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return head;
}

function nativeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const hasDuplicateKeys = (text: string) => /"tables"[\s\S]*"tables"/.test(text);

const documentArb = fc.record({
  format: fc.string(),
  tables: fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
    { maxKeys: 4 },
  ),
  extra: fc.jsonValue({ maxDepth: 2 }),
});

describe('splitting a backup into rows', { timeout: 60_000 }, () => {
  it('gives exactly what JSON.parse gives, however the file is laid out', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentArb,
        fc.constantFrom(undefined, 0, 1, 2, '\t'),
        async (doc, indent) => {
          const text = JSON.stringify(doc, null, indent);
          expect(await viaSplit(text)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never accepts what JSON.parse refuses, and agrees on what both accept (mutated files)', async () => {
    const mutated = documentArb.chain((doc) => {
      const text = JSON.stringify(doc, null, 1);
      return fc
        .tuple(
          fc.nat({ max: text.length }),
          fc.nat({ max: 3 }),
          fc.constantFrom('', ',', '[', ']', '{', '}', '"', '\\', ':', '1', ' ', 'x'),
        )
        .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));
    });
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        const native = nativeParse(text);
        let ours: { ok: true; value: unknown } | { ok: false };
        try {
          ours = { ok: true, value: await viaSplit(text) };
        } catch (e) {
          expect(e).toBeInstanceOf(BackupSyntaxError);
          ours = { ok: false };
        }
        if (!native.ok) expect(ours.ok).toBe(false);
        if (ours.ok && native.ok) expect(ours.value).toEqual(native.value);
        if (native.ok && !ours.ok)
          expect(hasDuplicateKeys(text) || /"[^"]*":\s*\[[\s\S]*"[^"]*":\s*\[/.test(text)).toBe(
            true,
          );
      }),
      { numRuns: 600 },
    );
  });

  it('refuses any text that is not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        fc.pre(!nativeParse(text).ok);
        await expect(splitBackupJson(text, clock())).rejects.toBeInstanceOf(BackupSyntaxError);
      }),
      { numRuns: 300 },
    );
  });

  it('names the record that is broken', async () => {
    const text = '{"tables":{"plans":[{"id":"a"},{"id":"b"},{"id":tru}]}}';
    await expect(splitBackupJson(text, clock())).rejects.toMatchObject({
      table: 'plans',
      record: 3,
    });
  });

  it('refuses a table listed twice rather than keep one quietly', async () => {
    await expect(splitBackupJson('{"tables":{"plans":[1],"plans":[2]}}', clock())).rejects.toThrow(
      /twice/,
    );
    await expect(splitBackupJson('{"tables":{},"tables":{}}', clock())).rejects.toThrow(/twice/);
  });

  it('keeps a "__proto__" table as data, not as a prototype', async () => {
    const { tables } = await splitBackupJson(
      '{"tables":{"__proto__":[{"polluted":true}]}}',
      clock(),
    );
    expect(tables.get('__proto__')).toEqual([{ polluted: true }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('pauses while it works through a large file', async () => {
    let pauses = 0;
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `r${i}`, text: 'x'.repeat(100) }));
    const text = JSON.stringify({ tables: { rows } });
    const slow = new SliceClock(async () => void pauses++, 0);
    const { tables } = await splitBackupJson(text, slow);
    expect(tables.get('rows')).toEqual(rows);
    expect(pauses).toBeGreaterThan(1);
  });
});
