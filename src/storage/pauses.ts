import type { Platform } from '../core/vocabulary';
import { browser } from './browser';
import { type Pauses, STORAGE_KEYS } from './keys';

/**
 * "Pause on this site": platform → epoch ms until which guarding is off there.
 * Content scripts compare the time with Date.now() at each action, so a pause
 * ends by itself without any timer; expired entries are only tidied up here.
 */
export async function loadPauses(): Promise<Pauses> {
  return ((await browser.storage.local.get(STORAGE_KEYS.pauses))[STORAGE_KEYS.pauses] as Pauses | undefined) ?? {};
}

function live(pauses: Pauses, now: number): Pauses {
  return Object.fromEntries(Object.entries(pauses).filter(([, until]) => typeof until === 'number' && until > now));
}

export async function pausePlatform(platform: Platform, until: number, now = Date.now()): Promise<void> {
  const pauses = live(await loadPauses(), now);
  await browser.storage.local.set({ [STORAGE_KEYS.pauses]: { ...pauses, [platform]: until } });
}

export async function resumePlatform(platform: Platform, now = Date.now()): Promise<void> {
  const { [platform]: _ended, ...rest } = live(await loadPauses(), now);
  await browser.storage.local.set({ [STORAGE_KEYS.pauses]: rest });
}

/** The end of a live pause of this platform, or null. */
export function pausedUntil(pauses: Pauses, platform: Platform, now = Date.now()): number | null {
  const until = pauses[platform];
  return typeof until === 'number' && until > now ? until : null;
}
