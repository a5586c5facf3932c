/**
 * The sync binding: mirrors the plan's rows (Dexie, still the app's store) into one Y.Doc, and
 * the doc's changes from other devices back into Dexie.
 *
 * The doc holds one Y.Map per table; in it, a Y.Map per row (by the row's key); in that, one
 * sealed value per field or group of fields (domain/syncRows.ts). `mirror` is the plain text of
 * every value in the doc, as this device last agreed with it. Everything runs one job at a time:
 *
 * - a local change (any tab: Dexie tells every tab what it changed) reads the changed rows and
 *   seals into the doc only the values that differ from the mirror, so a row written from the
 *   doc is never sent back;
 * - a change from another device opens the changed values, rebuilds each row from them (keeping
 *   any local change not yet sent), checks it with the same schemas as an import, and writes
 *   what passes in one transaction. A value that does not open, or a row that does not pass, is
 *   skipped and reported, never written.
 * - when a change from another device replaced a value this device had set without having seen
 *   theirs (both offline), Yjs keeps one for everyone; if ours lost, the user is told.
 */
import type Dexie from 'dexie';
import * as Y from 'yjs';
import {
  rowToValues,
  SYNC_TABLES,
  valuesToFields,
  type SyncRow,
  type SyncTable,
} from '../../domain/syncRows';
import { loadSchemas } from '../schemas';
import { open, placeOf, seal, UnreadableValue } from './seal';

interface Known {
  sealed: string;
  json: string;
}
type MirrorRow = Map<string, Known>;

/** A value of ours that another device's change replaced. */
export interface LostEdit {
  table: string;
  id: string;
  /** The value's name (a field, or '+group'). */
  value: string;
  mine: unknown;
  theirs: unknown;
}

export interface SkippedChange {
  table: string;
  id: string;
  reason: 'unreadable' | 'invalid';
  detail?: string | undefined;
}

interface PullResult {
  applied: number;
  lost: LostEdit[];
  skipped: SkippedChange[];
}

export interface BindingEvents {
  /** Rows from another device were written here. */
  applied?: (rows: number) => void;
  lost?: (edits: LostEdit[]) => void;
  skipped?: (changes: SkippedChange[]) => void;
}

/** The transaction origin of our own changes to the doc. */
export const LOCAL = Symbol('local');

type RemoteWrite = <T>(tables: string[], body: () => Promise<T>) => Promise<T>;

export interface BindingOptions {
  doc: Y.Doc;
  key: CryptoKey;
  database: Dexie;
  events?: BindingEvents;
  /** Runs the write of remote rows (a transaction the change feed marks 'remote'). */
  writeRemote?: RemoteWrite;
}

const rowKey = (table: string, id: string) => `${table}\u0000${id}`;

export class SyncBinding {
  readonly doc: Y.Doc;
  private readonly key: CryptoKey;
  private readonly database: Dexie;
  private readonly events: BindingEvents;
  private readonly writeRemote: RemoteWrite;
  private readonly mirror = new Map<string, Map<string, MirrorRow>>();
  private queue: Promise<void> = Promise.resolve();
  private dirtyRemote = new Map<string, Set<string>>();
  private lostRemote = new Set<string>();
  private remoteScheduled = false;
  private stopped = false;
  private readonly unobserve: (() => void)[] = [];

