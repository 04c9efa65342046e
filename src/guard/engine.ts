import type { ClientMatcher } from '../clients/matcher';
import { t } from '../core/i18n';
import type { LogEntry } from '../core/log';
import type { PhraseTable } from '../policy/content-checks/table';
import type { Settings } from '../policy/schema';
import { Reminder } from '../ui/reminder';
import type { ReminderContent } from '../ui/reminder-view';
import type { GuardedAction, SiteAdapter } from './action';
import { AGAIN_MS, Again } from './again';
import type { Asker } from './asker';
import { contentFlags } from './content-check';
import { decide, type Intervention, type Matches, waitsForClients } from './decide';
import { describe } from './describe';
import { confirmPlainly, fallbackEntry } from './fallback';
import { saveFocus } from './focus';
import { Grants } from './grants';
import { afterGrant, matchAction } from './match';
import { GUARDED_EVENTS, isSpaceActivation, recognise } from './recognise';
import { type Delivery, replay } from './replay';
import { type Held, logEntry, type Settling, settle, verdict } from './settle';

export { toTrigger } from './recognise';

/** The longest a client rule waits for a client list that has not reached the tab yet. */
export const CLIENTS_WAIT_MS = 2000;
/** How long after a replay the page is asked whether it took the action (an editor cleared). */
export const CHECK_MS = 400;

/** What the engine needs from the extension around it; tests pass plain objects. */
export interface GuardEnv {
  settings(): Settings;
  /** Null while the client list is loading or locked: rules for clients cannot fire then. */
  matcher(): ClientMatcher | null;
  /** True while the client list is locked with a passphrase: reminders say so. */
  clientsLocked?(): boolean;
  /** The stock phrase tables of the content checks (empty until they are loaded). */
  phrases?(): readonly PhraseTable[];
  /** False until the background has answered with the client list (or that it is locked); true when not given. */
  clientsKnown?(): boolean;
  /** Resolves when clientsKnown() turns true. */
  whenClientsKnown?(): Promise<void>;
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

/** Events the reminder causes on the page by appearing (the pointer or focus leaves the control for it). */
const LEAVING_EVENTS = ['mouseout', 'mouseleave', 'pointerout', 'pointerleave', 'focusout', 'blur'] as const;

/** Keeps an event from the page: no default action, no page listener. */
function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** One recognised action, decided: what to ask and what to log. */
interface Decided {
  action: GuardedAction;
  matches: Matches;
  intervention: Intervention;
  content: ReminderContent;
  person: string | null;
  unchecked: boolean;
}

/**
 * Starts guarding one page with one site's adapter: capture-phase listeners on
 * window (registered at document_start, so before any of the page's). A click
 * goes recognise → match (waiting for a client list still on its way) → decide → ask → settle
 * (log, then replay or stop); each step is its own function in src/guard/, this file only wires them.
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
  /** The element whose Space keydown was held: its keyup is held too. */
  let spaceHeldOn: EventTarget | null = null;
  const again = new Again((entry) => record(entry));

  const settling: Settling = {
    grants,
    log: (entry) => env.log(entry),
    report: (error, at) => env.report(error, at),
    now: () => env.now(),
    proceed: (event, action, entry) => proceed(event, action, entry),
    where,
  };

  const types = new Set<string>([...GUARDED_EVENTS, 'keyup', ...LEAVING_EVENTS, ...asker.events]);
  const onPageHide = () => again.settle(Number.POSITIVE_INFINITY);
  const stop = () => {
    for (const type of types) win.removeEventListener(type, onEvent, true);
    win.removeEventListener('pagehide', onPageHide);
    asker.close();
  };

