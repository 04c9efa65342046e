import type { LogEntry } from '../core/log';
import type { GuardedAction } from './action';
import { personKey } from './grants';

/** How long the one click that goes through untouched is offered after a Proceed that did not. */
export const AGAIN_MS = 30_000;

/** The same action again: same site, kind, person and control; for a send, the same draft. */
export function againKey(action: GuardedAction): string {
  return JSON.stringify([action.platform, action.kind, personKey(action), action.control, action.draft ?? null]);
}

interface Offer {
  key: string;
  /** Logged when the second click goes through (null: the action was never asked about). */
  entry: LogEntry | null;
  expires: number;
}

/**
 * After a Proceed whose replay did not go through (a hover card closed, an editor ignored the key), the
 * therapist is told to click again: the next trusted activation of the same action within AGAIN_MS passes
 * untouched, once, and only then is the Proceed logged. Unused, the offer lapses and is logged as stopped.
 */
export class Again {
  private offer: Offer | null = null;

  constructor(private readonly lapse: (entry: LogEntry) => void) {}

  /** Offers one untouched pass; an older offer still open lapses first. */
  offerFor(action: GuardedAction, entry: LogEntry | null, now: number): void {
    this.settle(Number.POSITIVE_INFINITY);
    this.offer = { key: againKey(action), entry, expires: now + AGAIN_MS };
  }

  /** The offer this action uses up, if it matches one; a lapsed offer is logged first. */
  take(action: GuardedAction, now: number): { entry: LogEntry | null } | null {
    this.settle(now);
    const offer = this.offer;
    if (!offer || offer.key !== againKey(action)) return null;
    this.offer = null;
    return { entry: offer.entry };
  }

  /** Logs an offer that lapsed by `now` (all of them with Infinity: the page is going away). */
  settle(now: number): void {
    const offer = this.offer;
    if (!offer || offer.expires > now) return;
    this.offer = null;
    if (offer.entry) this.lapse({ ...offer.entry, choice: 'stopped', undelivered: true });
  }
}
