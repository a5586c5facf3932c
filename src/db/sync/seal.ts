/**
 * Sealing: what the relay stores is never a row, only sealed values. From the pairing secret,
 * HKDF-SHA-256 derives the room name (so the name tells nothing, not even the secret's hash) and
 * a 256-bit AES-GCM key that cannot be read back out of Web Crypto. Each value is sealed with a
 * fresh random 96-bit IV, and bound to its table, row and field as additional data, so a sealed
 * value moved to another row or field does not open.
 */
import { fromBase64, toBase64 } from '../../domain/backupCrypto';

const VERSION = '1.';
const IV_BYTES = 12;
const SALT = new TextEncoder().encode('pivotboard-sync');

export interface SyncKeys {
  /** base64url, 43 characters: the relay's room for this pairing. */
  room: string;
  key: CryptoKey;
}

export async function deriveKeys(secret: Uint8Array<ArrayBuffer>): Promise<SyncKeys> {
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, [
    'deriveBits',
    'deriveKey',
  ]);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: SALT,
    info: new TextEncoder().encode(info),
  });
  const roomBits = await crypto.subtle.deriveBits(hkdf('room v1'), base, 256);
  const key = await crypto.subtle.deriveKey(
    hkdf('values v1'),
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const room = toBase64(new Uint8Array(roomBits))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return { room, key };
}

/** Where a value sits; it is sealed to that place. */
export const placeOf = (table: string, id: string, field: string) =>
  new TextEncoder().encode(`${table}\u0000${id}\u0000${field}`);

export async function seal(key: CryptoKey, place: Uint8Array<ArrayBuffer>, plain: string) {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: place },
    key,
    new TextEncoder().encode(plain),
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return VERSION + toBase64(out);
}

export class UnreadableValue extends Error {
  constructor() {
    super('A value from another device could not be opened (damaged, or sealed with another key).');
    this.name = 'UnreadableValue';
  }
}

/** Open a sealed value, or throw UnreadableValue (tampered, foreign, or from another key). */
export async function open(
  key: CryptoKey,
  place: Uint8Array<ArrayBuffer>,
  sealed: unknown,
): Promise<string> {
  if (typeof sealed !== 'string' || !sealed.startsWith(VERSION)) throw new UnreadableValue();
  try {
    const bytes = fromBase64(sealed.slice(VERSION.length));
    if (bytes.length <= IV_BYTES) throw new UnreadableValue();
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: place },
      key,
      bytes.subarray(IV_BYTES),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new UnreadableValue();
  }
}
