import { createBackupFile, readBackup, type ParsedBackup } from '../../src/db/backup';

/** The database as a backup file, parsed as JSON (what a user's file holds). */
export async function exportedJson(): Promise<
  { tables: Record<string, unknown[]>; checksum: string } & Record<string, unknown>
> {
  return JSON.parse((await createBackupFile()).text) as {
    tables: Record<string, unknown[]>;
    checksum: string;
  };
}

/** Read and check a backup's text, as the import does (not passphrase-protected). */
export async function readPlainBackup(text: string): Promise<ParsedBackup> {
  const result = await readBackup(text);
  if (result.locked) throw new Error('unexpectedly locked');
  return result.backup;
}
