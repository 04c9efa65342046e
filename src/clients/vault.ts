/**
 * The optional lock on the client list, in plain Web Crypto (no library, no
 * network). A passphrase is stretched with PBKDF2-SHA-256 over a random 16-byte
 * salt (600,000 iterations: OWASP's 2023 figure) into one 256-bit master secret;
 * HKDF splits it into the AES-GCM-256 key and a check value, so a wrong
 * passphrase can be told apart from a damaged list without trying to decrypt.
 * Every write seals the whole list with a fresh random 12-byte IV, and the
 * header (format, version, KDF parameters, IV) is bound to the ciphertext as
 * additional data: changing any byte of the envelope makes it unreadable.
 */

export const VAULT_FORMAT = 'boundary-guard.vault';
export const VAULT_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** A stored envelope asking for more than this is refused: a doctored file must not freeze the page. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface VaultKdf {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** Base64, 16 random bytes. */
  salt: string;
  /** Base64 of 32 bytes derived beside the key: equal only for the right passphrase. */
  check: string;
}

export interface VaultEnvelope {
  format: typeof VAULT_FORMAT;
  version: typeof VAULT_VERSION;
  kdf: VaultKdf;
  cipher: { name: 'AES-GCM'; iv: string };
  /** Base64 of the ciphertext with its 16-byte tag. */
  data: string;
}

/** An unlocked key: what storage.session holds until the browser closes. The KDF part is not secret. */
export interface VaultKey {
  /** Base64 of the raw 256-bit AES-GCM key. */
  key: string;
  kdf: VaultKdf;
}

export type VaultProblem = 'wrong-passphrase' | 'damaged' | 'unsupported';

export class VaultError extends Error {
  constructor(
    readonly problem: VaultProblem,
    message: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}

const subtle = () => globalThis.crypto.subtle;
const utf8 = (text: string) => new TextEncoder().encode(text);

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** PBKDF2 once (the slow part), then HKDF for the key and the check. */
async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ key: string; check: string }> {
  const base = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const master = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  const hkdf = await subtle().importKey('raw', master, 'HKDF', false, ['deriveBits']);
  const expand = (info: string) =>
    subtle().deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8(info) }, hkdf, 256);
  const [key, check] = await Promise.all([expand('boundary-guard/vault/1/aes-gcm-key'), expand('boundary-guard/vault/1/check')]);
  return { key: toBase64(new Uint8Array(key)), check: toBase64(new Uint8Array(check)) };
}

/** A new key from a passphrase, with a fresh random salt (turning the lock on, changing the passphrase). */
export async function createVaultKey(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<VaultKey> {
  const salt = toBase64(randomBytes(SALT_BYTES));
  const { key, check } = await derive(passphrase, fromBase64(salt), iterations);
  return { key, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt, check } };
}

/** Checks that a stored value is an envelope this version can read; throws a VaultError saying what is wrong. */
export function readEnvelope(value: unknown): VaultEnvelope {
  const e = value as Partial<VaultEnvelope> | null;
  if (typeof e !== 'object' || e === null || e.format !== VAULT_FORMAT)
    throw new VaultError('damaged', 'The locked client list is damaged.');
  if (e.version !== VAULT_VERSION) {
    throw new VaultError('unsupported', `The locked client list was written by a newer Boundary Guard (format ${String(e.version)}).`);
  }
  const k = e.kdf;
  const ok =
    typeof k === 'object' &&
    k !== null &&
    k.name === 'PBKDF2' &&
    k.hash === 'SHA-256' &&
    Number.isInteger(k.iterations) &&
    k.iterations >= PBKDF2_ITERATIONS &&
    k.iterations <= MAX_ITERATIONS &&
    isBase64(k.salt, SALT_BYTES) &&
    isBase64(k.check, 32) &&
    e.cipher?.name === 'AES-GCM' &&
    isBase64(e.cipher.iv, IV_BYTES) &&
    typeof e.data === 'string' &&
    isBase64(e.data);
  if (!ok) throw new VaultError('damaged', 'The locked client list is damaged.');
  return e as VaultEnvelope;
}

