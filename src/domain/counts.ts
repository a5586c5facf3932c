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
 * The word that agrees with a count: agree(1, 'is', 'are') is "is". For the verb or pronoun
 * after a `plural()` count ("1 clawback is", "2 clawbacks are"; "add it", "add them").
 */
export const agree = (n: number, one: string, many: string): string => (n === 1 ? one : many);