  function onEvent(event: Event): void {
    if (lifetime.isInvalid) {
      stop();
      return;
    }
    if (replaying) return;
    if (event.type === 'keyup' && spaceHeldOn && isSpaceActivation(event)) {
      // The keyup of a held Space: the page never sees it (after a reminder opened it lands there instead).
      spaceHeldOn = null;
      if (!asker.owns(event)) {
        hold(event);
        return;
      }
    }
    if (asker.owns(event)) {
      toAsker(event);
      return;
    }
    if (asker.caused(event)) {
      // The pointer or focus left a control for the reminder: hover cards and menus stay open for the replay.
      event.stopImmediatePropagation();
      return;
    }
    if (!isGuardedEvent(event.type)) return;
    const action = recogniseSafely(event);
    if (!action) return;
    if (event.isTrusted && passesAgain(action)) return;
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

  /** Keeps an event from the page; the keyup of a held Space goes with it. */
  function holdEvent(event: Event): void {
    hold(event);
    if (event.type === 'keydown' && isSpaceActivation(event)) spaceHeldOn = event.target;
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

  /** The second click offered after a Proceed that did not go through: untouched, once, logged as proceeded now. */
  function passesAgain(action: GuardedAction): boolean {
    const taken = again.take(action, env.now());
    if (!taken) return false;
    record(taken.entry);
    return true;
  }

  /** Step 2: the clients involved, less what a Proceed at the opening step already covers. Null: let it through. */
  function match(action: GuardedAction, settings: Settings): { action: GuardedAction; matches: Matches } | null {
    // What the draft says counts even while the client list is loading or locked.
    const matches = matchAction(action, env.matcher(), contentFlags(action, settings, env.phrases?.() ?? []));
    const grant = grants.take(action, env.now());
    return grant ? afterGrant(action, matches, grant) : { action, matches };
  }

  /** Steps 2 and 3: null when the action goes through untouched. `unchecked`: the client list never came. */
  function decideFor(recognised: GuardedAction, unchecked: boolean): Decided | null {
    const settings = env.settings();
    const matched = match(recognised, settings);
    if (!matched) return null;
    const { action, matches } = matched;
    const intervention = decide(action, settings, matches, unchecked);
    if (!intervention) return null;
    const described = describe(action, intervention, settings.discreet, env.clientsLocked?.() ?? false, adapter);
    const content = unchecked ? { ...described, unchecked: true } : described;
    return { action, matches, intervention, content, person: settings.logNames ? content.person : null, unchecked };
  }

  /** Steps 2 to 4 for one recognised action. */
  function intervene(event: Event, recognised: GuardedAction): void {
    if (env.paused()) return;
    if (!(env.clientsKnown?.() ?? true) && waitsForClients(recognised, env.settings())) {
      // A rule for clients, and the list is not here yet: hold the event until it is (at most CLIENTS_WAIT_MS).
      holdEvent(event);
      const restore = saveFocus(doc);
      waitForClients()
        .then((known) => afterWait(event, recognised, known, restore))
        .catch((error) => {
          env.report(error, `intervene:${where}`);
          fallback(event, recognised);
        });
      return;
    }
    const decided = decideFor(recognised, false);
    if (!decided) return;
    if (decided.intervention.level === 'remind') {
      asker.notice(decided.content);
      env.log(logFor(decided, 'noticed'));
      return;
    }
    holdEvent(event);
    ask(event, decided, saveFocus(doc));
  }

  /** True when the client list arrived in time, false after CLIENTS_WAIT_MS without it. */
  function waitForClients(): Promise<boolean> {
    return new Promise((resolve) => {
      win.setTimeout(() => resolve(false), CLIENTS_WAIT_MS);
      (env.whenClientsKnown?.() ?? Promise.resolve()).then(
        () => resolve(true),
        () => resolve(false),
      );
    });
  }

  /** The held event once the list is here (or is not, after the wait): a non-client's goes on at once, unasked. */
  function afterWait(event: Event, recognised: GuardedAction, known: boolean, restore: () => void): void {
    if (lifetime.isInvalid) return;
    if (!known) env.report(new Error(`The client list did not reach the page within ${CLIENTS_WAIT_MS} ms`), `clients-wait:${where}`);
    const decided = env.paused() ? null : decideFor(recognised, !known);
    if (!decided) {
      proceed(event, recognised, null);
      return;
    }
    if (decided.intervention.level === 'remind') {
      asker.notice(decided.content);
      proceed(event, recognised, logFor(decided, 'noticed'));
      return;
    }
    ask(event, decided, restore);
  }

  /** Step 4: the modal question. A question still open (a second action reached the page past the modal) counts as stopped. */
  function ask(event: Event, decided: Decided, restore: () => void): void {
    const held: Held = {
      event,
      action: decided.action,
      matches: decided.matches,
      intervention: decided.intervention,
      person: decided.person,
      restore,
      ...(decided.unchecked ? { unchecked: true } : {}),
    };
    unanswered?.();
    unanswered = () => {
      const { choice } = verdict(held.intervention.level, { choice: 'stop' });
      env.log(logFor(decided, choice));
    };
    try {
      asker.open(decided.content, (answer) => {
        unanswered = null;
        settle(held, answer, settling);
      });
    } catch (error) {
      // A dialog that failed half-built comes off the page; the fallback confirm asks instead.
      unanswered = null;
      asker.close();
      throw error;
    }
  }

  function logFor(decided: Decided, choice: LogEntry['choice']): LogEntry {
    const entry = logEntry(decided.action, decided.intervention, decided.person, env.now(), choice);
    return decided.unchecked ? { ...entry, clientsUnchecked: true } : entry;
  }

  /** After an error past recognition: a plain confirm, never silence. A reminder still waiting for its answer stays. */
  function fallback(event: Event, action: GuardedAction): void {
    holdEvent(event);
    const go = confirmPlainly(action, {
      settings: () => env.settings(),
      confirm: (message) => win.confirm(message),
      report: (error, at) => env.report(error, at),
    });
    const entry = fallbackEntry(action, go, env.now());
    if (go) proceed(event, action, entry);
    else env.log(entry);
  }

  /**
   * Step 5's replay and its outcome: the held event once more, passing untouched; `entry` is logged once the
   * page took it. When it could not (the control is gone, the editor still holds the draft), the therapist
   * is told to click again, and that click goes through untouched.
   */
  function proceed(event: Event, action: GuardedAction, entry: LogEntry | null): void {
    if (lifetime.isInvalid) return;
    const delivery = release(event, action);
    const tookEffect = delivery.tookEffect;
    if (!delivery.delivered) {
      didNotGoThrough(action, entry);
    } else if (!tookEffect) {
      record(entry);
    } else {
      win.setTimeout(() => {
        let took = true;
        try {
          took = tookEffect();
        } catch (error) {
          env.report(error, `replay-check:${where}`);
        }
        if (took) record(entry);
        else didNotGoThrough(action, entry);
      }, CHECK_MS);
    }
  }

  /** Logs what went through; a failure to log is reported, never thrown at the page. */
  function record(entry: LogEntry | null): void {
    if (!entry) return;
    try {
      env.log(entry);
    } catch (error) {
      env.report(error, `answer:${where}`);
    }
  }

  function didNotGoThrough(action: GuardedAction, entry: LogEntry | null): void {
    env.report(new Error(`A replayed ${action.kind} did not reach the page`), `replay:${where}`);
    again.offerFor(action, entry, env.now());
    win.setTimeout(() => again.settle(env.now()), AGAIN_MS + 50);
    asker.tell(t('reminder_clickAgain'));
  }

  function release(event: Event, action: GuardedAction): Delivery {
    replaying = true;
    try {
      return replay(event, action.replayTarget);
    } finally {
      replaying = false;
    }
  }

  for (const type of types) win.addEventListener(type, onEvent, true);
  win.addEventListener('pagehide', onPageHide);
  lifetime.onInvalidated(stop);
  return stop;
}
