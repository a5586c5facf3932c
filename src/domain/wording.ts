/**
 * Small helpers for sentences the screens build. Counts and their nouns are `plural()` in
 * counts.ts (one helper for every "1 call" / "2 calls"); phrases that recur on several screens
 * live with their rules (e.g. `theirCalls` in networking/contacts.ts) and are built only there.
 */

/** "A deleted contact" from "a deleted contact": a phrase that starts a line or a sentence. */
export function capitalize(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
