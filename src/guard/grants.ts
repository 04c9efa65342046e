import { normaliseName } from '../clients/normalise';
import type { ActionKind, Platform } from '../core/vocabulary';
import type { GuardedAction } from './action';

const GRANT_MS = 15 * 60_000;

interface Grant {
  platform: Platform;
  kind: ActionKind;
  person: string;
  /** A Proceed on a private response does not cover a public one. */
  audience: GuardedAction['audience'];
  clientId: string | null;
  expires: number;
}

export function personKey(action: GuardedAction): string | null {
  const p = action.person;
  if (!p) return null;
  if (p.handle) return `@${p.handle}`;
  return p.name ? normaliseName(p.name) : null;
}

/**
 * A Proceed at an opening step (Reply, Comment) covers the send that follows
 * for the same person, so the therapist is asked once per decision, not twice.
 */
export class Grants {
  private grants: Grant[] = [];

  add(action: GuardedAction, clientId: string | null, now: number): void {
    const person = personKey(action);
    if (!person) return;
    this.grants = this.grants.filter((g) => g.expires > now);
    this.grants.push({
      platform: action.platform,
      kind: action.kind,
      person,
      audience: action.audience,
      clientId,
      expires: now + GRANT_MS,
    });
  }

  /** Takes the grant that covers this send, if any; it is used up. */
  take(action: GuardedAction, now: number): { clientId: string | null } | null {
    if (action.step === 'open') return null;
    const person = personKey(action);
    const index = this.grants.findIndex(
      (g) =>
        g.expires > now &&
        g.platform === action.platform &&
        g.kind === action.kind &&
        g.person === person &&
        g.audience === action.audience,
    );
    if (index < 0) return null;
    const [grant] = this.grants.splice(index, 1);
    return grant ? { clientId: grant.clientId } : null;
  }
}
