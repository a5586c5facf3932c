const numbers = new Intl.NumberFormat('en-US');

/** "10,000" */
export const formatCount = (n: number): string => numbers.format(n);

/** "1 call", "2 calls", "10,000 calls". */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The timeline's networking milestone shows this. Kept apart from networking.ts (which re-exports
 * it), so the Timeline's first load does not carry the networking rules.
 */
export function callCountLine(count: number): string {
  return count === 0 ? 'No calls logged yet' : `${plural(count, 'call')} logged so far`;
}
