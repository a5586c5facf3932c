/** Finding people and calls: names compared loosely, suggestions as the user types, search. */

/** Names compare without case, accents' case or extra spaces. */
export function normalizeText(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function contactsNamed<T extends { name: string }>(
  contacts: readonly T[],
  name: string,
): T[] {
  const n = normalizeText(name);
  if (!n) return [];
  return contacts.filter((c) => normalizeText(c.name) === n);
}

/**
 * Contacts for the name box as the user types: names that start with the text first, then names
 * with a word that starts with it, then any other match in name, company or title.
 */
export function suggestContacts<T extends { name: string; company: string; title: string }>(
  contacts: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const q = normalizeText(query);
  if (!q) return [];
  const scored: { c: T; score: number; name: string }[] = [];
  for (const c of contacts) {
    const name = normalizeText(c.name);
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.split(' ').some((w) => w.startsWith(q))) score = 1;
    else if (name.includes(q)) score = 2;
    else if (normalizeText(`${c.company} ${c.title}`).includes(q)) score = 3;
    if (score >= 0) scored.push({ c, score, name });
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.c);
}

/** A lower-cased text to search in, built once per record. */
export function searchText(...parts: readonly (string | null | undefined)[]): string {
  return parts.filter(Boolean).join('\n').toLocaleLowerCase();
}

/** Every word of the query appears somewhere in the text. */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = normalizeText(query).split(' ').filter(Boolean);
  return terms.every((t) => haystack.includes(t));
}
