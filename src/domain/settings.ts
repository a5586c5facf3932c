/**
 * Small preferences kept in the database's `settings` table, one row per key. Each key has a
 * default here and a schema in schema/settings.ts; add a key to both.
 */
import type { FirstRunProgress } from './firstRun';
import type { Profile } from './playbook/profile';
import type { RoleTypeId } from './roleTypes';
import type { RedFlag } from './redFlags';
import type { Vision } from './vision';

// The two empty values live here rather than beside their types (vision.ts and firstRun.ts
// re-export them): every screen reads settings, and importing them from there put those modules,
// and money.ts, in the first load of every screen (npm run bench, figure 1).
export const EMPTY_VISION: Vision = {
  weeklyHours: null,
  clinicalShare: null,
  income: null,
  workplace: 'any',
  place: '',
  goodDay: '',
};

export const EMPTY_FIRST_RUN: FirstRunProgress = { completed: [], skipped: [], hidden: false };

export const EMPTY_PROFILE: Profile = {
  name: '',
  specialty: '',
  institution: '',
  targetArea: '',
  boardStatus: 'unsaid',
  experience: [],
};

export const SETTING_DEFAULTS = {
  /** ISO 4217 code; money is stored in whole units of it. */
  currency: 'USD',
  /** Networking calls a week to aim for (0-14); 0 turns the target and streak off. */
  weeklyCallTarget: 2,
  /** Messages count toward the weekly target too (calls, video calls and meetings always do). */
  countMessages: false as boolean,
  /** The life the user is aiming for (Overview). */
  vision: EMPTY_VISION,
  /** The private red-flag checklist (Diagnose). */
  redFlags: [] as RedFlag[],
  /** Which first-run steps are done or skipped (Overview). */
  firstRun: EMPTY_FIRST_RUN,
  /** When the last backup file was made (or the imported backup was exported); ISO timestamp. */
  lastBackupAt: null as string | null,
  /** Show a neutral tab title and icon instead of "Pivotboard". */
  neutralTitle: false as boolean,
  /** Who the user is, for the playbook's headline and messages. */
  profile: EMPTY_PROFILE,
  /** The one or two landing zones the user aims at (Playbook); Networking and Opportunities use them. */
  targetRoleTypes: [] as RoleTypeId[],
  /** Ticked items of the "leave on good terms" checklist (the hand-over milestone). */
  exitChecklist: [] as string[],
  /** The default-plan version whose upgrade offer the user turned down; 0 for none. */
  planTemplateDeclined: 0 as number,
  /** Landmine notes the user hid (page-level ones only, e.g. the first-months check-in). */
  hiddenLandmines: [] as string[],
  /** How the Timeline shows the plan: the whole year at a glance, or a board of month columns. */
  timelineView: 'year' as TimelineView,
} as const;

export const TIMELINE_VIEWS = ['year', 'board'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

export type SettingKey = keyof typeof SETTING_DEFAULTS;

/** The currencies money can be shown in (amounts are stored as plain whole numbers). */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const CURRENCY_LABELS: Record<Currency, string> = {
  USD: 'US dollar (USD)',
  EUR: 'Euro (EUR)',
  GBP: 'British pound (GBP)',
  CAD: 'Canadian dollar (CAD)',
  AUD: 'Australian dollar (AUD)',
  CHF: 'Swiss franc (CHF)',
};
