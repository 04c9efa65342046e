import type { Client } from '../clients/types';
import type { LogEntry } from '../guard/log';

/** Messages content scripts and extension pages send to the background. */
export type Request = { type: 'watchlist' } | { type: 'log'; entry: LogEntry } | { type: 'error'; where: string; message: string };

export interface WatchlistResponse {
  clients: Client[];
}
