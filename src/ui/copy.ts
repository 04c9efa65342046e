import type { ActionKind } from '../policy/vocabulary';

/** The question the reminder asks, per action kind. */
export const ACTION_QUESTIONS: Record<ActionKind, string> = {
  'connect.accept': 'Accept this request?',
  'connect.request': 'Send a friend request?',
  follow: 'Follow this person?',
  reply: 'Reply to this person?',
  message: 'Send this message?',
  'review.respond': 'Respond to this review?',
  post: 'Post this text?',
};

export const FOLLOW_BACK_QUESTION = 'Follow back?';

/** The specific risk of each kind, said once under the question. */
export const ACTION_RISKS: Partial<Record<ActionKind, string>> = {
  'connect.accept': 'Accepting is visible to others and can confirm that you know this person.',
  'connect.request': 'A friend request can confirm a relationship and blurs the boundaries of therapy.',
  follow: 'A follow is public and can show others that you know this person.',
  reply: 'A reply on social media is public and is not part of the record.',
  message: 'Social media messages are not secure and are not part of the record.',
  'review.respond': 'A public reply can confirm that the reviewer is a client, which is a disclosure under HIPAA.',
  post: 'Your text names someone on your client list.',
};

/** The risk when the response goes privately to the other person (a direct message to a reviewer) rather than in public. */
export const PRIVATE_RISKS: Partial<Record<ActionKind, string>> = {
  'review.respond':
    'A private message can still confirm that the reviewer is a client: the site keeps it, it is not secure, and it can be quoted publicly.',
};
