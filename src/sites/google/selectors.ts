/**
 * Every Google selector in one place. Google's classes are generated ("jftiEf", "d4r55") and change: these match on
 * data attributes, roles, ARIA labels and the address a reviewer's name points to. Where each comes from:
 * - seen: public Maps review scrapers (2024–2026, maintained against the live page) all key on `div[data-review-id]`
 *   for a review (its aria-label the reviewer's name; inner parts and the Like button carry the same attribute),
 *   `[role="img"][aria-label*="star"]` for the rating, and a link or button to `/maps/contrib/<digits>` (an `a[href]`,
 *   or a `button[data-href]` on Maps) for the reviewer.
 * - unverified: the owner's side (the Reply button, the reply box, its submit) on Search, Maps and
 *   business.google.com. No capture of a signed-in owner's page is public; the box is taken to be a textarea or a
 *   contenteditable textbox next to its submit, as tools that post replies on business.google.com describe it.
 * test/dom/google.selectors.test.ts checks each against the fixture pages it must (and must not) match.
 */
export const GOOGLE = {
  /** Maps' review card, named after its reviewer (not its inner parts or buttons, which carry the review id too). */
  review: 'div[data-review-id][aria-label]:not([role])',
  /** The reviewer's public profile: the name or photo links to google.com/maps/contrib/<digits>. */
  contributor: 'a[href*="/maps/contrib/"], [data-href*="/maps/contrib/"]',
  /** A star rating ("5 stars", "5 estrellas"): what makes a block a review, in any language (health checks only). */
  rating: '[role="img"][aria-label]',
  /** The reply box's field (unverified): a textarea, or a contenteditable textbox. */
  field: 'textarea, [contenteditable="true"][role="textbox"]',
  /** The panel or dialog Search shows the reviews in, and business.google.com's reply dialog. */
  dialog: '[role="dialog"]',
  /** A menu, which Maps renders at the end of the page, away from the review whose "⋮" opened it (unverified). */
  menu: '[role="menu"]',
  /** The button whose menu is open: "Actions for Sam L.'s review" (seen on Maps, aria-haspopup) with aria-expanded. */
  menuOpener: '[aria-haspopup][aria-expanded="true"]',
} as const;

/** business.google.com: the owner's dashboard, where every page is the owner's. */
export const BUSINESS_HOST = /^business\.google\.com$/;

/** The pages of www.google.com where a review can be answered: Search's Business Profile panel and Maps. */
export const REVIEW_PATHS = /^\/(search|maps)(\/|$)/;
