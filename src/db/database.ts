/**
 * The IndexedDB database. This folder is the only code that touches Dexie (enforced by lint).
 *
 * Schema versions are a list, oldest first. Never edit a version that has shipped: add a new
 * one with its `stores` changes and an `upgrade` that carries old records forward. Tests open a
 * database at each earlier version with data in it, then open it at the latest and check the data.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { changeRecorder } from './recorder';
import type { DiagnoseItem } from '../domain/schema/diagnose';
import type { Clawback, Debt, ExitPlan } from '../domain/schema/exitPlan';
import type { Milestone } from '../domain/schema/milestone';
import type { Call, Contact } from '../domain/schema/networking';
import type { Opportunity } from '../domain/schema/opportunity';
import type { Plan } from '../domain/schema/plan';
import type { RecordEntry } from '../domain/schema/record';
import type { SettingRow } from '../domain/schema/settings';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      plans: 'id',
      milestones: 'id, planId, [planId+month]',
      settings: 'key',
    },
  },
  {
    // Networking: people and the calls with them. Only new tables, so no upgrade step.
    version: 2,
    stores: {
      contacts: 'id',
      calls: 'id, contactId, day',
    },
  },
  {
    // Opportunities pipeline and the exit plan.
    version: 3,
    stores: {
      opportunities: 'id, planId, [planId+stage]',
      exitPlans: 'planId',
      clawbacks: 'id, planId',
      debts: 'id, planId',
    },
  },
  {
    // Overview, diagnose board and running record. Vision, red flags and first-run progress are settings rows.
    version: 4,
    stores: {
      diagnoseItems: 'id, column',
      recordEntries: 'id, date, kind',
    },
  },
];

export const SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

/**
 * Declare versions 1..`upTo` on a Dexie instance. Tests use this to build old databases, and
 * importing an old backup uses it to run the file through the same upgrades as the database.
 */
export function declareVersions(
  db: Dexie,
  upTo: number = SCHEMA_VERSION,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): void {
  for (const v of versions) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

export const DATABASE_NAME = 'pivotboard';

export class PivotDatabase extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  milestones!: EntityTable<Milestone, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  contacts!: EntityTable<Contact, 'id'>;
  calls!: EntityTable<Call, 'id'>;
  opportunities!: EntityTable<Opportunity, 'id'>;
  exitPlans!: EntityTable<ExitPlan, 'planId'>;
  clawbacks!: EntityTable<Clawback, 'id'>;
  debts!: EntityTable<Debt, 'id'>;
  diagnoseItems!: EntityTable<DiagnoseItem, 'id'>;
  recordEntries!: EntityTable<RecordEntry, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // No query cache: with it, Dexie clones every live query's result (1,000 cards, 10,000
    // calls) and re-runs live queries on a write before its transaction commits, so a drop's
    // transaction waited ~25 ms for the board to render again (npm run bench, figure 4). The
    // screens show their own changes at once anyway (the board's move store, the toasts).
    super(name, { cache: 'disabled' });
    declareVersions(this);
    this.use(changeRecorder); // what undo, redo and sync are built on (db/recorder.ts)
  }
}

export const db = new PivotDatabase();

/** The tables that exist at `version`, in the order they were added. */
export function tableNamesAt(
  version: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): string[] {
  const upTo = versions.filter((v) => v.version <= version);
  return Object.keys(
    upTo.reduce<Record<string, string | null>>((acc, v) => ({ ...acc, ...v.stores }), {}),
  ).filter((name) => upTo.findLast((v) => name in v.stores)?.stores[name] !== null);
}

/** Every table of the latest version, in a stable order (backups list them in this order). */
export const TABLE_NAMES = tableNamesAt(SCHEMA_VERSION);

/*
 * Another tab opened a newer version of the app, which upgrades the database, or deleted
 * everything (Settings → Delete everything on this device): Dexie closes this tab's connection
 * so that can go ahead. This tab then asks to be reloaded (see app/AppBanners), and writes say
 * so instead of failing with a puzzling error. After a deletion the connection stays closed:
 * opened again by the next read or write, it would make a new, empty database here, and a
 * write a lone row in it.
 */
export type OutdatedReason = 'upgraded' | 'deleted';
let outdated: OutdatedReason | null = null;
const outdatedListeners = new Set<() => void>();
db.on('versionchange', (event: IDBVersionChangeEvent) => {
  outdated = event.newVersion ? 'upgraded' : 'deleted';
  for (const listener of outdatedListeners) listener();
  if (outdated === 'upgraded') return; // Dexie's own handler closes it (later handlers run first)
  db.close({ disableAutoOpen: true });
  return false; // and not Dexie's, which would let it open again
});

export const isOutdated = () => outdated !== null;
export const outdatedReason = (): OutdatedReason | null => outdated;
export function onOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}

/** Open the database at start-up; rejects when this browser cannot store anything. */
export async function openDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined')
    throw new Dexie.MissingAPIError('IndexedDB is not available.');
  await db.open();
}
