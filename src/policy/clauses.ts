import { SEED_CLAUSES } from './seed';
import { CLAUSE_TITLES, type ClauseId } from './vocabulary';

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
    title: CLAUSE_TITLES.friending,
    why: 'Being friends online can compromise your confidentiality and our privacy, and blur the boundaries of our work together.',
    choices: [
      {
        id: SEED_CLAUSES.friending.choice,
        label: 'Never accept or send friend requests to clients',
        text: SEED_CLAUSES.friending.text,
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
    title: CLAUSE_TITLES.following,
    why: 'A follow is public and can show others that we know each other.',
    choices: [
      {
        id: SEED_CLAUSES.following.choice,
        label: 'Never follow clients or follow back',
        text: SEED_CLAUSES.following.text,
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
    title: CLAUSE_TITLES.interacting,
    why: 'Social media sites are not secure, and what is written there is neither private nor part of your record.',
    choices: [
      {
        id: SEED_CLAUSES.interacting.choice,
        label: 'No replies or messages with clients on social media',
        text: SEED_CLAUSES.interacting.text,
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
    title: CLAUSE_TITLES.reviews,
    why: 'Answering a review, even kindly, can confirm that the reviewer is a client.',
    choices: [
      {
        id: SEED_CLAUSES.reviews.choice,
        label: 'Never respond to reviews',
        text: SEED_CLAUSES.reviews.text,
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
    title: CLAUSE_TITLES.search,
    why: 'Searching for a client online without their knowledge can break trust.',
    choices: [
      {
        id: SEED_CLAUSES.search.choice,
        label: 'Never search for clients online',
        text: SEED_CLAUSES.search.text,
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
    title: CLAUSE_TITLES.location,
    why: 'A check-in near my office can show others that you see a therapist.',
    choices: [
      {
        id: SEED_CLAUSES.location.choice,
        label: 'Ask clients to think before checking in',
        text: SEED_CLAUSES.location.text,
      },
    ],
  },
  email: {
    id: 'email',
    title: CLAUSE_TITLES.email,
    why: 'Email and text messages are not secure enough for clinical conversations.',
    choices: [
      {
        id: SEED_CLAUSES.email.choice,
        label: 'Scheduling and logistics only',
        text: SEED_CLAUSES.email.text,
      },
    ],
  },
};

export function defaultClauseChoice(id: ClauseId): ClauseChoice {
  const first = CLAUSES[id].choices[0];
  if (!first) throw new Error(`Clause ${id} has no choices`);
  return first;
}
