import { Labels } from '../labels';

/**
 * Labels Facebook shows on the controls and editors we recognise (aria-label or visible text), in the six
 * languages the guard supports. Text only tells actions apart: editors are found by data-lexical-editor and
 * request cards by their links (index.ts). Where each string comes from:
 * - `seen §N`: read on a page saved from the live site, /work/shared/REAL-MARKUP.md, Facebook N;
 * - everything else: Facebook's published translation of the control, not yet checked against a live page
 *   (unverified). The test pages of test/e2e/pages/facebook/ show the same strings in each language.
 */
/**
 * English travels in the content script; the other languages' tables are in ./translations.ts, and the
 * background hands them to the content script as it starts (each script keeps within its size budget).
 */
export const facebookLabels = new Labels(
  {
    en: {
      accept: ['Confirm' /* seen §1 */, 'Confirm request', 'Accept'],
      decline: ['Delete' /* seen §1 */, 'Delete request', 'Remove', 'Decline'],
      addFriend: ['Add friend', 'Add Friend'],
      follow: ['Follow' /* seen §5 */],
      reply: ['Reply'],
      /** The composer's submit button. */
      comment: ['Comment'],
      /** Under a post: opens (or focuses) the comment composer; a step before the send. */
      openComment: ['Leave a comment'],
      commentEditor: [
        'Write a comment' /* seen §3 */,
        'Write a public comment',
        'Write a reply',
        'Reply to',
        'Comment as' /* seen §3 */,
        'Reply as',
      ],
      /** The comment editors that answer a comment rather than the post. */
      replyEditor: ['Write a reply', 'Reply to', 'Reply as'],
      messageEditor: ['Message' /* seen §2 */, 'Aa' /* seen §2, aria-placeholder in every language */],
      send: ['Press enter to send', 'Send'],
      post: ['Post'],
      commentBy: ['Comment by', 'Reply by'],
      /** A thread's own comment, not a reply in it. */
      topCommentBy: ['Comment by'],
    },
  },
  ['en', 'es', 'fr', 'de', 'pt', 'it'],
);
