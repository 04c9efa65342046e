import type { HealthCheck, SiteHealth } from './action';
import type { Lifetime } from './engine';
import { unsupportedLanguage } from './language';

/**
 * Health checks (issue 12): whether the page still shows what the site's adapter knows how to recognise.
 * Knows no site: each site declares its checks (src/sites/<site>/health.ts). They run when the page is idle
 * after load and after each in-app navigation, never per mutation: a handful of querySelector calls a page.
 */

/** One expectation that did not hold, and the region of the page it was about (for the redacted report). */
export interface HealthFailure {
  check: HealthCheck;
  region: Element;
}

export interface HealthResult {
  /** The page's language (html[lang]) when the site's label tables lack it; then no label check is run. */
  language: string | null;
  /** How many checks found their kind of page here. */
  applied: number;
  failures: HealthFailure[];
}

/** html[lang] as written, or "" (the tables take a missing one as English). */
export function languageOf(doc: Document): string {
  return (doc.documentElement.getAttribute('lang') ?? '').trim();
}

/**
 * Runs every check once against the page. A check that throws is reported and counts as neither passed nor
 * failed: an error in the extension is not news about the site.
 */
export function checkPage(health: SiteHealth, doc: Document, report: (error: unknown) => void = () => {}): HealthResult {
  const language = unsupportedLanguage(health.labels, doc);
  if (language) return { language, applied: 0, failures: [] };
  const failures: HealthFailure[] = [];
  let applied = 0;
  for (const check of health.checks) {
    try {
      const region = check.region(doc);
      if (!region) continue;
      applied += 1;
      if (!check.holds(region, doc)) failures.push({ check, region });
    } catch (error) {
      report(error);
    }
  }
  return { language: null, applied, failures };
}

/** The failures by kind of page, as the toolbar state carries them. */
export function failedByPage(failures: readonly HealthFailure[]): Array<{ page: string; failed: string[] }> {
  const byPage = new Map<string, string[]>();
  for (const { check } of failures) byPage.set(check.page, [...(byPage.get(check.page) ?? []), check.expect]);
  return [...byPage].map(([page, failed]) => ({ page, failed }));
}

/** How long after load or a navigation the page is given to render what it loads (apps render after load). */
export const SETTLE_MS = 1_500;
/** requestIdleCallback's deadline: a page that is never idle is still checked. */
export const IDLE_TIMEOUT_MS = 2_000;
/** A page that showed no kind of page the checks know is looked at again, a little later, this many times. */
export const LATE_RETRIES = 2;

interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestIdleCallback?(run: () => void, options: { timeout: number }): unknown;
}

/**
 * Runs the checks when the page is idle after load and after each in-app navigation that the content script
 * can see: the Navigation API's currententrychange (pushState, replaceState, back and forward) where the
 * browser has it, and popstate. Never per mutation.
 */
export function watchHealth(
  health: SiteHealth,
  onResult: (result: HealthResult) => void,
  lifetime: Lifetime,
  report: (error: unknown) => void,
  win: Window = window,
): () => void {
  const timers = win as unknown as Timers;
  const doc = win.document;
  let pending: unknown = null;
  let retries = 0;
  let lastAddress = win.location.href;
  let stopped = false;

  const run = () => {
    pending = null;
    if (stopped || lifetime.isInvalid) return;
    const result = checkPage(health, doc, report);
    if (result.applied === 0 && result.language === null && retries < LATE_RETRIES) {
      retries += 1;
      pending = timers.setTimeout(whenIdle, SETTLE_MS * 2);
    }
    try {
      onResult(result);
    } catch (error) {
      report(error);
    }
  };
  const whenIdle = () => {
    if (timers.requestIdleCallback) timers.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else run();
  };
  const schedule = () => {
    if (pending !== null) timers.clearTimeout(pending);
    retries = 0;
    pending = timers.setTimeout(whenIdle, SETTLE_MS);
  };
  const onNavigate = () => {
    if (win.location.href === lastAddress) return;
    lastAddress = win.location.href;
    schedule();
  };

  // Chrome 102+ and Firefox 147+ have the Navigation API; popstate covers back and forward elsewhere.
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onNavigate);
  win.addEventListener('popstate', onNavigate);
  if (doc.readyState === 'complete') schedule();
  else win.addEventListener('load', schedule, { once: true });

  const stop = () => {
    stopped = true;
    if (pending !== null) timers.clearTimeout(pending);
    navigation?.removeEventListener('currententrychange', onNavigate);
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('load', schedule);
  };
  lifetime.onInvalidated(stop);
  return stop;
}
