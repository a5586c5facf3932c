/**
 * The change recorder: a Dexie DBCore middleware that, for the transactions asked to be recorded
 * (`recordTransaction`, used by `runRecorded` in db/changes.ts), notes every row a write touches:
 * its table, its primary key, the row before (absent when it was new) and after (absent when it
 * was deleted). Undo, redo and the change feed (sync) are all built on this one record; no write
 * describes its own inverse.
 *
 * Invariants:
 * - Every row change of a recorded transaction is in its record, whatever Dexie call made it:
 *   add/bulkAdd, put/bulkPut, update/modify (puts with keys), delete/bulkDelete, and range
 *   deletes (`clear`, `where(…).delete()`): their rows are read before the delete.
 * - "Before" is read in the same transaction, with the read asked for before the write: IndexedDB
 *   runs a transaction's requests in the order they are made, so the read sees the row as it was
 *   just before this write, and costs no extra round trip (the write does not wait for it).
 * - A key written several times in one transaction is one change: the first "before" and the
 *   last "after". A row added and deleted in the same transaction leaves no change.
 * - Rows a request failed to write (a bulk write's failures) are not recorded; a transaction that
 *   aborts is never reported (db/changes.ts reports only after commit).
 * - Recorded rows are IndexedDB's own copies ("before") or the values handed to the write
 *   ("after"), which writes never change afterwards: nothing is cloned again.
 * - Transactions not asked to be recorded (Dexie's upgrades, tests' raw writes) pass straight
 *   through and cost nothing.
 */
import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Row, RowChange } from '../domain/rowChanges';

/** One transaction's record, in the order rows were first touched. */
export class Recording {
  private readonly byRow = new Map<string, RowChange>();

  note(table: string, key: unknown, before: Row | undefined, after: Row | undefined): void {
    const id = `${table}\u0000${String(key)}`;
    const earlier = this.byRow.get(id);
    const change: RowChange = { table, key: String(key) };
    const first = earlier ? earlier.before : before;
    if (first !== undefined) change.before = first;
    if (after !== undefined) change.after = after;
    this.byRow.set(id, change);
  }

  changes(): RowChange[] {
    return [...this.byRow.values()].filter((c) => c.before !== undefined || c.after !== undefined);
  }
}

const recordings = new WeakMap<DBCoreTransaction, Recording>();

/**
 * Record the writes of this transaction (`trans` is Dexie's `Transaction.idbtrans`, which is what
 * reaches the middleware). A transaction already being recorded keeps its recording: a nested
 * recorded write belongs to the outer one.
 */
export function recordTransaction(trans: DBCoreTransaction): Recording | null {
  if (recordings.has(trans)) return null;
  const recording = new Recording();
  recordings.set(trans, recording);
  return recording;
}

const asRow = (value: unknown): Row | undefined =>
  value !== null && typeof value === 'object' ? (value as Row) : undefined;

function keysOf(table: DBCoreTable, req: { keys?: unknown[]; values: readonly unknown[] }) {
  if (req.keys) return req.keys;
  const extract = table.schema.primaryKey.extractKey;
  return req.values.map((v) => (extract ? extract(v) : undefined));
}

const failed = (res: DBCoreMutateResponse, i: number) => res.failures[i] !== undefined;

function recordMutate(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  recording: Recording,
): Promise<DBCoreMutateResponse> {
  const name = table.name;
  const { trans } = req;
  switch (req.type) {
    case 'add': {
      const keys = keysOf(table, req);
      return table.mutate(req).then((res) => {
        req.values.forEach((value, i) => {
          if (!failed(res, i))
            recording.note(name, res.results?.[i] ?? keys[i], undefined, asRow(value));
        });
        return res;
      });
    }
    case 'put': {
      const keys = keysOf(table, req);
      // Asked for before the write: it sees the rows as they were (requests run in order).
      const before = table.getMany({ trans, keys });
      const written = table.mutate(req);
      return Dexie.Promise.all([before, written]).then(([olds, res]) => {
        req.values.forEach((value, i) => {
          if (!failed(res, i))
            recording.note(name, res.results?.[i] ?? keys[i], asRow(olds[i]), asRow(value));
        });
        return res;
      });
    }
    case 'delete': {
      const before = table.getMany({ trans, keys: req.keys });
      const written = table.mutate(req);
      return Dexie.Promise.all([before, written]).then(([olds, res]) => {
        req.keys.forEach((key, i) => {
          const old = asRow(olds[i]);
          if (old && !failed(res, i)) recording.note(name, key, old, undefined);
        });
        return res;
      });
    }
    case 'deleteRange': {
      const before = rowsInRange(table, trans, req.range);
      const written = table.mutate(req);
      return Dexie.Promise.all([before, written]).then(([rows, res]) => {
        if (res.numFailures === 0)
          for (const [key, row] of rows) recording.note(name, key, row, undefined);
        return res;
      });
    }
  }
}

async function rowsInRange(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  range: DBCoreKeyRange,
): Promise<[unknown, Row][]> {
  const query = { index: table.schema.primaryKey, range };
  const extract = table.schema.primaryKey.extractKey;
  if (extract) {
    const { result } = await table.query({ trans, values: true, query });
    return result.flatMap((value: unknown) => {
      const row = asRow(value);
      return row ? [[extract(row), row] as [unknown, Row]] : [];
    });
  }
  // Out-of-line keys (none of ours today): keys and values in two requests, both in key order.
  const [keys, values] = await Dexie.Promise.all([
    table.query({ trans, values: false, query }),
    table.query({ trans, values: true, query }),
  ]);
  return keys.result.flatMap((key: unknown, i: number) => {
    const row = asRow(values.result[i]);
    return row ? [[key, row] as [unknown, Row]] : [];
  });
}

export const changeRecorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'change-recorder',
  create: (down) => ({
    ...down,
    table: (tableName) => {
      const table = down.table(tableName);
      return {
        ...table,
        mutate: (req) => {
          const recording = recordings.get(req.trans);
          return recording ? recordMutate(table, req, recording) : table.mutate(req);
        },
      };
    },
  }),
};