  constructor(options: BindingOptions) {
    this.doc = options.doc;
    this.key = options.key;
    this.database = options.database;
    this.events = options.events ?? {};
    this.writeRemote =
      options.writeRemote ?? ((tables, body) => this.database.transaction('rw', tables, body));
    for (const spec of SYNC_TABLES) {
      this.mirror.set(spec.name, new Map());
      const map = this.tableMap(spec.name);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
        if (tr.origin === LOCAL) return;
        for (const event of events) this.noteRemote(spec, event);
        this.scheduleRemote();
      };
      map.observeDeep(observer);
      this.unobserve.push(() => map.unobserveDeep(observer));
    }
  }

  private tableMap(table: string): Y.Map<Y.Map<string>> {
    return this.doc.getMap(table);
  }

  /** Run after the jobs before it, one at a time; a failed job does not stop the next. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(() => (this.stopped ? undefined : job()));
    this.queue = next.catch((e: unknown) => console.error('Sync:', e));
    return next;
  }

  /** Everything queued so far is done. */
  idle(): Promise<void> {
    return this.queue;
  }

  stop(): void {
    this.stopped = true;
    for (const off of this.unobserve.splice(0)) off();
  }

  // ---------------------------------------------------------------------------------------
  // This device → the doc

  /** Rows of `table` changed here (`'all'`: look at the whole table). */
  pushLocal(table: string, ids: readonly string[] | 'all'): Promise<void> {
    const spec = SYNC_TABLES.find((t) => t.name === table);
    if (!spec) return Promise.resolve();
    return this.enqueue(() => this.push(spec, ids));
  }

  /** Every table: after a start, or when changes may have been missed. */
  pushAll(): Promise<void> {
    return Promise.all(SYNC_TABLES.map((t) => this.pushLocal(t.name, 'all'))).then(() => undefined);
  }

  private async push(spec: SyncTable, ids: readonly string[] | 'all'): Promise<void> {
    const table = this.database.table(spec.name);
    const rows = (ids === 'all' ? await table.toArray() : await table.bulkGet([...ids])).filter(
      (row): row is SyncRow => Boolean(row),
    );
    const mirror = this.mirror.get(spec.name) ?? new Map<string, MirrorRow>();
    const sets: { id: string; name: string; json: string; sealed: string }[] = [];
    const removes: { id: string; name: string }[] = [];
    const present = new Set<string>();
    const sealing: Promise<void>[] = [];
    for (const row of rows) {
      const id = String(row[spec.key]);
      if (spec.local?.(id)) continue;
      present.add(id);
      const known = mirror.get(id);
      const values = rowToValues(spec, row);
      for (const [name, json] of values) {
        if (known?.get(name)?.json === json) continue;
        sealing.push(
          seal(this.key, placeOf(spec.name, id, name), json).then((sealed) => {
            sets.push({ id, name, json, sealed });
          }),
        );
      }
      for (const name of known?.keys() ?? []) if (!values.has(name)) removes.push({ id, name });
    }
    await Promise.all(sealing);
    const gone = (ids === 'all' ? [...mirror.keys()] : ids).filter(
      (id) => !present.has(id) && mirror.has(id) && !spec.local?.(id),
    );
    if (!sets.length && !removes.length && !gone.length) return;
    const map = this.tableMap(spec.name);
    this.doc.transact(() => {
      for (const { id, name, json, sealed } of sets) {
        let rowMap = map.get(id);
        if (!(rowMap instanceof Y.Map)) {
          rowMap = new Y.Map<string>();
          map.set(id, rowMap);
        }
        rowMap.set(name, sealed);
        const known = mirror.get(id) ?? new Map<string, Known>();
        known.set(name, { sealed, json });
        mirror.set(id, known);
      }
      for (const { id, name } of removes) {
        map.get(id)?.delete(name);
        mirror.get(id)?.delete(name);
      }
      for (const id of gone) {
        map.delete(id);
        mirror.delete(id);
      }
    }, LOCAL);
  }

  // ---------------------------------------------------------------------------------------
  // Other devices → this device

  private noteRemote(spec: SyncTable, event: Y.YEvent<Y.AbstractType<unknown>>): void {
    if (!(event instanceof Y.YMapEvent)) return;
    const dirty = this.dirtyRemote.get(spec.name) ?? new Set<string>();
    this.dirtyRemote.set(spec.name, dirty);
    if (event.path.length === 0) {
      // Rows added or deleted.
      for (const id of event.keysChanged) dirty.add(id);
      return;
    }
    const id = String(event.path[0]);
    dirty.add(id);
    const rowMap = event.target;
    if (!(rowMap instanceof Y.Map)) return;
    for (const name of event.keysChanged)
      if (this.ourValueLost(rowMap, name))
        this.lostRemote.add(`${rowKey(spec.name, id)}\u0000${name}`);
  }

  /**
   * Whether the value now at `name` replaced one of ours that its writer had not seen: the
   * items between the winner and the one its writer saw (its origin) were written at the same
   * time as it, and lost.
   */
  private ourValueLost(rowMap: Y.Map<unknown>, name: string): boolean {
    const winner = rowMap._map.get(name);
    if (!winner || winner.id.client === this.doc.clientID) return false;
    for (let item = winner.left; item; item = item.left) {
      if (winner.origin && Y.compareIDs(item.id, winner.origin)) return false;
      if (item.id.client === this.doc.clientID) return true;
    }
    return false;
  }

  private scheduleRemote(): void {
    if (this.remoteScheduled) return;
    this.remoteScheduled = true;
    void this.enqueue(async () => {
      this.remoteScheduled = false;
      const dirty = this.dirtyRemote;
      const lost = this.lostRemote;
      this.dirtyRemote = new Map();
      this.lostRemote = new Set();
      const result = await this.pull(dirty, lost);
      this.report(result);
    });
  }

  private async pull(
    dirty: Map<string, Set<string>>,
    lostNames: Set<string>,
    replaceAll = false,
  ): Promise<PullResult> {
    const { tableSchemas, firstIssue } = await loadSchemas();
    const skipped: SkippedChange[] = [];
    const lost: LostEdit[] = [];
    interface Incoming {
      spec: SyncTable;
      id: string;
      values: MirrorRow | null;
      changed: Set<string>;
    }
    const incoming: Incoming[] = [];
    for (const [table, ids] of dirty) {
      const spec = SYNC_TABLES.find((t) => t.name === table);
      if (!spec) continue;
      const mirror = this.mirror.get(table) ?? new Map<string, MirrorRow>();
      for (const id of ids) {
        if (spec.local?.(id)) continue;
        const rowMap = this.tableMap(table).get(id);
        const known = mirror.get(id);
        if (!(rowMap instanceof Y.Map)) {
          if (known) incoming.push({ spec, id, values: null, changed: new Set() });
          continue;
        }
        const values: MirrorRow = new Map();
        const changed = new Set<string>();
        try {
          await Promise.all(
            [...rowMap.entries()].map(async ([name, sealed]) => {
              const before = known?.get(name);
              if (before?.sealed === sealed) return void values.set(name, before);
              const json = await open(this.key, placeOf(table, id, name), sealed);
              JSON.parse(json);
              values.set(name, { sealed, json });
              changed.add(name);
            }),
          );
        } catch (e) {
          skipped.push({
            table,
            id,
            reason: 'unreadable',
            detail: e instanceof UnreadableValue ? undefined : String(e),
          });
          continue;
        }
        for (const name of known?.keys() ?? []) if (!values.has(name)) changed.add(name);
        if (changed.size) incoming.push({ spec, id, values, changed });
      }
    }
    if (!incoming.length && !replaceAll) return { applied: 0, lost, skipped };

    const accepted: Incoming[] = [];
    const tables = replaceAll
      ? SYNC_TABLES.map((t) => t.name)
      : [...new Set(incoming.map((i) => i.spec.name))];
    await this.writeRemote(tables, async () => {
      accepted.length = 0;
      if (replaceAll) await this.clearSyncedRows();
      for (const change of incoming) {
        const { spec, id, values, changed } = change;
        const table = this.database.table(spec.name);
        const known = this.mirror.get(spec.name)?.get(id);
        if (!values) {
          await table.delete(id);
          accepted.push(change);
          continue;
        }
        const existing = (await table.get(id)) as SyncRow | undefined;
        const here = existing ? rowToValues(spec, existing) : new Map<string, string>();
        const merged = new Map<string, string>();
        for (const name of new Set([...values.keys(), ...here.keys()])) {
          const local = here.get(name);
          // A change made here and not yet sent stays; it goes out next.
          const pendingHere = existing !== undefined && local !== known?.get(name)?.json;
          const json = changed.has(name) || !pendingHere ? values.get(name)?.json : local;
          if (json !== undefined) merged.set(name, json);
        }
        const row = { ...valuesToFields(spec, merged), [spec.key]: id };
        const schema = (
          tableSchemas as Record<
            string,
            { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: unknown } }
          >
        )[spec.name];
        const parsed = schema?.safeParse(row);
        if (!parsed?.success) {
          const issue = parsed?.error
            ? firstIssue(parsed.error as Parameters<typeof firstIssue>[0])
            : null;
          skipped.push({ table: spec.name, id, reason: 'invalid', detail: issue?.message });
          continue;
        }
        await table.put(parsed.data);
        accepted.push(change);
      }
    });

    for (const { spec, id, values, changed } of accepted) {
      const mirror = this.mirror.get(spec.name);
      if (!mirror) continue;
      const before = mirror.get(id);
      if (!values) {
        mirror.delete(id);
        continue;
      }
      for (const name of changed) {
        const tag = `${rowKey(spec.name, id)}\u0000${name}`;
        const mine = before?.get(name)?.json;
        const theirs = values.get(name)?.json;
        if (lostNames.has(tag) && mine !== undefined && theirs !== undefined && mine !== theirs)
          lost.push({
            table: spec.name,
            id,
            value: name,
            mine: JSON.parse(mine),
            theirs: JSON.parse(theirs),
          });
      }
      mirror.set(id, values);
    }
    return { applied: accepted.length, lost, skipped };
  }

  /** Inside a transaction: delete every synced row (rows that stay on this device stay). */
  private async clearSyncedRows(): Promise<void> {
    for (const spec of SYNC_TABLES) {
      const table = this.database.table(spec.name);
      const keys = await table.toCollection().primaryKeys();
      await table.bulkDelete(keys.filter((k) => !spec.local?.(String(k))));
    }
  }

  private report({ applied, lost, skipped }: PullResult): void {
    if (applied) this.events.applied?.(applied);
    if (lost.length) this.events.lost?.(lost);
    if (skipped.length) this.events.skipped?.(skipped);
  }

  // ---------------------------------------------------------------------------------------
  // Start-up

  /**
   * Learn what the doc holds (after loading it from this device's store), without writing to
   * Dexie: the doc only ever holds what Dexie already has, or changes Dexie is about to get.
   */
  async learnDoc(): Promise<SkippedChange[]> {
    const skipped: SkippedChange[] = [];
    await this.enqueue(async () => {
      for (const spec of SYNC_TABLES) {
        const mirror = this.mirror.get(spec.name) ?? new Map<string, MirrorRow>();
        const opening: Promise<void>[] = [];
        for (const [id, rowMap] of this.tableMap(spec.name).entries()) {
          if (!(rowMap instanceof Y.Map)) continue;
          const known: MirrorRow = new Map();
          mirror.set(id, known);
          for (const [name, sealed] of rowMap.entries())
            opening.push(
              open(this.key, placeOf(spec.name, id, name), sealed).then(
                (json) => void known.set(name, { sealed, json }),
                () => void skipped.push({ table: spec.name, id, reason: 'unreadable' }),
              ),
            );
        }
        await Promise.all(opening);
      }
    });
    return skipped;
  }

  /**
   * Make this device's rows the doc's (joining another device's plan): every synced table is
   * replaced, in one transaction, by the rows the doc holds that pass the checks.
   */
  async replaceLocalWithDoc(): Promise<{ rows: number; skipped: SkippedChange[] }> {
    let result: PullResult = { applied: 0, lost: [], skipped: [] };
    await this.enqueue(async () => {
      const dirty = new Map<string, Set<string>>();
      for (const spec of SYNC_TABLES) {
        this.mirror.get(spec.name)?.clear();
        dirty.set(spec.name, new Set(this.tableMap(spec.name).keys()));
      }
      result = await this.pull(dirty, new Set(), true);
    });
    return { rows: result.applied, skipped: result.skipped };
  }

  /** How many rows the doc holds (a room nobody has used holds none). */
  docRows(): number {
    return SYNC_TABLES.reduce((n, t) => n + this.tableMap(t.name).size, 0);
  }
}
