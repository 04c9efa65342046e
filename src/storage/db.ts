import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Client } from '../clients/types';
import type { LogEntry } from '../guard/log';

/**
 * The extension's own IndexedDB. Opened only from extension pages and the
 * background: IndexedDB opened from a content script would belong to the web
 * page's origin, so content scripts never import this module.
 */
interface GuardDb extends DBSchema {
  clients: { key: string; value: Client };
  log: { key: number; value: LogEntry & { id?: number }; indexes: { at: number } };
}

const DB_NAME = 'boundary-guard';

let opening: Promise<IDBPDatabase<GuardDb>> | null = null;

export function db(): Promise<IDBPDatabase<GuardDb>> {
  opening ??= openDB<GuardDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('clients', { keyPath: 'id' });
      database.createObjectStore('log', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
    },
  });
  return opening;
}

export async function listClients(): Promise<Client[]> {
  return (await db()).getAll('clients');
}

/** Adds or replaces clients in one transaction: all of them or none. */
export async function putClients(clients: readonly Client[]): Promise<void> {
  const tx = (await db()).transaction('clients', 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    for (const c of clients) requests.push(tx.store.put(c));
  } catch (error) {
    // A client that cannot be stored (no id, not cloneable) throws at once, and the puts before it would still commit.
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}

/** Replaces the whole client list in one transaction (restoring a settings file that carries one). */
export async function replaceAllClients(clients: readonly Client[]): Promise<void> {
  const tx = (await db()).transaction('clients', 'readwrite');
  const requests: Promise<unknown>[] = [tx.store.clear()];
  try {
    for (const c of clients) requests.push(tx.store.put(c));
  } catch (error) {
    // As in putClients: a client that throws at once must not leave the list cleared.
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}

export async function deleteClients(ids: readonly string[]): Promise<void> {
  const tx = (await db()).transaction('clients', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

export async function addLogEntry(entry: LogEntry): Promise<void> {
  await (await db()).add('log', entry);
}

export async function listLog(): Promise<Array<LogEntry & { id?: number }>> {
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
