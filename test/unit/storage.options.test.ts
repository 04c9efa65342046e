import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Client } from '../../src/clients/types';
import type { LogEntry } from '../../src/core/log';
import { STORAGE_KEYS } from '../../src/storage/keys';

type Db = typeof import('../../src/storage/db');
type PausesModule = typeof import('../../src/storage/pauses');
let db: Db;
let pauses: PausesModule;

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  fakeBrowser.reset();
  db = await import('../../src/storage/db');
  pauses = await import('../../src/storage/pauses');
});

const entry = (at: number, platform: LogEntry['platform'] = 'facebook'): LogEntry => ({
  at,
  platform,
  kind: 'follow',
  level: 'confirm',
  client: 'no',
  choice: 'stopped',
});

describe('storage used by the options page and the popup', () => {
  it('counts log entries since a time, on one platform or all', async () => {
    for (const e of [entry(100), entry(200), entry(300, 'x'), entry(50, 'x')]) await db.addLogEntry(e);
    expect(await db.countLogSince(150)).toBe(2);
    expect(await db.countLogSince(150, 'facebook')).toBe(1);
    expect(await db.countLogSince(0, 'x')).toBe(2);
    expect(await db.countLogSince(301)).toBe(0);
  });

  it('replaces the whole client list', async () => {
    const a: Client = { id: 'a', name: 'A', aliases: [], handles: {} };
    const b: Client = { id: 'b', name: 'B', aliases: [], handles: {} };
    await db.putClients([a]);
    await db.replaceAllClients([b]);
    expect(await db.listClients()).toEqual([b]);
    await db.replaceAllClients([]);
    expect(await db.listClients()).toEqual([]);
  });

  it('keeps the old list when one new client cannot be stored', async () => {
    const a: Client = { id: 'a', name: 'A', aliases: [], handles: {} };
    await db.putClients([a]);
    const broken = { name: 'no id', aliases: [], handles: {} } as unknown as Client;
    await expect(db.replaceAllClients([{ ...a, id: 'b' }, broken])).rejects.toThrow();
    expect(await db.listClients()).toEqual([a]);
  });

  it('pauses and resumes one platform, dropping pauses that have ended', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.pauses]: { x: 10 } });
    await pauses.pausePlatform('facebook', 5_000, 1_000);
    expect(await pauses.loadPauses()).toEqual({ facebook: 5_000 });
    await pauses.pausePlatform('yelp', 9_000, 1_000);
    await pauses.resumePlatform('facebook', 1_000);
    expect(await pauses.loadPauses()).toEqual({ yelp: 9_000 });
  });
});
