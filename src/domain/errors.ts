/**
 * Errors a person can read. Every write in db/ throws one of these when it refuses input or
 * cannot complete; the screens show `message` as it is.
 */
export type UserErrorKind =
  'validation' | 'not-found' | 'storage' | 'conflict' | 'import' | 'network';

export class UserError extends Error {
  readonly kind: UserErrorKind;
  /** The field the message is about, when there is one (for placing it next to the input). */
  readonly field: string | undefined;

  constructor(kind: UserErrorKind, message: string, field?: string) {
    super(message);
    this.name = 'UserError';
    this.kind = kind;
    this.field = field;
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/**
 * A part of the app loaded on demand could not be fetched (Chromium, Firefox and Safari word it
 * differently): offline with an old page open after an update, for one.
 */
const CODE_NOT_LOADED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;
export const CODE_NOT_LOADED_MESSAGE =
  'Part of Pivotboard could not be loaded, so nothing was saved. Check your connection, reload the page, then try again.';

/** A message for anything thrown, never an empty string or a stack trace. */
export function messageOf(e: unknown): string {
  if (e instanceof UserError) return e.message;
  if (e instanceof Error) {
    if (e.name === 'QuotaExceededError' || /quota/i.test(e.message)) {
      return 'Your device is out of storage space for this app, so nothing was saved. Free some space, then try again.';
    }
    if (CODE_NOT_LOADED.test(e.message)) return CODE_NOT_LOADED_MESSAGE;
    return `Something went wrong and nothing was saved (${e.message || e.name}).`;
  }
  return 'Something went wrong and nothing was saved.';
}
