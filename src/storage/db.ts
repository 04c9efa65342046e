import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Client } from '../clients/types';
import type { VaultEnvelope } from '../clients/vault';
import type { LogEntry } from '../core/log';

/**
 * The extension's own IndexedDB. Opened only from extension pages and the
 * background: IndexedDB opened from a content script would belong to the web
 * page's origin, so content scripts never import this module.
 */
export type StoredLogEntry = LogEntry & { id?: number; uid?: string };

interface GuardDb extends DBSchema {
  clients: { key: string; value: Client };
  log: { key: number; value: StoredLogEntry; indexes: { at: number; uid: string } };
  /** The locked client list: one envelope under VAULT_RECORD, and then the clients store is empty. */
  vault: { key: string; value: VaultEnvelope };
}

const DB_NAME = 'boundary-guard';
export const DB_VERSION = 2;
const VAULT_RECORD = 'clients';

let opening: Promise<IDBPDatabase<GuardDb>> | null = null;

export function db(): Promise<IDBPDatabase<GuardDb>> {
  opening ??= openDB<GuardDb>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      // Each step brings one older version forward; the data already stored stays as it is.
      if (oldVersion < 1) {
        database.createObjectStore('clients', { keyPath: 'id' });
        database.createObjectStore('log', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
      }
      if (oldVersion < 2) {
        database.createObjectStore('vault');
        // A content script resends a log entry until the background answers; the uid makes the resend harmless.
        tx.objectStore('log').createIndex('uid', 'uid', { unique: true });
      }
    },
    // Another page upgrading the database: let it, and open again on the next call.
    blocking() {
      void opening?.then((d) => d.close());
      opening = null;
    },
  });
  return opening;
}

/** The plain client list (empty while the list is locked: then the vault holds it, see clients.ts). */
export async function listClients(): Promise<Client[]> {
  return (await db()).getAll('clients');
}

/** Thrown by a plain write while the list is locked with a passphrase (another window turned the lock on meanwhile). */
export class VaultOnError extends Error {
  constructor() {
    super('The client list was locked with a passphrase in another window. Reload this page and try again.');
    this.name = 'VaultOnError';
  }
}

/** A read-write transaction over the client list and the vault. */
type ClientsWrite = Awaited<ReturnType<typeof plainWrite>>;

/** A write to the plain list, refused inside the same transaction if the list is locked: a client is never left unencrypted beside the vault. */
async function plainWrite() {
  const tx = (await db()).transaction(['clients', 'vault'], 'readwrite');
  if ((await tx.objectStore('vault').count()) > 0) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new VaultOnError();
  }
  return tx;
}

/**
 * Writes clients in one transaction: all of them or none. A client that cannot be
 * stored (no id, not cloneable) throws at once, and the writes before it would
 * still commit, so the transaction is aborted then.
 */
async function writeClients(clients: readonly Client[], { replace }: { replace: boolean }): Promise<void> {
  const tx = await plainWrite();
  const store = tx.objectStore('clients');
  await putAllOrNone(tx, clients, replace ? [store.clear()] : []);
}

/**
 * Puts every client into the transaction's clients store after the requests already made in it, and waits
 * for the commit. A client that cannot be stored throws at once: the transaction is aborted, so the writes
 * made before it (the requests given included) never commit.
 */
async function putAllOrNone(tx: ClientsWrite, clients: readonly Client[], before: Promise<unknown>[]): Promise<void> {
  const store = tx.objectStore('clients');
  const requests = [...before];
  try {
    for (const c of clients) requests.push(store.put(c));
  } catch (error) {
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}

/** Adds or replaces clients in one transaction: all of them or none. */
export function putClients(clients: readonly Client[]): Promise<void> {
  return writeClients(clients, { replace: false });
}

/** Replaces the whole client list in one transaction (restoring a settings file that carries one). */
export function replaceAllClients(clients: readonly Client[]): Promise<void> {
  return writeClients(clients, { replace: true });
}

export async function deleteClients(ids: readonly string[]): Promise<void> {
  const tx = await plainWrite();
  const store = tx.objectStore('clients');
  await Promise.all([...ids.map((id) => store.delete(id)), tx.done]);
}

// ---- the locked list (see src/clients/vault.ts) ----

export async function readVault(): Promise<unknown> {
  return (await db()).get('vault', VAULT_RECORD);
}

/** The IV of the envelope a write started from (null: none): a write from elsewhere in between makes this one fail. */
async function vaultWrite(expectedIv: string | null) {
  const tx = (await db()).transaction(['clients', 'vault'], 'readwrite');
  const current = (await tx.objectStore('vault').get(VAULT_RECORD)) as Partial<VaultEnvelope> | undefined;
  if ((current?.cipher?.iv ?? null) !== expectedIv) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('The client list was changed in another window at the same moment. Nothing was saved here; try again.');
  }
  return tx;
}

/** Stores the locked list and empties the plain store, in one transaction. */
export async function writeVault(envelope: VaultEnvelope, expectedIv: string | null): Promise<void> {
  const tx = await vaultWrite(expectedIv);
  await Promise.all([tx.objectStore('clients').clear(), tx.objectStore('vault').put(envelope, VAULT_RECORD), tx.done]);
}

/** Turning the lock off: the plain list back and the envelope gone, in one transaction. */
export async function unsealVault(clients: readonly Client[], expectedIv: string | null): Promise<void> {
  const tx = await vaultWrite(expectedIv);
  // All or none: the envelope must not be deleted unless every client is back in the plain store.
  await putAllOrNone(tx, clients, [tx.objectStore('vault').delete(VAULT_RECORD), tx.objectStore('clients').clear()]);
}

/** A forgotten passphrase: the locked list is deleted (it cannot be read by anyone). */
export async function discardVault(): Promise<void> {
  const tx = (await db()).transaction(['clients', 'vault'], 'readwrite');
  await Promise.all([tx.objectStore('vault').delete(VAULT_RECORD), tx.objectStore('clients').clear(), tx.done]);
}

/** Adds a log entry once: an entry with a uid already stored (a resend) is not added again. Resolves true if added. */
export async function addLogEntry(entry: LogEntry, uid?: string): Promise<boolean> {
  const database = await db();
  try {
    await database.add('log', uid ? { ...entry, uid } : entry);
    return true;
  } catch (error) {
    if (uid && (error as DOMException).name === 'ConstraintError' && (await database.getKeyFromIndex('log', 'uid', uid)) !== undefined) {
      return false;
    }
    throw error;
  }
}

export async function listLog(): Promise<StoredLogEntry[]> {
  return (await db()).getAllFromIndex('log', 'at');
}

/** How many log entries since `since` (epoch ms), on one platform or on all (then counted on the index alone). */
export async function countLogSince(since: number, platform?: LogEntry['platform']): Promise<number> {
  const database = await db();
  if (!platform) return database.countFromIndex('log', 'at', IDBKeyRange.lowerBound(since));
  let count = 0;
  let cursor = await database.transaction('log').store.index('at').openCursor(IDBKeyRange.lowerBound(since));
  while (cursor) {
    if (cursor.value.platform === platform) count += 1;
    cursor = await cursor.continue();
  }
  return count;
}

export async function clearLog(): Promise<void> {
  await (await db()).clear('log');
}

/** Deletes entries older than the retention period; returns how many. */
export async function pruneLog(retentionDays: number, now = Date.now()): Promise<number> {
  const tx = (await db()).transaction('log', 'readwrite');
  let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(now - retentionDays * 86_400_000));
  let removed = 0;
  while (cursor) {
    await cursor.delete();
    removed += 1;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}
