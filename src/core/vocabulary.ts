import { type MessageKey, messagesNamed } from './i18n';

/** The site-independent words every part of the extension shares; the names are in the browser's language. */

export const PLATFORMS = ['facebook', 'x', 'instagram', 'yelp', 'google', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Brand names: the same in every language. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  yelp: 'Yelp',
  /** Google Business Profile: the practice's reviews on Google Search and Maps and on business.google.com. */
  google: 'Google',
  linkedin: 'LinkedIn',
};

export const ACTION_KINDS = ['connect.accept', 'connect.request', 'follow', 'reply', 'message', 'review.respond', 'post'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * A rule is chosen per action kind; "Follow back" gets a rule of its own because
 * reciprocating a follow confirms a relationship even when the person is not on
 * the client list. The content checks are rules too: "care" (a draft that reveals
 * that someone is in the therapist's care; "care.message" when it is a direct
 * message, which by default matters only to a client) and "marketing" (a draft that
 * asks clients to market the practice).
 */
export const CONTENT_RULE_KEYS = ['care', 'care.message', 'marketing'] as const;
export type ContentRuleKey = (typeof CONTENT_RULE_KEYS)[number];
export const RULE_KEYS = [...ACTION_KINDS, 'follow.back', ...CONTENT_RULE_KEYS] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export const LEVELS = ['off', 'remind', 'confirm', 'reason', 'block'] as const;
/** off: nothing; remind: a notice, the action goes on; confirm: Stop/Proceed; reason: Proceed needs a written reason; block: Stop only. */
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Readonly<Record<Level, string>> = messagesNamed('level', LEVELS);

/** always: every time; client: only when the other person, or the draft, involves someone on the client list. */
export const SCOPES = ['always', 'client'] as const;
export type Scope = (typeof SCOPES)[number];

export const CLAUSE_IDS = ['friending', 'following', 'interacting', 'reviews', 'marketing', 'search', 'location', 'email'] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export const CLAUSE_TITLES: Readonly<Record<ClauseId, string>> = messagesNamed('clauseTitle', CLAUSE_IDS);

/** Which clause of the policy a rule quotes. */
export const RULE_CLAUSE: Record<RuleKey, ClauseId> = {
  'connect.accept': 'friending',
  'connect.request': 'friending',
  follow: 'following',
  'follow.back': 'following',
  reply: 'interacting',
  message: 'interacting',
  post: 'interacting',
  'review.respond': 'reviews',
  // A review response that reveals care quotes the review clause instead (decide.ts).
  care: 'interacting',
  'care.message': 'interacting',
  marketing: 'marketing',
};

export const RULE_NAMES: Readonly<Record<RuleKey, string>> = messagesNamed('rule', RULE_KEYS);

export const LEVEL_RANK: Record<Level, number> = { off: 0, remind: 1, confirm: 2, reason: 3, block: 4 };

/**
 * The messages the tables above read, spelled out (a type only: the bundle builds the keys from the names) for
 * translators and for the check that every message is used (test/unit/i18n.test.ts).
 */
export type VocabularyMessage = Extract<
  MessageKey,
  | 'level_off'
  | 'level_remind'
  | 'level_confirm'
  | 'level_reason'
  | 'level_block'
  | 'clauseTitle_friending'
  | 'clauseTitle_following'
  | 'clauseTitle_interacting'
  | 'clauseTitle_reviews'
  | 'clauseTitle_marketing'
  | 'clauseTitle_search'
  | 'clauseTitle_location'
  | 'clauseTitle_email'
  | 'rule_connectAccept'
  | 'rule_connectRequest'
  | 'rule_follow'
  | 'rule_followBack'
  | 'rule_reply'
  | 'rule_message'
  | 'rule_reviewRespond'
  | 'rule_post'
  | 'rule_care'
  | 'rule_careMessage'
  | 'rule_marketing'
>;
