import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Client } from '../../src/clients/types';
import { SESSION_KEYS, STORAGE_KEYS } from '../../src/storage/keys';

/**
 * The locked client list in storage (src/storage/clients.ts over the real
 * vault and a fake IndexedDB): what is stored where, in every state of the lock.
 */

type Clients = typeof import('../../src/storage/clients');
type Db = typeof import('../../src/storage/db');
let clients: Clients;
let db: Db;

/** Fresh modules over the same storage: what a service worker restart does (memory gone, storage kept). */
async function restartWorker(): Promise<void> {
  vi.resetModules();
  clients = await import('../../src/storage/clients');
  db = await import('../../src/storage/db');
}

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  fakeBrowser.reset();
  await restartWorker();
});

const PASS = 'harbor lighthouse seven gulls';
const maria: Client = { id: 'a', name: 'María José Pérez', aliases: ['Majo'], handles: { facebook: 'id:100001234567890' } };
const sam: Client = { id: 'b', name: 'Sam Lee', aliases: [], handles: { yelp: 'Sam L.' } };
const robin: Client = { id: 'c', name: 'Robin Park', aliases: ['Rob'], handles: {} };

/** Everything the extension stored, as one string (to look for names in). */
async function everythingStored(): Promise<string> {
  const database = await db.db();
  const dump = {
    clients: await database.getAll('clients'),
    vault: await database.getAll('vault'),
    log: await database.getAll('log'),
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
  };
  return JSON.stringify(dump);
}

function expectNoNames(stored: string): void {
  for (const text of ['María', 'Pérez', 'Majo', '100001234567890', 'Sam Lee', 'Sam L.', 'Robin', 'Rob']) expect(stored).not.toContain(text);
}

async function problem(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    return (error as Error).name === 'VaultError' ? `VaultError:${(error as { problem: string }).problem}` : (error as Error).name;
  }
}

describe('turning the lock on', () => {
  it('encrypts the list: IndexedDB holds only the envelope, the plain store is empty, and this session stays unlocked', async () => {
    await clients.saveClients([maria, sam]);
    expect(await clients.lockState()).toBe('off');
    await clients.enableLock(PASS);
    expect(await db.listClients()).toEqual([]);
    expect(await db.readVault()).toMatchObject({ format: 'boundary-guard.vault', version: 1 });
    expectNoNames(await everythingStored());
    expect(await clients.lockState()).toBe('unlocked');
    expect(await clients.listClients()).toEqual([maria, sam]);
    expect(await clients.watchlist()).toEqual({ clients: [maria, sam] });
  });

  it('keeps the key only in storage.session, never in storage.local or sync', async () => {
    await clients.enableLock(PASS);
    expect((await fakeBrowser.storage.session.get(SESSION_KEYS.clientsKey))[SESSION_KEYS.clientsKey]).toMatchObject({
      key: expect.any(String),
    });
    const elsewhere = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);
    const { key } = (await fakeBrowser.storage.session.get(SESSION_KEYS.clientsKey))[SESSION_KEYS.clientsKey] as { key: string };
    expect(elsewhere).not.toContain(key);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('tells open tabs to fetch the watchlist again', async () => {
    await clients.enableLock(PASS);
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.clientsRevision))[STORAGE_KEYS.clientsRevision]).toEqual(expect.any(Number));
  });

  it('cannot be turned on twice', async () => {
    await clients.enableLock(PASS);
    expect(await problem(clients.enableLock('another passphrase'))).toBe('Error');
    expect(await clients.listClients()).toEqual([]);
    await clients.lockNow();
    await clients.unlockClients(PASS);
  });
});

