import type { ClientMatcher } from '../clients/matcher';
import type { LogEntry } from '../core/log';
import type { PhraseTable } from '../policy/content-checks/table';
import type { Settings } from '../policy/schema';
import { Reminder } from '../ui/reminder';
import type { GuardedAction, SiteAdapter } from './action';
import type { Asker } from './asker';
import { contentFlags } from './content-check';
import { decide, type Intervention, type Matches } from './decide';
import { describe } from './describe';
import { confirmPlainly, fallbackEntry } from './fallback';
import { saveFocus } from './focus';
import { Grants } from './grants';
import { afterGrant, matchAction } from './match';
import { GUARDED_EVENTS, recognise } from './recognise';
import { replay } from './replay';
import { type Held, logEntry, type Settling, settle, verdict } from './settle';

export { toTrigger } from './recognise';

/** What the engine needs from the extension around it; tests pass plain objects. */
export interface GuardEnv {
  settings(): Settings;
  /** Null while the client list is loading or locked: rules for clients cannot fire then. */
  matcher(): ClientMatcher | null;
  /** True while the client list is locked with a passphrase: reminders say so. */
  clientsLocked?(): boolean;
  /** The stock phrase tables of the content checks (empty until they are loaded). */
  phrases?(): readonly PhraseTable[];
  /** True while the therapist has paused guarding on this site. */
  paused(): boolean;
  log(entry: LogEntry): void;
  report(error: unknown, where: string): void;
  now(): number;
}

/** WXT's ContentScriptContext satisfies this: after an update or disable, the old script stops. */
export interface Lifetime {
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
}

const isGuardedEvent = (type: string): boolean => (GUARDED_EVENTS as readonly string[]).includes(type);

/** Keeps an event from the page: no default action, no page listener. */
function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Starts guarding one page with one site's adapter: capture-phase listeners on
 * window (registered at document_start, so before any of the page's). A click
 * goes recognise → match → decide → ask → settle (log, then replay or stop);
 * each step is its own function in src/guard/, this file only wires them.
 */
export function startGuard(
  adapter: SiteAdapter,
  env: GuardEnv,
  lifetime: Lifetime,
  win: Window = window,
  asker: Asker = new Reminder(win.document),
): () => void {
  const doc = win.document;
  const grants = new Grants();
  const where = adapter.platform;
  /** Logs the question on screen as stopped if another one replaces it before it is answered. */
  let unanswered: (() => void) | null = null;
  /** True while an approved event is replayed: it, and what it causes synchronously, pass untouched. */
  let replaying = false;

  const settling: Settling = {
    grants,
    log: (entry) => env.log(entry),
    report: (error, at) => env.report(error, at),
    now: () => env.now(),
    release: (event, action) => release(event, action),
    where,
  };

  const types = new Set<string>([...GUARDED_EVENTS, ...asker.events]);
  const stop = () => {
    for (const type of types) win.removeEventListener(type, onEvent, true);
    asker.close();
  };

  function onEvent(event: Event): void {
    if (lifetime.isInvalid) {
      stop();
      return;
    }
    if (replaying) return;
    if (asker.owns(event)) {
      toAsker(event);
      return;
    }
    if (!isGuardedEvent(event.type)) return;
    const action = recogniseSafely(event);
    if (!action) return;
    try {
      intervene(event, action);
    } catch (error) {
      env.report(error, `intervene:${where}`);
      fallback(event, action);
    }
  }

  /** An event from inside the reminder: the page never sees it, the asker answers it (the place to check who sent it). */
  function toAsker(event: Event): void {
    event.stopImmediatePropagation();
    try {
      asker.handle(event);
    } catch (error) {
      // A failure while answering the reminder: never an exception in the page, never a dead dialog.
      env.report(error, `reminder:${where}`);
      asker.close();
    }
  }

  /** Step 1. A failure here means we do not know that this is a guarded action, so the page gets it. */
  function recogniseSafely(event: Event): GuardedAction | null {
    try {
      return recognise(event, adapter, doc);
    } catch (error) {
      env.report(error, `recognise:${where}`);
      return null;
    }
  }

  /**
   * Step 2: the clients involved, less what a Proceed at the opening step already covers. Null: let it through.
   * (The place to wait for a client list that is still loading.)
   */
  function match(action: GuardedAction, settings: Settings): { action: GuardedAction; matches: Matches } | null {
    // What the draft says counts even while the client list is loading or locked.
    const matches = matchAction(action, env.matcher(), contentFlags(action, settings, env.phrases?.() ?? []));
    const grant = grants.take(action, env.now());
    return grant ? afterGrant(action, matches, grant) : { action, matches };
  }

  /** Steps 2 to 4 for one recognised action. */
  function intervene(event: Event, recognised: GuardedAction): void {
    if (env.paused()) return;
    const settings = env.settings();
    const matched = match(recognised, settings);
    if (!matched) return;
    const { action, matches } = matched;
    const intervention = decide(action, settings, matches);
    if (!intervention) return;
    const content = describe(action, intervention, settings.discreet, env.clientsLocked?.() ?? false);
    const person = settings.logNames ? content.person : null;
    if (intervention.level === 'remind') {
      asker.notice(content);
      env.log(logFor(action, intervention, person, 'noticed'));
      return;
    }
    hold(event);
    ask({ event, action, matches, intervention, person, restore: saveFocus(doc) }, content);
  }

  /** Step 4: the modal question. A question still open (a second action reached the page past the modal) counts as stopped. */
  function ask(held: Held, content: Parameters<Asker['open']>[0]): void {
    unanswered?.();
    unanswered = () => {
      const { choice } = verdict(held.intervention.level, { choice: 'stop' });
      env.log(logFor(held.action, held.intervention, held.person, choice));
    };
    asker.open(content, (answer) => {
      unanswered = null;
      settle(held, answer, settling);
    });
  }

  function logFor(action: GuardedAction, intervention: Intervention, person: string | null, choice: LogEntry['choice']): LogEntry {
    return logEntry(action, intervention, person, env.now(), choice);
  }

  /** After an error past recognition: a plain confirm, never silence. */
  function fallback(event: Event, action: GuardedAction): void {
    hold(event);
    asker.close();
    const proceed = confirmPlainly(action, {
      settings: () => env.settings(),
      confirm: (message) => win.confirm(message),
      report: (error, at) => env.report(error, at),
    });
    env.log(fallbackEntry(action, proceed, env.now()));
    if (proceed) release(event, action);
  }

  /** Step 5's replay: the held event once more, passing untouched. */
  function release(event: Event, action: GuardedAction): void {
    if (lifetime.isInvalid) return;
    replaying = true;
    try {
      replay(event, action.replayTarget);
    } finally {
      replaying = false;
    }
  }

  for (const type of types) win.addEventListener(type, onEvent, true);
  lifetime.onInvalidated(stop);
  return stop;
}
