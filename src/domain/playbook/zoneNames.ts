/** How the landing zones read inside sentences and headlines (the zones themselves: ../roleTypes). */
import type { RoleTypeId } from '../roleTypes';
import { listJoin } from './text';

/** After "roles …". */
export const ZONE_PHRASES: Record<RoleTypeId, string> = {
  'medical-affairs': 'in medical affairs',
  'clinical-development': 'in clinical development',
  medtech: 'in medtech',
  'health-tech': 'in digital health',
  payer: 'on the payer side',
  other: 'in industry',
};

/** After "the move …". */
export const MOVE_INTO: Record<RoleTypeId, string> = {
  'medical-affairs': 'into medical affairs',
  'clinical-development': 'into clinical development',
  medtech: 'into medtech',
  'health-tech': 'into digital health',
  payer: 'to the payer side',
  other: 'into industry',
};

/** After "Exploring …" in a headline. */
export const HEADLINE_ZONES: Record<RoleTypeId, string> = {
  'medical-affairs': 'medical affairs',
  'clinical-development': 'clinical development',
  medtech: 'medtech',
  'health-tech': 'digital health',
  payer: 'payer medicine',
  other: 'industry roles',
};

/** A landing zone, not "other" or unknown. */
export function knownZone(id: RoleTypeId | null): id is Exclude<RoleTypeId, 'other'> {
  return id !== null && id !== 'other';
}

/** "in medical affairs and clinical development", "in medtech and on the payer side", "in industry". */
export function zonesPhrase(zones: readonly RoleTypeId[]): string {
  const phrases = zones.filter(knownZone).map((z) => ZONE_PHRASES[z]);
  if (phrases.length === 0) return 'in industry';
  const allIn = phrases.every((p) => p.startsWith('in '));
  return allIn ? `in ${listJoin(phrases.map((p) => p.slice(3)))}` : listJoin(phrases);
}
