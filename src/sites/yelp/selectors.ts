/**
 * Every Yelp selector in one place. Yelp's classes are hashed except for a few
 * readable fragments, so these match on ARIA labels and class substrings.
 * test/dom/yelp.selectors.test.ts checks each against the fixture pages it must
 * (and must not) match.
 */
export const YELP = {
  /** The reviewer's block in a review card: biz.yelp.com "passport-container", yelp.com "user-passport-info". */
  passport: '[class*="passport-container"], [class*="user-passport-info"]',
  /**
   * yelp.com (2025, seen): each review is a region named after its reviewer ("Sam L.") inside an `li`; the
   * owner's public response under it is a region too, with a test id, and is not a review.
   */
  reviewRegion: 'li [role="region"][aria-label]:not([data-testid="business-owner-passport"])',
  /** Where the reviewer's display name ("Sam L.") sits: the first of these in the passport. */
  reviewerName: 'span, a',
  /** "5 star rating": marks a review (English only; cards are found by their passport). */
  starRating: '[aria-label$="star rating"]',
  /** yelp.com's list of reviews on a business page. */
  reviews: 'section[aria-label="Recommended Reviews"]',
  /** Text buttons and menu items: "Thank", "Comment", "Direct message", "Send". */
  control: 'button, a[href], [role="button"], [role="menuitem"]',
  /** The comment or message field a Comment or Direct message opens. */
  field: 'textarea',
  /** A message form that opens over the page instead of inside the card. */
  dialog: '[role="dialog"]',
  /** An inbox thread that is about a review links to it on the reviews page (unverified). */
  reviewLink: 'a[href^="/r2r/"][href*="/reviews"]',
} as const;

/** Review pages on biz.yelp.com ("/r2r/BUSINESS_ID/..."). */
export const REVIEWS_PATH = /^\/r2r\//;

/** The Yelp for Business Inbox: customers' messages, and the threads that start with a direct message to a reviewer (unverified address). */
export const INBOX_PATH = /^\/inbox(?:\/|$)/;