describe('unlocked: edits stay encrypted', () => {
  it('add, edit, remove and replace work on the encrypted list, each with a new IV, never writing a plain copy', async () => {
    await clients.enableLock(PASS);
    const ivs = new Set<string>();
    const iv = async () => ((await db.readVault()) as { cipher: { iv: string } }).cipher.iv;
    ivs.add(await iv());
    await clients.saveClients([maria]);
    ivs.add(await iv());
    await clients.saveClients([sam, { ...maria, aliases: ['Majo', 'MJ'] }]);
    ivs.add(await iv());
    expect(await clients.listClients()).toEqual([{ ...maria, aliases: ['Majo', 'MJ'] }, sam]);
    await clients.removeClients(['a']);
    ivs.add(await iv());
    expect(await clients.listClients()).toEqual([sam]);
    await clients.replaceClients([robin]);
    ivs.add(await iv());
    expect(await clients.listClients()).toEqual([robin]);
    expect(ivs.size).toBe(5);
    expect(await db.listClients()).toEqual([]);
    expectNoNames(await everythingStored());
  });

  it('two edits at the same moment are applied one after the other: neither is lost', async () => {
    await clients.enableLock(PASS);
    await Promise.all([clients.saveClients([maria]), clients.saveClients([sam]), clients.saveClients([robin])]);
    expect((await clients.listClients()).map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('a write that started from an envelope someone else replaced meanwhile is refused, not applied over it', async () => {
    await clients.enableLock(PASS);
    const stored = (await db.readVault()) as { cipher: { iv: string } };
    await clients.saveClients([maria]);
    await expect(db.writeVault(stored as never, stored.cipher.iv)).rejects.toThrow(/changed in another window/);
    expect(await clients.listClients()).toEqual([maria]);
  });

  it('a plain write is refused inside its transaction while the list is locked (no plain copy beside the vault)', async () => {
    await clients.enableLock(PASS);
    await expect(db.putClients([maria])).rejects.toThrow(/locked with a passphrase/);
    await expect(db.replaceAllClients([maria])).rejects.toThrow(/locked with a passphrase/);
    expect(await db.listClients()).toEqual([]);
  });
});

describe('locked', () => {
  it('lock now: the list cannot be read or changed, the watchlist says locked, and nothing was changed', async () => {
    await clients.saveClients([maria]);
    await clients.enableLock(PASS);
    const before = await db.readVault();
    await clients.lockNow();
    expect(await clients.lockState()).toBe('locked');
    expect(await problem(clients.listClients())).toBe('ClientsLockedError');
    expect(await clients.watchlist()).toEqual({ locked: true });
    expect(await problem(clients.saveClients([sam]))).toBe('ClientsLockedError');
    expect(await problem(clients.removeClients(['a']))).toBe('ClientsLockedError');
    expect(await problem(clients.replaceClients([]))).toBe('ClientsLockedError');
    expect(await db.readVault()).toEqual(before);
  });

  it('a wrong passphrase does not unlock; the right one does', async () => {
    await clients.saveClients([maria]);
    await clients.enableLock(PASS);
    await clients.lockNow();
    expect(await problem(clients.unlockClients('harbor lighthouse seven gull'))).toBe('VaultError:wrong-passphrase');
    expect(await clients.lockState()).toBe('locked');
    await clients.unlockClients(PASS);
    expect(await clients.lockState()).toBe('unlocked');
    expect(await clients.listClients()).toEqual([maria]);
  });

  it('stays unlocked across a service worker restart (the key is in storage.session), and locked after the browser closes', async () => {
    await clients.saveClients([maria]);
    await clients.enableLock(PASS);
    await restartWorker();
    expect(await clients.watchlist()).toEqual({ clients: [maria] });
    // A new browser session: storage.session starts empty.
    await fakeBrowser.storage.session.clear();
    await restartWorker();
    expect(await clients.watchlist()).toEqual({ locked: true });
  });

  it('an altered envelope is reported as damaged on unlock, and treated as locked by the watchlist', async () => {
    await clients.saveClients([maria]);
    await clients.enableLock(PASS);
    const stored = (await db.readVault()) as { data: string; cipher: { iv: string } };
    const data = stored.data.startsWith('A') ? `B${stored.data.slice(1)}` : `A${stored.data.slice(1)}`;
    await db.writeVault({ ...(stored as never as object), data } as never, stored.cipher.iv);
    await clients.lockNow();
    expect(await problem(clients.unlockClients(PASS))).toBe('VaultError:damaged');
    expect(await clients.watchlist()).toEqual({ locked: true });
  });
});

describe('changing the passphrase, turning the lock off, starting over', () => {
  it('a new passphrase: the old one no longer unlocks, the new one does, and the list is the same', async () => {
    await clients.saveClients([maria, sam]);
    await clients.enableLock(PASS);
    expect(await problem(clients.changePassphrase('not it at all', 'a whole new passphrase'))).toBe('VaultError:wrong-passphrase');
    await clients.changePassphrase(PASS, 'a whole new passphrase');
    expect(await clients.lockState()).toBe('unlocked');
    await clients.lockNow();
    expect(await problem(clients.unlockClients(PASS))).toBe('VaultError:wrong-passphrase');
    await clients.unlockClients('a whole new passphrase');
    expect(await clients.listClients()).toEqual([maria, sam]);
  });

  it('off: the list is stored plain again, the envelope and the session key are gone', async () => {
    await clients.saveClients([maria, sam]);
    await clients.enableLock(PASS);
    expect(await problem(clients.disableLock('wrong passphrase here'))).toBe('VaultError:wrong-passphrase');
    expect(await clients.lockState()).toBe('unlocked');
    await clients.disableLock(PASS);
    expect(await clients.lockState()).toBe('off');
    expect(await db.readVault()).toBeUndefined();
    expect(await db.listClients()).toEqual([maria, sam]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('a forgotten passphrase: the locked list can be deleted, and a new list started', async () => {
    await clients.saveClients([maria]);
    await clients.enableLock(PASS);
    await clients.lockNow();
    await clients.discardLockedList();
    expect(await clients.lockState()).toBe('off');
    expect(await clients.listClients()).toEqual([]);
    await clients.saveClients([sam]);
    expect(await clients.listClients()).toEqual([sam]);
  });
});
