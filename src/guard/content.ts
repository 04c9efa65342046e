import { browser } from 'wxt/browser';
import {
  GUARD_STATUS,
  type GuardStatus,
  type LabelTranslations,
  type PhrasesResponse,
  type ReminderStylesResponse,
  type Request,
  type WatchlistResponse,
} from '../background/protocol';
import { ClientMatcher } from '../clients/matcher';
import type { LogEntry } from '../core/log';
import type { PhraseTable } from '../policy/content-checks/table';
import { defaultSettings, SETTINGS_VERSION, type SettingsV3, withContentChecks } from '../policy/defaults';
import { applyManaged, type ManagedPolicy } from '../policy/locks';
import type { Settings } from '../policy/schema';
import { type Pauses, STORAGE_KEYS } from '../storage/keys';
import { Reminder } from '../ui/reminder';
import type { SiteAdapter } from './action';
import { prepareContentChecks } from './content-check';
import { type Lifetime, startGuard } from './engine';
import { unsupportedLanguage } from './language';

function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Waits before each resend: MV3 restarts a stopped service worker on the next message, within a second. */
const RESEND_DELAYS = [100, 300, 1000, 3000, 10_000, 30_000];

/**
 * Sends a log entry until the background says it is stored. The service worker may be stopped at any
 * moment (MV3 does so after 30 s idle): a message it was handling is then lost with it, and the answer never
 * comes. The uid makes a resend of an entry that was stored after all harmless.
 */
function deliver(entry: LogEntry, lifetime: Lifetime, report: (e: unknown, where: string) => void): void {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const uid = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const attempt = (n: number): void => {
    if (lifetime.isInvalid) return;
    send({ type: 'log', entry, uid })
      .then((answer) => {
        if ((answer as { ok?: unknown } | undefined)?.ok !== true) throw new Error('No answer from the background');
      })
      .catch((error) => {
        const delay = RESEND_DELAYS[n];
        if (delay === undefined || lifetime.isInvalid) report(error, 'log');
        else setTimeout(() => attempt(n + 1), delay);
      });
  };
  attempt(0);
}

/**
 * Stored settings are validated before they are written. Versions 2 and 3 differ from
 * the current one only by parts that have standard values (per-site exceptions, the
 * content checks), so they are read with those until the background migrates them;
 * an older version is used as defaults until then.
 */
function usable(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null) return null;
  const version = (value as { version?: unknown }).version;
  if (version === SETTINGS_VERSION) return value as Settings;
  if (version === 3) return withContentChecks(value as SettingsV3);
  if (version === 2)
    return withContentChecks({ ...(value as Omit<SettingsV3, 'version' | 'platformRules'>), version: 3, platformRules: {} });
  return null;
}

/** The practice's managed policy as the background stored it, already checked (no zod here). */
function managedPolicy(value: unknown): ManagedPolicy | null {
  const policy = (value as { policy?: unknown } | null | undefined)?.policy;
  return typeof policy === 'object' && policy !== null ? (policy as ManagedPolicy) : null;
}

/**
 * Boots the guard in a content script: starts listening at once with the seed
 * policy (so a click in the first milliseconds is still guarded), then loads the
 * stored settings and the watchlist and follows their changes without a reload.
 */
/** A site's label tables, which learn the page languages besides English from the background. */
export interface LearnsLabels {
  learn(tables: LabelTranslations): void;
}

export function bootGuard(adapter: SiteAdapter, lifetime: Lifetime, labels?: LearnsLabels): void {
  /** The therapist's own settings, the practice's managed policy, and the two together (what decides). */
  let local = defaultSettings();
  let managed: ManagedPolicy | null = null;
  let settings = local;
  let matcher: ClientMatcher | null = null;
  let locked = false;
  let pauses: Pauses = {};
  let phrases: readonly PhraseTable[] = [];
  let styles: string | null = null;

  const report = (error: unknown, where: string) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    send({ type: 'error', where, message }).catch(() => {});
  };
  const combine = () => {
    try {
      settings = applyManaged(local, managed);
    } catch (e) {
      settings = local;
      report(e, 'managed');
    }
  };

  startGuard(
    adapter,
    {
      settings: () => settings,
      matcher: () => matcher,
      clientsLocked: () => locked,
      phrases: () => phrases,
      paused: () => (pauses[adapter.platform] ?? 0) > Date.now(),
      log: (entry) => deliver(entry, lifetime, report),
      report,
      now: () => Date.now(),
    },
    lifetime,
    window,
    new Reminder(document, () => styles),
  );

  // A page in a language the adapter has no labels for: the guard still runs, but controls known only by their
  // text are missed. Never quietly: it is reported once the page is parsed (html[lang] is set by then).
  const checkLanguage = () => {
    const lang = unsupportedLanguage(adapter, document);
    if (lang)
      report(
        new Error(`Page language "${lang}" has no label table (supported: ${adapter.languages?.join(', ')})`),
        `language:${adapter.platform}`,
      );
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', checkLanguage, { once: true });
  else checkLanguage();

  const loadWatchlist = async () => {
    const response = (await send({ type: 'watchlist' })) as WatchlistResponse | undefined;
    if (response?.locked) {
      // Locked with a passphrase: no client rule can fire, and reminders say that the list is locked.
      matcher = null;
      locked = true;
    } else if (response?.clients) {
      matcher = new ClientMatcher(response.clients);
      locked = false;
    }
  };

  browser.storage.local
    .get([STORAGE_KEYS.settings, STORAGE_KEYS.pauses, STORAGE_KEYS.managed])
    .then((stored) => {
      local = usable(stored[STORAGE_KEYS.settings]) ?? local;
      managed = managedPolicy(stored[STORAGE_KEYS.managed]);
      combine();
      pauses = (stored[STORAGE_KEYS.pauses] as Pauses | undefined) ?? {};
    })
    .catch((e) => report(e, 'settings'));
  loadWatchlist().catch((e) => report(e, 'watchlist'));
  // The site's labels in other page languages live in the background too (this script carries English): they
  // arrive with the settings, long before a page is ready for a click.
  if (labels)
    send({ type: 'labels', platform: adapter.platform })
      .then((answer) => {
        if (typeof answer !== 'object' || answer === null) throw new Error('No label tables from the background');
        labels.learn(answer as LabelTranslations);
      })
      .catch((e) => report(e, 'labels'));
  // So do the reminder's full styles: they arrive long before a click; until then (or if they never come) it has
  // basic ones. (The background fails the request when it has none, which is reported.)
  send({ type: 'reminderStyles' })
    .then((answer) => {
      const css = (answer as ReminderStylesResponse | undefined)?.css;
      if (typeof css === 'string') styles = css;
    })
    .catch((e) => report(e, 'styles'));
  // The content checks' phrase tables live in the background, to keep this script small; they change only with an update.
  send({ type: 'phrases' })
    .then((answer) => {
      const tables = (answer as PhrasesResponse | undefined)?.tables;
      if (!Array.isArray(tables)) throw new Error('No phrase tables from the background');
      phrases = tables;
      prepareContentChecks(settings, phrases);
    })
    .catch((e) => report(e, 'phrases'));

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || lifetime.isInvalid) return;
    const s = changes[STORAGE_KEYS.settings];
    const m = changes[STORAGE_KEYS.managed];
    if (s) local = usable(s.newValue) ?? defaultSettings();
    if (m) managed = managedPolicy(m.newValue);
    if (s || m) combine();
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
