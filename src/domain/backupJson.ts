/**
 * Parsing a backup file without one long task.
 *
 * `JSON.parse` of a 10,000-record backup is one block of main-thread work, long enough to freeze
 * the page. Instead, one string-aware pass (in slices) finds where each table's rows start and
 * end; the rows are then parsed a batch at a time with the native parser, and everything else
 * (the envelope, with each table's list emptied) is parsed on its own.
 *
 * Invariant: whatever this accepts, `JSON.parse` accepts too and gives the same value. The
 * envelope text and every row are each checked by `JSON.parse`, and the pass splits a list only
 * at its own commas, so the pieces put back together are exactly the file. (It is stricter in
 * one way: a key listed twice is refused, where `JSON.parse` would keep the last.)
 */
import type { SliceClock } from './slices';

export class BackupSyntaxError extends Error {
  /** The table and 1-based record the problem is in, when it is inside a record. */
  readonly table: string | undefined;
  readonly record: number | undefined;

  constructor(message: string, where?: { table: string; record: number }) {
    super(message);
    this.name = 'BackupSyntaxError';
    this.table = where?.table;
    this.record = where?.record;
  }
}

export interface SplitBackup {
  /** The document with every table's rows taken out (`"tables": {"plans": [], ...}`), parsed. */
  head: unknown;
  /** Each table's rows in file order, parsed; tables in file order. */
  tables: Map<string, unknown[]>;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

const notJson = () =>
  new BackupSyntaxError('it is not valid JSON (it may be cut short or damaged)');

interface TableSpan {
  name: string;
  /** Index of the list's `[` and `]`. */
  open: number;
  close: number;
  /** [start, end) of each row's text, commas excluded. */
  rows: [number, number][];
}

/** Where a string that opens at `start` closes (the index after its closing quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) throw notJson();
    let slashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

function keyAt(text: string, span: [number, number] | null): string {
  if (!span) throw notJson();
  try {
    const key: unknown = JSON.parse(text.slice(span[0], span[1]));
    if (typeof key === 'string') return key;
  } catch {
    // fall through
  }
  throw notJson();
}

async function findTables(
  text: string,
  clock: SliceClock,
  onProgress?: (fraction: number) => void,
): Promise<TableSpan[]> {
  const spans: TableSpan[] = [];
  const stack: number[] = []; // OPEN_OBJECT or OPEN_LIST per open container
  let lastString: [number, number] | null = null;
  let rootKey: string | null = null; // the key whose value comes next, in the root object
  let tablesKey: string | null = null; // the same, inside "tables"
  let sawTables = false;
  let inTables = false; // the container at depth 2 is the "tables" object
  let current: TableSpan | null = null; // the list at depth 3 is a table's rows
  let rowStart = 0;
  let rowHasContent = false;
  let nextCheck = 65_536;

  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i >= nextCheck) {
      nextCheck = i + 65_536;
      onProgress?.(i / n);
      await clock.tick();
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    const depth = stack.length;
    if (current && depth >= 3 && !(depth === 3 && (c === COMMA || c === CLOSE_LIST)))
      rowHasContent = true;
    switch (c) {
      case QUOTE: {
        const end = stringEnd(text, i);
        lastString = [i, end];
        i = end - 1;
        break;
      }
      case COLON:
        if (depth === 1) rootKey = keyAt(text, lastString);
        else if (depth === 2 && inTables) tablesKey = keyAt(text, lastString);
        lastString = null;
        break;
      case COMMA:
        if (current && depth === 3) {
          if (!rowHasContent) throw notJson();
          current.rows.push([rowStart, i]);
          rowStart = i + 1;
          rowHasContent = false;
        }
        if (depth === 1) rootKey = null;
        if (depth === 2) tablesKey = null;
        break;
      case OPEN_OBJECT:
        if (depth === 1 && rootKey === 'tables') {
          if (sawTables) throw new BackupSyntaxError('it lists "tables" twice');
          sawTables = true;
          inTables = true;
        }
        stack.push(OPEN_OBJECT);
        break;
      case OPEN_LIST:
        if (depth === 2 && inTables && tablesKey !== null) {
          const name = tablesKey;
          if (spans.some((s) => s.name === name))
            throw new BackupSyntaxError(`it lists the table "${name}" twice`);
          current = { name, open: i, close: -1, rows: [] };
          rowStart = i + 1;
          rowHasContent = false;
        }
        stack.push(OPEN_LIST);
        break;
      case CLOSE_OBJECT:
      case CLOSE_LIST: {
        const open = stack.pop();
        if (open !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_LIST)) throw notJson();
        if (current && depth === 3) {
          if (rowHasContent) current.rows.push([rowStart, i]);
          else if (current.rows.length > 0) throw notJson(); // a trailing comma
          current.close = i;
          spans.push(current);
          current = null;
        }
        if (depth === 2 && inTables) inTables = false;
        break;
      }
      default:
        break;
    }
  }
  if (stack.length !== 0) throw notJson();
  onProgress?.(1);
  return spans;
}

/** Parse rows `[from, to)` of a table with one native parse; name the record if one is bad. */
function parseRows(text: string, span: TableSpan, from: number, to: number): unknown[] {
  const first = span.rows[from];
  const last = span.rows[to - 1];
  if (!first || !last) return [];
  try {
    const rows: unknown = JSON.parse(`[${text.slice(first[0], last[1])}]`);
    if (Array.isArray(rows) && rows.length === to - from) return rows;
  } catch {
    // find the record at fault below
  }
  for (let r = from; r < to; r++) {
    const [s, e] = span.rows[r] ?? [0, 0];
    try {
      JSON.parse(text.slice(s, e));
    } catch {
      throw new BackupSyntaxError('it is not valid JSON (it may be cut short or damaged)', {
        table: span.name,
        record: r + 1,
      });
    }
  }
  throw notJson();
}

/**
 * Split and parse a backup file's text in slices. Throws `BackupSyntaxError` when the text is
 * not JSON. The caller checks the shape.
 */
export async function splitBackupJson(
  text: string,
  clock: SliceClock,
  onProgress?: (fraction: number) => void,
): Promise<SplitBackup> {
  const spans = await findTables(text, clock, (f) => onProgress?.(f * 0.5));

  let head: unknown;
  try {
    let skeleton = '';
    let from = 0;
    for (const s of spans) {
      skeleton += text.slice(from, s.open + 1);
      from = s.close;
    }
    skeleton += text.slice(from);
    head = JSON.parse(skeleton);
  } catch {
    throw notJson();
  }

  const totalChars = Math.max(
    1,
    spans.reduce((sum, s) => sum + (s.close - s.open), 0),
  );
  let doneChars = 0;
  const tables = new Map<string, unknown[]>();
  for (const span of spans) {
    const rows: unknown[] = [];
    let from = 0;
    while (from < span.rows.length) {
      // Batches of about 256 KB of text: a few milliseconds of native parsing each.
      let to = from + 1;
      const start = span.rows[from]?.[0] ?? 0;
      while (to < span.rows.length && (span.rows[to]?.[1] ?? 0) - start < 262_144) to++;
      for (const row of parseRows(text, span, from, to)) rows.push(row);
      doneChars += (span.rows[to - 1]?.[1] ?? start) - start;
      onProgress?.(0.5 + (0.5 * doneChars) / totalChars);
      from = to;
      await clock.tick();
    }
    tables.set(span.name, rows);
  }
  onProgress?.(1);
  return { head, tables };
}
