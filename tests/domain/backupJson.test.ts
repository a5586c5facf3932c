import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAX_DEPTH,
  BackupSyntaxError,
  parseBackupJson,
  textDecoderFor,
  textEncodingOf,
} from '../../src/domain/backupJson';

/** What the parse gives, put back together: must equal JSON.parse of the same text. */
function reassembled(text: string): unknown {
  const { head, tables } = parseBackupJson(text);
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

const documentArb = fc.record({
  format: fc.string(),
  tables: fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
    { maxKeys: 4 },
  ),
  extra: fc.jsonValue({ maxDepth: 2 }),
});

/** `depth` nested lists under an unknown settings key, as in the crafted files. */
const nested = (depth: number) =>
  `{"tables":{"settings":[{"key":"fromTheFuture","value":${'['.repeat(depth)}${']'.repeat(depth)}}]}}`;

describe('parsing a backup', { timeout: 60_000 }, () => {
  it('gives exactly what JSON.parse gives, however the file is laid out', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(undefined, 0, 1, 2, '\t'), (doc, indent) => {
        const text = JSON.stringify(doc, null, indent);
        expect(reassembled(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what JSON.parse refuses, and agrees on what both accept (mutated files)', () => {
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
    fc.assert(
      fc.property(mutated, (text) => {
        const native = nativeParse(text);
        let ours: { ok: true; value: unknown } | { ok: false; message: string };
        try {
          ours = { ok: true, value: reassembled(text) };
        } catch (e) {
          expect(e).toBeInstanceOf(BackupSyntaxError);
          ours = { ok: false, message: (e as Error).message };
        }
        if (!native.ok) expect(ours.ok).toBe(false);
        if (ours.ok && native.ok) expect(ours.value).toEqual(native.value);
        // Only a key of the outline listed twice is refused where JSON.parse accepts.
        if (native.ok && !ours.ok) expect(ours.message).toMatch(/twice/);
      }),
      { numRuns: 600 },
    );
  });

  it('refuses any text that is not JSON', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!nativeParse(text).ok);
        expect(() => parseBackupJson(text)).toThrow(BackupSyntaxError);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a "tables" key or a table listed twice, rather than keep one quietly', () => {
    expect(() => parseBackupJson('{"tables":{"plans":[1],"plans":[2]}}')).toThrow(
      'it lists the table “plans” twice, so which one counts is unclear',
    );
    expect(() => parseBackupJson('{"tables":{},"tables":{}}')).toThrow(
      'it lists “tables” twice, so which one counts is unclear',
    );
    // The same key written another way is the same key.
    expect(() => parseBackupJson('{"tables":{},"\\u0074ables":{}}')).toThrow(/“tables” twice/);
    // Inside a record JSON's rule holds: the last one counts.
    const { tables } = parseBackupJson('{"tables":{"plans":[{"id":"a","id":"b"}]}}');
    expect(tables.get('plans')).toEqual([{ id: 'b' }]);
    // A key inside a string is not a key.
    expect(() =>
      parseBackupJson('{"note":"\\"tables\\": {}","tables":{"a":["\\"a\\":["]}}'),
    ).not.toThrow();
  });

  it('refuses values nested deeper than a backup ever is: 3,000 and 100,000 levels', () => {
    for (const depth of [3000, 100_000])
      expect(() => parseBackupJson(nested(depth))).toThrow(
        `it holds values nested more than ${BACKUP_MAX_DEPTH} levels deep, and a backup never does`,
      );
    // Brackets inside text do not count.
    const text = `{"tables":{"settings":[{"key":"k","value":"${'['.repeat(5000)}"}]}}`;
    expect(parseBackupJson(text).tables.get('settings')).toHaveLength(1);
    // The deepest a limit allows still parses.
    expect(() => parseBackupJson(nested(BACKUP_MAX_DEPTH - 4))).not.toThrow();
    expect(() => parseBackupJson(nested(BACKUP_MAX_DEPTH - 3))).toThrow(/nested/);
  });

  it('keeps a "__proto__" table as data, not as a prototype', () => {
    const { tables } = parseBackupJson('{"tables":{"__proto__":[{"polluted":true}]}}');
    expect(tables.get('__proto__')).toEqual([{ polluted: true }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the encoding of a backup file', () => {
  const text = '{"title":"Café ✓"}';
  const utf16 = (le: boolean, bom: boolean) => {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
    }
    return new Uint8Array(out);
  };
  const decode = (bytes: Uint8Array) => textDecoderFor(bytes.subarray(0, 4)).decode(bytes);

  it('reads UTF-8 with or without a byte-order mark, and UTF-16 either way round', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decode(utf8)).toBe(text);
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    for (const le of [true, false])
      for (const bom of [true, false]) {
        expect(textEncodingOf(utf16(le, bom))).toBe(le ? 'utf-16le' : 'utf-16be');
        expect(decode(utf16(le, bom))).toBe(text);
      }
  });

  it('refuses bytes that are not text in their encoding', () => {
    expect(() => decode(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x80]))).toThrow(TypeError);
  });
});
