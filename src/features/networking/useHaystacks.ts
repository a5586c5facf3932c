import { useMemo } from 'react';

/**
 * Each row's searchable text, built when the user starts searching and reused for every
 * keystroke after; while nobody searches, a data change costs nothing here. `text` must be stable.
 */
export function useHaystacks<T>(
  rows: readonly T[],
  text: (row: T) => string,
  searching: boolean,
): ReadonlyMap<T, string> | null {
  return useMemo(
    () => (searching ? new Map(rows.map((r) => [r, text(r)])) : null),
    [rows, text, searching],
  );
}
