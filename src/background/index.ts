import { t } from '../core/i18n';
import type { LogEntry } from '../core/log';
import { ACTION_KINDS, LEVELS, PLATFORMS, type Platform } from '../core/vocabulary';
import { PHRASE_TABLES } from '../policy/content-checks/index';
import { browser } from '../storage/browser';
import { addLogEntry, pruneLog } from '../storage/db';
import { readHealthNote, recordError, recordHealth } from '../storage/diagnostics';
import { STORAGE_KEYS } from '../storage/keys';
import { startManagedSync } from '../storage/managed';
import { loadEffectiveSettings, migrateStoredSettings } from '../storage/settings';
import { badgeOf, readTabState } from './badge';
import {
  type LabelTranslations,
  LOG_ADDED,
  type LogAck,
  type PhrasesResponse,
  type ReminderStylesResponse,
  type Request,
  type WatchlistResponse,
} from './protocol';
import { cachedWatchlist, startWatchlistCache } from './watchlist-cache';

function isLogEntry(value: unknown): value is LogEntry {
  const e = value as LogEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.at === 'number' &&
    (PLATFORMS as readonly string[]).includes(e.platform) &&
    (ACTION_KINDS as readonly string[]).includes(e.kind) &&
    (LEVELS as readonly string[]).includes(e.level) &&
    ['stopped', 'proceeded', 'noticed', 'blocked'].includes(e.choice)
  );
}

/** The sender's tab, when the message comes from the top frame of a tab (content scripts run only there). */
interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Sets the toolbar icon of one tab (DESIGN.md: no badge while it guards normally). The browser keeps a tab's
 * badge while the service worker is stopped; the content script sends every change again.
 */
async function showTabState(value: unknown, sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  const state = readTabState(value);
  if (tabId === undefined || sender.frameId !== 0 || !state) throw new Error('Malformed tab state');
  const badge = badgeOf(state, Date.now());
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }),
    browser.action.setTitle({ tabId, title: badge?.title ?? t('extName') }),
    ...(badge ? [browser.action.setBadgeBackgroundColor({ tabId, color: badge.color })] : []),
  ]);
}

async function handle(request: Request, sender: Sender): Promise<unknown> {
  switch (request.type) {
    case 'watchlist':
      return (await cachedWatchlist()) satisfies WatchlistResponse;
    case 'phrases':
      return { tables: [...PHRASE_TABLES] } satisfies PhrasesResponse;
    case 'reminderStyles':
      if (reminderCss === null) throw new Error('No reminder styles were handed to the background');
      return { css: reminderCss } satisfies ReminderStylesResponse;
    case 'labels':
      return (translations as Partial<Record<string, LabelTranslations>>)[request.platform] ?? {};
    case 'log': {
      if (!isLogEntry(request.entry)) throw new Error('Malformed log entry');
      const uid = typeof request.uid === 'string' && request.uid.length <= 64 ? request.uid : undefined;
      // Answered only once the entry is committed: until then the content script keeps it and sends it again.
      if (await addLogEntry(request.entry, uid)) {
        // Extension pages only (content scripts do not hear runtime messages); none open is no error.
        browser.runtime.sendMessage({ type: LOG_ADDED }).catch(() => {});
      }
      return { ok: true } satisfies LogAck;
    }
    case 'error':
      await recordError(String(request.where), String(request.message));
      return { ok: true };
    case 'tab-state':
      // A tab closed meanwhile: nothing to show.
      await showTabState(request.state, sender).catch((e) => {
        if (!/tab/i.test(String(e))) throw e;
      });
      return { ok: true };
    case 'health': {
      const note = readHealthNote(request.failure);
      if (!note) throw new Error('Malformed health report');
      await recordHealth(note);
      return { ok: true };
    }
  }
}

/** Whether the extension's setup opens on its own: on a first install only, never on an update or a browser update. */
export function opensSetup(reason: string, setupDone: boolean): boolean {
  return reason === 'install' && !setupDone;
}

/**
 * A new tab, never runtime.openOptionsPage(): Chrome's openOptionsPage takes over a blank tab the
 * person just opened. Chrome also reports "install" each time it starts an unpacked build loaded from
 * the command line, so a setup that was saved or skipped is not shown again.
 */
async function openSetupOnInstall(reason: string): Promise<void> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.setupDone);
  if (!opensSetup(reason, stored[STORAGE_KEYS.setupDone] === true)) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
}

/** The background owns client data and the log; it answers only this extension's own scripts and pages. */
/** Each site's labels in its other page languages, handed in by the entry point (the background knows no site). */
let translations: Partial<Record<Platform, LabelTranslations>> = {};
/** The reminder's full styles, handed in by the entry point too (the background knows no UI). */
let reminderCss: string | null = null;

export function startBackground(options: { translations?: Partial<Record<Platform, LabelTranslations>>; reminderCss?: string } = {}): void {
  translations = options.translations ?? {};
  reminderCss = options.reminderCss ?? null;
  // The key of an unlocked client list lives in storage.session: never readable from content scripts (the
  // default in Chrome; said here so that a change of default cannot expose it).
  const session = browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  Promise.resolve()
    .then(() => session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }))
    .catch((e) => recordError('session-access', String(e)));
  startWatchlistCache();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = message as Request;
    if (typeof request !== 'object' || request === null || !('type' in request)) return undefined;
    return handle(request, sender);
  });
  // The practice's managed policy, checked and kept where content scripts read it (src/storage/managed.ts).
  startManagedSync((e) => recordError('managed', String(e)));
  browser.runtime.onInstalled.addListener((details) => {
    migrateStoredSettings().catch((e) => recordError('migrate', String(e)));
    // A first install opens the setup (the options page shows it until it is saved or skipped); an update does not.
    openSetupOnInstall(details.reason).catch((e) => recordError('first-run', String(e)));
  });
  browser.runtime.onStartup.addListener(() => {
    loadEffectiveSettings()
      .then((s) => pruneLog(s.logRetentionDays))
      .catch((e) => recordError('prune', String(e)));
  });
}
