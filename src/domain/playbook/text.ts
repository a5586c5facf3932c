/**
 * Small helpers that put user data into sentences. Every text the playbook fills goes through
 * them, so a missing field drops its words instead of leaving "undefined", a stray comma or a
 * double space behind.
 */

/** Trims and collapses runs of white space; '' for nothing. */
export function tidy(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** "a", "a and b", "a, b and c"; blanks are left out. */
export function listJoin(items: readonly (string | null | undefined)[], word = 'and'): string {
  const list = items.map(tidy).filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} ${word} ${list.at(-1) ?? ''}`;
}

// Letters whose names start with a vowel sound, for acronyms said letter by letter ("an ENT").
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** "a" or "an" for the word that follows. */
export function article(next: string): 'a' | 'an' {
  const word = tidy(next).split(' ')[0] ?? '';
  if (!word) return 'a';
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    return VOWEL_SOUND_LETTERS.has(letters[0] ?? '') ? 'an' : 'a';
  }
  const w = word.toLowerCase();
  if (/^(uni|use|usu|uro|eu|one|once)/.test(w)) return 'a';
  if (/^(hour|honest|honou?r|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/** "an internal medicine", "a cardiology"; '' for nothing. */
export function withArticle(words: string): string {
  const t = tidy(words);
  return t ? `${article(t)} ${t}` : '';
}

/** The first letter in capitals. */
export function capitalise(s: string): string {
  const t = tidy(s);
  return t ? `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}` : '';
}

/** Ends a sentence with a full stop unless it already has an ending; '' for nothing. */
export function sentence(s: string | null | undefined): string {
  const t = tidy(s).replace(/[\s,;:–—-]+$/, '');
  if (!t) return '';
  return capitalise(/[.!?…]$/.test(t) ? t : `${t}.`);
}

/** Non-empty parts, joined. */
export function joinParts(
  parts: readonly (string | null | undefined | false)[],
  sep = ' ',
): string {
  return parts
    .map((p) => (p ? tidy(p) : ''))
    .filter(Boolean)
    .join(sep);
}

/** Lines of a message or list: blank ones dropped, single newlines between. */
export function lines(parts: readonly (string | null | undefined | false)[]): string {
  return joinParts(parts, '\n');
}

/** Paragraphs: non-empty blocks with a blank line between. Blocks keep their own line breaks. */
export function paragraphs(blocks: readonly (string | null | undefined | false)[]): string {
  return blocks
    .map((b) => (b ? b.split('\n').map(tidy).filter(Boolean).join('\n') : ''))
    .filter(Boolean)
    .join('\n\n');
}
