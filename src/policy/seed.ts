import type { ClauseId } from './vocabulary';

/**
 * The seed policy's clause texts (the first choice of each clause in clauses.ts).
 * Kept apart from the other choices so content scripts carry only these.
 */
export const SEED_CLAUSES: Record<ClauseId, { choice: string; text: string }> = {
  friending: {
    choice: 'never',
    text: 'I do not accept friend or contact requests from current or former clients on any social networking site, and I do not send them.',
  },
  following: {
    choice: 'never',
    text: 'I do not follow current or former clients on social media, and I do not follow back. If you follow me, I will not follow you in return; this is no reflection on you.',
  },
  interacting: {
    choice: 'no-treatment',
    text: 'I do not reply to, comment on or message clients through social media, and I do not discuss treatment there. Please bring these things to session, or contact me at the office.',
  },
  reviews: {
    choice: 'never-respond',
    text: 'I do not respond to reviews on Yelp or any other review site, positive or negative, because a reply could confirm that the reviewer is a client.',
  },
  search: {
    choice: 'no-search',
    text: 'I do not search for clients on search engines or social media, except in a crisis when your safety may be at risk. If I ever do, I will tell you.',
  },
  location: {
    choice: 'ask-clients',
    text: 'Check-ins on location-based services can reveal that you visit a therapist’s office. Please think about this before checking in near my office. I do not follow clients’ check-ins.',
  },
  email: {
    choice: 'logistics-only',
    text: 'I use email and text messages only for scheduling and logistics, not for therapy. Please do not send anything urgent or clinical this way.',
  },
};
