/**
 * The playbook's writes: the user's profile, their target landing zones, the hand-over
 * checklist and the hidden check-in. Each is one settings row (in the backup with the rest),
 * checked by its schema, undoable.
 */
import { UserError } from '../domain/errors';
import type { Profile } from '../domain/playbook/profile';
import { MAX_TARGETS, toggleTarget } from '../domain/playbook/targets';
import { ROLE_TYPE_SHORT, type RoleTypeId } from '../domain/roleTypes';
import { getSetting, setSetting, updateSetting } from './settings';

export function saveProfile(profile: Profile) {
  return setSetting('profile', profile, 'Saved your profile');
}

/** Fill in some of the profile (the draft dialog asks for the three a message needs). */
export function completeProfile(part: Partial<Profile>) {
  return updateSetting('profile', (p) => ({ ...p, ...part }), 'Saved to your profile');
}

/** Aim at a landing zone, or stop aiming at it. Refused with a reason when two are chosen already. */
export async function toggleTargetZone(zone: RoleTypeId) {
  const adding = !(await getSetting('targetRoleTypes')).includes(zone);
  return updateSetting(
    'targetRoleTypes',
    (targets) => {
      const next = toggleTarget(targets, zone);
      if (!next) {
        throw new UserError(
          'validation',
          `You can aim at ${MAX_TARGETS} landing zones at most. Take one off first.`,
        );
      }
      return next;
    },
    adding ? `Aiming at ${ROLE_TYPE_SHORT[zone]}` : `No longer aiming at ${ROLE_TYPE_SHORT[zone]}`,
  );
}

export function tickExitItem(id: string, done: boolean) {
  return updateSetting(
    'exitChecklist',
    (ticked) => (done ? [...ticked.filter((t) => t !== id), id] : ticked.filter((t) => t !== id)),
    done ? 'Ticked off' : 'Unticked',
  );
}

export function hideLandmine(id: string) {
  return updateSetting(
    'hiddenLandmines',
    (hidden) => [...hidden.filter((h) => h !== id), id] as typeof hidden,
    'Hidden. It will not show again',
  );
}
