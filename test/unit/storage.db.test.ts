import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../src/clients/types';
import type { LogEntry } from '../../src/core/log';

type Db = typeof import('../../src/storage/db');
let db: Db;

beforeEach(async () => {
  // A fresh IndexedDB and a fresh module (it caches the open connection) for every test.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  db = await import('../../src/storage/db');
});

const maria: Client = {
  id: 'a',
  name: 'María José Pérez',
  aliases: ['Majo'],
  handles: { facebook: 'id:100001234567890', yelp: 'maria p' },
};
const jo: Client = { id: 'b', name: 'Jo Lin', aliases: [], handles: {} };

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27);

function entry(at: number, extra: Partial<LogEntry> = {}): LogEntry {
  return { at, platform: 'facebook', kind: 'connect.accept', level: 'confirm', client: 'no', choice: 'stopped', ...extra };
}

describe('clients store', () => {
  it('starts empty', async () => {
    expect(await db.listClients()).toEqual([]);
  });

  it('puts and lists clients, exactly as given', async () => {
    await db.putClients([maria, jo]);
    const listed = await db.listClients();
    expect(listed.sort((x, y) => x.id.localeCompare(y.id))).toEqual([maria, jo]);
  });

  it('replaces a client with the same id', async () => {
    await db.putClients([maria]);
    await db.putClients([{ ...maria, aliases: ['MJ'] }]);
    expect(await db.listClients()).toEqual([{ ...maria, aliases: ['MJ'] }]);
  });

  it('deletes clients by id, and ignores unknown ids', async () => {
    await db.putClients([maria, jo]);
    await db.deleteClients(['a', 'nobody']);
    expect(await db.listClients()).toEqual([jo]);
    await db.deleteClients([]);
    expect(await db.listClients()).toEqual([jo]);
  });

  it('writes all clients or none: an invalid one aborts the whole put', async () => {
    await db.putClients([jo]);
    const broken = { ...maria, id: undefined } as unknown as Client; // no key: the put fails
    await expect(db.putClients([maria, broken])).rejects.toThrow();
    expect(await db.listClients()).toEqual([jo]);
  });

  it('keeps data across a reopen of the module (same database)', async () => {
    await db.putClients([maria]);
    vi.resetModules();
    const again: Db = await import('../../src/storage/db');
    expect(await again.listClients()).toEqual([maria]);
  });
});

describe('log store', () => {
  it('adds entries and lists them oldest first', async () => {
    await db.addLogEntry(entry(NOW - DAY, { choice: 'proceeded', reason: 'my cousin' }));
    await db.addLogEntry(entry(NOW - 3 * DAY, { kind: 'follow' }));
    await db.addLogEntry(entry(NOW, { choice: 'blocked', level: 'block' }));
    const log = await db.listLog();
    expect(log.map((e) => e.at)).toEqual([NOW - 3 * DAY, NOW - DAY, NOW]);
    expect(log[1]).toMatchObject({ choice: 'proceeded', reason: 'my cousin' });
    expect(new Set(log.map((e) => e.id)).size).toBe(3);
  });

  it('clears the log', async () => {
    await db.addLogEntry(entry(NOW));
    await db.addLogEntry(entry(NOW));
    await db.clearLog();
    expect(await db.listLog()).toEqual([]);
  });

  it('prunes entries older than the retention period, and only those', async () => {
    await db.addLogEntry(entry(NOW - 100 * DAY));
    await db.addLogEntry(entry(NOW - 91 * DAY));
    await db.addLogEntry(entry(NOW - 90 * DAY - 1));
    await db.addLogEntry(entry(NOW - 89 * DAY));
    await db.addLogEntry(entry(NOW));
    expect(await db.pruneLog(90, NOW)).toBe(3);
    expect((await db.listLog()).map((e) => e.at)).toEqual([NOW - 89 * DAY, NOW]);
    expect(await db.pruneLog(90, NOW)).toBe(0);
  });

  it('pruning an empty log removes nothing', async () => {
    expect(await db.pruneLog(1, NOW)).toBe(0);
  });

  it('the log and the client list do not touch each other', async () => {
    await db.putClients([maria]);
    await db.addLogEntry(entry(NOW));
    await db.clearLog();
    expect(await db.listClients()).toEqual([maria]);
  });
});
