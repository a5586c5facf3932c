/** Errors from the browser's storage, turned into messages a person can read. */
import Dexie from 'dexie';
import { UserError } from '../domain/errors';
import { isOutdated, outdatedReason } from './database';

export const STORAGE_UNAVAILABLE =
  'This browser is not letting Pivotboard store anything on this device (private browsing, or a setting that blocks site data, can do this). Nothing was saved.';

export function toUserError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  const inner = e instanceof Dexie.DexieError && e.inner instanceof Error ? e.inner : e;
  const name = inner instanceof Error ? inner.name : '';
  if (
    name === 'QuotaExceededError' ||
    (e instanceof Dexie.DexieError && e.name === 'QuotaExceededError')
  ) {
    return new UserError(
      'storage',
      'This device is out of storage space for Pivotboard, so nothing was saved. Free some space (or export a backup), then try again.',
    );
  }
  if (outdatedReason() === 'deleted') {
    return new UserError(
      'storage',
      'Pivotboard’s data was deleted in another tab, so nothing was saved. Reload this tab to start again.',
    );
  }
  if (
    isOutdated() ||
    name === 'VersionError' ||
    (e instanceof Dexie.DexieError &&
      (e.name === 'DatabaseClosedError' || e.name === 'VersionChangeError'))
  ) {
    return new UserError(
      'storage',
      'Pivotboard was updated in another tab. Reload this tab to keep working; nothing was saved.',
    );
  }
  if (
    e instanceof Dexie.DexieError &&
    (e.name === 'MissingAPIError' || e.name === 'OpenFailedError' || e.name === 'InvalidStateError')
  ) {
    return new UserError('storage', STORAGE_UNAVAILABLE);
  }
  const detail = inner instanceof Error ? inner.message : String(inner);
  return new UserError('storage', `Saving failed and nothing was changed (${detail}).`);
}
