/**
 * The IndexedDB database. This folder is the only code that touches Dexie (enforced by lint).
 *
 * Schema versions are a list, oldest first. Never edit a version that has shipped: add a new
 * one with its `stores` changes and an `upgrade` that carries old records forward. Tests open a
 * database at each earlier version with data in it, then open it at the latest and check the data.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
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

/** Declare versions 1..`upTo` on a Dexie instance (tests use this to build old databases). */
export function declareVersions(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
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
    super(name);
    declareVersions(this);
  }
}

export const db = new PivotDatabase();

/** Every table of the latest version, in a stable order (backups list them in this order). */
export const TABLE_NAMES = Object.keys(
  SCHEMA_VERSIONS.reduce<Record<string, string | null>>((acc, v) => ({ ...acc, ...v.stores }), {}),
).filter((name) => SCHEMA_VERSIONS.findLast((v) => name in v.stores)?.stores[name] !== null);
