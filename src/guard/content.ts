import { browser } from 'wxt/browser';
import {
  type ClientsState,
  GUARD_STATUS,
  type GuardStatus,
  type LabelTranslations,
  type PhrasesResponse,
  type ReminderStylesResponse,
  type Request,
} from '../background/protocol';
import type { LogEntry } from '../core/log';
import type { PhraseTable } from '../policy/content-checks/table';
import { defaultSettings, SETTINGS_VERSION, type SettingsV3, type SettingsV4, withContentChecks, withNewSites } from '../policy/defaults';
import { applyManaged, type ManagedPolicy } from '../policy/locks';
import type { Settings } from '../policy/schema';
import { type Pauses, STORAGE_KEYS } from '../storage/keys';
import { Reminder } from '../ui/reminder';
import type { SiteAdapter } from './action';
import { ClientList } from './client-list';
import { prepareContentChecks } from './content-check';
import { type Lifetime, startGuard } from './engine';
import { type HealthOutcome, loadedChecker, watchHealth } from './health-watch';
import { unsupportedLanguage } from './language';
import { type TabStateReporter, tabStateReporter } from './tab-state';

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
  sendUntilStored({ type: 'log', entry, uid }, lifetime, (error) => report(error, 'log'));
}

/** Sends a request until the background answers that it stored it; `lost` hears of a request given up on. */
function sendUntilStored(request: Request, lifetime: Lifetime, lost: (error: unknown) => void): void {
  askUntil(request, (answer) => (answer as { ok?: unknown } | undefined)?.ok === true, lifetime, lost);
}

/**
 * Sends a request until `take` accepts the background's answer (it returns false for none, or a malformed one),
 * resending after each of RESEND_DELAYS; `lost` hears of a request given up on. What a content script asks for
 * as it starts (label tables, phrase tables, the reminder's styles) and what it must get stored (log entries,
 * errors) all go this way: a worker stopping at that moment costs a resend, not a feature.
 */
function askUntil(request: Request, take: (answer: unknown) => boolean, lifetime: Lifetime, lost: (error: unknown) => void): void {
  const attempt = (n: number): void => {
    if (lifetime.isInvalid) return;
    send(request)
      .then((answer) => {
        if (!take(answer)) throw new Error(`No answer to "${request.type}" from the background`);
      })
      .catch((error) => {
        const delay = RESEND_DELAYS[n];
        if (delay === undefined || lifetime.isInvalid) lost(error);
        else setTimeout(() => attempt(n + 1), delay);
      });
  };
  attempt(0);
}

/**
 * Stored settings are validated before they are written. Versions 2 to 4 differ from
 * the current one only by parts that have standard values (per-site exceptions, the
 * content checks, the sites added since), so they are read with those until the background migrates them;
 * an older version is used as defaults until then.
 */
function usable(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null) return null;
  const version = (value as { version?: unknown }).version;
  if (version === SETTINGS_VERSION) return value as Settings;
  if (version === 4) return withNewSites(value as SettingsV4);
  if (version === 3) return withNewSites(withContentChecks(value as SettingsV3));
  if (version === 2)
    return withNewSites(withContentChecks({ ...(value as Omit<SettingsV3, 'version' | 'platformRules'>), version: 3, platformRules: {} }));
  return null;
}

/** The practice's managed policy as the background stored it, already checked (no zod here). */
function managedPolicy(value: unknown): ManagedPolicy | null {
  const policy = (value as { policy?: unknown } | null | undefined)?.policy;
  return typeof policy === 'object' && policy !== null ? (policy as ManagedPolicy) : null;
}

/** This tab's client list as GuardStatus reports it: its state, and how long it took to arrive after document_start. */
export function clientListStatus(list: ClientList): NonNullable<GuardStatus['clientList']> {
  return {
    state: list.state,
    startedMs: Math.round(list.startedAt),
    failures: list.failures,
    readyMs: list.readyAt === null ? null : Math.round(list.readyAt - list.startedAt),
  };
}

/** A site's label tables, which learn the page languages besides English from the background. */
export interface LearnsLabels {
  learn(tables: LabelTranslations): void;
}

/**
 * What a site brings besides its adapter: its label tables in other languages, and whether it has health
 * checks (they are a content script of their own, src/guard/health-script.ts, run when the page is idle).
 */
export interface SiteExtras {
  labels?: LearnsLabels;
  health?: boolean;
}

/** How the tab holds the client list, for its toolbar badge: an empty list turns client checks off too. */
export function clientsState(list: ClientList): ClientsState {
  return list.state === 'ready' && list.matcher?.size === 0 ? 'empty' : list.state;
}

/**
 * Boots the guard in a content script: starts listening at once with the seed
 * policy (so a click in the first milliseconds is still guarded), then loads the
 * stored settings and the watchlist and follows their changes without a reload.
 */
