import type { ClauseId } from './vocabulary';

/**
 * The clauses of a social media policy, after Keely Kolmes' widely used policy,
 * ACA Code of Ethics H.6 and NASW Code of Ethics 1.06. Each clause has a few
 * stock choices; the text of the chosen one is what the reminder quotes and what
 * the client-facing document prints, and the therapist may rewrite it.
 */
export interface ClauseChoice {
  id: string;
  label: string;
  text: string;
}

export interface ClauseDefinition {
  id: ClauseId;
  title: string;
  /** Why the policy exists, in plain words for the client-facing document. */
  why: string;
  choices: readonly ClauseChoice[];
}

export const CLAUSES: Record<ClauseId, ClauseDefinition> = {
  friending: {
    id: 'friending',
    title: 'Friending',
    why: 'Being friends online can compromise your confidentiality and our privacy, and blur the boundaries of our work together.',
    choices: [
      {
        id: 'never',
        label: 'Never accept or send friend requests to clients',
        text: 'I do not accept friend or contact requests from current or former clients on any social networking site, and I do not send them.',
      },
      {
        id: 'former-after-review',
        label: 'Not with current clients; former clients only after careful thought',
        text: 'I do not accept friend or contact requests from current clients. I consider requests from former clients only after careful thought about what is best for them.',
      },
    ],
  },
  following: {
    id: 'following',
    title: 'Following',
    why: 'A follow is public and can show others that we know each other.',
    choices: [
      {
        id: 'never',
        label: 'Never follow clients or follow back',
        text: 'I do not follow current or former clients on social media, and I do not follow back. If you follow me, I will not follow you in return; this is no reflection on you.',
      },
      {
        id: 'professional-only',
        label: 'Clients may follow my professional page; I follow no one back',
        text: 'You are welcome to follow my professional page. I do not follow clients, and I do not follow back.',
      },
    ],
  },
  interacting: {
    id: 'interacting',
    title: 'Interacting and messaging',
    why: 'Social media sites are not secure, and what is written there is neither private nor part of your record.',
    choices: [
      {
        id: 'no-treatment',
        label: 'No replies or messages with clients on social media',
        text: 'I do not reply to, comment on or message clients through social media, and I do not discuss treatment there. Please bring these things to session, or contact me at the office.',
      },
      {
        id: 'logistics-only',
        label: 'Messages about scheduling only, never about treatment',
        text: 'I may answer a social media message about scheduling, but I never discuss treatment there. Please bring anything about your care to session.',
      },
    ],
  },
  reviews: {
    id: 'reviews',
    title: 'Review sites',
    why: 'Answering a review, even kindly, can confirm that the reviewer is a client.',
    choices: [
      {
        id: 'never-respond',
        label: 'Never respond to reviews',
        text: 'I do not respond to reviews on Yelp or any other review site, positive or negative, because a reply could confirm that the reviewer is a client.',
      },
      {
        id: 'generic-only',
        label: 'Only a generic reply that confirms nothing',
        text: 'I do not respond to individual reviews. Where a reply is needed I post only a general statement about my practice that does not confirm that anyone is a client.',
      },
      {
        id: 'never-confirm',
        label: 'Never confirm a client relationship',
        text: 'I never confirm or deny on a review site that anyone is or was my client, and I never discuss anyone’s care there.',
      },
    ],
  },
  search: {
    id: 'search',
    title: 'Search engines',
    why: 'Searching for a client online without their knowledge can break trust.',
    choices: [
      {
        id: 'no-search',
        label: 'Never search for clients online',
        text: 'I do not search for clients on search engines or social media, except in a crisis when your safety may be at risk. If I ever do, I will tell you.',
      },
      {
        id: 'with-consent',
        label: 'Only with the client’s consent',
        text: 'I do not search for clients online unless we have agreed on it together for a reason that helps your care.',
      },
    ],
  },
  location: {
    id: 'location',
    title: 'Location check-ins',
    why: 'A check-in near my office can show others that you see a therapist.',
    choices: [
      {
        id: 'ask-clients',
        label: 'Ask clients to think before checking in',
        text: 'Check-ins on location-based services can reveal that you visit a therapist’s office. Please think about this before checking in near my office. I do not follow clients’ check-ins.',
      },
    ],
  },
  email: {
    id: 'email',
    title: 'Email and text',
    why: 'Email and text messages are not secure enough for clinical conversations.',
    choices: [
      {
        id: 'logistics-only',
        label: 'Scheduling and logistics only',
        text: 'I use email and text messages only for scheduling and logistics, not for therapy. Please do not send anything urgent or clinical this way.',
      },
    ],
  },
};

export function defaultClauseChoice(id: ClauseId): ClauseChoice {
  const first = CLAUSES[id].choices[0];
  if (!first) throw new Error(`Clause ${id} has no choices`);
  return first;
}
