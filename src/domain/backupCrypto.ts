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
/** What AES-GCM with PBKDF2 uses here; a file with others was not written by Pivotboard. */
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM's authentication tag: the data can be no shorter. */
export const TAG_BYTES = 16;

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

/** Bytes a base64 text holds (its length a multiple of 4), without decoding it. */
export function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** The protected file is damaged: it cannot be opened with any passphrase. */
export class DamagedBackupError extends Error {
  constructor(what: string) {
    super(`The protected backup is damaged (${what}), so it cannot be opened.`);
    this.name = 'DamagedBackupError';
  }
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
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
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

/** Decode one of the file's base64 parts, or say which is damaged. */
function decodePart(text: string, what: string, bytes?: number): Uint8Array<ArrayBuffer> {
  let decoded: Uint8Array<ArrayBuffer>;
  try {
    decoded = fromBase64(text);
  } catch {
    throw new DamagedBackupError(`its ${what} is not base64 text`);
  }
  if (bytes !== undefined && decoded.length !== bytes)
    throw new DamagedBackupError(`its ${what} should be ${bytes} bytes long`);
  return decoded;
}

/**
 * The plain text, or `WrongPassphraseError`, or `DamagedBackupError` when a part of the file
 * cannot be decoded (the envelope schema checks them first; this holds without it too).
 */
export async function decryptText(file: EncryptedBackup, passphrase: string): Promise<string> {
  const salt = decodePart(file.kdf.salt, 'salt', SALT_BYTES);
  const iv = decodePart(file.cipher.iv, 'IV', IV_BYTES);
  const data = decodePart(file.data, 'data');
  const key = await deriveKey(passphrase, salt, file.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