export function bootGuard(adapter: SiteAdapter, lifetime: Lifetime, { labels, health }: SiteExtras = {}): void {
  /** The therapist's own settings, the practice's managed policy, and the two together (what decides). */
  let local = defaultSettings();
  let managed: ManagedPolicy | null = null;
  let settings = local;
  let pauses: Pauses = {};
  let phrases: readonly PhraseTable[] = [];
  let styles: string | null = null;

  // Resent like log entries: a failure to reach the background (a worker stopping) is itself worth reporting.
  const report = (error: unknown, where: string) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    sendUntilStored({ type: 'error', where, message }, lifetime, () => {});
  };
  const combine = () => {
    try {
      settings = applyManaged(local, managed);
    } catch (e) {
      settings = local;
      report(e, 'managed');
    }
  };

  // Asked for at document_start, kept in this script's memory only; retried until the background answers.
  const clients = new ClientList({
    ask: () => send({ type: 'watchlist' }),
    report,
    alive: () => !lifetime.isInvalid,
    now: () => performance.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
  });
  clients.load();

  // The toolbar badge of this tab (issue 12): paused, off, client list locked or empty, language, health.
  const state = tabStateReporter(
    adapter.platform,
    {
      pausedUntil: () => pauses[adapter.platform] ?? null,
      off: () => settings.platforms[adapter.platform] === false,
      clients: () => clientsState(clients),
    },
    (tabState) => send({ type: 'tab-state', state: tabState }),
    lifetime,
  );
  clients.onChange(() => state.changed());

  startGuard(
    adapter,
    {
      settings: () => settings,
      matcher: () => clients.matcher,
      clientsLocked: () => clients.locked,
      clientsKnown: () => clients.known,
      whenClientsKnown: () => clients.whenKnown(),
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

  browser.storage.local
    .get([STORAGE_KEYS.settings, STORAGE_KEYS.pauses, STORAGE_KEYS.managed])
    .then((stored) => {
      local = usable(stored[STORAGE_KEYS.settings]) ?? local;
      managed = managedPolicy(stored[STORAGE_KEYS.managed]);
      combine();
      pauses = (stored[STORAGE_KEYS.pauses] as Pauses | undefined) ?? {};
    })
    .catch((e) => report(e, 'settings'))
    .then(() => state.start());
  // The site's labels in other page languages live in the background too (this script carries English): they
  // arrive with the settings, long before a page is ready for a click.
  if (labels)
    askUntil(
      { type: 'labels', platform: adapter.platform },
      (answer) => {
        if (typeof answer !== 'object' || answer === null) return false;
        labels.learn(answer as LabelTranslations);
        return true;
      },
      lifetime,
      (e) => report(e, 'labels'),
    );
  // So do the reminder's full styles: they arrive long before a click; until then (or if they never come) it has
  // basic ones. (The background fails the request when it has none, which is reported once the resends are spent.)
  askUntil(
    { type: 'reminderStyles' },
    (answer) => {
      const css = (answer as ReminderStylesResponse | undefined)?.css;
      if (typeof css === 'string') styles = css;
      return typeof css === 'string';
    },
    lifetime,
    (e) => report(e, 'styles'),
  );
  // The content checks' phrase tables live in the background, to keep this script small; they change only with an update.
  askUntil(
    { type: 'phrases' },
    (answer) => {
      const tables = (answer as PhrasesResponse | undefined)?.tables;
      if (!Array.isArray(tables)) return false;
      phrases = tables;
      prepareContentChecks(settings, phrases);
      return true;
    },
    lifetime,
    (e) => report(e, 'phrases'),
  );

  if (health) startHealth(adapter, lifetime, state, report);

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || lifetime.isInvalid) return;
    const s = changes[STORAGE_KEYS.settings];
    const m = changes[STORAGE_KEYS.managed];
    if (s) local = usable(s.newValue) ?? defaultSettings();
    if (m) managed = managedPolicy(m.newValue);
    if (s || m) combine();
    const p = changes[STORAGE_KEYS.pauses];
    if (p) pauses = (p.newValue as Pauses | undefined) ?? {};
    if (changes[STORAGE_KEYS.clientsRevision]) clients.load();
    state.changed();
  };
  browser.storage.onChanged.addListener(onChanged);
  lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

  // The toolbar popup asks which platform this tab is guarded as (see GuardStatus).
  // Answered synchronously through sendResponse: the native API (no polyfill here) does not take a returned promise.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (status: GuardStatus) => void) => {
    if (sender.id !== browser.runtime.id || lifetime.isInvalid) return;
    if ((message as { type?: unknown } | null)?.type !== GUARD_STATUS) return;
    sendResponse({ platform: adapter.platform, host: location.host, clientList: clientListStatus(clients), state: state.current() });
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * The site's health checks on this page (src/guard/health-watch.ts), which its health script left here once the
 * page was idle: the result goes to the toolbar state, and each expectation that failed is reported once per
 * page kind with its redacted report (Diagnostics in the options). A missing checker is reported, never quiet.
 */
function startHealth(
  adapter: SiteAdapter,
  lifetime: Lifetime,
  state: TabStateReporter,
  report: (error: unknown, where: string) => void,
): void {
  const told = new Set<string>();
  const onResult = (result: HealthOutcome) => {
    state.setHealth({ ...(result.language ? { language: result.language } : {}), unrecognised: result.unrecognised });
    for (const failure of result.failures) {
      const key = `${failure.page}\n${failure.expect}`;
      if (told.has(key)) continue;
      told.add(key);
      send({ type: 'health', failure }).catch((e) => report(e, 'health'));
    }
  };
  const checkError = (e: unknown) => report(e, `health:${adapter.platform}`);
  watchHealth(
    () => loadedChecker()(checkError),
    onResult,
    lifetime,
    (e) => report(e, 'health'),
  );
}
