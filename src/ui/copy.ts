import { type MessageKey, messages, messagesNamed, t } from '../core/i18n';
import { ACTION_KINDS, type ActionKind } from '../core/vocabulary';
import type { ContentCategory } from '../policy/content-checks/categories';

/** The question the reminder asks, per action kind ("follow.back" for a Follow back). */
export const ACTION_QUESTIONS: Readonly<Record<ActionKind | 'follow.back', string>> = messagesNamed('ask', [
  ...ACTION_KINDS,
  'follow.back',
]);

/** The specific risk of each kind, said once under the question. */
export const ACTION_RISKS: Readonly<Partial<Record<ActionKind, string>>> = messagesNamed('risk', ACTION_KINDS);

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

/** The messages of ACTION_QUESTIONS and ACTION_RISKS, spelled out (a type only) as VocabularyMessage is. */
export type CopyMessage = Extract<
  MessageKey,
  | 'ask_connectAccept'
  | 'ask_connectRequest'
  | 'ask_follow'
  | 'ask_followBack'
  | 'ask_reply'
  | 'ask_message'
  | 'ask_reviewRespond'
  | 'ask_post'
  | 'risk_connectAccept'
  | 'risk_connectRequest'
  | 'risk_follow'
  | 'risk_reply'
  | 'risk_message'
  | 'risk_reviewRespond'
  | 'risk_post'
>;

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
