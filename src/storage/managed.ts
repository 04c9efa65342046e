import { type ManagedState, managesAnything } from '../policy/locks';
import { readManagedPolicy } from '../policy/managed';
import { browser } from './browser';
import { STORAGE_KEYS } from './keys';

/**
 * The practice's managed policy, from the browser's managed storage (see
 * ADMIN.md). The background checks it (zod) and keeps the usable part in
 * storage.local, where content scripts, which carry no zod, read it with the
 * therapist's settings and apply it (src/policy/locks.ts); the options page and
 * the popup read the same copy, so every part of the extension sees one policy.
 */

type ManagedArea = Pick<typeof browser.storage.managed, 'get'>;

/** Everything in managed storage; nothing when there is no policy (Firefox rejects the read then). */
export async function readManagedStorage(area: ManagedArea = browser.storage.managed): Promise<Record<string, unknown>> {
  try {
    const raw: unknown = await area.get(null);
    return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The state to keep: null when managed storage is empty. */
export function managedStateOf(raw: Record<string, unknown>): ManagedState | null {
  if (Object.keys(raw).length === 0) return null;
  const state = readManagedPolicy(raw);
  return managesAnything(state.policy) || state.problems.length ? state : null;
}

/** Reads, checks and stores the managed policy (run by the background at start and on every change). */
export async function syncManagedPolicy(area: ManagedArea = browser.storage.managed): Promise<ManagedState | null> {
  const state = managedStateOf(await readManagedStorage(area));
  const stored = (await browser.storage.local.get(STORAGE_KEYS.managed))[STORAGE_KEYS.managed];
  if (state === null) {
    if (stored !== undefined) await browser.storage.local.remove(STORAGE_KEYS.managed);
  } else if (JSON.stringify(stored) !== JSON.stringify(state)) {
    await browser.storage.local.set({ [STORAGE_KEYS.managed]: state });
  }
  return state;
}

/**
 * For the background: syncs now and whenever the administrator's policy
 * changes (Chrome fires storage.onChanged for the "managed" area).
 */
export function startManagedSync(report: (error: unknown) => void): void {
  syncManagedPolicy().catch(report);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') syncManagedPolicy().catch(report);
  });
}

/** The stored managed state as pages read it; null when nothing is managed. */
export function storedManagedState(value: unknown): ManagedState | null {
  const state = value as ManagedState | undefined;
  return state && typeof state === 'object' && state.policy && typeof state.policy === 'object' ? state : null;
}

export async function loadManagedState(): Promise<ManagedState | null> {
  return storedManagedState((await browser.storage.local.get(STORAGE_KEYS.managed))[STORAGE_KEYS.managed]);
}
