/** Keys in browser.storage.local (never the sync area: it copies data to the browser vendor's servers). */
export const STORAGE_KEYS = {
  /** The validated settings (policy), current version. */
  settings: 'settings',
  /** Bumped whenever the client list changes, so open tabs fetch the new watchlist. */
  clientsRevision: 'clientsRevision',
  /** Platform → epoch ms until which guarding is paused there. */
  pauses: 'pauses',
  /** Set once the first-run setup in the options page is finished or skipped (guarding never waits for it). */
  setupDone: 'setupDone',
  /** The practice's managed policy as the background checked it (ManagedState); absent when nothing is managed. */
  managed: 'managed',
  /** The background's last errors (where, message, time), shown in the options page's Diagnostics. */
  errors: 'errors',
  /** Failed health checks with their redacted reports (src/storage/diagnostics.ts); never any name or page text. */
  health: 'health',
} as const;

/**
 * Keys in browser.storage.session: memory only, gone when the browser closes, and readable only by
 * the extension's own pages and background (the background sets the access level to TRUSTED_CONTEXTS).
 */
export const SESSION_KEYS = {
  /** The key that opens the locked client list, once the passphrase was given in this browser session. */
  clientsKey: 'clientsKey',
} as const;

export type Pauses = Partial<Record<string, number>>;
