/** Keys in browser.storage.local (never storage.sync: that copies data to the browser vendor's servers). */
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
} as const;

export type Pauses = Partial<Record<string, number>>;
