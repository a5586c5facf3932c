import type { SliceClock } from './slices';

/** `sha256:<hex>` of a text's UTF-8 bytes. */
export async function sha256Of(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
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
  const nl = lines ? '\n' : '';
  return `{${encoded.map(([name, rows]) => `${nl}${JSON.stringify(name)}:[${nl}${rows.join(`,${nl}`)}${nl}]`).join(',')}${nl}}`;
}