function isBase64(value: unknown, bytes?: number): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  try {
    return bytes === undefined || atob(value).length === bytes;
  } catch {
    return false;
  }
}

/** The header as additional authenticated data: any change to it fails decryption. */
function header(e: Pick<VaultEnvelope, 'format' | 'version' | 'kdf' | 'cipher'>): Uint8Array<ArrayBuffer> {
  const { kdf, cipher } = e;
  return utf8(JSON.stringify([e.format, e.version, kdf.name, kdf.hash, kdf.iterations, kdf.salt, kdf.check, cipher.name, cipher.iv]));
}

function aesKey(key: VaultKey, use: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return subtle().importKey('raw', fromBase64(key.key), 'AES-GCM', false, [use]);
}

/** Encrypts `value` (JSON) under `key`, with a new random IV. */
export async function seal(key: VaultKey, value: unknown): Promise<VaultEnvelope> {
  const head = {
    format: VAULT_FORMAT,
    version: VAULT_VERSION,
    kdf: { ...key.kdf },
    cipher: { name: 'AES-GCM', iv: toBase64(randomBytes(IV_BYTES)) },
  } as const;
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv: fromBase64(head.cipher.iv), additionalData: header(head) },
    await aesKey(key, 'encrypt'),
    utf8(JSON.stringify(value)),
  );
  return { ...head, data: toBase64(new Uint8Array(data)) };
}

/** Does this unlocked key belong to this envelope (the same passphrase and salt)? */
export function fits(key: VaultKey, envelope: VaultEnvelope): boolean {
  return key.kdf.check === envelope.kdf.check && key.kdf.salt === envelope.kdf.salt && key.kdf.iterations === envelope.kdf.iterations;
}

/** Decrypts an envelope with an unlocked key; a damaged or altered envelope throws. */
export async function open(key: VaultKey, stored: unknown): Promise<unknown> {
  const envelope = readEnvelope(stored);
  if (!fits(key, envelope)) throw new VaultError('wrong-passphrase', 'This key does not open the locked client list.');
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.cipher.iv), additionalData: header(envelope) },
      await aesKey(key, 'decrypt'),
      fromBase64(envelope.data),
    );
  } catch {
    throw new VaultError('damaged', 'The locked client list has been altered or damaged, and cannot be read.');
  }
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

/** The key for an envelope from the passphrase, or a VaultError('wrong-passphrase'). Slow on purpose (PBKDF2). */
export async function unlockKey(passphrase: string, stored: unknown): Promise<VaultKey> {
  const envelope = readEnvelope(stored);
  const { kdf } = envelope;
  const { key, check } = await derive(passphrase, fromBase64(kdf.salt), kdf.iterations);
  if (check !== kdf.check) throw new VaultError('wrong-passphrase', 'That passphrase does not unlock the client list.');
  return { key, kdf: { ...kdf } };
}

export type Strength = { ok: boolean; label: 'too short' | 'weak' | 'fair' | 'strong'; hint: string };

export const MIN_PASSPHRASE = 8;

/**
 * A rough, honest strength hint: length counts most (a few unrelated words beat
 * one short word with symbols). It is a hint, not a guarantee.
 */
export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE) return { ok: false, label: 'too short', hint: `At least ${MIN_PASSPHRASE} characters.` };
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/, /\s/].filter((r) => r.test(passphrase)).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (distinct < 5 || (length < 12 && kinds < 2)) {
    return { ok: true, label: 'weak', hint: 'Easy to guess. Four or more unrelated words are stronger and easier to remember.' };
  }
  if (length < 12 || (length < 16 && kinds < 3))
    return { ok: true, label: 'fair', hint: 'Fair. A few more words make it much harder to guess.' };
  return { ok: true, label: 'strong', hint: 'Strong.' };
}
