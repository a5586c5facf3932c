import { sha256 } from '@noble/hashes/sha2.js';
import type { SliceClock } from './slices';

const hexOf = (digest: ArrayBuffer | Uint8Array) =>
  `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;

/** `sha256:<hex>` of a text's UTF-8 bytes. */
export async function sha256Of(text: string): Promise<string> {
  return hexOf(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * `sha256Of(parts.join(''))`, hashed a part at a time with pauses (@noble/hashes, incremental):
 * a 10,000-record backup's text encoded in one go was one 70 ms task, and handing it to
 * `crypto.subtle.digest` whole still one of 50 ms (CPU profiles, tests/bench figure 5). Parts
 * must not split a character (whole rows never do).
 */
export async function sha256OfParts(parts: Iterable<string>, clock: SliceClock): Promise<string> {
  const encoder = new TextEncoder();
  const hash = sha256.create();
  for (const part of parts) {
    hash.update(encoder.encode(part));
    await clock.tick();
  }
  return hexOf(hash.digest());
}

/** SHA-256 of a backup's tables, as written (`JSON.stringify` of the parsed `tables` object). */
export async function checksumOf(tables: unknown): Promise<string> {
  return sha256Of(JSON.stringify(tables));
}

/** Each table's rows as JSON text, a row at a time so a large backup never makes one long task. */
export async function encodeTables(
  tables: Iterable<readonly [string, readonly unknown[]]>,
  clock: SliceClock,
): Promise<[string, string[]][]> {
  const out: [string, string[]][] = [];
  for (const [name, rows] of tables) {
    const encoded: string[] = [];
    for (const row of rows) {
      encoded.push(JSON.stringify(row) ?? 'null');
      if (encoded.length % 256 === 0) await clock.tick();
    }
    out.push([name, encoded]);
  }
  return out;
}

/**
 * The `tables` object as JSON. Compact, it equals `JSON.stringify(Object.fromEntries(tables))`
 * (table names are never array indexes, which JSON.stringify would reorder): the checksum is
 * taken over that. `lines` puts each row on its own line, for the file people may open.
 */
export function joinTables(encoded: readonly [string, string[]][], lines = false): string {
  return [...tableParts(encoded, lines)].join('');
}

/** The text of `joinTables`, in parts: the punctuation, and each row on its own. */
export function* tableParts(encoded: readonly [string, string[]][], lines = false): Generator<string> {
  const nl = lines ? '\n' : '';
  yield '{';
  for (const [t, [name, rows]] of encoded.entries()) {
    yield `${t ? ',' : ''}${nl}${JSON.stringify(name)}:[${nl}`;
    for (const [i, row] of rows.entries()) yield i ? `,${nl}${row}` : row;
    yield `${nl}]`;
  }
  yield `${nl}}`;
}
