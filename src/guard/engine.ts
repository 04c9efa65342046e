import type { ClientMatcher } from '../clients/matcher';
import { t } from '../core/i18n';
import type { Choice, LogEntry } from '../core/log';
import { PLATFORM_NAMES } from '../core/vocabulary';
import type { Settings } from '../policy/schema';
import { ACTION_QUESTIONS, ACTION_RISKS, PRIVATE_RISKS } from '../ui/copy';
import { Reminder, type ReminderChoice, type ReminderContent } from '../ui/reminder';
import type { GuardedAction, SiteAdapter, Trigger } from './action';
import { decide, type Intervention, type Matches } from './decide';
import { Grants } from './grants';
import { replay } from './replay';

/** What the engine needs from the extension around it; tests pass plain objects. */
export interface GuardEnv {
  settings(): Settings;
  /** Null while the client list is loading or locked: rules for clients cannot fire then. */
  matcher(): ClientMatcher | null;
  /** True while the client list is locked with a passphrase: reminders say so. */
  clientsLocked?(): boolean;
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

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

function isTextField(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Native controls turn Enter/Space into a click of their own, which the click listener sees. */
function activatesItself(el: Element): boolean {
  return el.closest('button, a[href], input, select, summary, label') !== null;
}

export function toTrigger(event: Event): Trigger | null {
  const target = event.composedPath()[0];
  if (event.type === 'submit') {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return null;
    const submitter = (event as SubmitEvent).submitter;
    return { type: 'submit', form, submitter: submitter instanceof HTMLElement ? submitter : null };
  }
  if (!(target instanceof Element)) return null;
  if (event.type === 'click') return { type: 'activate', target };
  if (event.type !== 'keydown') return null;
  const key = event as KeyboardEvent;
  if (key.isComposing || key.repeat) return null;
  if (key.key === 'Enter' && isTextField(target)) {
    return { type: 'send', target, shift: key.shiftKey, ctrlOrMeta: key.ctrlKey || key.metaKey, alt: key.altKey };
  }
  if ((key.key === 'Enter' || key.key === ' ') && !isTextField(target) && !activatesItself(target)) {
    return { type: 'activate', target };
  }
  return null;
}

/**
 * Starts guarding one page with one site's adapter: capture-phase listeners on
 * window (registered at document_start, so before any of the page's), the
 * adapter's synchronous recognition, the pure decision, the reminder, and the
 * replay of the original event on Proceed.
 */
export function startGuard(adapter: SiteAdapter, env: GuardEnv, lifetime: Lifetime, win: Window = window): () => void {
  const doc = win.document;
  const reminder = new Reminder(doc);
  const grants = new Grants();
  /** Logs the reminder on screen as stopped if another one replaces it before it is answered. */
  let unanswered: (() => void) | null = null;
  /** True while an approved event is replayed: it, and what it causes synchronously, pass untouched. */
  let replaying = false;

  const types = new Set<string>(['click', 'keydown', 'submit', ...Reminder.isolatedEvents]);
  const stop = () => {
    for (const type of types) win.removeEventListener(type, onEvent, true);
    reminder.close();
  };

  function onEvent(event: Event): void {
    if (lifetime.isInvalid) {
      stop();
      return;
    }
    if (replaying) return;
    if (reminder.owns(event)) {
      event.stopImmediatePropagation();
      try {
        reminder.handle(event);
      } catch (error) {
        // A failure while answering the reminder: never an exception in the page, never a dead dialog.
        env.report(error, `reminder:${adapter.platform}`);
        reminder.close();
      }
      return;
    }
    if (event.type !== 'click' && event.type !== 'keydown' && event.type !== 'submit') return;
    let action: GuardedAction | null = null;
    try {
      const trigger = toTrigger(event);
      action = trigger ? adapter.recognise(trigger, doc) : null;
    } catch (error) {
      // Recognition failed: we do not know that this is a guarded action, so the page gets it.
      env.report(error, `recognise:${adapter.platform}`);
      return;
    }
    if (!action) return;
    try {
      intervene(event, action);
    } catch (error) {
      env.report(error, `intervene:${adapter.platform}`);
      fallback(event, action);
    }
  }

  function matchesFor(action: GuardedAction): Matches {
    const matcher = env.matcher();
    if (!matcher) return { person: null, mentions: [] };
    return {
      person: matcher.matchPerson(action.platform, action.person),
      mentions: action.draft ? matcher.findMentions(action.draft) : [],
    };
  }

  function intervene(event: Event, action: GuardedAction): void {
    if (env.paused()) return;
    const settings = env.settings();
    let matches = matchesFor(action);
    const grant = grants.take(action, env.now());
    if (grant) {
      // Already confirmed at the opening step for this person: only other clients named in the draft still count.
      const mentions = matches.mentions.filter((m) => m.clientId !== grant.clientId);
      if (mentions.length === 0) return;
      matches = { person: null, mentions };
      action = { ...action, kind: 'post' };
    }
    const intervention = decide(action, settings, matches);
    if (!intervention) return;
    const content = describe(action, intervention, settings.discreet, env.clientsLocked?.() ?? false);
    const entry = (choice: Choice, reason?: string): LogEntry => ({
      at: env.now(),
      platform: action.platform,
      kind: action.kind,
      level: intervention.level,
      client: intervention.client,
      choice,
      ...(reason ? { reason } : {}),
      ...(settings.logNames && content.person ? { person: content.person } : {}),
    });
    if (intervention.level === 'remind') {
      reminder.notice(content);
      env.log(entry('noticed'));
      return;
    }
    hold(event);
    const restore = saveFocus(doc);
    const guarded = action;
    // A reminder still open (a second action reached the page past the modal) counts as stopped, and says so in the log.
    unanswered?.();
    unanswered = () => env.log(entry(intervention.level === 'block' ? 'blocked' : 'stopped'));
    reminder.open(content, (answer: ReminderChoice) => {
      unanswered = null;
      const blocked = intervention.level === 'block';
      const proceed = answer.choice === 'proceed' && !blocked;
      try {
        restore();
        env.log(entry(blocked ? 'blocked' : proceed ? 'proceeded' : 'stopped', proceed ? answer.reason : undefined));
        if (proceed && guarded.step === 'open') grants.add(guarded, matches.person?.clientId ?? null, env.now());
      } catch (error) {
        // The therapist chose: a failure around the choice must not swallow a Proceed.
        env.report(error, `answer:${adapter.platform}`);
      }
      if (proceed) release(event, guarded);
    });
  }

  /** After an error past recognition: never silence, a plain confirm with the policy in words. */
  function fallback(event: Event, action: GuardedAction): void {
    hold(event);
    reminder.close();
    // Each part on its own: whatever fails (the settings, even the messages), the confirm is still shown.
    const said = (text: () => string): string => {
      try {
        return text();
      } catch (error) {
        env.report(error, 'fallback');
        return '';
      }
    };
    const question = said(() => t('fallback_question', ACTION_QUESTIONS[action.kind])) || 'Boundary Guard';
    const clause = said(() => decide(action, env.settings(), { person: null, mentions: [] })?.clause.text ?? '');
    let proceed: boolean;
    try {
      proceed = win.confirm([question, clause, said(() => t('fallback_choose'))].filter(Boolean).join('\n\n'));
    } catch (error) {
      // Not even a confirm can be shown (a sandboxed frame): the site must not break, so the action goes on.
      env.report(error, 'fallback-confirm');
      proceed = true;
    }
    env.log({
      at: env.now(),
      platform: action.platform,
      kind: action.kind,
      level: 'confirm',
      client: 'no',
      choice: proceed ? 'proceeded' : 'stopped',
      fallback: true,
    });
    if (proceed) release(event, action);
  }

  function hold(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

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

function describe(action: GuardedAction, intervention: Intervention, discreet: boolean, locked: boolean): ReminderContent {
  const p = action.person;
  const shown =
    p?.name && p.handle && !p.handle.startsWith('id:')
      ? `${p.name} (@${p.handle})`
      : (p?.name ?? (p?.handle && !p.handle.startsWith('id:') ? `@${p.handle}` : null));
  const risk =
    intervention.rule === 'post' && action.kind !== 'post'
      ? ACTION_RISKS.post
      : ((action.audience === 'private' ? PRIVATE_RISKS[action.kind] : undefined) ?? ACTION_RISKS[action.kind]);
  return {
    question: ACTION_QUESTIONS[action.kind === 'follow' && action.back ? 'follow.back' : action.kind],
    person: discreet ? null : (shown ?? null),
    platform: PLATFORM_NAMES[action.platform],
    control: action.control,
    // Discreet (screen sharing): nothing that says who is a client, neither the names nor "on your client list".
    ...(risk && !(discreet && intervention.rule === 'post') ? { risk } : {}),
    intervention: discreet ? { ...intervention, mentions: [], client: 'no' } : intervention,
    ...(locked ? { locked } : {}),
  };
}

/** Focus and selection go to the reminder; they come back before a replay, so editors send what they hold. */
function saveFocus(doc: Document): () => void {
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const selection = doc.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i).cloneRange()) : [];
  return () => {
    active?.focus({ preventScroll: true });
    if (selection && ranges.length) {
      selection.removeAllRanges();
      for (const r of ranges) selection.addRange(r);
    }
  };
}
