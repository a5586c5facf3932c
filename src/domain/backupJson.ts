/**
 * Reading a backup file's bytes into values: the one parser of both import paths (the backup
 * worker and the page), so a file is accepted or refused the same way wherever it is read.
 *
 * - Encoding: UTF-8, with or without a byte-order mark; UTF-16 (little- or big-endian) when the
 *   file says so with its byte-order mark, or starts with `{` and a zero byte (as Windows' Notepad
 *   writes "Unicode"). Bytes that are not text in that encoding are refused.
 * - Nesting: at most `BACKUP_MAX_DEPTH` levels. A backup needs six; far deeper values (thousands
 *   of levels) cannot be stored or copied between threads without running out of stack.
 * - Keys: a key listed twice in the file's outline (the envelope, or a table in `tables`) is
 *   refused, since which copy counts is a guess. Inside a record JSON's own rule holds (the last
 *   one counts), the same on both paths.
 * - Then one native `JSON.parse` of the whole text.
 */

export class BackupSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupSyntaxError';
  }
}

/** Levels of nesting a backup may have: six are used (a stage change in an opportunity's history). */
export const BACKUP_MAX_DEPTH = 24;

export const NOT_JSON = 'it is not valid JSON (it may be cut short or damaged)';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of a file from its first bytes (see the top of this file). */
export function textEncodingOf(first: Uint8Array): TextEncodingName {
  const [a, b] = first;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a !== undefined && a !== 0 && b === 0) return 'utf-16le';
  if (a === 0 && b !== undefined && b !== 0) return 'utf-16be';
  return 'utf-8';
}

/** A decoder for a file whose first bytes are `first`: it drops a byte-order mark and throws on bytes that are not text. */
export function textDecoderFor(first: Uint8Array): TextDecoder {
  return new TextDecoder(textEncodingOf(first), { fatal: true });
}

export interface ParsedBackupJson {
  /** The document, with each table's rows taken out (`"tables": {"plans": [], ...}`). */
  head: unknown;
  /** Each table's rows, tables in file order; empty when `tables` is not an object of lists. */
  tables: Map<string, unknown[]>;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_OBJECT = 123;
const OPEN_LIST = 91;
const CLOSE_OBJECT = 125;
const CLOSE_LIST = 93;

/** Where a string that opens at `start` closes (the index after its closing quote), or -1. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    let slashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

function keyText(text: string, start: number, end: number): string | null {
  try {
    const key: unknown = JSON.parse(text.slice(start, end));
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/**
 * One pass over the text's structure (strings skipped whole): how deep it nests, and the first
 * key of the outline that is listed twice. Stops at the first level too deep. It does not check
 * the syntax; `JSON.parse` does, after it.
 */
function outline(text: string): { tooDeep: boolean; twice: string | null } {
  let depth = 0;
  let twice: string | null = null;
  const rootKeys = new Set<string>();
  const tableKeys = new Set<string>();
  let rootKey: string | null = null; // the root key whose value comes next
  let inTables = false; // the object at depth 2 is "tables"
  let lastString = -1;
  let lastStringEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) break; // not JSON: the parse says so
      lastString = i;
      lastStringEnd = end;
      i = end - 1;
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      depth++;
      if (depth > BACKUP_MAX_DEPTH) return { tooDeep: true, twice };
      if (depth === 2) inTables = c === OPEN_OBJECT && rootKey === 'tables';
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      depth--;
    } else if (c === COLON && (depth === 1 || (depth === 2 && inTables))) {
      const key: string | null =
        lastString < 0 || twice !== null ? null : keyText(text, lastString, lastStringEnd);
      if (key === null) continue;
      const seen = depth === 1 ? rootKeys : tableKeys;
      if (seen.has(key)) twice = depth === 1 ? `“${key}”` : `the table “${key}”`;
      seen.add(key);
      if (depth === 1) rootKey = key;
    }
  }
  return { tooDeep: false, twice };
}

/**
 * Parse a backup file's text (a byte-order mark already dropped). Throws `BackupSyntaxError`,
 * whose message completes "This file is not a Pivotboard backup: …", when it is not JSON, nests
 * too deeply or lists a key of its outline twice. The caller checks the shape.
 */
export function parseBackupJson(text: string): ParsedBackupJson {
  const { tooDeep, twice } = outline(text);
  if (tooDeep)
    throw new BackupSyntaxError(
      `it holds values nested more than ${BACKUP_MAX_DEPTH} levels deep, and a backup never does`,
    );
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new BackupSyntaxError(NOT_JSON);
  }
  if (twice) throw new BackupSyntaxError(`it lists ${twice} twice, so which one counts is unclear`);
  const tables = new Map<string, unknown[]>();
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { head: doc, tables };
  const listed: unknown = Object.hasOwn(doc, 'tables')
    ? (doc as { tables: unknown }).tables
    : undefined;
  if (typeof listed !== 'object' || listed === null || Array.isArray(listed))
    return { head: doc, tables };
  const entries = Object.entries(listed);
  if (!entries.every(([, rows]) => Array.isArray(rows))) return { head: doc, tables };
  const emptied: Record<string, unknown[]> = {};
  for (const [name, rows] of entries) {
    tables.set(name, rows as unknown[]);
    Object.defineProperty(emptied, name, {
      value: [],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { head: { ...doc, tables: emptied }, tables };
}
