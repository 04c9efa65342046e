import { Labels } from '../labels';

/**
 * Visible texts of X controls that carry no test id of their own (follower
 * requests, a message request's Accept, the Quote menu item) or whose test id
 * does not tell the variant (Follow vs Follow back). Keyed on html[lang]; X
 * sets it from the account's language ("pt" for pt-BR).
 *
 * Where each entry comes from:
 * - "seen": on a real saved x.com page (test/fixtures/x/*-2026-02.html).
 * - "unverified": X's published translation as its web app shows it, not
 *   checked on a saved page. Where a test id or the page's structure tells the
 *   action (the "Follows you" badge, `-follow`, `tweetButton`, the request bar),
 *   the text only tells the variant apart.
 */
/**
 * English travels in the content script; the other languages' tables are in ./translations.ts, and the
 * background hands them to the content script as it starts (each script keeps within its size budget).
 */
export const xLabels = new Labels(
  {
    en: {
      // Unverified: the saved pages show "Follow" only (aria-label "Follow @handle"); the badge tells a follow back in any language.
      followBack: ['Follow back', 'Follow Back'],
      /** A post's "…" menu item "Follow @handle"; the handle is cut off before matching. Seen: no; unverified. */
      followItem: ['Follow'],
      // Unverified (follower requests and message requests are not in the saved pages).
      accept: ['Accept'],
      decline: ['Decline'],
      /** The other buttons of a message request's bar, beside Accept. Unverified. */
      refuse: ['Delete', 'Block', 'Report'],
      // Unverified: the Repost menu is not open in the saved pages.
      quote: ['Quote'],
    },
  },
  ['en', 'es', 'fr', 'de', 'pt', 'it'],
);
