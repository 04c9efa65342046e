import type { Client } from '../clients/types';
import type { LogEntry } from '../guard/log';
import type { Platform } from '../policy/vocabulary';

/** Messages content scripts and extension pages send to the background. */
export type Request = { type: 'watchlist' } | { type: 'log'; entry: LogEntry } | { type: 'error'; where: string; message: string };

export interface WatchlistResponse {
  clients: Client[];
}

/**
 * The toolbar popup asks the content script of the active tab (tabs.sendMessage)
 * which platform it guards: no "tabs" or "activeTab" permission is needed, and
 * a tab without our content script simply does not answer.
 */
export const GUARD_STATUS = 'guard-status';

export interface GuardStatus {
  platform: Platform;
  host: string;
}
