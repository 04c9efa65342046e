import { GUARD_STATUS, type GuardStatus } from '../../background/protocol';
import { PLATFORMS } from '../../core/vocabulary';
import { browser } from '../../storage/browser';

export type Target = { kind: 'loading' } | { kind: 'none' } | { kind: 'guarded'; status: GuardStatus; tabId: number };

function isStatus(value: unknown): value is GuardStatus {
  const v = value as GuardStatus | null;
  return typeof v === 'object' && v !== null && (PLATFORMS as readonly string[]).includes(v.platform) && typeof v.host === 'string';
}

/**
 * Which tab to describe: the active one, or (for end-to-end tests, which open
 * the popup as a page) the tab named by ?tab=ID. Its content script says which
 * platform it guards; a tab without one does not answer, and nothing is guarded there.
 */
export async function findTarget(): Promise<Target> {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = forced > 0 ? forced : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { kind: 'none' };
  try {
    const status: unknown = await browser.tabs.sendMessage(tabId, { type: GUARD_STATUS }, { frameId: 0 });
    return isStatus(status) ? { kind: 'guarded', status, tabId } : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}
