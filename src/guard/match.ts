import type { ClientMatcher } from '../clients/matcher';
import type { GuardedAction } from './action';
import type { Matches } from './decide';

export const NO_MATCHES: Matches = { person: null, mentions: [] };

/**
 * Step 2, match: which clients the action involves (the person acted on, names in the draft).
 * A null matcher (list loading or locked) matches no one: rules for clients cannot fire then.
 */
export function matchAction(action: GuardedAction, matcher: ClientMatcher | null): Matches {
  if (!matcher) return NO_MATCHES;
  return {
    person: matcher.matchPerson(action.platform, action.person),
    mentions: action.draft ? matcher.findMentions(action.draft) : [],
  };
}

/**
 * A send covered by a Proceed at its opening step (see Grants): the person was already
 * confirmed, so only other clients named in the draft still count, under the rule for posts.
 * Null: nothing is left to ask about, the send goes through.
 */
export function afterGrant(
  action: GuardedAction,
  matches: Matches,
  grant: { clientId: string | null },
): { action: GuardedAction; matches: Matches } | null {
  const mentions = matches.mentions.filter((m) => m.clientId !== grant.clientId);
  if (mentions.length === 0) return null;
  return { action: { ...action, kind: 'post' }, matches: { person: null, mentions } };
}
