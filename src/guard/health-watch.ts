import type { HealthNote } from '../background/protocol';
import type { Lifetime } from './engine';

/**
 * When the health checks run (issue 12), which is all the guard's content script carries of them: the checks,
 * the site's expectations and the redacted report are a second content script (src/guard/health-script.ts),
 * run once the page is idle, which leaves its checker in the isolated world the two share.
 */

/** What one run of the checks says of the page, as the injected checker hands it to the content script. */
export interface HealthOutcome {
  /** The page's language (html[lang]) when the site's label tables lack it; then no label check is run. */
  language: string | null;
  /** How many checks found their kind of page here. */
  applied: number;
  /** The failures by kind of page, as the toolbar state carries them. */
  unrecognised: Array<{ page: string; failed: string[] }>;
  /** Each expectation that failed, with its redacted report. */
  failures: HealthNote[];
}

/** The checker the health script leaves in the isolated world (never the page's): runs the checks once. */
export type HealthChecker = (report: (error: unknown) => void) => HealthOutcome;

/** Where the health script leaves its checker: a global of the extension's isolated world only. */
export const HEALTH_CHECKER = Symbol.for('bg.hc');

/** The checker the health script left in this isolated world; an error if it is not there (never quiet). */
export function loadedChecker(global: object = globalThis): HealthChecker {
  const check = (global as Record<symbol, unknown>)[HEALTH_CHECKER];
  if (typeof check !== 'function') throw new Error('The health checks did not load');
  return check as HealthChecker;
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

/** What the watcher needs of a run's result: whether any kind of page was found, or the language was. */
type Found = Pick<HealthOutcome, 'language' | 'applied'>;

/**
 * Runs `check` when the page is idle after load and after each in-app navigation that the content script
 * can see: the Navigation API's currententrychange (pushState, replaceState, back and forward) where the
 * browser has it, and popstate. Never per mutation. A run that fails is reported.
 */
export function watchHealth<R extends Found>(
  check: () => R | Promise<R>,
  onResult: (result: R) => void,
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
    Promise.resolve()
      .then(check)
      .then((result) => {
        if (stopped || lifetime.isInvalid) return;
        // Looked at again later only if no navigation has scheduled a run meanwhile.
        if (result.applied === 0 && result.language === null && retries < LATE_RETRIES && pending === null) {
          retries += 1;
          pending = timers.setTimeout(whenIdle, SETTLE_MS * 2);
        }
        onResult(result);
      })
      .catch(report);
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
