import { browser } from '../storage/browser';
import { watchlist } from '../storage/clients';
import type { WatchlistResponse } from './protocol';

/**
 * The watchlist answer kept in the service worker's memory while it runs, so a tab opened while the worker
 * is warm gets the list without an IndexedDB read. Memory of the extension's own worker only (never a page's
 * storage); dropped on any change to the extension's local or session storage (every change to the list bumps
 * its revision there, a lock or unlock changes the session key), and with the worker itself when MV3 stops it.
 */
let cached: Promise<WatchlistResponse> | null = null;
let generation = 0;

export function cachedWatchlist(): Promise<WatchlistResponse> {
  if (cached) return cached;
  const started = generation;
  const read = watchlist() as Promise<WatchlistResponse>;
  cached = read;
  read.then(
    () => {
      // A change while it was read: the next request reads again.
      if (generation !== started && cached === read) cached = null;
    },
    () => {
      if (cached === read) cached = null;
    },
  );
  return read;
}

export function startWatchlistCache(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'local' && area !== 'session') return;
    generation += 1;
    cached = null;
  });
}
