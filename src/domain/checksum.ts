/** SHA-256 of a backup's tables, as written (`JSON.stringify` of the parsed `tables` object). */
export async function checksumOf(tables: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(tables));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
}
