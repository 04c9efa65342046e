import { Labels } from '../labels';

/**
 * Labels Instagram shows on the controls and fields we recognise (visible text, aria-label or placeholder), in
 * the six languages the guard supports. Matched whole and case-insensitively: "Follow" is not "Following". A
 * comment or DM field is also known without its words (a textarea in a post's form, the textbox of a /direct/
 * thread; index.ts). Where each string comes from:
 * - `seen §N`: read on a page saved from the live site, /work/shared/REAL-MARKUP.md, Instagram N
 *   (§3 is reported by automation tools, not a capture);
 * - everything else: Instagram's published translation of the control, not yet checked against a live page
 *   (unverified). The test pages of test/e2e/pages/instagram/ show the same strings in each language.
 */
/**
 * English travels in the content script; the other languages' tables are in ./translations.ts, and the
 * background hands them to the content script as it starts (each script keeps within its size budget).
 */
export const instagramLabels = new Labels(
  {
    en: {
      follow: ['Follow' /* seen §1 */],
      followBack: ['Follow Back'],
      /** States after a follow; only counted to tell a row from a list. */
      following: ['Following' /* seen §1 */, 'Requested'],
      accept: ['Confirm'],
      decline: ['Delete'],
      reply: ['Reply'],
      post: ['Post' /* seen §2 */],
      send: ['Send'],
      share: ['Share'],
      commentField: ['Add a comment…' /* seen §2, one character "…" */, 'Add a comment'],
      messageField: ['Message' /* seen §3 */, 'Message...'],
      captionField: ['Write a caption'],
      /** Row text that is not a person's name. */
      notAName: ['Follows you', 'Suggested for you', 'Followed by', 'Verified', 'New to Instagram', 'Popular', 'Active'],
    },
  },
  ['en', 'es', 'fr', 'de', 'pt', 'it'],
);
