/**
 * Passphrase-protected backups: the whole backup file, encrypted with AES-GCM (256-bit) under a
 * key derived from the passphrase with PBKDF2-SHA-256. AES-GCM also authenticates, so a wrong
 * passphrase and a damaged file are both refused before anything is read from them.
 */
export const ENCRYPTED_FORMAT = 'pivotboard-backup-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Runs off the main thread in browsers. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files asking for more or fewer rounds are refused (too slow to open, or too weak). */
export const PBKDF2_MIN_ITERATIONS = 1_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
export const PASSPHRASE_MIN_LENGTH = 8;

export interface EncryptedBackup {
  format: typeof ENCRYPTED_FORMAT;
  formatVersion: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** Base64 of the encrypted backup file text. */
  data: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this backup (or the file was damaged).');
    this.name = 'WrongPassphraseError';
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptText(
  plain: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(plain),
  );
  return {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

/** The plain text, or `WrongPassphraseError`. The envelope must already be checked. */
export async function decryptText(file: EncryptedBackup, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.cipher.iv) },
      key,
      fromBase64(file.data),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
