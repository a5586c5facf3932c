/**
 * Counts as people read them: "10,000". Whole numbers are grouped here rather than with
 * `Intl.NumberFormat`, whose first use in a page sets up locale data (about 20 ms in a CPU
 * profile of the Timeline's first load, where this module used to create one).
 */
let fractions: Intl.NumberFormat | undefined;

/** "10,000" */
export const formatCount = (n: number): string =>
  Number.isSafeInteger(n)
    ? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
    : (fractions ??= new Intl.NumberFormat('en-US')).format(n);

/** "1 call", "2 calls", "10,000 calls". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The timeline's networking milestone shows this. Kept apart from networking.ts (which re-exports
 * it), so the Timeline's first load does not carry the networking rules.
 */
export function callCountLine(count: number): string {
  return count === 0 ? 'No calls logged yet' : `${plural(count, 'call')} logged so far`;
}
