import type { Choice, LogEntry } from '../core/log';
import type { ReminderChoice } from '../ui/reminder-view';
import type { GuardedAction } from './action';
import type { Intervention, Matches } from './decide';
import type { Grants } from './grants';

/** What the therapist's answer comes to: the log's word for it, whether the action goes on, and the reason kept. */
export interface Verdict {
  choice: Choice;
  proceed: boolean;
  reason?: string;
}

/** A blocked action never proceeds, whatever the answer; a reason is kept only with a Proceed. */
export function verdict(level: Intervention['level'], answer: ReminderChoice): Verdict {
  if (level === 'block') return { choice: 'blocked', proceed: false };
  if (answer.choice !== 'proceed') return { choice: 'stopped', proceed: false };
  return { choice: 'proceeded', proceed: true, ...(answer.reason ? { reason: answer.reason } : {}) };
}

/** The log entry for one intervention, once the choice is known; the person only when the therapist logs names. */
export function logEntry(
  action: GuardedAction,
  intervention: Intervention,
  person: string | null,
  at: number,
  choice: Choice,
  reason?: string,
): LogEntry {
  return {
    at,
    platform: action.platform,
    kind: action.kind,
    ...(action.kind === 'follow' && action.back ? { back: true } : {}),
    level: intervention.level,
    client: intervention.client,
    choice,
    ...(reason ? { reason } : {}),
    ...(person ? { person } : {}),
  };
}

/** An action held from the page while the therapist is asked. */
export interface Held {
  event: Event;
  action: GuardedAction;
  matches: Matches;
  intervention: Intervention;
  /** The person as logged (null unless the therapist logs names). */
  person: string | null;
  /** Gives focus and selection back to the page. */
  restore(): void;
  /** The client list had not reached the page: the reminder said it could not be checked. */
  unchecked?: boolean;
}

/** What settling needs from the engine around it. */
export interface Settling {
  grants: Grants;
  log(entry: LogEntry): void;
  report(error: unknown, where: string): void;
  now(): number;
  /** Sends the held event on to the page, once, and logs `entry` once the page took it (never before). */
  proceed(event: Event, action: GuardedAction, entry: LogEntry | null): void;
  /** Names the site in error reports. */
  where: string;
}

/**
 * Step 5, settle: focus back, a grant for the send that follows an approved opening step, then
 * Stop logged, or the replay (Proceed), logged as proceeded only once the page has taken it.
 */
export function settle(held: Held, answer: ReminderChoice, s: Settling): void {
  const { action, intervention } = held;
  const v = verdict(intervention.level, answer);
  let entry: LogEntry | null = null;
  try {
    held.restore();
    const plain = logEntry(action, intervention, held.person, s.now(), v.choice, v.reason);
    entry = held.unchecked ? { ...plain, clientsUnchecked: true } : plain;
    if (!v.proceed) s.log(entry);
    if (v.proceed && action.step === 'open') s.grants.add(action, held.matches.person?.clientId ?? null, s.now());
  } catch (error) {
    // The therapist chose: a failure around the choice must not swallow a Proceed.
    s.report(error, `answer:${s.where}`);
  }
  if (v.proceed) s.proceed(held.event, action, entry);
}
