import { Labels } from '../labels';

/**
 * Labels of the owner's controls on a Google review, matched whole and case-insensitively. Keyed on html[lang]
 * ("pt" for pt-BR). Where each entry comes from:
 * - "seen": nothing here. No saved page of a signed-in owner's Business Profile exists in public; the reviewer-side
 *   labels scrapers read ("Like", "Share", "More", "Actions for NAME's review") are seen, and none of them is in this
 *   table: they must pass.
 * - "unverified": everything here. English from Google's help for Business Profile owners ("select Reply", "Post
 *   reply", "Edit") and from tools that post replies on business.google.com ("Reply", "Post reply", "Submit"); the
 *   other languages (./translations.ts) are Google's usual words for the same buttons, not checked on these pages.
 * The place of a control tells the action (a review card; a reply box in it): the text only tells which button.
 * English travels in the content script; the background hands the other tables over as it starts.
 */
export const googleLabels = new Labels(
  {
    en: {
      /** Opens the reply box under a review; in the box, the same word may send it. */
      answer: ['Reply', 'Reply to review'],
      /** Opens the owner's earlier reply for editing. */
      edit: ['Edit', 'Edit reply'],
      /** Sends the reply box (only inside one). */
      send: ['Post', 'Post reply', 'Submit', 'Save', 'Update', 'Publish'],
    },
  },
  ['en', 'es', 'fr', 'de', 'pt', 'it'],
);
