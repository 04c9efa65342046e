import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../src/clients/types';
import type { LogEntry } from '../../src/core/log';

/**
 * Nothing is lost on an update: a database written by the first version of the
 * extension (IndexedDB version 1: clients and log only) opens in the current
 * one with every client and log entry, and a resent log entry is stored once.
 */

type Db = typeof import('../../src/storage/db');
let db: Db;
let factory: IDBFactory;

beforeEach(async () => {
  factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  vi.resetModules();
  db = await import('../../src/storage/db');
});

const maria: Client = { id: 'a', name: 'María José Pérez', aliases: ['Majo'], handles: { facebook: 'id:100001234567890' } };
const entry = (at: number, extra: Partial<LogEntry> = {}): LogEntry => ({
  at,
  platform: 'facebook',
  kind: 'connect.accept',
  level: 'confirm',
  client: 'yes',
  choice: 'stopped',
  ...extra,
});

/** The database exactly as version 1 of the extension created and filled it, with the raw IndexedDB API. */
function writeVersion1(clients: Client[], log: LogEntry[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('boundary-guard', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('clients', { keyPath: 'id' });
      request.result.createObjectStore('log', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const tx = database.transaction(['clients', 'log'], 'readwrite');
      for (const c of clients) tx.objectStore('clients').put(c);
      for (const e of log) tx.objectStore('log').add(e);
      tx.oncomplete = () => {
        database.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('IndexedDB upgrade from version 1', () => {
  it('keeps every client and log entry, and adds the stores of this version', async () => {
    const log = [entry(1), entry(2, { reason: 'Former client, 2019', person: 'María' }), entry(3, { fallback: true })];
    await writeVersion1([maria], log);
    expect(await db.listClients()).toEqual([maria]);
    expect((await db.listLog()).map(({ id: _id, ...e }) => e)).toEqual(log);
    const database = await db.db();
    expect(database.version).toBe(db.DB_VERSION);
    expect([...database.objectStoreNames].sort()).toEqual(['clients', 'log', 'vault']);
    expect(await db.readVault()).toBeUndefined();
    // Old entries without a uid and new ones with one live side by side.
    expect(await db.addLogEntry(entry(4), 'u-1')).toBe(true);
    expect(await db.listLog()).toHaveLength(4);
  });
});

describe('log entries resent after a lost answer', () => {
  it('are stored once: the second add of the same uid is recognised and skipped', async () => {
    expect(await db.addLogEntry(entry(10), 'same-uid')).toBe(true);
    expect(await db.addLogEntry(entry(10), 'same-uid')).toBe(false);
    expect(await db.addLogEntry(entry(11), 'other-uid')).toBe(true);
    expect(await db.addLogEntry(entry(12))).toBe(true);
    expect(await db.addLogEntry(entry(12))).toBe(true);
    expect((await db.listLog()).map((e) => e.at)).toEqual([10, 11, 12, 12]);
  });
});
