import type { Client } from '../clients/types';
import type { LogEntry } from '../core/log';
import type { Platform } from '../core/vocabulary';
import type { PhraseTable } from '../policy/content-checks/table';

/** Messages content scripts and extension pages send to the background. */
export type Request =
  | { type: 'watchlist' }
  /** The stock phrase tables of the content checks: kept out of the content scripts, which must stay small. */
  | { type: 'phrases' }
  /** The reminder's full styles (content scripts carry basic ones only, to stay small). */
  | { type: 'reminderStyles' }
  /** The label tables of a site's page languages besides English (content scripts carry English only). */
  | { type: 'labels'; platform: Platform }
  /** `uid` makes a resend harmless: a content script resends until the background answers (MV3 may stop it mid-message). */
  | { type: 'log'; entry: LogEntry; uid?: string }
  | { type: 'error'; where: string; message: string };

/** The client list, or that it is locked with a passphrase (then only the rules for everyone apply). */
export type WatchlistResponse = { clients: Client[]; locked?: undefined } | { locked: true; clients?: undefined };

export interface PhrasesResponse {
  tables: PhraseTable[];
}

export interface ReminderStylesResponse {
  css: string;
}

export interface LogAck {
  ok: true;
}

/**
 * The toolbar popup asks the content script of the active tab (tabs.sendMessage)
 * which platform it guards: no "tabs" or "activeTab" permission is needed, and
 * a tab without our content script simply does not answer.
 */
export const GUARD_STATUS = 'guard-status';

/** Sent by the background to the extension's own pages when a log entry is stored: an open Log tab shows it. */
export const LOG_ADDED = 'log-added';

export interface GuardStatus {
  platform: Platform;
  host: string;
}

/** A site's label tables by page language ("es": { follow: ["Seguir"] }), as src/sites/<site>/translations.ts has them. */
export type LabelTranslations = Record<string, Record<string, readonly string[]>>;
