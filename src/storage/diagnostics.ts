import { PLATFORMS, type Platform } from '../core/vocabulary';
import { browser } from './browser';
import { STORAGE_KEYS } from './keys';

/**
 * What the options page's Diagnostics shows (issue 12): the background's recent errors and the health checks
 * that failed, each with its redacted report. Kept in storage.local, on this computer only; nothing is ever
 * sent anywhere: the therapist copies a report by hand if they choose to.
 */

export interface ErrorRecord {
  at: number;
  where: string;
  message: string;
}

export interface HealthRecord {
  /** When it was last seen; `first` when first, and how many times in between. */
  at: number;
  first: number;
  count: number;
  platform: Platform;
  page: string;
  expect: string;
  language: string;
  report: string;
}

export const MAX_ERRORS = 50;
export const MAX_HEALTH = 20;
/** A report is the structure of one region, cut at 200 elements; anything longer was not made by us. */
export const MAX_REPORT = 20_000;

/** One write at a time: two reports arriving together must both be kept. */
let writes: Promise<void> = Promise.resolve();
function serially(write: () => Promise<void>): Promise<void> {
  writes = writes.then(write, write);
  return writes;
}

async function read<T>(key: string): Promise<T[]> {
  const value = (await browser.storage.local.get(key))[key];
  return Array.isArray(value) ? (value as T[]) : [];
}

export function recordError(where: string, message: string, now = Date.now()): Promise<void> {
  return serially(async () => {
    const stored = await read<ErrorRecord>(STORAGE_KEYS.errors);
    await browser.storage.local.set({
      [STORAGE_KEYS.errors]: [...stored, { at: now, where: where.slice(0, 100), message: message.slice(0, 500) }].slice(-MAX_ERRORS),
    });
  });
}

/** A failed check as a content script sent it, checked; null when it is not one. */
export function readHealthNote(value: unknown): Omit<HealthRecord, 'at' | 'first' | 'count'> | null {
  const v = value as Partial<HealthRecord> | null;
  if (typeof v !== 'object' || v === null || !(PLATFORMS as readonly unknown[]).includes(v.platform)) return null;
  const { page, expect, language, report } = v;
  if (typeof page !== 'string' || typeof expect !== 'string' || typeof report !== 'string' || typeof language !== 'string') return null;
  if (report.length > MAX_REPORT) return null;
  return {
    platform: v.platform as Platform,
    page: page.slice(0, 60),
    expect: expect.slice(0, 120),
    language: language.slice(0, 20),
    report,
  };
}

/**
 * Keeps a failed check. The same expectation failing again on the same site and page kind (every page load
 * on a site that changed) updates the one record: the newest report, the time, the count.
 */
export function recordHealth(note: Omit<HealthRecord, 'at' | 'first' | 'count'>, now = Date.now()): Promise<void> {
  return serially(async () => {
    const stored = await read<HealthRecord>(STORAGE_KEYS.health);
    const same = (r: HealthRecord) => r.platform === note.platform && r.page === note.page && r.expect === note.expect;
    const old = stored.find(same);
    const record: HealthRecord = { ...note, at: now, first: old?.first ?? now, count: (old?.count ?? 0) + 1 };
    await browser.storage.local.set({ [STORAGE_KEYS.health]: [...stored.filter((r) => !same(r)), record].slice(-MAX_HEALTH) });
  });
}

export async function loadDiagnostics(): Promise<{ errors: ErrorRecord[]; health: HealthRecord[] }> {
  const stored = await browser.storage.local.get([STORAGE_KEYS.errors, STORAGE_KEYS.health]);
  const list = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
  return { errors: list<ErrorRecord>(stored[STORAGE_KEYS.errors]), health: list<HealthRecord>(stored[STORAGE_KEYS.health]) };
}

export async function clearDiagnostics(): Promise<void> {
  await browser.storage.local.remove([STORAGE_KEYS.errors, STORAGE_KEYS.health]);
}
