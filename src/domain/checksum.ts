import type { SliceClock } from './slices';

const hexOf = (digest: ArrayBuffer | Uint8Array) =>
  `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;

/** `sha256:<hex>` of a text's UTF-8 bytes. */
export async function sha256Of(text: string): Promise<string> {
  return hexOf(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * `sha256Of(parts.join(''))` without one long task: the parts are encoded into one buffer a few
 * at a time, with pauses, and the buffer is hashed natively (a 3 MB backup in about 5 ms, off
 * the page's thread). Parts must not split a character (whole rows never do). Where WebCrypto is
 * missing (a page not served over https or from localhost), a JavaScript SHA-256 is loaded
 * instead, about 20 times slower.
 */
export async function sha256OfParts(parts: Iterable<string>, clock: SliceClock): Promise<string> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return sha256OfPartsInJs(parts, clock);
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 16);
  let used = 0;
  let count = 0;
  for (const part of parts) {
    const room = used + part.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (room > buffer.length) {
      const bigger = new Uint8Array(Math.max(room, buffer.length * 2));
      bigger.set(buffer.subarray(0, used));
      buffer = bigger;
    }
    used += encoder.encodeInto(part, buffer.subarray(used)).written;
    if (++count % 64 === 0) await clock.tick(); // a row is a part: awaiting each was a tenth of the time
  }
  return hexOf(await subtle.digest('SHA-256', buffer.subarray(0, used)));
}

/** The same digest in JavaScript (@noble/hashes, incremental), for pages without WebCrypto. */
export async function sha256OfPartsInJs(
  parts: Iterable<string>,
  clock: SliceClock,
): Promise<string> {
  const { sha256 } = await import('@noble/hashes/sha2.js');
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
export function* tableParts(
  encoded: readonly [string, string[]][],
  lines = false,
): Generator<string> {
  const nl = lines ? '\n' : '';
  yield '{';
  for (const [t, [name, rows]] of encoded.entries()) {
    yield `${t ? ',' : ''}${nl}${JSON.stringify(name)}:[${nl}`;
    for (const [i, row] of rows.entries()) yield i ? `,${nl}${row}` : row;
    yield `${nl}]`;
  }
  yield `${nl}}`;
}
