/** A user's own words inside a sentence the app says: “Fix LinkedIn”. */
export const quote = (text: string): string => `“${text}”`;

/** Names in a sentence: "A, B and C"; past `most`, the rest are counted ("A, B and 3 more"). */
export function listed(names: readonly string[], most = Infinity): string {
  const shown =
    names.length > most ? [...names.slice(0, most), `${names.length - most} more`] : names;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}
