import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/clients/types';
import {
  createVaultKey,
  fromBase64,
  open,
  PBKDF2_ITERATIONS,
  passphraseStrength,
  readEnvelope,
  seal,
  toBase64,
  unlockKey,
  VAULT_FORMAT,
  type VaultEnvelope,
  VaultError,
  type VaultKey,
} from '../../src/clients/vault';
import { PLATFORMS } from '../../src/core/vocabulary';

/** The lock's cryptography (src/clients/vault.ts), with the real Web Crypto of Node and the real iteration count. */

const PASSPHRASE = 'correct horse battery staple';
const CLIENTS: Client[] = [
  { id: 'a', name: 'María José Pérez', aliases: ['Majo'], handles: { facebook: 'id:100001234567890', x: 'maria_perez' } },
  { id: 'b', name: 'Sam Lee', aliases: [], handles: { yelp: 'Sam L.' } },
];

let key: VaultKey;
let envelope: VaultEnvelope;

beforeAll(async () => {
  key = await createVaultKey(PASSPHRASE);
  envelope = await seal(key, CLIENTS);
});

async function problemOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof VaultError) return error.problem;
    throw error;
  }
  return 'opened';
}

describe('the envelope', () => {
  it('round-trips: sealed with the key, opened with the key, the same list', async () => {
    expect(await open(key, envelope)).toEqual(CLIENTS);
  });

  it('opens with a key derived again from the passphrase (as after a browser restart)', async () => {
    const again = await unlockKey(PASSPHRASE, envelope);
    expect(again.key).toBe(key.key);
    expect(await open(again, envelope)).toEqual(CLIENTS);
  });

  it('is PBKDF2-SHA-256 with at least 600,000 iterations and a 16-byte salt, AES-GCM with a 12-byte IV, versioned', () => {
    expect(envelope).toMatchObject({
      format: VAULT_FORMAT,
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
    });
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(fromBase64(envelope.cipher.iv)).toHaveLength(12);
    expect(fromBase64(key.key)).toHaveLength(32);
    // The ciphertext carries the 16-byte GCM tag.
    expect(fromBase64(envelope.data).length).toBe(new TextEncoder().encode(JSON.stringify(CLIENTS)).length + 16);
  });

  it('holds no client name, alias or handle in readable form', () => {
    const stored = JSON.stringify(envelope);
    for (const text of ['María', 'Maria', 'Pérez', 'Majo', 'maria_perez', '100001234567890', 'Sam', 'Lee']) {
      expect(stored).not.toContain(text);
    }
  });

  it('uses a new random IV for every write, and a new salt for every new key', async () => {
    const again = await seal(key, CLIENTS);
    expect(again.cipher.iv).not.toBe(envelope.cipher.iv);
    expect(again.data).not.toBe(envelope.data);
    const other = await createVaultKey(PASSPHRASE);
    expect(other.kdf.salt).not.toBe(key.kdf.salt);
    expect(other.key).not.toBe(key.key);
  });

  it('takes the passphrase as typed, whatever the Unicode normalisation of the keyboard', async () => {
    const composed = await createVaultKey('caf\u00e9 au lait pour deux');
    const sealed = await seal(composed, ['x']);
    const decomposed = await unlockKey('cafe\u0301 au lait pour deux', sealed);
    expect(await open(decomposed, sealed)).toEqual(['x']);
  });
});

