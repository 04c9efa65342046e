import type { ClientsState, TabState } from '../background/protocol';
import type { Platform } from '../core/vocabulary';
import type { Lifetime } from './engine';

/** What the content script reads to say its tab's state; everything else of the state comes from the health checks. */
export interface StateSources {
  pausedUntil(): number | null;
  off(): boolean;
  clients(): ClientsState;
}

/** The tab's state as the content script keeps it (see tabStateReporter). */
export interface TabStateReporter {
  current(): TabState;
  setHealth(health: Pick<TabState, 'language' | 'unrecognised'>): void;
  /** The settings and the client list are known (or failed): from now on the state is worth showing. */
  start(): void;
  /** Something the state is read from changed: sent if it differs from what was sent. */
  changed(): void;
}

/**
 * Keeps the tab's state and tells the background (which sets the toolbar badge for this tab) whenever it
 * changes: the first time once the settings and the client list are known, then on every change of pause,
 * settings, client list or health. MV3 may stop the background at any time; the browser keeps the badge of
 * each tab, and every later change is sent again (the message starts the background).
 */
export function tabStateReporter(
  platform: Platform,
  sources: StateSources,
  send: (state: TabState) => Promise<unknown>,
  lifetime: Lifetime,
  now: () => number = Date.now,
): TabStateReporter {
  let health: Pick<TabState, 'language' | 'unrecognised'> = {};
  let lastSent = '';
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  let ready = false;
  lifetime.onInvalidated(() => clearTimeout(pauseTimer));

  const current = (): TabState => {
    const until = sources.pausedUntil();
    return {
      platform,
      ...(until !== null && until > now() ? { pausedUntil: until } : {}),
      ...(sources.off() ? { off: true } : {}),
      clients: sources.clients(),
      ...health,
    };
  };
  const changed = (): void => {
    if (!ready || lifetime.isInvalid) return;
    const state = current();
    clearTimeout(pauseTimer);
    // A pause ends by itself: the badge goes when it does (one timer, only while paused).
    if (state.pausedUntil !== undefined) pauseTimer = setTimeout(changed, Math.min(state.pausedUntil - now() + 50, 2 ** 31 - 1));
    const text = JSON.stringify(state);
    if (text === lastSent) return;
    lastSent = text;
    send(state).catch(() => {
      // Not delivered (the background was stopping): sent again a moment later.
      lastSent = '';
      setTimeout(changed, 1_000);
    });
  };
  return {
    current,
    changed,
    start() {
      ready = true;
      changed();
    },
    setHealth(next) {
      health = {
        ...(next.language ? { language: next.language } : {}),
        ...(next.unrecognised?.length ? { unrecognised: next.unrecognised } : {}),
      };
      changed();
    },
  };
}
