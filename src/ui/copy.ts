import { type MessageKey, messages, t } from '../core/i18n';
import type { ActionKind } from '../core/vocabulary';
import type { ContentCategory } from '../policy/content-checks/categories';

/** The question the reminder asks, per action kind ("follow.back" for a Follow back). */
export const ACTION_QUESTIONS: Readonly<Record<ActionKind | 'follow.back', string>> = messages({
  'connect.accept': 'ask_connectAccept',
  'connect.request': 'ask_connectRequest',
  follow: 'ask_follow',
  'follow.back': 'ask_followBack',
  reply: 'ask_reply',
  message: 'ask_message',
  'review.respond': 'ask_reviewRespond',
  post: 'ask_post',
});

/** The specific risk of each kind, said once under the question. */
export const ACTION_RISKS: Readonly<Partial<Record<ActionKind, string>>> = messages({
  'connect.accept': 'risk_connectAccept',
  'connect.request': 'risk_connectRequest',
  follow: 'risk_follow',
  reply: 'risk_reply',
  message: 'risk_message',
  'review.respond': 'risk_reviewRespond',
  post: 'risk_post',
});

/** The risk when the response goes privately to the other person (a direct message to a reviewer) rather than in public. */
export const PRIVATE_RISKS: Readonly<Partial<Record<ActionKind, string>>> = messages({
  'review.respond': 'riskPrivate_reviewRespond',
});

/**
 * Why a flagged phrase of the draft matters, in one line: the message "flagWhy_<category>"
 * ("flagWhy_relationshipReview" for a review response). Built from the name, not a table,
 * to keep the content scripts within their size budget.
 */
export function flagWhy(category: ContentCategory | 'own' | 'relationshipReview'): string {
  return t(`flagWhy_${category}` satisfies FlagWhyKey);
}

/** The messages flagWhy reads, one per category; a type only (nothing in the bundle), which fails to compile if one is missing. */
type FlagWhyKey = Extract<
  MessageKey,
  | 'flagWhy_relationship'
  | 'flagWhy_relationshipReview'
  | 'flagWhy_clinical'
  | 'flagWhy_logistics'
  | 'flagWhy_reviews'
  | 'flagWhy_sharing'
  | 'flagWhy_rewards'
  | 'flagWhy_own'
>;
