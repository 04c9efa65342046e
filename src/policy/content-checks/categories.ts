/**
 * What the content checks look for in a draft. Two checks, each a rule of the policy:
 * "care" (a reply that reveals that someone is in the therapist's care) and "marketing"
 * (a post that asks clients to market the practice). Each check has categories the
 * therapist can turn off, and phrases of the therapist's own ("own").
 */
export const CARE_CATEGORIES = ['relationship', 'clinical', 'logistics'] as const;
export const MARKETING_CATEGORIES = ['reviews', 'sharing', 'rewards'] as const;
export const CONTENT_CATEGORIES = [...CARE_CATEGORIES, ...MARKETING_CATEGORIES] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export const CONTENT_CHECKS = ['care', 'marketing'] as const;
export type ContentCheck = (typeof CONTENT_CHECKS)[number];

/** A flagged phrase: the category ("own" for the therapist's phrases) and the slice of the draft as written. */
export interface Flag {
  check: ContentCheck;
  category: ContentCategory | 'own';
  /** The phrase exactly as the draft has it (text already on the page). */
  text: string;
  start: number;
  end: number;
}

export function checkOf(category: ContentCategory): ContentCheck {
  return (CARE_CATEGORIES as readonly string[]).includes(category) ? 'care' : 'marketing';
}

/** Where the draft is going decides how a word like "anxiety" or "appointment" is read (see matcher.ts). */
export type DraftKind = 'review' | 'reply' | 'post' | 'message';
