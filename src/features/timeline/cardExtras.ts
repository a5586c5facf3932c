/**
 * Extra lines under milestone cards come from several places (exit dates, networking calls):
 * each source gives [milestone id, text] pairs, and a card with several gets them joined.
 */
export function mergeExtras(
  ...sources: Iterable<readonly [string, string]>[]
): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const source of sources) {
    for (const [id, text] of source) {
      const before = map.get(id);
      map.set(id, before ? `${before} · ${text}` : text);
    }
  }
  return map;
}
