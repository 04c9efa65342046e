import type { Client } from '../clients/types';
import { createVaultKey, fits, open, readEnvelope, seal, unlockKey, type VaultEnvelope, VaultError, type VaultKey } from '../clients/vault';
import { t } from '../core/i18n';
import { browser } from './browser';
import {
  deleteClients,
  discardVault,
  listClients as listPlainClients,
  putClients,
  readVault,
  replaceAllClients,
  unsealVault,
  writeVault,
} from './db';
import { SESSION_KEYS, STORAGE_KEYS } from './keys';

/**
 * The client list, plain or locked. Locked (the optional passphrase): the
 * extension's IndexedDB holds only the encrypted envelope, and the key derived
 * from the passphrase lives in storage.session (memory only, this browser
 * session, extension pages and the background only), so the background can
 * restart without asking again until the browser closes.
 */

export type LockState = 'off' | 'locked' | 'unlocked';

export class ClientsLockedError extends Error {
  constructor() {
    super(t('clients_lockedError'));
    this.name = 'ClientsLockedError';
  }
}

/** Tells open tabs that the watchlist changed (they fetch it again from the background). */
async function bumpRevision(): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.clientsRevision]: Date.now() });
}

/** One change to the list at a time across every page of the extension (Web Locks), so two windows never overwrite each other. */
let localQueue: Promise<unknown> = Promise.resolve();
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('boundary-guard-clients', work) as Promise<T>;
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => {});
  return run;
}

async function sessionKey(): Promise<VaultKey | null> {
  const stored = (await browser.storage.session.get(SESSION_KEYS.clientsKey))[SESSION_KEYS.clientsKey] as VaultKey | undefined;
  return stored && typeof stored.key === 'string' && typeof stored.kdf === 'object' ? stored : null;
}

async function rememberKey(key: VaultKey): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEYS.clientsKey]: key });
}

async function forgetKey(): Promise<void> {
  await browser.storage.session.remove(SESSION_KEYS.clientsKey);
}

/** The envelope and the key that opens it, or null when no lock is on; throws ClientsLockedError when it cannot be opened now. */
async function unlocked(): Promise<{ envelope: VaultEnvelope; key: VaultKey; clients: Client[] } | null> {
  const stored = await readVault();
  if (stored === undefined) return null;
  const envelope = readEnvelope(stored);
  const key = await sessionKey();
  if (!key || !fits(key, envelope)) throw new ClientsLockedError();
  return { envelope, key, clients: (await open(key, envelope)) as Client[] };
}

export async function lockState(): Promise<LockState> {
  const stored = await readVault();
  if (stored === undefined) return 'off';
  const key = await sessionKey();
  return key && fits(key, readEnvelope(stored)) ? 'unlocked' : 'locked';
}

/** The client list; throws ClientsLockedError while it is locked. */
export async function listClients(): Promise<Client[]> {
  return (await unlocked())?.clients ?? listPlainClients();
}

/** What the background tells content scripts: the list, or that it is locked (then only the policy for everyone applies). */
export async function watchlist(): Promise<{ clients: Client[] } | { locked: true }> {
  try {
    return { clients: await listClients() };
  } catch (error) {
    // Locked, or an envelope that cannot be read: either way no client rule can fire, and the reminder says why.
    if (error instanceof ClientsLockedError || error instanceof VaultError) return { locked: true };
    throw error;
  }
}

export function newClientId(): string {
  return crypto.randomUUID();
}

/** Applies a change to the whole list: encrypted again with a new IV when locked, plain otherwise. */
function change(plain: () => Promise<void>, edit: (list: Client[]) => Client[]): Promise<void> {
  return exclusive(async () => {
    const current = await unlocked();
    if (current) await writeVault(await seal(current.key, edit(current.clients)), current.envelope.cipher.iv);
    else await plain();
    await bumpRevision();
  });
}

export function saveClients(clients: readonly Client[]): Promise<void> {
  return change(
    () => putClients(clients),
    (list) => {
      const byId = new Map(list.map((c) => [c.id, c]));
      for (const c of clients) byId.set(c.id, structuredClone(c));
      return [...byId.values()];
    },
  );
}

export function removeClients(ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  return change(
    () => deleteClients(ids),
    (list) => list.filter((c) => !gone.has(c.id)),
  );
}

/** The client list becomes exactly `clients` (all or nothing). */
export function replaceClients(clients: readonly Client[]): Promise<void> {
  return change(
    () => replaceAllClients(clients),
    () => clients.map((c) => structuredClone(c)),
  );
}

// ---- the lock ----

/** Turns the lock on: the list is encrypted under a new passphrase and the plain copy removed; this session stays unlocked. */
export function enableLock(passphrase: string): Promise<void> {
  return exclusive(async () => {
    if ((await readVault()) !== undefined) throw new Error('The client list is already locked with a passphrase.');
    const key = await createVaultKey(passphrase);
    await writeVault(await seal(key, await listPlainClients()), null);
    await rememberKey(key);
    await bumpRevision();
  });
}

/** Unlocks for this browser session; a wrong passphrase throws a VaultError saying so. */
export async function unlockClients(passphrase: string): Promise<void> {
  const stored = await readVault();
  if (stored === undefined) return;
  const key = await unlockKey(passphrase, stored);
  // The passphrase is right; the envelope must also be intact before the session counts as unlocked.
  await open(key, stored);
  await rememberKey(key);
  await bumpRevision();
}

/** Locks now: the key is forgotten; reminders use only the policy for everyone until the next unlock. */
export async function lockNow(): Promise<void> {
  await forgetKey();
  await bumpRevision();
}

/** A new passphrase (the current one is asked again, so an unattended unlocked browser cannot change it). */
export function changePassphrase(current: string, next: string): Promise<void> {
  return exclusive(async () => {
    const stored = await readVault();
    if (stored === undefined) throw new Error('The client list is not locked.');
    const old = await unlockKey(current, stored);
    const clients = (await open(old, stored)) as Client[];
    const key = await createVaultKey(next);
    await writeVault(await seal(key, clients), readEnvelope(stored).cipher.iv);
    await rememberKey(key);
    await bumpRevision();
  });
}

/** Turns the lock off with the passphrase: the list is stored plain again. */
export function disableLock(passphrase: string): Promise<void> {
  return exclusive(async () => {
    const stored = await readVault();
    if (stored === undefined) return;
    const key = await unlockKey(passphrase, stored);
    const clients = (await open(key, stored)) as Client[];
    await unsealVault(clients, readEnvelope(stored).cipher.iv);
    await forgetKey();
    await bumpRevision();
  });
}

/** A forgotten passphrase: the locked list is deleted for good, and the list starts empty and unlocked. */
export function discardLockedList(): Promise<void> {
  return exclusive(async () => {
    await discardVault();
    await forgetKey();
    await bumpRevision();
  });
}

export { VaultError };
