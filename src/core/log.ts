import type { ActionKind, Level, Platform } from './vocabulary';

export type Choice = 'stopped' | 'proceeded' | 'noticed' | 'blocked';

/** One line of the local event log. No names unless the therapist turned name logging on. */
export interface LogEntry {
  at: number;
  platform: Platform;
  kind: ActionKind;
  /** A follow that follows back someone who follows the therapist (logged as "Following back"). */
  back?: boolean;
  level: Level;
  /** Whether the other person or the draft matched the client list. */
  client: 'yes' | 'possible' | 'no';
  choice: Choice;
  /** Shown when the plain confirm stood in for the reminder after an error. */
  fallback?: boolean;
  reason?: string;
  /** The client list had not reached the page in time: the reminder said it could not be checked. */
  clientsUnchecked?: boolean;
  /** Proceed was chosen but the page never took the action (its control was gone), nor the second click offered. */
  undelivered?: boolean;
  person?: string;
}
