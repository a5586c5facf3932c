/**
 * Red flags to deal with before any big move (docs/domain.md). A private checklist: a ticked flag
 * never blocks anything; it points calmly to help.
 */
export const RED_FLAGS = [
  'burnout',
  'depression',
  'suicidal',
  'family',
  'health',
  'moral-distress',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/** Checkbox labels: docs/accessible-names.md. */
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  burnout: 'Burnout',
  depression: 'Severe depression',
  suicidal: 'Suicidal thoughts',
  family: 'Major family issues',
  health: 'Personal health problems',
  'moral-distress': 'Moral distress',
};

/** US numbers. Phone links use the digits; labels are how people say them. */
export const CRISIS_LINE = {
  name: '988 Suicide & Crisis Lifeline',
  number: '988',
  tel: 'tel:988',
  sms: 'sms:988',
} as const;
export const PHYSICIAN_SUPPORT_LINE = {
  name: 'Physician Support Line',
  number: '1-888-409-0141',
  tel: 'tel:+18884090141',
} as const;

/** Keeps the list's order and drops unknown or repeated keys. */
export function normaliseFlags(flags: readonly string[]): RedFlag[] {
  return RED_FLAGS.filter((f) => flags.includes(f));
}

export function toggleFlag(flags: readonly RedFlag[], flag: RedFlag, on: boolean): RedFlag[] {
  return normaliseFlags(on ? [...flags, flag] : flags.filter((f) => f !== flag));
}
