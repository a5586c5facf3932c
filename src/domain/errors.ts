/**
 * Errors a person can read. Every write in db/ throws one of these when it refuses input or
 * cannot complete; the screens show `message` as it is.
 */
export type UserErrorKind = 'validation' | 'not-found' | 'storage' | 'conflict' | 'import';

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

/** A message for anything thrown, never an empty string or a stack trace. */
export function messageOf(e: unknown): string {
  if (e instanceof UserError) return e.message;
  if (e instanceof Error) {
    if (e.name === 'QuotaExceededError' || /quota/i.test(e.message)) {
      return 'Your device is out of storage space for this app, so nothing was saved. Free some space, then try again.';
    }
    return `Something went wrong and nothing was saved (${e.message || e.name}).`;
  }
  return 'Something went wrong and nothing was saved.';
}