describe('refusals', () => {
  it('a wrong passphrase is rejected as such', async () => {
    expect(await problemOf(unlockKey('correct horse battery stapler', envelope))).toBe('wrong-passphrase');
    expect(await problemOf(unlockKey('', envelope))).toBe('wrong-passphrase');
  });

  it('a key for another envelope (another passphrase or salt) does not open it', async () => {
    const other = await createVaultKey(PASSPHRASE);
    expect(await problemOf(open(other, envelope))).toBe('wrong-passphrase');
  });

  it('tampering with the ciphertext, the IV or the tag is detected', async () => {
    const data = fromBase64(envelope.data);
    for (const index of [0, Math.floor(data.length / 2), data.length - 1]) {
      const flipped = data.slice();
      flipped[index] = (flipped[index] as number) ^ 0x01;
      expect(await problemOf(open(key, { ...envelope, data: toBase64(flipped) }))).toBe('damaged');
    }
    const iv = fromBase64(envelope.cipher.iv);
    iv[0] = (iv[0] as number) ^ 0x80;
    expect(await problemOf(open(key, { ...envelope, cipher: { ...envelope.cipher, iv: toBase64(iv) } }))).toBe('damaged');
    expect(await problemOf(open(key, { ...envelope, data: toBase64(data.slice(0, -1)) }))).toBe('damaged');
  });

  it('tampering with the header (salt, iterations, check) is detected too', async () => {
    const salt = fromBase64(envelope.kdf.salt);
    salt[3] = (salt[3] as number) ^ 0x10;
    const withSalt = { ...envelope, kdf: { ...envelope.kdf, salt: toBase64(salt) } };
    expect(await problemOf(open(key, withSalt))).not.toBe('opened');
    expect(await problemOf(unlockKey(PASSPHRASE, withSalt))).toBe('wrong-passphrase');
    const more = { ...envelope, kdf: { ...envelope.kdf, iterations: envelope.kdf.iterations + 1 } };
    expect(await problemOf(open(key, more))).not.toBe('opened');
    // A key that claims to fit a doctored header still fails: the header is authenticated data.
    expect(await problemOf(open({ ...key, kdf: more.kdf }, more))).toBe('damaged');
  });

  it('refuses envelopes with too few or absurdly many iterations, another format, or a newer version', async () => {
    expect(() => readEnvelope({ ...envelope, kdf: { ...envelope.kdf, iterations: 1000 } })).toThrow(VaultError);
    expect(() => readEnvelope({ ...envelope, kdf: { ...envelope.kdf, iterations: 2 ** 31 } })).toThrow(VaultError);
    expect(() => readEnvelope({ ...envelope, format: 'other' })).toThrow(/damaged/);
    expect(() => readEnvelope({ ...envelope, version: 2 })).toThrow(/newer Boundary Guard/);
    expect(() => readEnvelope(null)).toThrow(VaultError);
  });
});

describe('properties', () => {
  const text = fc.string({ unit: 'binary', maxLength: 60 });
  const clientArb: fc.Arbitrary<Client> = fc.record({
    id: fc.uuid(),
    name: text,
    aliases: fc.array(text, { maxLength: 4 }),
    handles: fc.dictionary(fc.constantFrom(...PLATFORMS), text) as fc.Arbitrary<Client['handles']>,
  });

  it('any client list round-trips through seal and open (lone surrogates excepted: JSON cannot carry them)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clientArb, { maxLength: 30 }), async (clients) => {
        const expected = JSON.parse(JSON.stringify(clients));
        expect(await open(key, await seal(key, clients))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('changing any one character of a sealed envelope makes it unreadable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('A', 'B', '/', '+'), async (position, replacement) => {
        const data = envelope.data;
        const at = position % data.replace(/=+$/, '').length;
        fc.pre(data[at] !== replacement);
        const changed = `${data.slice(0, at)}${replacement}${data.slice(at + 1)}`;
        expect(await problemOf(open(key, { ...envelope, data: changed }))).not.toBe('opened');
      }),
      { numRuns: 200 },
    );
  });

  it('any JSON value read as an envelope gives a VaultError or an envelope, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          readEnvelope(value);
        } catch (error) {
          expect(error).toBeInstanceOf(VaultError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('passphrase strength hint', () => {
  it('refuses fewer than 8 characters, and says how strong the rest is', () => {
    expect(passphraseStrength('short').ok).toBe(false);
    expect(passphraseStrength('aaaaaaaaaaaa').label).toBe('weak');
    expect(passphraseStrength('password').label).toBe('weak');
    expect(passphraseStrength('Harbor2026').label).toBe('fair');
    expect(passphraseStrength('correct horse battery staple').label).toBe('strong');
  });
});
