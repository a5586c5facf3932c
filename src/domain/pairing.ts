/**
 * The pairing code: the 256-bit sync secret written for people. Crockford's base32 (no I, L, O
 * or U, so nothing reads as another character; lowercase and those look-alikes are accepted),
 * 52 characters for the secret and 2 for a CRC-10 of it, which catches every single wrong
 * character and every swap of two neighbours before a device tries to join. Shown in groups of 6.
 * The room name and the encryption key are derived from the secret (db/sync/seal.ts).
 */

export const SECRET_BYTES = 32;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARS = Math.ceil((SECRET_BYTES * 8) / 5); // 52
const CHECK_CHARS = 2;
export const PAIRING_CODE_LENGTH = DATA_CHARS + CHECK_CHARS;
const GROUP = 6;
/** Where a pairing link carries the code: in the fragment, which browsers never send to a server. */
const LINK_PARAM = 'pair';

/** x^10 + x^9 + x^5 + x^4 + x + 1 (CRC-10/ATM): finds every error burst of up to 10 bits. */
function crc10(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    for (let bit = 7; bit >= 0; bit--) {
      const top = ((crc >> 9) & 1) ^ ((byte >> bit) & 1);
      crc = (crc << 1) & 0x3ff;
      if (top) crc ^= 0x233;
    }
  }
  return crc;
}

function toBase32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out.slice(0, chars);
}

export function encodePairingCode(secret: Uint8Array): string {
  if (secret.length !== SECRET_BYTES) throw new Error('A sync secret is 32 bytes.');
  const check = crc10(secret);
  const raw = toBase32(secret, DATA_CHARS) + ALPHABET[(check >> 5) & 31] + ALPHABET[check & 31];
  return raw.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join(' ') ?? raw;
}

export type PairingCodeResult =
  { ok: true; secret: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Read a pairing code as typed or pasted (any case, spaces or dashes, or a whole pairing link). */
export function decodePairingCode(input: string): PairingCodeResult {
  const fromLink = pairingCodeFromLink(input);
  const text = (fromLink ?? input).toUpperCase().replace(/[\s-]+/g, '');
  if (!text)
    return { ok: false, message: 'Type or paste the pairing code from your other device.' };
  const chars = [...text].map((c) => LOOK_ALIKES[c] ?? c);
  const stray = chars.find((c) => !ALPHABET.includes(c));
  if (stray !== undefined)
    return {
      ok: false,
      message: `“${stray}” is not used in pairing codes. Check the code on your other device (Settings → Sync).`,
    };
  if (chars.length !== PAIRING_CODE_LENGTH)
    return {
      ok: false,
      message: `A pairing code has ${PAIRING_CODE_LENGTH} letters and digits; this one has ${chars.length}.`,
    };
  const values = chars.map((c) => ALPHABET.indexOf(c));
  const secret = new Uint8Array(SECRET_BYTES);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const value of values.slice(0, DATA_CHARS)) {
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      if (at < SECRET_BYTES) secret[at++] = (buffer >> (bits - 8)) & 0xff;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  const [high = 0, low = 0] = values.slice(DATA_CHARS);
  // The 4 bits left over after 32 bytes are always zero in a code this app wrote.
  if (buffer !== 0 || crc10(secret) !== ((high << 5) | low))
    return {
      ok: false,
      message:
        'This pairing code has a typo: compare it with the one on your other device (Settings → Sync).',
    };
  return { ok: true, secret };
}

/** A link that opens this app's Settings with the code ready to join, e.g. for a QR code. */
export function pairingLink(origin: string, code: string): string {
  return `${origin}/#/settings?${LINK_PARAM}=${code.replace(/\s+/g, '')}`;
}

/** The code in a pairing link (or in a location hash such as `#/settings?pair=…`), if any. */
export function pairingCodeFromLink(text: string): string | null {
  const hash = text.slice(text.indexOf('#') + 1);
  if (!text.includes('#') || !hash.includes('?')) return null;
  const code = new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get(LINK_PARAM);
  return code && code.trim() ? code.trim() : null;
}
