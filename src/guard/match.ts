import type { ClientMatcher } from '../clients/matcher';
import type { Flag } from '../policy/content-checks/categories';
import type { GuardedAction } from './action';
import type { Matches } from './decide';

export const NO_MATCHES: Matches = { person: null, mentions: [] };

/**
 * Step 2, match: which clients the action involves (the person acted on, names in the draft).
 * A null matcher (list loading or locked) matches no one: rules for clients cannot fire then.
 */
export function matchAction(action: GuardedAction, matcher: ClientMatcher | null, flags: Flag[] = []): Matches {
  if (!matcher) return flags.length ? { ...NO_MATCHES, flags } : NO_MATCHES;
  return {
    person: matcher.matchPerson(action.platform, action.person),
    mentions: action.draft ? matcher.findMentions(action.draft) : [],
    ...(flags.length ? { flags } : {}),
  };
}

/**
 * A send covered by a Proceed at its opening step (see Grants): the person was already
 * confirmed, so only other clients named in the draft (under the rule for posts) and what
 * the draft says (the content checks) still count. Null: nothing is left to ask about, the
 * send goes through.
 */
export function afterGrant(
  action: GuardedAction,
  matches: Matches,
  grant: { clientId: string | null },
): { action: GuardedAction; matches: Matches } | null {
  const mentions = matches.mentions.filter((m) => m.clientId !== grant.clientId);
  const flags = matches.flags ?? [];
  if (mentions.length === 0 && flags.length === 0) return null;
  const covered: Matches = { person: null, mentions, flags, covered: true };
  return { action: mentions.length > 0 ? { ...action, kind: 'post' } : action, matches: covered };
}
