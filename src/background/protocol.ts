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
  | { type: 'error'; where: string; message: string }
  /** The state of the sender's tab, for its toolbar badge and title (sent on every change, see TabState). */
  | { type: 'tab-state'; state: TabState }
  /** A health expectation that failed on the sender's page, with its redacted report. */
  | { type: 'health'; failure: HealthNote };

/** How the tab holds the client list: loading, in force, empty, locked with a passphrase, or not loaded after an error. */
export type ClientsState = 'loading' | 'ready' | 'empty' | 'locked' | 'failed';

/**
 * What a tab's content script knows of its own guard (issue 12). Normal (no badge): not paused, on, the
 * client list in force, the page's language in the label tables, and every health check that applied held.
 */
export interface TabState {
  platform: Platform;
  /** Guarding is paused on this site until then (epoch ms). */
  pausedUntil?: number;
  /** Guarding is turned off for this site in the settings. */
  off?: boolean;
  clients: ClientsState;
  /** The page's language (html[lang]) when the site's label tables lack it. */
  language?: string;
  /** Kinds of page whose controls were not recognised, and which expectations failed. */
  unrecognised?: Array<{ page: string; failed: string[] }>;
}

/** One failed health expectation as the content script reports it: no names, no address, no page text. */
export interface HealthNote {
  platform: Platform;
  page: string;
  expect: string;
  language: string;
  /** The structure of the region, redacted (src/guard/report.ts). */
  report: string;
}

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
  /**
   * The tab's client list (src/guard/client-list.ts): "loading" / "failed" mean client checks cannot run yet
   * (a reminder shown meanwhile says the list could not be checked); failures: attempts that failed. startedMs: the content script's start
   * after navigation began; readyMs: from then until the list arrived (null until it has).
   */
  clientList?: { state: 'loading' | 'ready' | 'locked' | 'failed'; startedMs: number; readyMs: number | null; failures: number };
  /** The tab's guard state, as its toolbar badge shows it. */
  state?: TabState;
}

/** A site's label tables by page language ("es": { follow: ["Seguir"] }), as src/sites/<site>/translations.ts has them. */
export type LabelTranslations = Record<string, Record<string, readonly string[]>>;
