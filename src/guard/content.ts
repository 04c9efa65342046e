import { browser } from 'wxt/browser';
import { GUARD_STATUS, type GuardStatus, type Request, type WatchlistResponse } from '../background/protocol';
import { ClientMatcher } from '../clients/matcher';
import { defaultSettings, SETTINGS_VERSION } from '../policy/defaults';
import type { Settings } from '../policy/schema';
import { type Pauses, STORAGE_KEYS } from '../storage/keys';
import type { SiteAdapter } from './action';
import { type Lifetime, startGuard } from './engine';

function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Stored settings are validated before they are written; an older version is used as defaults until the background migrates it. */
function usable(value: unknown): Settings | null {
  return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === SETTINGS_VERSION
    ? (value as Settings)
    : null;
}

/**
 * Boots the guard in a content script: starts listening at once with the seed
 * policy (so a click in the first milliseconds is still guarded), then loads the
 * stored settings and the watchlist and follows their changes without a reload.
 */
export function bootGuard(adapter: SiteAdapter, lifetime: Lifetime): void {
  let settings = defaultSettings();
  let matcher: ClientMatcher | null = null;
  let pauses: Pauses = {};

  const report = (error: unknown, where: string) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    send({ type: 'error', where, message }).catch(() => {});
  };

  startGuard(
    adapter,
    {
      settings: () => settings,
      matcher: () => matcher,
      paused: () => (pauses[adapter.platform] ?? 0) > Date.now(),
      log: (entry) => {
        send({ type: 'log', entry }).catch((e) => report(e, 'log'));
      },
      report,
      now: () => Date.now(),
    },
    lifetime,
  );

  const loadWatchlist = async () => {
    const response = (await send({ type: 'watchlist' })) as WatchlistResponse | undefined;
    if (response?.clients) matcher = new ClientMatcher(response.clients);
  };

  browser.storage.local
    .get([STORAGE_KEYS.settings, STORAGE_KEYS.pauses])
    .then((stored) => {
      settings = usable(stored[STORAGE_KEYS.settings]) ?? settings;
      pauses = (stored[STORAGE_KEYS.pauses] as Pauses | undefined) ?? {};
    })
    .catch((e) => report(e, 'settings'));
  loadWatchlist().catch((e) => report(e, 'watchlist'));

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || lifetime.isInvalid) return;
    const s = changes[STORAGE_KEYS.settings];
    if (s) settings = usable(s.newValue) ?? defaultSettings();
    const p = changes[STORAGE_KEYS.pauses];
    if (p) pauses = (p.newValue as Pauses | undefined) ?? {};
    if (changes[STORAGE_KEYS.clientsRevision]) loadWatchlist().catch((e) => report(e, 'watchlist'));
  };
  browser.storage.onChanged.addListener(onChanged);
  lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

  // The toolbar popup asks which platform this tab is guarded as (see GuardStatus).
  // Answered synchronously through sendResponse: the native API (no polyfill here) does not take a returned promise.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (status: GuardStatus) => void) => {
    if (sender.id !== browser.runtime.id || lifetime.isInvalid) return;
    if ((message as { type?: unknown } | null)?.type !== GUARD_STATUS) return;
    sendResponse({ platform: adapter.platform, host: location.host });
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
