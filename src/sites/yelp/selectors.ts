/**
 * Every Yelp selector in one place. Yelp's classes are hashed except for a few
 * readable fragments, so these match on ARIA labels and class substrings.
 * test/dom/yelp.selectors.test.ts checks each against the fixture pages it must
 * (and must not) match.
 */
export const YELP = {
  /** The reviewer's block in a review card: biz.yelp.com "passport-container", yelp.com "user-passport-info". */
  passport: '[class*="passport-container"], [class*="user-passport-info"]',
  /** Where the reviewer's display name ("Sam L.") sits: the first of these in the passport. */
  reviewerName: 'span, a',
  /** "5 star rating": marks a review (English only; cards are found by their passport). */
  starRating: '[aria-label$="star rating"]',
  /** yelp.com's list of reviews on a business page. */
  reviews: 'section[aria-label="Recommended Reviews"]',
  /** Text buttons: "Thank", "Comment", "Direct message", "Send". */
  control: 'button, a[href], [role="button"]',
  /** The comment or message field a Comment or Direct message opens. */
  field: 'textarea',
  /** A message form that opens over the page instead of inside the card. */
  dialog: '[role="dialog"]',
} as const;

/** Review pages on biz.yelp.com ("/r2r/BUSINESS_ID/..."). */
export const REVIEWS_PATH = /^\/r2r\//;
